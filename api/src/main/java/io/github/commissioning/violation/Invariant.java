package io.github.commissioning.violation;

/**
 * The named rules that every landscape and every value of this library obeys.
 *
 * <p>Each constant is one precise rule; its {@linkplain #name() name} is the stable,
 * machine-readable code a {@link Violation} carries. The {@linkplain #group() group} ties it to
 * one of the six structural invariants of the design (codes, relationships, coverage, money,
 * budgets, dates).
 */
public enum Invariant {
  /** A code is not well formed, in general or for the kind of body it names. */
  CODE_FORMAT(1, "codes are well formed for their kind"),
  /** Two organisations of one landscape share a code. */
  CODE_DUPLICATE(1, "every code is unique"),
  /** A reference names a code that the landscape does not hold. */
  REFERENCE_UNKNOWN(1, "every reference names a known organisation"),
  /** A reference names an organisation that is closed on the landscape's date. */
  REFERENCE_CLOSED(1, "every reference names an open organisation"),

  /** A relationship joins two kinds of body that it may not join. */
  RELATIONSHIP_KIND(2, "relationships respect the kinds they join"),
  /** Following one type of relationship leads back to where it started. */
  RELATIONSHIP_CYCLE(2, "relationships contain no cycles"),
  /** A body has more than one parent through a relationship type that allows only one. */
  RELATIONSHIP_MULTIPLE(2, "a body has at most one parent of each type"),
  /** An open GP practice belongs to no primary care organisation. */
  PRACTICE_UNATTACHED(2, "every open GP practice belongs to a primary care organisation"),

  /** A population unit lacks an accountable body for a function that applies to it. */
  COVERAGE_GAP(3, "every duty has an accountable body"),
  /** Two bodies are accountable for the same function for the same population. */
  COVERAGE_OVERLAP(3, "no duty has two accountable bodies"),
  /** A duty names a function that does not apply to its population, or an unknown population. */
  DUTY_POPULATION(3, "duties name a function that applies to a known population"),
  /** A body of a kind that cannot hold (or be delegated) a duty holds one. */
  DUTY_HOLDER_KIND(3, "only commissioning bodies hold duties"),

  /** An amount of money cannot be represented exactly or overflows. */
  MONEY_OVERFLOW(4, "money is exact and never overflows"),
  /** An amount that cannot meaningfully be negative is negative. */
  MONEY_NEGATIVE(4, "money is never negative where that is meaningless"),
  /** A text does not denote an amount of money. */
  MONEY_FORMAT(4, "money is written in pounds and pence"),
  /** Money appeared or disappeared in a change that may only move it. */
  MONEY_NOT_CONSERVED(4, "structural changes conserve money"),

  /** A budget is held by a body that cannot hold one. */
  BUDGET_HOLDER_KIND(5, "budgets are held by commissioning bodies"),
  /** A budget's accounting officer body is not eligible to hold that budget. */
  ACCOUNTING_OFFICER_KIND(5, "budgets have an eligible accounting officer"),
  /** Two budgets claim the same holder, year, ring-fence and kind of funding. */
  BUDGET_DUPLICATE(5, "each budget appears once"),
  /** Two contracts claim the same commissioner, provider, service and year. */
  CONTRACT_DUPLICATE(5, "each contract appears once"),
  /** Two running costs claim the same body and year. */
  RUNNING_COST_DUPLICATE(5, "each body's running costs appear once a year"),
  /** A party to a contract is of a kind that cannot take that side. */
  CONTRACT_PARTY_KIND(5, "contracts join a commissioner and a provider"),

  /** A period ends before it starts, or a year or date is out of range. */
  PERIOD_ORDER(6, "periods are well ordered"),
  /** A text does not denote a date, year or period. */
  DATE_FORMAT(6, "dates are written in ISO form"),
  /** Something is dated before its body opened or after it closed. */
  DATE_OUTSIDE_LIFETIME(6, "nothing is dated outside its body's lifetime"),
  /** A fact held by a snapshot is not in force on the snapshot's date. */
  NOT_IN_FORCE(6, "a snapshot holds only what is in force on its date"),
  /** A change is dated before the landscape it applies to: history only moves forward. */
  TRANSITION_DATE(6, "changes never go back in time"),

  /** A change names a state that does not hold, such as a practice not in the named body. */
  STATE_MISMATCH(1, "changes describe the landscape they apply to"),
  /** Successors are missing or wrong: a body succeeding itself, or something left without one. */
  SUCCESSION(3, "everything a closed body held has a successor"),
  /** Shares of a whole do not add up to exactly one. */
  SHARES_NOT_WHOLE(4, "apportionments add up to the whole"),
  /** A change moves more money than the budget it takes it from holds. */
  INSUFFICIENT_FUNDS(4, "money moved is money held"),

  /** A record of an imported file is malformed: wrong field count, bad date, bad code. */
  RECORD_MALFORMED(1, "imported records are well formed"),
  /** An imported record contradicts another: overlapping membership, an unknown code. */
  RECORD_INCONSISTENT(1, "imported records agree with each other"),
  /** An input is larger than the importer accepts. */
  INPUT_TOO_LARGE(1, "inputs are bounded");

  private final int group;
  private final String rule;

  Invariant(int group, String rule) {
    this.group = group;
    this.rule = rule;
  }

  /**
   * Returns the number, from 1 to 6, of the structural invariant this rule belongs to.
   *
   * @return 1 codes, references and states, 2 relationships, 3 coverage and succession, 4 money,
   *     5 budgets, 6 dates
   */
  public int group() {
    return group;
  }

  /**
   * Returns the rule in a few words, for messages.
   *
   * @return the rule, such as {@code "every code is unique"}
   */
  public String rule() {
    return rule;
  }
}
