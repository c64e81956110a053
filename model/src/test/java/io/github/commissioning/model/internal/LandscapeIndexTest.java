package io.github.commissioning.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.policy.Policy;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.time.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lookup tables of a landscape's parts, on parts small enough to see every answer, including
 * parts that break the invariants (the index must still answer so that the checks can report).
 */
class LandscapeIndexTest {
  private static final LocalDate DAY = LocalDate.of(2010, 6, 1);
  private static final FinancialYear YEAR = FinancialYear.of(2010);
  private static final OdsCode SHA = OdsCode.of("Q30");
  private static final OdsCode PCT = OdsCode.of("5E1");
  private static final OdsCode OTHER_PCT = OdsCode.of("5D9");
  private static final OdsCode CLOSED_PCT = OdsCode.of("5AB");
  /** A consortium, whose code sorts before the trusts': it has no practice members. */
  private static final OdsCode CONSORTIUM = OdsCode.of("1AB");
  /** A code no body of the parts has, sorting before every other. */
  private static final OdsCode GHOST = OdsCode.of("0XX");
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final OdsCode SECOND_PRACTICE = OdsCode.of("A81002");
  private static final OdsCode CLOSED_PRACTICE = OdsCode.of("A81009");
  private static final Area AREA = Area.of("E16000020", "Stockton-on-Tees");

  /** Parts as given, in the given order, checked by nothing. */
  private record Parts(LocalDate date, Policy policy, List<Organisation> organisations,
      List<Relationship> relationships, List<Area> areas, List<DutyAssignment> duties,
      List<Allocation> allocations, List<Contract> contracts, List<RunningCost> runningCosts)
      implements LandscapeParts {}

  private static Parts parts(List<Organisation> organisations, List<Relationship> relationships,
      List<DutyAssignment> duties, List<Allocation> allocations) {
    return new Parts(DAY, Policy.NONE, organisations, relationships, List.of(AREA), duties,
        allocations, List.of(), List.of());
  }

  private static Organisation body(OdsCode code, String name, OrganisationKind kind) {
    return Organisation.of(code, name, kind, LocalDate.of(2001, 4, 1));
  }

  private static Relationship rel(RelationshipType type, OdsCode from, OdsCode to) {
    return Relationship.of(type, from, to, LocalDate.of(2006, 7, 1));
  }

  private static final List<Organisation> BODIES = List.of(
      body(PCT, "Stockton", OrganisationKind.PRIMARY_CARE_TRUST),
      body(SECOND_PRACTICE, "Second Surgery", OrganisationKind.GP_PRACTICE),
      body(SHA, "North East", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY),
      body(OTHER_PCT, "Hartlepool", OrganisationKind.PRIMARY_CARE_TRUST),
      body(PRACTICE, "Densham Surgery", OrganisationKind.GP_PRACTICE),
      body(CONSORTIUM, "A consortium", OrganisationKind.GP_CONSORTIUM),
      Organisation.of(CLOSED_PCT, "Closed on the day before", OrganisationKind.PRIMARY_CARE_TRUST,
          Period.of(LocalDate.of(2001, 4, 1), DAY.minusDays(1))),
      Organisation.of(CLOSED_PRACTICE, "Opens the day after", OrganisationKind.GP_PRACTICE,
          DAY.plusDays(1)),
      // A second body under a code already used, closed years before: the first one wins.
      Organisation.of(PCT, "Stockton long ago", OrganisationKind.PRIMARY_CARE_TRUST,
          Period.of(LocalDate.of(1999, 4, 1), LocalDate.of(2000, 3, 31))));

  private static Money pence(long pence) {
    return Money.ofPence(pence);
  }

  private static Allocation cash(OdsCode holder, FinancialYear year, long pence) {
    return Allocation.of(holder, year, pence(pence));
  }

  private static LandscapeIndex index(List<Allocation> allocations) {
    return new LandscapeIndex(parts(BODIES, List.of(), List.of(), allocations));
  }

  private static LandscapeIndex related(Relationship... relationships) {
    return new LandscapeIndex(parts(BODIES, List.of(relationships), List.of(), List.of()));
  }

