package io.github.commissioning.testkit.contract;

import static io.github.commissioning.testkit.assertion.ViolationAssertions.assertNames;
import static io.github.commissioning.testkit.assertion.ViolationAssertions.assertRefused;
import static io.github.commissioning.testkit.fixture.SampleLandscapes.DENSHAM_SURGERY;
import static io.github.commissioning.testkit.fixture.SampleLandscapes.HARTLEPOOL;
import static io.github.commissioning.testkit.fixture.SampleLandscapes.IMPERIAL;
import static io.github.commissioning.testkit.fixture.SampleLandscapes.KENSINGTON;
import static io.github.commissioning.testkit.fixture.SampleLandscapes.LONDON;
import static io.github.commissioning.testkit.fixture.SampleLandscapes.NORTH_EAST;
import static io.github.commissioning.testkit.fixture.SampleLandscapes.STOCKTON;
import static io.github.commissioning.testkit.fixture.SampleLandscapes.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.LandscapeFactory;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Property;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract every implementation of {@link Landscape} must meet: sound drafts build and answer
 * queries consistently with their parts; each structural invariant broken on purpose is refused
 * with the right violation naming the offending value.
 *
 * <p>To run it against an implementation, extend it in a test and supply the factory:
 *
 * <pre>{@code
 * class MyLandscapeContractTest extends LandscapeContract {
 *   protected LandscapeFactory factory() {
 *     return draft -> MyLandscape.from(draft);
 *   }
 * }
 * }</pre>
 */
public abstract class LandscapeContract {
  private static final LocalDate DATE = SampleLandscapes.ENGLAND_LIKE_DATE;

  /**
   * Returns the factory of the implementation under test.
   *
   * @return the factory
   */
  protected abstract LandscapeFactory factory();

  private Landscape build(LandscapeDraft draft) {
    return draft.build(factory());
  }

  private void refused(LandscapeDraft draft, Invariant invariant, Object subject) {
    assertRefused(invariant, subject, () -> build(draft));
  }

  private static LandscapeDraft.Builder sample() {
    return SampleLandscapes.englandLike().toBuilder();
  }

  private static Organisation organisation(LandscapeDraft draft, OdsCode code) {
    return draft.organisations().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void sampleBuildsWithEveryPartKept() {
    LandscapeDraft draft = SampleLandscapes.englandLike();
    Landscape landscape = build(draft);
    assertEquals(DATE, landscape.date());
    assertEquals(29, landscape.organisations().size());
    assertEquals(2, landscape.open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY).size());
    assertEquals(4, landscape.open(OrganisationKind.PRIMARY_CARE_TRUST).size());
    assertEquals(20, landscape.open(OrganisationKind.GP_PRACTICE).size());
    assertEquals(ImmutableSet.copyOf(draft.relationships()), landscape.relationships());
    assertEquals(ImmutableSet.copyOf(draft.duties()), landscape.duties());
    assertEquals(ImmutableSet.copyOf(draft.allocations()), landscape.allocations());
    assertEquals(ImmutableSet.copyOf(draft.contracts()), landscape.contracts());
    assertEquals(ImmutableSet.copyOf(draft.runningCosts()), landscape.runningCosts());
  }

  @Test
  void tinySampleBuildsWithOneOfEachPopulation() {
    Landscape tiny = build(SampleLandscapes.tiny());
    assertEquals(3, tiny.populations().size());
    assertEquals(8 + 6 + 1, tiny.duties().size());
    assertEquals(Optional.of(STOCKTON), tiny.primaryCareOrganisationOf(DENSHAM_SURGERY));
    QueryConsistency.check(tiny);
  }

  @Test
  void sampleCoversEveryFunctionForEveryPopulation() {
    Landscape landscape = build(SampleLandscapes.englandLike());
    assertEquals(20 + 4 * 2, landscape.populations().size());
    assertEquals(20 * 8 + 4 * (6 + 1), landscape.duties().size());
    for (Population population : landscape.populations()) {
      for (CommissioningFunction function : CommissioningFunction.forPopulation(population.type())) {
        assertTrue(landscape.holderOf(Duty.of(function, population)).isPresent(),
            () -> function + " for " + population);
      }
    }
  }

