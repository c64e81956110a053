package io.github.commissioning.model.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.history.Membership;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.testkit.assertion.ViolationAssertions;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.time.Period;
import io.github.commissioning.transition.Abolish;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.JoinConsortium;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.SplitPart;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Practices opening and closing through the engine, and edge cases found in review. */
class PracticeLifecycleAndEdgeCasesTest {
  private static final LocalDate D = LocalDate.of(2010, 10, 1);
  private final Landscape sample = TestLandscapes.englandLike();

  @Test
  void aNewPracticeIsCoveredByItsPrimaryCareTrust() {
    OdsCode practice = OdsCode.of("A89999");
    Applied opened = TransitionEngine.apply(sample, Establish.of(Organisation.of(practice,
        "New practice", OrganisationKind.GP_PRACTICE, D), Relationship.of(RelationshipType.MEMBER_OF,
        practice, SampleLandscapes.HARTLEPOOL, D)));
    assertEquals(8, opened.after().dutiesOf(SampleLandscapes.HARTLEPOOL).stream()
        .filter(d -> d.duty().population().equals(Population.registeredListOf(practice))).count());
  }

  @Test
  void aPracticeThatHasLostItsPatientsIsAbolishedWithItsListsDuties() {
    OdsCode practice = OdsCode.of("A81003");
    Applied abolished = TransitionEngine.apply(sample, new Abolish(D, practice));
    assertFalse(abolished.after().require(practice).isOpenOn(D));
    assertEquals(8, abolished.effects(Effect.DutyEnded.class).size());
    assertTrue(abolished.after().holderOf(Duty.of(CommissioningFunction.MATERNITY,
        Population.registeredListOf(practice))).isEmpty());
  }

  @Test
  void twoPracticesMergeIntoANewOneCoveredLikeTheFirst() {
    OdsCode merged = OdsCode.of("A89998");
    Applied applied = TransitionEngine.apply(sample, Merge.intoNew(Organisation.of(merged,
        "Merged practice", OrganisationKind.GP_PRACTICE, D), OdsCode.of("A81003"), OdsCode.of("A81007")));
    assertEquals(Optional.of(SampleLandscapes.HARTLEPOOL), applied.after().holderOf(Duty.of(
        CommissioningFunction.MATERNITY, Population.registeredListOf(merged)))
        .map(a -> a.accountable()));
  }

  @Test
  void mergedContractsAddTheirTariffsToo() {
    Landscape withSecond = TransitionEngine.apply(sample, new SignContract(D, Contract.builder()
        .commissioner(SampleLandscapes.HARTLEPOOL).provider(SampleLandscapes.NORTH_TEES_FT)
        .service(CommissioningFunction.ACUTE_ELECTIVE).year(SampleLandscapes.YEAR)
        .price(Money.ofPounds(90)).tariff(Money.ofPounds(100)).build())).after();
    Applied merged = TransitionEngine.apply(withSecond, Merge.intoNew(Organisation.of(
        OdsCode.of("5QX"), "Tees", OrganisationKind.PRIMARY_CARE_TRUST, D.plusDays(1)),
        SampleLandscapes.HARTLEPOOL, SampleLandscapes.STOCKTON));
    Contract tees = merged.after().contracts().stream()
        .filter(c -> c.commissioner().equals(OdsCode.of("5QX"))).findFirst().orElseThrow();
    assertEquals(Money.ofPounds(95_000_090), tees.price());
    assertEquals(Optional.of(Money.ofPounds(100_000_100)), tees.tariff());
  }

  @Test
  void aSplitKeepsEveryContractEvenAtNothing() {
    Landscape withEmpty = TransitionEngine.apply(sample, new SignContract(D, Contract.builder()
        .commissioner(SampleLandscapes.HARTLEPOOL).provider(SampleLandscapes.NORTH_TEES_FT)
        .service(CommissioningFunction.MATERNITY).year(SampleLandscapes.YEAR).price(Money.ZERO)
        .build())).after();
    List<Population> populations = new ArrayList<>();
    withEmpty.dutiesOf(SampleLandscapes.HARTLEPOOL).forEach(d -> {
      if (!populations.contains(d.duty().population())) {
        populations.add(d.duty().population());
      }
    });
    Applied split = TransitionEngine.apply(withEmpty, Split.of(D.plusDays(1), SampleLandscapes.HARTLEPOOL,
        SplitPart.to(SampleLandscapes.STOCKTON, Share.of(1, 2), populations.get(0)),
        SplitPart.toNew(Organisation.of(OdsCode.of("5QY"), "Rest", OrganisationKind.PRIMARY_CARE_TRUST,
            D.plusDays(1)), Share.of(1, 2), populations.subList(1, populations.size())
            .toArray(new Population[0]))));
    assertEquals(withEmpty.contracts().size() + 1, split.after().contracts().size());
  }

