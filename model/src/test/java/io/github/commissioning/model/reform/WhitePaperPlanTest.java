package io.github.commissioning.model.reform;

import static io.github.commissioning.model.reform.MiniEngland.CARE_TRUST;
import static io.github.commissioning.model.reform.MiniEngland.HAVERING;
import static io.github.commissioning.model.reform.MiniEngland.KINGSTON;
import static io.github.commissioning.model.reform.MiniEngland.LONDON;
import static io.github.commissioning.model.reform.MiniEngland.MEDWAY;
import static io.github.commissioning.model.reform.MiniEngland.NEWCASTLE;
import static io.github.commissioning.model.reform.MiniEngland.SOUTH_EAST_COAST;
import static io.github.commissioning.model.reform.MiniEngland.steps;
import static io.github.commissioning.model.reform.WhitePaperPlan.BOARD;
import static io.github.commissioning.model.reform.WhitePaperPlan.DATE;
import static io.github.commissioning.model.reform.WhitePaperPlan.PUBLIC_HEALTH_DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
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
import io.github.commissioning.transition.AppointAccountingOfficer;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.CutRunningCosts;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.TransferDuties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 2010 white paper made concrete for England in miniature, in its three variants: the steps
 * against the figures worked out by hand, then the landscape they leave.
 */
class WhitePaperPlanTest {
  private final England2010 england = MiniEngland.england();
  private final Plan plan = SeedReform.WHITE_PAPER_2010.plan(england);

  private static Money pence(long pence) {
    return Money.ofPence(pence);
  }

  @Test
  void eachVariantIsNamedForItsChoicesAndStartsWithThePolicyOnTheDayOfTheWhitePaper() {
    assertEquals("The 2010 white paper, accounting officers the consortium chiefs",
        plan.reorganisation().name());
    assertEquals("The 2010 white paper, accounting officers the board's regional offices",
        SeedReform.WHITE_PAPER_2010_REGIONAL_OFFICES.plan(england).reorganisation().name());
    assertEquals("The 2010 white paper, accounting officers the consortium chiefs, public health"
        + " to local authorities",
        SeedReform.WHITE_PAPER_2010_PUBLIC_HEALTH.plan(england).reorganisation().name());
    assertEquals(DATE, plan.reorganisation().date());
    assertEquals(new ChangePolicy(DATE, Policies.WHITE_PAPER_2010),
        plan.reorganisation().steps().get(0));
    assertEquals(Map.of(LONDON, 50, SOUTH_EAST_COAST, 40), plan.regionalCostTargets());
    assertEquals(30, plan.nationalCostTarget());
  }

  @Test
  void theBoardAndItsFourRegionalOfficesAreEstablished() {
    OdsCode dh = OdsCode.of(England2010.DEPARTMENT_OF_HEALTH);
    List<Establish> established = steps(plan, Establish.class);
    assertEquals(Establish.of(Organisation.of(BOARD, "NHS Commissioning Board",
        OrganisationKind.NATIONAL_BOARD, DATE),
        Relationship.of(RelationshipType.ACCOUNTABLE_TO, BOARD, dh, DATE)), established.get(0));
    assertEquals(List.of("Y54 North of England", "Y55 Midlands and East of England",
        "Y56 London", "Y57 South of England"), established.subList(1, 5).stream()
        .map(e -> e.body().code() + " " + e.body().name()).toList());
    assertEquals(Establish.of(Organisation.of(OdsCode.of("Y55"), "Midlands and East of England",
        OrganisationKind.REGIONAL_OFFICE, DATE), Relationship.of(RelationshipType.PART_OF,
        OdsCode.of("Y55"), BOARD, DATE)), established.get(2));
    assertEquals(5, established.size());
  }

  @Test
  void consortiaFormedAccountableToTheBoardTakeTheirListsWithSixtyBillionByWeight() {
    List<FormConsortium> formed = steps(plan, FormConsortium.class);
    assertEquals(17, formed.size());
    assertEquals(FormConsortium.of(Organisation.of(OdsCode.of("C5D72"),
        "GP consortium 2 of Newcastle", OrganisationKind.GP_CONSORTIUM, DATE),
        List.of(OdsCode.of("B10002")), Relationship.of(RelationshipType.ACCOUNTABLE_TO,
            OdsCode.of("C5D72"), BOARD, DATE)), formed.get(11));

    Map<String, TransferDuties> toConsortia = steps(plan, TransferDuties.class).stream()
        .filter(t -> t.to().value().startsWith("C"))
        .collect(Collectors.toMap(t -> t.to().value(), t -> t, (a, b) -> a, TreeMap::new));
    assertEquals(17, toConsortia.size());
    // Each boy brings GBP 12m, each of B10001's women 3.2 times as much.
    assertEquals(new TransferDuties(DATE, NEWCASTLE, OdsCode.of("C5D71"), new DutySelection(
        WhitePaperPlan.CONSORTIUM_FUNCTIONS, ImmutableSet.of(Population.registeredListOf(
            OdsCode.of("B10001")))), Money.ofPounds(3_840_000_000L)), toConsortia.get("C5D71"));
    assertEquals(Money.ofPounds(14_400_000_000L), toConsortia.get("C5AT1").money());
    assertEquals(Money.ZERO, toConsortia.get("C5A42").money());
    assertEquals(WhitePaperPlan.TO_CONSORTIA, toConsortia.values().stream()
        .map(TransferDuties::money).reduce(Money.ZERO, Money::plus));
    assertEquals(List.of(), steps(plan, AppointAccountingOfficer.class));
  }

