package io.github.commissioning.organisation;

/**
 * What a kind of organisation may do in the commissioning system. A kind has a fixed set of
 * capacities; see {@link OrganisationKind#can(Capacity)}.
 */
public enum Capacity {
  /** Be the accountable body for a duty: commission a function for a population. */
  HOLD_DUTIES,
  /**
   * Carry out a duty or spend a budget on behalf of the accountable body, as a practice-based
   * commissioner or a franchised contractor does.
   */
  TAKE_DELEGATION,
  /** Hold a budget, indicative or in cash. */
  HOLD_BUDGETS,
  /** Be the accounting officer body answerable for a budget. */
  ACCOUNT_FOR_BUDGETS,
  /** Provide services under contract. */
  PROVIDE_SERVICES,
  /** Have GP practices as members: the practice's primary care organisation. */
  HAVE_PRACTICE_MEMBERS,
  /** Keep a registered list of patients, whose care must be commissioned. */
  REGISTER_PATIENTS
}