  @Test
  void sampleAnswersQueries() {
    Landscape landscape = build(SampleLandscapes.englandLike());
    assertEquals(5, landscape.membersOf(STOCKTON).size());
    assertTrue(landscape.membersOf(STOCKTON).contains(DENSHAM_SURGERY));
    assertEquals(Optional.of(NORTH_EAST), landscape.parentOf(STOCKTON));
    assertEquals(Optional.of(LONDON), landscape.parentOf(KENSINGTON));
    assertEquals(Optional.of(STOCKTON), landscape.primaryCareOrganisationOf(DENSHAM_SURGERY));
    assertEquals(Optional.empty(), landscape.primaryCareOrganisationOf(STOCKTON));
    assertEquals(Optional.of(LONDON), landscape.targetsOf(IMPERIAL, RelationshipType.ACCOUNTABLE_TO)
        .stream().findFirst());
    assertEquals(5 * 8 + 7, landscape.dutiesOf(STOCKTON).size());

    DutyAssignment acute = landscape.holderOf(Duty.of(CommissioningFunction.ACUTE_ELECTIVE,
        Population.registeredListOf(DENSHAM_SURGERY))).orElseThrow();
    assertEquals(STOCKTON, acute.accountable());
    assertEquals(Optional.of(DENSHAM_SURGERY), acute.delegate());
    assertEquals(2, landscape.budgetsOf(STOCKTON, YEAR).size());
    assertEquals(Funding.INDICATIVE,
        landscape.budgetsOf(DENSHAM_SURGERY, YEAR).iterator().next().funding());
    assertTrue(landscape.budgetsOf(STOCKTON, YEAR.next()).isEmpty());
  }

  @Test
  void totalAllocatedCountsCashExactlyAndLeavesOutIndicativeBudgets() {
    Landscape landscape = build(SampleLandscapes.englandLike());
    // General budgets 610m + 520m + 470m + 330m, public health one twentieth of each.
    assertEquals(Money.parse("£2,026,500,000.00"), landscape.totalAllocated(YEAR));
    assertEquals(Money.ZERO, landscape.totalAllocated(YEAR.next()));
  }

  @Test
  void requireNamesAnUnknownCode() {
    Landscape landscape = build(SampleLandscapes.englandLike());
    assertEquals(STOCKTON, landscape.require(STOCKTON).code());
    assertRefused(Invariant.REFERENCE_UNKNOWN, "5ZZ", () -> landscape.require(OdsCode.of("5ZZ")));
  }

  @Test
  void generatedSoundDraftsBuildAndAnswerConsistently() {
    Property.forAll(Landscapes.pctEra(3, 4, 12)).withTries(40)
        .check(draft -> QueryConsistency.check(build(draft)));
  }

  @Test
  void duplicateCodeIsRefused() {
    refused(sample().organisations(Organisation.of(STOCKTON, "Another Stockton",
        OrganisationKind.PRIMARY_CARE_TRUST, LocalDate.of(2001, 4, 1))).build(),
        Invariant.CODE_DUPLICATE, STOCKTON);
  }

  @Test
  void organisationOpeningAfterTheDateIsRefused() {
    OdsCode future = OdsCode.of("RXX");
    refused(sample().organisations(Organisation.of(future, "Future Trust", OrganisationKind.NHS_TRUST,
        DATE.plusDays(1))).build(), Invariant.DATE_OUTSIDE_LIFETIME, future);
  }

  @Test
  void relationshipToAnUnknownBodyIsRefused() {
    OdsCode unknown = OdsCode.of("Q39");
    refused(sample().relationships(Relationship.of(RelationshipType.ACCOUNTABLE_TO, OdsCode.of("RVW"),
        unknown, DATE)).build(), Invariant.REFERENCE_UNKNOWN, unknown);
  }

  @Test
  void closingABodyThatIsStillReferencedIsRefused() {
    LandscapeDraft draft = SampleLandscapes.englandLike();
    Organisation closed = organisation(draft, HARTLEPOOL).closedOn(DATE.minusDays(1));
    refused(draft.toBuilder().removeOrganisations(o -> o.code().equals(HARTLEPOOL))
        .organisations(closed).build(), Invariant.REFERENCE_CLOSED, HARTLEPOOL);
  }

