package io.github.commissioning.model.reform;

import static io.github.commissioning.model.reform.MiniEngland.CARE_TRUST;
import static io.github.commissioning.model.reform.MiniEngland.ENFIELD;
import static io.github.commissioning.model.reform.MiniEngland.HAVERING;
import static io.github.commissioning.model.reform.MiniEngland.KINGSTON;
import static io.github.commissioning.model.reform.MiniEngland.LONDON;
import static io.github.commissioning.model.reform.MiniEngland.MEDWAY;
import static io.github.commissioning.model.reform.MiniEngland.NORTH_EAST;
import static io.github.commissioning.model.reform.MiniEngland.SOUTH_EAST_COAST;
import static io.github.commissioning.model.reform.MiniEngland.steps;
import static io.github.commissioning.model.reform.OppositionPlan.CASH;
import static io.github.commissioning.model.reform.OppositionPlan.LATER;
import static io.github.commissioning.model.reform.OppositionPlan.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.policy.Policies;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.AuthoriseFoundationTrust;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.ConvertToCash;
import io.github.commissioning.transition.Delegate;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.transition.RepriceContract;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.transition.TransferDuties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The 2009 opposition plan, and its city-region variant, made concrete for England in miniature:
 * each step checked against the figures worked out by hand, then the landscape it leaves.
 */
class OppositionPlanTest {
  private final England2010 england = MiniEngland.england();
  private final Plan plan = SeedReform.OPPOSITION_2009.plan(england);
  private final Plan city = SeedReform.OPPOSITION_2009_CITY_REGIONS.plan(england);
  private static final OdsCode BIGGEST = OdsCode.of("A60001");

  private static Money pounds(long pounds) {
    return Money.ofPounds(pounds);
  }

  @Test
  void thePlanStartsWithItsPolicyOnTheFirstDayOfTheYear() {
    assertEquals("The 2009 opposition plan", plan.reorganisation().name());
    assertEquals(START, plan.reorganisation().date());
    assertEquals(new ChangePolicy(START, Policies.OPPOSITION_2009),
        plan.reorganisation().steps().get(0));
    assertEquals("The 2009 opposition plan, with 40 city-region bodies",
        city.reorganisation().name());
    assertEquals(Map.of(), plan.regionalCostTargets());
    assertEquals(0, plan.nationalCostTarget());
  }

  @Test
  void everyPracticeGetsAnIndicativeBudgetByWeightedCapitationAndCommissionsItsList() {
    Map<String, Money> budgets = new TreeMap<>();
    for (Allocate allocate : steps(plan, Allocate.class)) {
      Allocation budget = allocate.allocation();
      assertEquals(Funding.INDICATIVE, budget.funding());
      assertEquals(RingFence.GENERAL, budget.ringFence());
      assertEquals(england.landscape().primaryCareOrganisationOf(budget.holder()).orElseThrow(),
          budget.accountingOfficer());
      budgets.put(budget.holder().value(), budget.amount());
    }
    assertEquals(17, budgets.size());
    // GBP 60bn over 500,000 hundredths: GBP 12m a boy; B10001's women weigh 3.2 times as much.
    assertEquals(pounds(240_000_000L), budgets.get("A10001"));
    assertEquals(Money.ZERO, budgets.get("A10002"));
    assertEquals(pounds(14_400_000_000L), budgets.get("A60001"));
    assertEquals(pounds(3_840_000_000L), budgets.get("B10001"));
    assertEquals(pounds(1_800_000_000L), budgets.get("B10002"));
    assertEquals(OppositionPlan.TO_PRACTICES,
        budgets.values().stream().reduce(Money.ZERO, Money::plus));

    List<Delegate> delegations = steps(plan, Delegate.class);
    assertEquals(new Delegate(START, HAVERING, OdsCode.of("A10002"), new DutySelection(
        OppositionPlan.PRACTICE_FUNCTIONS, ImmutableSet.of(Population.registeredListOf(
            OdsCode.of("A10002"))))), delegations.get(2));
    // One for each practice, then one for each authority's franchised contractor.
    assertEquals(17 + 3, delegations.size());

    List<ConvertToCash> cash = steps(plan, ConvertToCash.class);
    assertEquals(17, cash.size());
    assertEquals(new ConvertToCash(CASH, OdsCode.of("C30001"), England2010.YEAR), cash.get(15));
  }