  @Test
  void aBodyByItsCodeTheFirstOfTwoWithOneCode() {
    LandscapeIndex index = index(List.of());
    assertEquals(Optional.of(BODIES.get(0)), index.organisation(PCT));
    assertEquals(Optional.of(BODIES.get(6)), index.organisation(CLOSED_PCT));
    assertEquals(Optional.empty(), index.organisation(GHOST));
  }

  @Test
  void theOpenBodiesOfAKindInCodeOrder() {
    LandscapeIndex index = index(List.of());
    // 5AB closed the day before, as did the second 5E1 long ago.
    assertEquals(List.of(BODIES.get(3), BODIES.get(0)),
        index.open(OrganisationKind.PRIMARY_CARE_TRUST).asList());
    assertEquals(List.of(BODIES.get(4), BODIES.get(1)),
        index.open(OrganisationKind.GP_PRACTICE).asList());
    assertEquals(Set.of(), index.open(OrganisationKind.NATIONAL_BOARD));
  }

  @Test
  void relationshipsBothWaysInCodeOrder() {
    LandscapeIndex index = related(rel(RelationshipType.PART_OF, PCT, SHA),
        rel(RelationshipType.PART_OF, OTHER_PCT, SHA),
        rel(RelationshipType.MEMBER_OF, SECOND_PRACTICE, PCT),
        rel(RelationshipType.MEMBER_OF, PRACTICE, PCT),
        rel(RelationshipType.MEMBER_OF, PRACTICE, CONSORTIUM));
    assertEquals(List.of(OTHER_PCT, PCT), index.sources(SHA, RelationshipType.PART_OF).asList());
    assertEquals(List.of(PRACTICE, SECOND_PRACTICE),
        index.sources(PCT, RelationshipType.MEMBER_OF).asList());
    assertEquals(List.of(CONSORTIUM, PCT), index.targets(PRACTICE, RelationshipType.MEMBER_OF)
        .asList());
    assertEquals(List.of(SHA), index.targets(PCT, RelationshipType.PART_OF).asList());
    assertEquals(Set.of(), index.targets(PCT, RelationshipType.MEMBER_OF));
    assertEquals(Set.of(), index.sources(PCT, RelationshipType.PART_OF));
  }

  @Test
  void aPracticesTrustIsTheFirstBodyItBelongsToThatCanHavePracticeMembers() {
    // Both sort before 5E1: one is no body at all, the other cannot have practice members.
    LandscapeIndex index = related(rel(RelationshipType.MEMBER_OF, PRACTICE, GHOST),
        rel(RelationshipType.MEMBER_OF, PRACTICE, CONSORTIUM),
        rel(RelationshipType.MEMBER_OF, PRACTICE, PCT),
        rel(RelationshipType.MEMBER_OF, SECOND_PRACTICE, CONSORTIUM));
    assertEquals(Optional.of(PCT), index.primaryCareOrganisationOf(PRACTICE));
    assertEquals(Optional.empty(), index.primaryCareOrganisationOf(SECOND_PRACTICE));
    assertEquals(Optional.empty(), index.primaryCareOrganisationOf(CLOSED_PRACTICE));
  }

  @Test
  void everyOpenPracticesListAndEachAreasResidentsAndUnregisteredPatients() {
    LandscapeIndex index = index(List.of());
    // Ordered as populations are: lists, then residents, then the unregistered.
    assertEquals(List.of(Population.registeredListOf(PRACTICE),
        Population.registeredListOf(SECOND_PRACTICE), Population.residentsOf(AREA),
        Population.unregisteredIn(AREA)), index.populations().asList());
  }

