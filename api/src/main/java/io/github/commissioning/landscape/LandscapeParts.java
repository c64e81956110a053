package io.github.commissioning.landscape;

import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.policy.Policy;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The parts a landscape is made of, whether or not they have been checked: what an implementation
 * builds a {@link Landscape} from. Every landscape is its own parts; a test's draft is parts that
 * may still break an invariant.
 */
public interface LandscapeParts {
  /**
   * Returns the date the parts describe.
   *
   * @return the date
   */
  LocalDate date();

  /**
   * Returns the policy in force.
   *
   * @return the policy
   */
  Policy policy();

  /**
   * Returns every organisation, open or closed.
   *
   * @return the organisations
   */
  Collection<Organisation> organisations();

  /**
   * Returns the relationships in force.
   *
   * @return the relationships
   */
  Collection<Relationship> relationships();

  /**
   * Returns the areas whose residents are populations.
   *
   * @return the areas
   */
  Collection<Area> areas();

  /**
   * Returns the duty assignments.
   *
   * @return the assignments
   */
  Collection<DutyAssignment> duties();

  /**
   * Returns the budgets.
   *
   * @return the allocations
   */
  Collection<Allocation> allocations();

  /**
   * Returns the contracts.
   *
   * @return the contracts
   */
  Collection<Contract> contracts();

  /**
   * Returns the running costs.
   *
   * @return the running costs
   */
  Collection<RunningCost> runningCosts();
}