  @Test
  void practicesFederateIntoConsortiumsThatBuyCommunityCareBelowTariffThroughTheirTrust() {
    List<SignContract> signed = steps(plan, SignContract.class);
    assertEquals(17, signed.size());
    // C10001's GBP 4.2bn: a tariff of 30%, GBP 1.26bn, negotiated down to 95%.
    assertEquals(new SignContract(START, Contract.builder().commissioner(OdsCode.of("C5A11"))
        .provider(OdsCode.of("RZ2")).service(CommissioningFunction.COMMUNITY)
        .year(England2010.YEAR).price(pounds(1_197_000_000L)).tariff(pounds(1_260_000_000L))
        .arrangedBy(MEDWAY).build()), signed.get(0));
    assertEquals(new SignContract(START, Contract.builder().commissioner(OdsCode.of("CTAC1"))
        .provider(OdsCode.of("RZ0")).service(CommissioningFunction.COMMUNITY)
        .year(England2010.YEAR).price(pounds(855_000_000L)).tariff(pounds(900_000_000L))
        .arrangedBy(CARE_TRUST).build()), signed.get(16));
    // Every trust's acute contract, repriced to 95% of its tariff.
    List<RepriceContract> repriced = steps(plan, RepriceContract.class);
    assertEquals(13, repriced.size());
    assertTrue(repriced.contains(new RepriceContract(START, HAVERING, OdsCode.of("RZ1"),
        CommissioningFunction.ACUTE_ELECTIVE, England2010.YEAR, pounds(91_200_000L))),
        repriced::toString);
    assertTrue(repriced.contains(new RepriceContract(START, OdsCode.of("5D7"), OdsCode.of("RZ0"),
        CommissioningFunction.ACUTE_ELECTIVE, England2010.YEAR, pounds(2_143_200_000L))),
        repriced::toString);
  }

  @Test
  void authoritiesFranchiseSpecialisedCommissioningAndEveryOtherProviderBecomesAFoundationTrust() {
    List<Establish> established = steps(plan, Establish.class);
    assertEquals(List.of(
        Establish.of(Organisation.of(OdsCode.of("FRQ30"), "Franchised contractor for North East"
            + " (modelled)", OrganisationKind.PRIVATE_COMMISSIONING_ORGANISATION, START),
            Relationship.of(RelationshipType.ACCOUNTABLE_TO, OdsCode.of("FRQ30"), NORTH_EAST,
                START)),
        Establish.of(Organisation.of(OdsCode.of("FRQ36"), "Franchised contractor for London"
            + " (modelled)", OrganisationKind.PRIVATE_COMMISSIONING_ORGANISATION, START),
            Relationship.of(RelationshipType.ACCOUNTABLE_TO, OdsCode.of("FRQ36"), LONDON, START)),
        Establish.of(Organisation.of(OdsCode.of("FRQ37"), "Franchised contractor for South East"
            + " Coast (modelled)", OrganisationKind.PRIVATE_COMMISSIONING_ORGANISATION, START),
            Relationship.of(RelationshipType.ACCOUNTABLE_TO, OdsCode.of("FRQ37"),
                SOUTH_EAST_COAST, START))), established);
    assertTrue(steps(plan, Delegate.class).contains(new Delegate(START, LONDON,
        OdsCode.of("FRQ36"), DutySelection.of(CommissioningFunction.SPECIALISED))));
    // The first and third authorities' providers, in code order.
    assertEquals(List.of(new AuthoriseFoundationTrust(START, OdsCode.of("RZ0")),
        new AuthoriseFoundationTrust(START, OdsCode.of("RZ2"))),
        steps(plan, AuthoriseFoundationTrust.class));
    // In the city-region variant, every provider, and no franchise.
    assertEquals(List.of(new AuthoriseFoundationTrust(START, OdsCode.of("RZ0")),
        new AuthoriseFoundationTrust(START, OdsCode.of("RZ1")),
        new AuthoriseFoundationTrust(START, OdsCode.of("RZ2"))),
        steps(city, AuthoriseFoundationTrust.class));
    assertEquals(List.of(), steps(city, Establish.class));
    assertEquals(17, steps(city, Delegate.class).size());
  }

  @Test
  void theTwoSmallestTrustsOfLondonMergeAndTheLargestBudgetReinvestsOnePercent() {
    // London has the most trusts; 5C1 (10 patients) joins 5A4 (20 patients), with consent.
    Merge voluntary = Merge.into(CASH, HAVERING, ENFIELD).withConsentOfAll();
    assertEquals(List.of(voluntary), steps(plan, Merge.class));
    assertEquals(voluntary, steps(city, Merge.class).get(0));
    // A60001 has the largest budget, GBP 14.4bn.
    assertEquals(List.of(new ReinvestUnderspend(CASH, BIGGEST, England2010.YEAR,
        pounds(144_000_000L), RingFence.PATIENT_CARE)), steps(plan, ReinvestUnderspend.class));
  }