  @Test
  void everyTrustPassesGpContractingAndPerformanceToTheBoard() {
    List<TransferDuties> toBoard = steps(plan, TransferDuties.class).stream()
        .filter(t -> t.to().equals(BOARD)).toList();
    assertEquals(MiniEngland.PCOS, toBoard.stream().map(TransferDuties::from).toList());
    assertEquals(new TransferDuties(DATE, CARE_TRUST, BOARD,
        DutySelection.of(WhitePaperPlan.BOARD_FUNCTIONS), Money.ZERO), toBoard.get(12));
  }

  @Test
  void runningCostsFallInThreeEqualStepsToTheirRegionsTarget() {
    Map<String, List<Money>> cuts = new TreeMap<>();
    for (CutRunningCosts cut : steps(plan, CutRunningCosts.class)) {
      assertEquals(DATE, cut.date());
      cuts.computeIfAbsent(cut.body().value(), b -> new java.util.ArrayList<>()).add(cut.to());
      assertEquals(England2010.YEAR.plusYears(cuts.get(cut.body().value()).size()), cut.year());
    }
    assertEquals(16, cuts.size());
    // London, 50%: GBP 9.6m by a sixth each year.
    assertEquals(List.of(Money.ofPounds(8_000_000), Money.ofPounds(6_400_000),
        Money.ofPounds(4_800_000)), cuts.get("5A4"));
    // North East, the national 30%: GBP 225.6m by a tenth each year.
    assertEquals(List.of(Money.ofPounds(203_040_000), Money.ofPounds(180_480_000),
        Money.ofPounds(157_920_000)), cuts.get("5D7"));
    // South East Coast, 40%, including 5QA, placed there through its successor.
    assertEquals(List.of(Money.ofPounds(41_600_000), Money.ofPounds(35_200_000),
        Money.ofPounds(28_800_000)), cuts.get("5QA"));
    // An authority's own costs are cut to its own region's target, rounded down to the penny:
    // 11,938,410,041p times 270, 240 and 210 over 300.
    assertEquals(List.of(pence(10_744_569_036L), pence(9_550_728_032L), pence(8_356_887_028L)),
        cuts.get("Q30"));
    assertEquals(List.of(pence(46_722_175_731L), pence(37_377_740_585L), pence(28_033_305_439L)),
        cuts.get("Q36"));
  }

  @Test
  void theTrialsArePrimaryCareTrustsTakingBackDutiesAndPatientsChoosingAnotherConsortium() {
    assertEquals(List.of(
        new Trial("Primary care trust 5A1 takes acute commissioning back from C5A11",
            new TransferDuties(DATE, OdsCode.of("C5A11"), MEDWAY,
                DutySelection.of(CommissioningFunction.ACUTE_ELECTIVE), Money.ZERO),
            "PCTS_KEEP_RESIDUAL_ROLE"),
        new Trial("Patients of practice C10001 choose consortium C5A41",
            new TransferDuties(DATE, OdsCode.of("C5A11"), OdsCode.of("C5A41"), new DutySelection(
                ImmutableSet.of(CommissioningFunction.ACUTE_ELECTIVE),
                ImmutableSet.of(Population.registeredListOf(OdsCode.of("C10001")))), Money.ZERO),
            "COMMISSIONER_FOLLOWS_PRACTICE")), plan.trials());
    // After public health moves, on the day it does.
    assertEquals(List.of(PUBLIC_HEALTH_DATE, PUBLIC_HEALTH_DATE), SeedReform
        .WHITE_PAPER_2010_PUBLIC_HEALTH.plan(england).trials().stream()
        .map(t -> t.transition().date()).toList());
  }