  @Test
  void relationshipBetweenWrongKindsIsRefused() {
    refused(sample().relationships(Relationship.of(RelationshipType.PART_OF, DENSHAM_SURGERY,
        NORTH_EAST, DATE)).build(), Invariant.RELATIONSHIP_KIND, DENSHAM_SURGERY);
  }

  @Test
  void relationshipCycleIsRefused() {
    OdsCode first = OdsCode.of("TAA");
    OdsCode second = OdsCode.of("TAB");
    LocalDate opened = LocalDate.of(2005, 4, 1);
    LandscapeDraft.Builder draft = sample().organisations(
        Organisation.of(first, "First Care Trust", OrganisationKind.CARE_TRUST, opened),
        Organisation.of(second, "Second Care Trust", OrganisationKind.CARE_TRUST, opened));
    draft.relationships(
        Relationship.of(RelationshipType.COMMISSIONED_BY, first, second, opened),
        Relationship.of(RelationshipType.COMMISSIONED_BY, second, first, opened));
    assertRefused(Invariant.RELATIONSHIP_CYCLE, RelationshipType.COMMISSIONED_BY,
        () -> build(draft.build()));
  }

  @Test
  void secondParentIsRefused() {
    refused(sample().relationships(Relationship.of(RelationshipType.PART_OF, STOCKTON, LONDON,
        LocalDate.of(2006, 7, 1))).build(), Invariant.RELATIONSHIP_MULTIPLE, STOCKTON);
  }

  @Test
  void practiceInTwoPrimaryCareTrustsIsRefused() {
    refused(sample().relationships(Relationship.of(RelationshipType.MEMBER_OF, DENSHAM_SURGERY,
        HARTLEPOOL, LocalDate.of(2002, 4, 1))).build(), Invariant.RELATIONSHIP_MULTIPLE,
        DENSHAM_SURGERY);
  }

  @Test
  void practiceWithoutPrimaryCareOrganisationIsRefused() {
    refused(sample().removeRelationships(r -> r.from().equals(DENSHAM_SURGERY)).build(),
        Invariant.PRACTICE_UNATTACHED, DENSHAM_SURGERY);
  }

  @Test
  void relationshipThatEndedIsRefused() {
    Relationship ended = Relationship.of(RelationshipType.ACCOUNTABLE_TO, OdsCode.of("RVW"), NORTH_EAST,
        LocalDate.of(2007, 4, 1)).endedOn(LocalDate.of(2007, 7, 31));
    refused(sample().relationships(ended).build(), Invariant.NOT_IN_FORCE, "RVW");
  }

  @Test
  void relationshipDatedBeforeItsBodyOpenedIsRefused() {
    refused(sample().relationships(Relationship.of(RelationshipType.ACCOUNTABLE_TO, IMPERIAL,
        NORTH_EAST, LocalDate.of(2006, 7, 1))).build(), Invariant.DATE_OUTSIDE_LIFETIME, IMPERIAL);
  }

  @Test
  void missingDutyIsAGap() {
    Duty dental = Duty.of(CommissioningFunction.DENTAL,
        Population.residentsOf(Area.of("E16000045", "Brent")));
    refused(sample().removeDuties(d -> d.duty().equals(dental)).build(), Invariant.COVERAGE_GAP,
        "E16000045");
  }

  @Test
  void dutyHeldTwiceIsAnOverlap() {
    Duty maternity = Duty.of(CommissioningFunction.MATERNITY, Population.registeredListOf(DENSHAM_SURGERY));
    refused(sample().duties(DutyAssignment.of(maternity, HARTLEPOOL, LocalDate.of(2002, 4, 1))).build(),
        Invariant.COVERAGE_OVERLAP, HARTLEPOOL);
  }

  @Test
  void dutyForAPopulationTheLandscapeLacksIsRefused() {
    Duty orphan = Duty.of(CommissioningFunction.MATERNITY, Population.registeredListOf(OdsCode.of("Z99999")));
    refused(sample().duties(DutyAssignment.of(orphan, STOCKTON, LocalDate.of(2002, 4, 1))).build(),
        Invariant.DUTY_POPULATION, "Z99999");
  }

  @Test
  void dutyHeldByAProviderIsRefused() {
    Duty maternity = Duty.of(CommissioningFunction.MATERNITY, Population.registeredListOf(DENSHAM_SURGERY));
    refused(sample().removeDuties(d -> d.duty().equals(maternity))
        .duties(DutyAssignment.of(maternity, IMPERIAL, LocalDate.of(2008, 4, 1))).build(),
        Invariant.DUTY_HOLDER_KIND, IMPERIAL);
  }