  @Test
  void theFirstPracticesPatientsChooseTheConsortiumOfAnotherTrust() {
    TransferDuties choice = new TransferDuties(CASH, MEDWAY, OdsCode.of("C5A41"),
        new DutySelection(ImmutableSet.of(CommissioningFunction.ACUTE_ELECTIVE),
            ImmutableSet.of(Population.registeredListOf(OdsCode.of("C10001")))), Money.ZERO);
    assertEquals(List.of(choice), steps(plan, TransferDuties.class));
  }

  @Test
  void theTrialsAreDatedTheDayAfterAndExpectTheirRules() {
    assertEquals(List.of(
        new Trial("Consortium CTAC1 agrees a price above the PbR tariff", new SignContract(
            LATER.plusDays(1), Contract.builder().commissioner(OdsCode.of("CTAC1"))
                .provider(OdsCode.of("RZ0")).service(CommissioningFunction.MENTAL_HEALTH)
                .year(England2010.YEAR).price(pounds(1_000_001)).tariff(pounds(1_000_000))
                .arrangedBy(CARE_TRUST).build()), "PRICES_WITHIN_TARIFF"),
        new Trial("Practice A60001 takes an underspend as practice profit",
            new ReinvestUnderspend(LATER.plusDays(1), BIGGEST, England2010.YEAR, pounds(1),
                RingFence.PRACTICE_PROFIT), "UNDERSPENDS_FOR_PATIENT_CARE"),
        // The first two trusts that did not merge.
        new Trial("Trust 5A5 is merged into 5A1 without consent",
            Merge.into(LATER.plusDays(1), MEDWAY, KINGSTON), "MERGERS_NEED_CONSENT")),
        plan.trials());
    // The city-region variant leaves no trusts to merge, and its consortium has no trust to
    // arrange its contract.
    assertEquals(List.of(
        new Trial("Consortium CTAC1 agrees a price above the PbR tariff", new SignContract(
            LATER.plusDays(1), Contract.builder().commissioner(OdsCode.of("CTAC1"))
                .provider(OdsCode.of("RZ0")).service(CommissioningFunction.MENTAL_HEALTH)
                .year(England2010.YEAR).price(pounds(1_000_001)).tariff(pounds(1_000_000))
                .build()), "PRICES_WITHIN_TARIFF"),
        plan.trials().get(1)), city.trials());
  }

  @Test
  void cityRegionsMergeEachAuthoritysTrustsIntoItsShareOfFortyBodiesThenCloseIt() {
    OdsCode dh = OdsCode.of(England2010.DEPARTMENT_OF_HEALTH);
    OdsCode northEast = OdsCode.of("SQ301");
    OdsCode london1 = OdsCode.of("SQ361");
    OdsCode london2 = OdsCode.of("SQ362");
    OdsCode southEast = OdsCode.of("SQ371");
    // North East's 2 trusts and South East Coast's 3 make one body each (two trusts at least
    // in each); London's 7 left after the merger make ceil(7/3) = 3 runs of 3, 3 and 1, and
    // the lone trust joins the first body rather than make a body of one.
    assertEquals(List.of(
        Merge.into(CASH, HAVERING, ENFIELD).withConsentOfAll(),
        body(northEast, "Strategic commissioning body 1 of North East (modelled)", dh,
            "5D7", "TAC"),
        body(london1, "Strategic commissioning body 1 of London (modelled)", dh,
            "5A4", "5A5", "5A7"),
        body(london2, "Strategic commissioning body 2 of London (modelled)", dh,
            "5A8", "5A9", "5AT"),
        Merge.into(LATER, london1, OdsCode.of("5C2")).withConsentOfAll(),
        body(southEast, "Strategic commissioning body 1 of South East Coast (modelled)", dh,
            "5A1", "5P5", "5QA")), steps(city, Merge.class));
    assertEquals(List.of(Close.of(LATER, NORTH_EAST, northEast), Close.of(LATER, LONDON, london1),
        Close.of(LATER, SOUTH_EAST_COAST, southEast)), steps(city, Close.class));
  }

  private static Merge body(OdsCode code, String name, OdsCode dh, String... trusts) {
    return Merge.intoNew(Organisation.of(code, name,
            OrganisationKind.STRATEGIC_COMMISSIONING_BODY, LATER),
            List.of(trusts).stream().map(OdsCode::of).toArray(OdsCode[]::new))
        .withConsentOfAll()
        .withRelationships(Relationship.of(RelationshipType.ACCOUNTABLE_TO, code, dh, LATER));
  }