  @Test
  void afterTheWhitePaperConsortiaCommissionTheListsAndTheBoardTheGpContracts() {
    Replayed replayed = SeedReform.WHITE_PAPER_2010.replay(england);
    Landscape after = replayed.reorganised().after();
    assertEquals(17, replayed.consortia());
    assertEquals(OdsCode.of("C5D71"), after.holderOf(Duty.of(CommissioningFunction.MENTAL_HEALTH,
        Population.registeredListOf(OdsCode.of("B10001")))).orElseThrow().accountable());
    assertEquals(BOARD, after.holderOf(Duty.of(CommissioningFunction.PRIMARY_MEDICAL_CONTRACTING,
        Population.registeredListOf(OdsCode.of("B10001")))).orElseThrow().accountable());
    // Maternity is not the consortia's: the trust keeps it.
    assertEquals(NEWCASTLE, after.holderOf(Duty.of(CommissioningFunction.MATERNITY,
        Population.registeredListOf(OdsCode.of("B10001")))).orElseThrow().accountable());
    // Consortia answer for their own budgets.
    assertEquals(Optional.of(OdsCode.of("C5AT1")), after.budgetsOf(OdsCode.of("C5AT1"),
        England2010.YEAR).stream().map(Allocation::accountingOfficer).findFirst());
    assertEquals(List.of(true, true), replayed.trials().stream()
        .map(Trial.Outcome::refusedAsExpected).toList());
  }

  @Test
  void withRegionalOfficesEachConsortiumsBudgetAnswersToTheOfficeForItsTrustsAuthority() {
    // Every practice has a list here, so that every consortium has a budget to answer for.
    England2010 listed = MiniEngland.everyPracticeListed();
    Plan offices = SeedReform.WHITE_PAPER_2010_REGIONAL_OFFICES.plan(listed);
    Map<String, String> officers = steps(offices, AppointAccountingOfficer.class).stream()
        .collect(Collectors.toMap(a -> a.holder().value(), a -> a.officer().value(),
            (a, b) -> a, TreeMap::new));
    assertEquals(17, officers.size());
    assertEquals("Y56", officers.get("C5A41"));
    assertEquals("Y54", officers.get("C5D71"));
    assertEquals("Y54", officers.get("CTAC1"));
    assertEquals("Y57", officers.get("C5QA1"));

    Landscape after = SeedReform.WHITE_PAPER_2010_REGIONAL_OFFICES.replay(listed).reorganised()
        .after();
    Allocation budget = after.budgetsOf(OdsCode.of("C5A11"), England2010.YEAR).stream()
        .filter(b -> b.ringFence() == RingFence.GENERAL && b.funding() == Funding.CASH)
        .findFirst().orElseThrow();
    assertEquals(OdsCode.of("Y57"), budget.accountingOfficer());
  }

  @Test
  void publicHealthThenMovesToALocalAuthorityForEachArea() {
    Plan moving = SeedReform.WHITE_PAPER_2010_PUBLIC_HEALTH.plan(england);
    List<Establish> councils = steps(moving, Establish.class).subList(5, 18);
    assertEquals(Establish.of(Organisation.of(OdsCode.of("E16000009"),
        "Local authority for Medway (modelled)", OrganisationKind.LOCAL_AUTHORITY,
        PUBLIC_HEALTH_DATE)), councils.get(0));
    assertEquals(Establish.of(Organisation.of(OdsCode.of("E16900000"),
        "Local authority for Newcastle (synthetic area code) (modelled)",
        OrganisationKind.LOCAL_AUTHORITY, PUBLIC_HEALTH_DATE)), councils.get(9));
    List<TransferDuties> publicHealth = steps(moving, TransferDuties.class).stream()
        .filter(t -> t.date().equals(PUBLIC_HEALTH_DATE)).toList();
    assertEquals(13, publicHealth.size());
    assertEquals(TransferDuties.of(PUBLIC_HEALTH_DATE, KINGSTON, OdsCode.of("E16000002"),
        CommissioningFunction.PUBLIC_HEALTH).withMoney(pence(16_736_401_674L),
        RingFence.PUBLIC_HEALTH), publicHealth.get(2));

    Landscape after = SeedReform.WHITE_PAPER_2010_PUBLIC_HEALTH.replay(england).reorganised()
        .after();
    Area havering = Area.of("E16000001", "Havering");
    assertEquals(OdsCode.of("E16000001"), after.holderOf(Duty.of(
        CommissioningFunction.PUBLIC_HEALTH, Population.residentsOf(havering))).orElseThrow()
        .accountable());
    assertEquals(List.of(pence(1_673_640_167L)), after.budgetsOf(OdsCode.of("E16000001"),
        England2010.YEAR).stream().filter(b -> b.ringFence() == RingFence.PUBLIC_HEALTH)
        .map(Allocation::amount).toList());
    assertEquals(Money.ZERO, after.budgetsOf(HAVERING, England2010.YEAR).stream()
        .filter(b -> b.ringFence() == RingFence.PUBLIC_HEALTH).map(Allocation::amount)
        .reduce(Money.ZERO, Money::plus));
    assertEquals(13, after.open(OrganisationKind.LOCAL_AUTHORITY).size());
  }
}
