package io.github.commissioning.model.internal;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.FinancialYear;
import java.util.Optional;

/**
 * The queries of {@link io.github.commissioning.landscape.Landscape} beyond its parts, answered
 * by an index: {@link LandscapeIndex}, built in one pass for a landscape that is then checked in
 * full, or {@link LandscapeStore}, which a change updates in place of rebuilding. Where the parts
 * break an invariant the answers are those of the first part that breaks it, so that the checks
 * can still run and report the break.
 */
public interface LandscapeQueries {
  /**
   * Returns the body with a code.
   *
   * @param code the code
   * @return the body, if any
   */
  Optional<Organisation> organisation(OdsCode code);

  /**
   * Returns the open bodies of a kind, ordered by code.
   *
   * @param kind the kind
   * @return those bodies
   */
  ImmutableSet<Organisation> open(OrganisationKind kind);

  /**
   * Returns every population: each open practice's list, and each area's residents and
   * unregistered patients.
   *
   * @return the populations, ordered
   */
  ImmutableSet<Population> populations();

  /**
   * Returns the assignment of a duty.
   *
   * @param duty the duty
   * @return its assignment, if any
   */
  Optional<DutyAssignment> holderOf(Duty duty);

  /**
   * Returns the duties a body is accountable for, in the order of the landscape's duties.
   *
   * @param code the body
   * @return its duties
   */
  ImmutableSet<DutyAssignment> dutiesOf(OdsCode code);

  /**
   * Returns a body's budgets for a year, in the order of the landscape's allocations.
   *
   * @param code the body
   * @param year the year
   * @return its budgets
   */
  ImmutableSet<Allocation> budgetsOf(OdsCode code, FinancialYear year);

  /**
   * Returns the cash allocated for a year.
   *
   * @param year the year
   * @return the total, zero if none
   */
  Money totalAllocated(FinancialYear year);

  /**
   * Returns the bodies a body relates to by a type of relationship.
   *
   * @param code the body
   * @param type the type
   * @return their codes, ordered
   */
  ImmutableSet<OdsCode> targets(OdsCode code, RelationshipType type);

  /**
   * Returns the bodies that relate to a body by a type of relationship.
   *
   * @param code the body
   * @param type the type
   * @return their codes, ordered
   */
  ImmutableSet<OdsCode> sources(OdsCode code, RelationshipType type);

  /**
   * Returns a practice's primary care organisation.
   *
   * @param practice the practice
   * @return the body it is a member of that has practice members, if any
   */
  Optional<OdsCode> primaryCareOrganisationOf(OdsCode practice);
}