  @Test
  void afterThePlanEveryPracticeHoldsCashAndTheMergedTrustIsGone() {
    Replayed replayed = SeedReform.OPPOSITION_2009.replay(england);
    Landscape after = replayed.reorganised().after();
    for (Organisation practice : after.open(OrganisationKind.GP_PRACTICE)) {
      assertEquals(List.of(Funding.CASH), after.budgetsOf(practice.code(), England2010.YEAR)
          .stream().map(Allocation::funding).distinct().toList(), practice::toString);
    }
    assertEquals(11, after.open(OrganisationKind.PRIMARY_CARE_TRUST).size());
    assertTrue(after.organisation(ENFIELD).orElseThrow().operational().end().isPresent());
    assertEquals(17, replayed.consortia());
    // C10001's acute care is commissioned by 5A4's consortium; other practices' services by
    // the practice, delegated by its trust.
    assertEquals(OdsCode.of("C5A41"), after.holderOf(Duty.of(CommissioningFunction.ACUTE_ELECTIVE,
        Population.registeredListOf(OdsCode.of("C10001")))).orElseThrow().accountable());
    DutyAssignment community = after.holderOf(Duty.of(CommissioningFunction.COMMUNITY,
        Population.registeredListOf(OdsCode.of("A20001")))).orElseThrow();
    assertEquals(KINGSTON, community.accountable());
    assertEquals(Optional.of(OdsCode.of("A20001")), community.delegate());
    assertEquals(List.of(true, true, true), replayed.trials().stream()
        .map(Trial.Outcome::refusedAsExpected).toList());
    assertEquals(List.of(), replayed.costTargets());
  }

  @Test
  void afterTheCityRegionVariantFourBodiesHoldWhatTheTrustsAndAuthoritiesHeld() {
    Replayed replayed = SeedReform.OPPOSITION_2009_CITY_REGIONS.replay(england);
    Landscape before = replayed.reorganised().before();
    Landscape after = replayed.reorganised().after();
    assertEquals(List.of("SQ301", "SQ361", "SQ362", "SQ371"), after.open(
        OrganisationKind.STRATEGIC_COMMISSIONING_BODY).stream().map(o -> o.code().value())
        .toList());
    assertEquals(Set.of(), after.open(OrganisationKind.PRIMARY_CARE_TRUST));
    assertEquals(Set.of(), after.open(OrganisationKind.CARE_TRUST));
    assertEquals(Set.of(), after.open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY));
    assertEquals(before.duties().size(), after.duties().size());
    // Havering's area, with its authority's specialised commissioning, is the first London
    // body's; a practice's list is too, still delegated to the practice.
    Area havering = Area.of("E16000001", "Havering");
    OdsCode london1 = OdsCode.of("SQ361");
    assertEquals(london1, after.holderOf(Duty.of(CommissioningFunction.DENTAL,
        Population.residentsOf(havering))).orElseThrow().accountable());
    assertEquals(london1, after.holderOf(Duty.of(CommissioningFunction.SPECIALISED,
        Population.residentsOf(havering))).orElseThrow().accountable());
    DutyAssignment community = after.holderOf(Duty.of(CommissioningFunction.COMMUNITY,
        Population.registeredListOf(OdsCode.of("A20001")))).orElseThrow();
    assertEquals(london1, community.accountable());
    assertEquals(Optional.of(OdsCode.of("A20001")), community.delegate());
    // What the trusts kept once their practices' budgets became cash: a quarter of their
    // general allocations (GBP 4m a boy of GBP 16m), and all of public health. SQ361 has 5A4
    // (with 5C1), 5A5, 5A7 and 5C2: 532,000,000,000p and 111,297,071,130p.
    assertEquals(Money.ofPence(643_297_071_130L), cash(after, london1));
    assertEquals(Money.ofPounds(24_000_000_000L), after.open(
        OrganisationKind.STRATEGIC_COMMISSIONING_BODY).stream().map(o -> cash(after, o.code()))
        .reduce(Money.ZERO, Money::plus));
    assertEquals(England2010.ALLOCATED_TO_PCTS, after.totalAllocated(England2010.YEAR));
  }

  private static Money cash(Landscape landscape, OdsCode holder) {
    return landscape.budgetsOf(holder, England2010.YEAR).stream()
        .filter(b -> b.funding() == Funding.CASH).map(Allocation::amount)
        .reduce(Money.ZERO, Money::plus);
  }
}