  @Test
  void dutyDelegatedToAProviderIsRefused() {
    Duty maternity = Duty.of(CommissioningFunction.MATERNITY, Population.registeredListOf(DENSHAM_SURGERY));
    refused(sample().removeDuties(d -> d.duty().equals(maternity))
        .duties(DutyAssignment.of(maternity, STOCKTON, LocalDate.of(2002, 4, 1)).delegatedTo(IMPERIAL))
        .build(), Invariant.DUTY_HOLDER_KIND, IMPERIAL);
  }

  @Test
  void dutyHeldFromAfterTheDateIsRefused() {
    Duty maternity = Duty.of(CommissioningFunction.MATERNITY, Population.registeredListOf(DENSHAM_SURGERY));
    refused(sample().removeDuties(d -> d.duty().equals(maternity))
        .duties(DutyAssignment.of(maternity, STOCKTON, DATE.plusDays(1))).build(),
        Invariant.NOT_IN_FORCE, STOCKTON);
  }

  @Test
  void dutyHeldFromBeforeItsHolderOpenedIsRefused() {
    Duty maternity = Duty.of(CommissioningFunction.MATERNITY, Population.registeredListOf(DENSHAM_SURGERY));
    refused(sample().removeDuties(d -> d.duty().equals(maternity))
        .duties(DutyAssignment.of(maternity, STOCKTON, LocalDate.of(1999, 4, 1))).build(),
        Invariant.DATE_OUTSIDE_LIFETIME, STOCKTON);
  }

  @Test
  void budgetHeldByAProviderIsRefused() {
    refused(sample().allocations(Allocation.builder().holder(IMPERIAL).accountingOfficer(KENSINGTON)
        .year(YEAR).amount(Money.ofPounds(1)).build()).build(), Invariant.BUDGET_HOLDER_KIND, IMPERIAL);
  }

  @Test
  void budgetAnsweredForByAPracticeIsRefused() {
    refused(sample().allocations(Allocation.builder().holder(STOCKTON)
        .accountingOfficer(DENSHAM_SURGERY).year(YEAR.next()).amount(Money.ofPounds(1)).build())
        .build(), Invariant.ACCOUNTING_OFFICER_KIND, DENSHAM_SURGERY);
  }

  @Test
  void sameBudgetTwiceIsRefused() {
    refused(sample().allocations(Allocation.of(STOCKTON, YEAR, Money.ofPounds(1))).build(),
        Invariant.BUDGET_DUPLICATE, STOCKTON);
  }

  @Test
  void runningCostsTwiceForOneYearAreRefused() {
    refused(sample().runningCosts(RunningCost.of(STOCKTON, YEAR, Money.ofPounds(1))).build(),
        Invariant.RUNNING_COST_DUPLICATE, STOCKTON);
  }

  @Test
  void contractsTwiceForOneServiceAndYearAreRefused() {
    refused(sample().contracts(Contract.builder().commissioner(STOCKTON)
        .provider(SampleLandscapes.NORTH_TEES_FT).service(CommissioningFunction.ACUTE_ELECTIVE)
        .year(YEAR).price(Money.ofPounds(1)).build()).build(), Invariant.CONTRACT_DUPLICATE, STOCKTON);
  }

  @Test
  void areasSharingACodeAreRefused() {
    refused(sample().areas(Area.of("E16000020", "Another name")).build(), Invariant.CODE_DUPLICATE,
        "E16000020");
  }

  @Test
  void theSameRelationshipTwiceIsRefused() {
    refused(sample().relationships(Relationship.of(RelationshipType.MEMBER_OF, DENSHAM_SURGERY,
        STOCKTON, LocalDate.of(2005, 1, 1))).build(), Invariant.RELATIONSHIP_MULTIPLE, DENSHAM_SURGERY);
  }

  @Test
  void budgetInheritedForAYearBeforeItsHolderOpenedIsAllowed() {
    // A successor takes its predecessors' budgets, past years included.
    build(sample().allocations(Allocation.of(STOCKTON, FinancialYear.of(1999), Money.ofPounds(1)))
        .build());
  }