  @Test
  void cashMovedToAFederationIsAnsweredForByTheGiversOfficer() {
    OdsCode federation = OdsCode.of("FED01");
    Landscape withFederation = TransitionEngine.apply(sample, FormConsortium.of(Organisation.of(
        federation, "Federation", OrganisationKind.PRACTICE_FEDERATION, D),
        List.of(OdsCode.of("A81003")))).after();
    Applied moved = TransitionEngine.apply(withFederation, new TransferDuties(D.plusDays(1),
        SampleLandscapes.HARTLEPOOL, federation, DutySelection.of(CommissioningFunction.COMMUNITY)
            .forPopulations(Population.registeredListOf(OdsCode.of("A81003"))), Money.ofPounds(1_000)));
    Allocation budget = moved.after().budgetsOf(federation, SampleLandscapes.YEAR).iterator().next();
    assertEquals(SampleLandscapes.HARTLEPOOL, budget.accountingOfficer());
    ViolationAssertions.assertRefused(Invariant.STATE_MISMATCH, "A81003", () -> TransitionEngine.apply(
        withFederation, new JoinConsortium(D.plusDays(2), OdsCode.of("A81003"), federation)));
  }

  @Test
  void aChangeDatedOnTheFirstDayThereIsIsRefused() {
    ViolationAssertions.assertRefused(Invariant.TRANSITION_DATE, LocalDate.MIN,
        () -> TransitionEngine.apply(sample, new Rename(LocalDate.MIN, SampleLandscapes.BRENT, "B")));
  }

  @Test
  void anIndexedCloseToAnUnknownSuccessorIsReportedAndSkippedWhole() {
    OdsCode practice = OdsCode.of("A81001");
    OdsCode pct = OdsCode.of("5E1");
    LocalDate opened = LocalDate.of(2001, 4, 1);
    List<Violation> problems = new ArrayList<>();
    History history = History.index(List.of(
        Establish.of(Organisation.of(practice, "P", OrganisationKind.GP_PRACTICE, opened)),
        Establish.of(Organisation.of(pct, "PCT", OrganisationKind.PRIMARY_CARE_TRUST, opened)),
        io.github.commissioning.transition.Relate.of(Relationship.of(RelationshipType.MEMBER_OF,
            practice, pct, opened)),
        Close.of(D, pct, OdsCode.of("5ZZ"))), problems::add);
    assertEquals(List.of("REFERENCE_UNKNOWN"), problems.stream().map(Violation::code).toList());
    assertEquals(Optional.of(pct), history.membershipOn(practice, D.plusDays(1)).map(Membership::parent));
  }

  @Test
  void aRecordGivenTwiceCountsOnceAndAnOverlappingOneIsLeftOutKeepingTheFirst() {
    Organisation body = Organisation.of(OdsCode.of("5E1"), "PCT", OrganisationKind.PRIMARY_CARE_TRUST,
        Period.from(LocalDate.of(2001, 4, 1)));
    Organisation overlapping = Organisation.of(OdsCode.of("5E1"), "Other", OrganisationKind.PRIMARY_CARE_TRUST,
        Period.from(LocalDate.of(2005, 4, 1)));
    List<Violation> problems = new ArrayList<>();
    History history = History.builder().organisation(body).organisation(body)
        .organisation(overlapping).build(problems::add);
    assertEquals(1, problems.size());
    assertTrue(history.organisation(body.code(), LocalDate.of(2010, 1, 1)).isPresent());
    assertEquals(ImmutableSet.of(body), ImmutableSet.copyOf(history.organisations(body.code())));
  }
}
