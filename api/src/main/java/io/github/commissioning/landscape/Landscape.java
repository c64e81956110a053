package io.github.commissioning.landscape;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.policy.Policy;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The commissioning system on one date: its organisations and how they stand to each other, who
 * holds each duty for each population, the budgets, contracts and running costs.
 *
 * <p>A landscape never holds a broken structural invariant (see {@link Invariant}): every
 * implementation refuses to build one. It holds every organisation it has ever known, open or
 * closed, so that codes stay unique and references can be checked; everything else it holds
 * (relationships, duties) is in force on {@link #date()} and refers only to open organisations.
 *
 * <p>Implementations are immutable and thread-safe. The collections returned are immutable and
 * iterate in a stable order.
 */
public interface Landscape extends LandscapeParts {

  /**
   * Returns the date of this snapshot.
   *
   * @return the date on which everything in the landscape is in force
   */
  @Override
  LocalDate date();

  /**
   * Returns the policy in force: the rules of the regime, checked on every change beyond the
   * structural invariants.
   *
   * @return the policy, {@link Policy#NONE} if no regime's rules apply
   */
  @Override
  Policy policy();

  /**
   * Returns every organisation the landscape knows, open or closed.
   *
   * @return the organisations, in the order they were added
   */
  @Override
  ImmutableSet<Organisation> organisations();

  /**
   * Returns the organisation with the given code.
   *
   * @param code the code
   * @return the organisation, or empty if the landscape has none with that code
   */
  Optional<Organisation> organisation(OdsCode code);

  /**
   * Returns the organisation with the given code, which must exist.
   *
   * @param code the code
   * @return the organisation
   * @throws ViolationException with {@link Invariant#REFERENCE_UNKNOWN} if there is none
   */
  default Organisation require(OdsCode code) {
    return organisation(code).orElseThrow(() -> ViolationException.of(Invariant.REFERENCE_UNKNOWN,
        "No organisation has code " + code + " in the landscape of " + date(), code));
  }

  /**
   * Returns the organisations of a kind that are open on the landscape's date.
   *
   * @param kind the kind
   * @return the open organisations of that kind, ordered by code
   */
  ImmutableSet<Organisation> open(OrganisationKind kind);

  /**
   * Returns every relationship in force.
   *
   * @return the relationships
   */
  @Override
  ImmutableSet<Relationship> relationships();

  /**
   * Returns the bodies that the given body stands in a relationship to, such as the primary care
   * organisation and any consortium a practice is a member of.
   *
   * @param code the dependent body
   * @param type the relationship
   * @return the codes of the bodies it stands in that relationship to, ordered by code
   */
  ImmutableSet<OdsCode> targetsOf(OdsCode code, RelationshipType type);

  /**
   * Returns the bodies that stand in a relationship to the given body, such as the practices that
   * are members of a primary care trust.
   *
   * @param code the body depended on
   * @param type the relationship
   * @return the codes of the dependent bodies, ordered by code
   */
  ImmutableSet<OdsCode> sourcesOf(OdsCode code, RelationshipType type);

  /**
   * Returns the members of a body: the practices of a primary care organisation or consortium.
   *
   * @param code the body
   * @return the codes of its members, ordered by code
   */
  default ImmutableSet<OdsCode> membersOf(OdsCode code) {
    return sourcesOf(code, RelationshipType.MEMBER_OF);
  }

  /**
   * Returns the body that the given body is part of, such as a primary care trust's strategic
   * health authority.
   *
   * @param code the body
   * @return its parent, or empty if it is part of nothing
   */
  default Optional<OdsCode> parentOf(OdsCode code) {
    return targetsOf(code, RelationshipType.PART_OF).stream().findFirst();
  }

  /**
   * Returns the primary care organisation a practice is a member of: its primary care group, primary
   * care trust, care trust, clinical commissioning group, sub-ICB location or Welsh local health
   * board.
   *
   * @param practice the practice's code
   * @return the primary care organisation, or empty if the practice has none
   */
  Optional<OdsCode> primaryCareOrganisationOf(OdsCode practice);

  /**
   * Returns the areas whose residents and unregistered people are populations of the landscape.
   *
   * @return the areas, in the order they were added
   */
  @Override
  ImmutableSet<Area> areas();

  /**
   * Returns every population for which duties must be held: the registered list of each open GP
   * practice, and the residents and the unregistered people of each area.
   *
   * @return the populations, ordered by type and key
   */
  ImmutableSet<Population> populations();

  /**
   * Returns every duty assignment.
   *
   * @return the assignments, in the order they were added
   */
  @Override
  ImmutableSet<DutyAssignment> duties();

  /**
   * Returns the assignment of a duty.
   *
   * @param duty the function and population
   * @return who holds it, or empty if the population is not one of the landscape's
   */
  Optional<DutyAssignment> holderOf(Duty duty);

  /**
   * Returns the duties a body is accountable for.
   *
   * @param code the body
   * @return its assignments, in the order they were added
   */
  ImmutableSet<DutyAssignment> dutiesOf(OdsCode code);

  /**
   * Returns every budget.
   *
   * @return the allocations
   */
  @Override
  ImmutableSet<Allocation> allocations();

  /**
   * Returns the budgets a body holds for a year.
   *
   * @param code the holder
   * @param year the financial year
   * @return its allocations for that year
   */
  ImmutableSet<Allocation> budgetsOf(OdsCode code, FinancialYear year);

  /**
   * Returns the exact total of every budget for a year, indicative budgets excluded (they only
   * mirror cash held elsewhere).
   *
   * @param year the financial year
   * @return the total cash allocated
   */
  Money totalAllocated(FinancialYear year);

  /**
   * Returns every contract.
   *
   * @return the contracts
   */
  @Override
  ImmutableSet<Contract> contracts();

  /**
   * Returns the running costs of every body.
   *
   * @return the running costs
   */
  @Override
  ImmutableSet<RunningCost> runningCosts();
}