  @Test
  void budgetsWhoseTotalOverflowsAreRefused() {
    Money half = Money.ofPence(Long.MAX_VALUE / 2 + 1);
    FinancialYear later = YEAR.next();
    refused(sample().allocations(Allocation.of(STOCKTON, later, half), Allocation.of(HARTLEPOOL, later, half))
        .build(), Invariant.MONEY_OVERFLOW, HARTLEPOOL);
  }

  @Test
  void contractWithACommissionerAsProviderIsRefused() {
    refused(sample().contracts(Contract.builder().commissioner(STOCKTON).provider(HARTLEPOOL)
        .service(CommissioningFunction.COMMUNITY).year(YEAR).price(Money.ofPounds(1)).build()).build(),
        Invariant.CONTRACT_PARTY_KIND, HARTLEPOOL);
  }

  @Test
  void runningCostOfAnUnknownBodyIsRefused() {
    OdsCode unknown = OdsCode.of("5ZZ");
    refused(sample().runningCosts(RunningCost.of(unknown, YEAR, Money.ofPounds(1))).build(),
        Invariant.REFERENCE_UNKNOWN, unknown);
  }

  @Test
  void everyViolationIsReportedNotOnlyTheFirst() {
    LandscapeDraft broken = sample()
        .removeRelationships(r -> r.from().equals(DENSHAM_SURGERY))
        .allocations(Allocation.of(IMPERIAL, YEAR, Money.ofPounds(1)))
        .build();
    ViolationException thrown = assertThrows(ViolationException.class, () -> build(broken));
    assertNames(thrown, Invariant.PRACTICE_UNATTACHED, DENSHAM_SURGERY);
    assertNames(thrown, Invariant.BUDGET_HOLDER_KIND, IMPERIAL);
    assertTrue(thrown.violations().size() >= 2, thrown::getMessage);
  }

  @Test
  void generatedDraftsRefuseARemovedDutyNamingItsPopulation() {
    Property.forAll(Landscapes.pctEra(2, 3, 6), Gen.integers(0, Integer.MAX_VALUE)).withTries(30)
        .check((draft, pick) -> {
          DutyAssignment removed = draft.duties().get(pick % draft.duties().size());
          refused(draft.toBuilder().removeDuties(removed::equals).build(), Invariant.COVERAGE_GAP,
              removed.duty().population().key());
        });
  }

  @Test
  void generatedDraftsRefuseAPracticeInASecondPrimaryCareTrust() {
    Property.forAll(Landscapes.pctEra(1, 4, 6).filter(d -> pcts(d).size() > 1
            && d.organisations().stream().anyMatch(o -> o.kind() == OrganisationKind.GP_PRACTICE), 1000),
        Gen.integers(0, Integer.MAX_VALUE)).withTries(30)
        .check((draft, pick) -> {
          List<Relationship> memberships = draft.relationships().stream()
              .filter(r -> r.type() == RelationshipType.MEMBER_OF).collect(Collectors.toList());
          Relationship membership = memberships.get(pick % memberships.size());
          Organisation otherPct = pcts(draft).stream()
              .filter(o -> !o.code().equals(membership.to())).findFirst().orElseThrow();
          Relationship second = Relationship.of(RelationshipType.MEMBER_OF, membership.from(),
              otherPct.code(), otherPct.operational().start());
          refused(draft.toBuilder().relationships(second).build(), Invariant.RELATIONSHIP_MULTIPLE,
              membership.from());
        });
  }

  @Test
  void generatedDraftsRefuseClosingAPrimaryCareTrustThatStillHoldsDuties() {
    Property.forAll(Landscapes.pctEra(2, 3, 4), Gen.integers(0, Integer.MAX_VALUE)).withTries(30)
        .check((draft, pick) -> {
          List<Organisation> pcts = pcts(draft);
          Organisation pct = pcts.get(pick % pcts.size());
          LandscapeDraft closed = draft.toBuilder().removeOrganisations(pct::equals)
              .organisations(pct.closedOn(draft.date().minusDays(1))).build();
          refused(closed, Invariant.REFERENCE_CLOSED, pct.code());
        });
  }

  private static List<Organisation> pcts(LandscapeDraft draft) {
    return draft.organisations().stream()
        .filter(o -> o.kind() == OrganisationKind.PRIMARY_CARE_TRUST).toList();
  }
}