  @Test
  void dutiesByHolderAndEachDutysFirstAssignment() {
    Duty dental = Duty.of(CommissioningFunction.DENTAL, Population.residentsOf(AREA));
    Duty acute = Duty.of(CommissioningFunction.ACUTE_ELECTIVE,
        Population.registeredListOf(PRACTICE));
    DutyAssignment first = DutyAssignment.of(dental, PCT, DAY);
    DutyAssignment second = DutyAssignment.of(dental, OTHER_PCT, DAY);
    DutyAssignment list = DutyAssignment.of(acute, PCT, DAY).delegatedTo(PRACTICE);
    LandscapeIndex index = new LandscapeIndex(parts(BODIES, List.of(),
        List.of(first, list, second), List.of()));
    assertEquals(Optional.of(first), index.holderOf(dental));
    assertEquals(Optional.of(list), index.holderOf(acute));
    assertEquals(Optional.empty(), index.holderOf(Duty.of(CommissioningFunction.PHARMACY,
        Population.residentsOf(AREA))));
    assertEquals(Set.of(first, list), index.dutiesOf(PCT));
    assertEquals(Set.of(second), index.dutiesOf(OTHER_PCT));
    // Held by delegation, not accountable.
    assertEquals(Set.of(), index.dutiesOf(PRACTICE));
  }

  @Test
  void budgetsByHolderAndYear() {
    Allocation general = cash(PCT, YEAR, 500);
    Allocation publicHealth = Allocation.builder().holder(PCT).accountingOfficer(PCT).year(YEAR)
        .ringFence(RingFence.PUBLIC_HEALTH).amount(pence(25)).build();
    Allocation nextYear = cash(PCT, YEAR.plusYears(1), 7);
    Allocation other = cash(OTHER_PCT, YEAR, 300);
    LandscapeIndex index = index(List.of(general, publicHealth, nextYear, other));
    assertEquals(Set.of(general, publicHealth), index.budgetsOf(PCT, YEAR));
    assertEquals(Set.of(nextYear), index.budgetsOf(PCT, YEAR.plusYears(1)));
    assertEquals(Set.of(other), index.budgetsOf(OTHER_PCT, YEAR));
    assertEquals(Set.of(), index.budgetsOf(OTHER_PCT, YEAR.plusYears(1)));
  }

  @Test
  void theCashOfAYearLeavesIndicativeBudgetsOut() {
    Allocation indicative = Allocation.builder().holder(PRACTICE).accountingOfficer(PCT)
        .year(YEAR).funding(Funding.INDICATIVE).amount(pence(1_000)).build();
    LandscapeIndex index = index(List.of(cash(PCT, YEAR, 500), indicative,
        cash(OTHER_PCT, YEAR, 300), cash(PCT, YEAR.plusYears(1), 7)));
    assertEquals(pence(800), index.totalAllocated(YEAR));
    assertEquals(pence(7), index.totalAllocated(YEAR.plusYears(1)));
    assertEquals(Money.ZERO, index.totalAllocated(YEAR.plusYears(2)));
  }

  @Test
  void cashTotalsAddExactlyUpToTheLargestAmount() {
    // Zero added to zero, and amounts whose bits overlap, are plain sums.
    assertEquals(Money.ZERO, index(List.of(cash(PCT, YEAR, 0), cash(OTHER_PCT, YEAR, 0)))
        .totalAllocated(YEAR));
    assertEquals(pence(5), index(List.of(cash(PCT, YEAR, 5), cash(OTHER_PCT, YEAR, 0)))
        .totalAllocated(YEAR));
    assertEquals(pence(6), index(List.of(cash(PCT, YEAR, 3), cash(OTHER_PCT, YEAR, 3)))
        .totalAllocated(YEAR));
    assertEquals(pence(Long.MAX_VALUE), index(List.of(cash(PCT, YEAR, Long.MAX_VALUE - 1),
        cash(OTHER_PCT, YEAR, 1))).totalAllocated(YEAR));
  }

  @Test
  void cashTotalsOfPartsThatOverflowStopAtTheLargestAmount() {
    // Such parts are always refused, but must be indexable for the checks that refuse them.
    assertEquals(pence(Long.MAX_VALUE), index(List.of(cash(PCT, YEAR, Long.MAX_VALUE),
        cash(OTHER_PCT, YEAR, 1))).totalAllocated(YEAR));
    assertEquals(pence(Long.MAX_VALUE), index(List.of(cash(PCT, YEAR, Long.MAX_VALUE / 2 + 1),
        cash(OTHER_PCT, YEAR, Long.MAX_VALUE / 2 + 1), cash(SHA, YEAR, 5)))
        .totalAllocated(YEAR));
  }
}
