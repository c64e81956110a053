package io.github.commissioning.model.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.RelationshipType;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed articles' figures, as the model's replay of each reform on England in 2010 gives them. */
class SeedReformTest {
  private static final Money SIXTY_BILLION = Money.ofPounds(60_000_000_000L);
  private static England2010 england;
  private static final Map<SeedReform, Replayed> REPLAYED = new java.util.EnumMap<>(SeedReform.class);

  @BeforeAll
  static void load() throws IOException {
    england = England2010.load(OdsExtracts::open);
  }

  private static Money total(Landscape landscape, RingFence fence, OrganisationKind... kinds) {
    Set<OrganisationKind> wanted = Set.of(kinds);
    return landscape.allocations().stream()
        .filter(a -> a.ringFence() == fence && a.funding() == Funding.CASH
            && wanted.contains(landscape.require(a.holder()).kind()))
        .map(Allocation::amount).reduce(Money.ZERO, Money::plus);
  }

  @Test
  void englandIn2010HasItsRealBodiesAndTheArticlesMoney() {
    Landscape landscape = england.landscape();
    assertEquals(10, landscape.open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY).size());
    assertEquals(147, landscape.open(OrganisationKind.PRIMARY_CARE_TRUST).size());
    assertEquals(5, landscape.open(OrganisationKind.CARE_TRUST).size());
    assertEquals(152, england.primaryCareOrganisations().size());
    assertEquals(9_719, landscape.open(OrganisationKind.GP_PRACTICE).size());
    assertEquals(Money.ofPounds(84_000_000_000L), landscape.totalAllocated(England2010.YEAR));
    Money publicHealth = total(landscape, RingFence.PUBLIC_HEALTH,
        OrganisationKind.PRIMARY_CARE_TRUST, OrganisationKind.CARE_TRUST);
    assertEquals(Money.ofPounds(4_000_000_000L), publicHealth);
    assertEquals(Share.of(1, 21), Share.of(publicHealth.pence(),
        landscape.totalAllocated(England2010.YEAR).pence()));
    // The article's "4.7 per cent": 4/84 is 4.76..., which it truncates.
    assertEquals(new BigDecimal("4.7"), BigDecimal.valueOf(publicHealth.pence() * 100)
        .divide(BigDecimal.valueOf(landscape.totalAllocated(England2010.YEAR).pence()), 1,
            RoundingMode.DOWN));
    assertEquals("Q36", landscape.require(OdsCode.parse("Q36")).code().value());
    assertEquals("London", landscape.require(OdsCode.parse("Q36")).name());
    assertEquals("South East Coast", landscape.require(OdsCode.parse("Q37")).name());
  }

  @Test
  void thePracticesOfEachTrustAreItsRealMembers() {
    Landscape landscape = england.landscape();
    for (OdsCode pco : england.primaryCareOrganisations()) {
      for (OdsCode practice : england.practicesOf(pco)) {
        assertEquals(java.util.Optional.of(pco), landscape.primaryCareOrganisationOf(practice));
      }
    }
    assertEquals(55_725_646L, landscape.open(OrganisationKind.GP_PRACTICE).stream()
        .mapToLong(p -> england.registeredPatients(p.code())).sum());
  }

  @Test
  void theWhitePaperGivesSixtyBillionTo549ConsortiaAndCutsCostsToTarget() {
    Replayed replayed = replayed(SeedReform.WHITE_PAPER_2010);
    Landscape after = replayed.reorganised().after();

    assertEquals(549, replayed.consortia());
    assertTrue(replayed.consortia() >= 500 && replayed.consortia() <= 600);
    assertEquals(Map.of(OrganisationKind.GP_CONSORTIUM, SIXTY_BILLION),
        replayed.reorganised().moneyReceivedByKind());
    assertEquals(SIXTY_BILLION, total(after, RingFence.GENERAL, OrganisationKind.GP_CONSORTIUM));
    assertEquals(Money.ofPounds(84_000_000_000L), after.totalAllocated(England2010.YEAR));
    for (CommissioningFunction moved : WhitePaperPlan.CONSORTIUM_FUNCTIONS) {
      assertEquals(9_719, replayed.reorganised().dutiesMovedByFunction().get(moved));
    }
    for (Organisation consortium : after.open(OrganisationKind.GP_CONSORTIUM)) {
      assertEquals(Set.of(WhitePaperPlan.BOARD),
          after.targetsOf(consortium.code(), RelationshipType.ACCOUNTABLE_TO));
    }
    // Trusts keep public health and their GBP 4bn.
    assertEquals(Money.ofPounds(4_000_000_000L), total(after, RingFence.PUBLIC_HEALTH,
        OrganisationKind.PRIMARY_CARE_TRUST, OrganisationKind.CARE_TRUST));
    assertEquals(Set.of(ReformRuleNames.PCTS_KEEP_RESIDUAL_ROLE,
        ReformRuleNames.COMMISSIONER_FOLLOWS_PRACTICE), refusedRules(replayed));
    assertEquals(211, replayed.groupsEnacted());

    Map<String, CostTarget> targets = replayed.costTargets().stream()
        .collect(Collectors.toMap(CostTarget::name, t -> t));
    assertEquals(50, targets.get("London").targetPercent());
    assertEquals(new BigDecimal("50.00"), targets.get("London").achievedPercent());
    assertEquals(40, targets.get("South East Coast").targetPercent());
    assertEquals(new BigDecimal("40.00"), targets.get("South East Coast").achievedPercent());
    assertEquals(30, targets.get("England").targetPercent());
    assertEquals(new BigDecimal("33.82"), targets.get("England").achievedPercent());
    assertTrue(replayed.costTargets().stream().allMatch(CostTarget::met));
    assertEquals(11, replayed.costTargets().size());
    for (CostTarget region : replayed.costTargets()) {
      if (region.targetPercent() == 30 && region.region().isPresent()) {
        assertEquals(new BigDecimal("30.00"), region.achievedPercent(), region.name());
      }
    }
  }

  @Test
  void runningCostsFallEachYearAThirdOfTheWayToTheTarget() {
    Landscape after = replayed(SeedReform.WHITE_PAPER_2010).reorganised().after();
    OdsCode london = OdsCode.parse("Q36");
    java.util.List<Money> trajectory = java.util.stream.IntStream.range(0, 4)
        .mapToObj(y -> after.runningCosts().stream()
            .filter(c -> c.body().equals(london) && c.year().equals(England2010.YEAR.plusYears(y)))
            .findFirst().orElseThrow().amount()).toList();
    Money start = trajectory.get(0);
    for (int year = 1; year <= 3; year++) {
      // 50% in three steps: 1/6, 2/6 and 3/6 of the 2010/11 costs cut, rounded to the penny below.
      assertEquals(Money.ofPence(start.pence() * (300 - 50 * year) / 300), trajectory.get(year));
    }
  }

  @Test
  void theModelledProvidersHaveCodesNoRealBodyHad() {
    for (Organisation trust : england.landscape().open(OrganisationKind.NHS_TRUST)) {
      assertTrue(trust.code().value().startsWith("RZ"), trust::toString);
      assertTrue(trust.name().startsWith("Synthetic acute trust for "), trust::toString);
      assertTrue(england.history().organisations(trust.code()).isEmpty(), trust::toString);
    }
  }

  @Test
  void inTheRegionalOfficeVariantTheBoardsOfficesAnswerForConsortiaBudgets() {
    Replayed replayed = replayed(SeedReform.WHITE_PAPER_2010_REGIONAL_OFFICES);
    Landscape after = replayed.reorganised().after();
    Set<OrganisationKind> officers = after.allocations().stream()
        .filter(a -> after.require(a.holder()).kind() == OrganisationKind.GP_CONSORTIUM)
        .map(a -> after.require(a.accountingOfficer()).kind()).collect(Collectors.toSet());
    assertEquals(Set.of(OrganisationKind.REGIONAL_OFFICE), officers);
    assertEquals(4, after.open(OrganisationKind.REGIONAL_OFFICE).size());
  }

  @Test
  void publicHealthThenMovesWithItsFourBillionToLocalAuthorities() {
    Replayed replayed = replayed(SeedReform.WHITE_PAPER_2010_PUBLIC_HEALTH);
    Landscape after = replayed.reorganised().after();
    assertEquals(152, after.open(OrganisationKind.LOCAL_AUTHORITY).size());
    assertEquals(Money.ofPounds(4_000_000_000L), total(after, RingFence.PUBLIC_HEALTH,
        OrganisationKind.LOCAL_AUTHORITY));
    assertEquals(Money.ZERO, total(after, RingFence.PUBLIC_HEALTH,
        OrganisationKind.PRIMARY_CARE_TRUST, OrganisationKind.CARE_TRUST));
    assertEquals(152, replayed.reorganised().dutiesMovedByFunction()
        .get(CommissioningFunction.PUBLIC_HEALTH));
    assertEquals(2, refusedRules(replayed).size());
  }

  @Test
  void theOppositionPlanMakesEveryPracticeACashCommissionerAndRefusesWhatItForbids() {
    Replayed replayed = replayed(SeedReform.OPPOSITION_2009);
    Landscape after = replayed.reorganised().after();

    for (Organisation practice : after.open(OrganisationKind.GP_PRACTICE)) {
      assertTrue(after.budgetsOf(practice.code(), England2010.YEAR).stream()
          .anyMatch(b -> b.funding() == Funding.CASH), practice.code()::toString);
    }
    assertEquals(SIXTY_BILLION, total(after, RingFence.GENERAL, OrganisationKind.GP_PRACTICE)
        .plus(total(after, RingFence.PATIENT_CARE, OrganisationKind.GP_PRACTICE)));
    assertEquals(Money.ofPounds(84_000_000_000L), after.totalAllocated(England2010.YEAR));
    // The voluntary merger, with consent, applied: one trust fewer.
    assertEquals(146, after.open(OrganisationKind.PRIMARY_CARE_TRUST).size());
    assertEquals(549, after.open(OrganisationKind.GP_CONSORTIUM).size());
    assertEquals(10, after.open(OrganisationKind.PRIVATE_COMMISSIONING_ORGANISATION).size());
    assertEquals(5, after.open(OrganisationKind.FOUNDATION_TRUST).size());
    assertTrue(after.contracts().stream().allMatch(c -> c.tariff().isPresent()
        && c.price().compareTo(c.tariff().get()) < 0));
    assertEquals(Set.of(ReformRuleNames.PRICES_WITHIN_TARIFF,
        ReformRuleNames.UNDERSPENDS_FOR_PATIENT_CARE, ReformRuleNames.MERGERS_NEED_CONSENT),
        refusedRules(replayed));
    assertTrue(replayed.costTargets().isEmpty());
    // Patients may choose their commissioner: one practice's acute care is now commissioned by
    // a consortium of another trust, and the policy allows it.
    Consortia.Group own = Consortia.of(england, WhitePaperPlan.CONSORTIA).get(0);
    OdsCode chooser = own.practices().get(0);
    OdsCode holder = after.holderOf(io.github.commissioning.duty.Duty.of(
        CommissioningFunction.ACUTE_ELECTIVE,
        io.github.commissioning.duty.Population.registeredListOf(chooser))).orElseThrow()
        .accountable();
    assertEquals(OrganisationKind.GP_CONSORTIUM, after.require(holder).kind());
    assertTrue(!after.targetsOf(holder, RelationshipType.ACCOUNTABLE_TO).contains(own.pco()),
        holder::toString);
  }

  @Test
  void theCityRegionVariantLeavesAbout40BodiesAndEveryDutyStillHeld() {
    Replayed replayed = replayed(SeedReform.OPPOSITION_2009_CITY_REGIONS);
    Landscape before = replayed.reorganised().before();
    Landscape after = replayed.reorganised().after();
    assertEquals(38, after.open(OrganisationKind.STRATEGIC_COMMISSIONING_BODY).size());
    assertEquals(0, after.open(OrganisationKind.PRIMARY_CARE_TRUST).size()
        + after.open(OrganisationKind.CARE_TRUST).size()
        + after.open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY).size());
    assertEquals(before.duties().size(), after.duties().size());
    assertEquals(before.totalAllocated(England2010.YEAR), after.totalAllocated(England2010.YEAR));
    assertEquals(Money.ofPounds(24_000_000_000L), total(after, RingFence.GENERAL,
        OrganisationKind.STRATEGIC_COMMISSIONING_BODY).plus(total(after, RingFence.PUBLIC_HEALTH,
        OrganisationKind.STRATEGIC_COMMISSIONING_BODY)));
  }

  /** Each reform is replayed once for all the tests that read it. */
  private static Replayed replayed(SeedReform reform) {
    return REPLAYED.computeIfAbsent(reform, r -> r.replay(england));
  }

  private static Set<String> refusedRules(Replayed replayed) {
    assertTrue(replayed.trials().stream().allMatch(Trial.Outcome::refusedAsExpected),
        replayed.trials()::toString);
    return replayed.trials().stream().map(t -> t.trial().rule()).collect(Collectors.toSet());
  }

  /** The rules' names, as the violations carry them. */
  private static final class ReformRuleNames {
    static final String PCTS_KEEP_RESIDUAL_ROLE = "PCTS_KEEP_RESIDUAL_ROLE";
    static final String COMMISSIONER_FOLLOWS_PRACTICE = "COMMISSIONER_FOLLOWS_PRACTICE";
    static final String PRICES_WITHIN_TARIFF = "PRICES_WITHIN_TARIFF";
    static final String UNDERSPENDS_FOR_PATIENT_CARE = "UNDERSPENDS_FOR_PATIENT_CARE";
    static final String MERGERS_NEED_CONSENT = "MERGERS_NEED_CONSENT";
  }
}
