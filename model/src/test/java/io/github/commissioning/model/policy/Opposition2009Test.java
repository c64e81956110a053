package io.github.commissioning.model.policy;

import static io.github.commissioning.model.transition.Engine.BRENT;
import static io.github.commissioning.model.transition.Engine.BRENT_PRACTICES;
import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_PRACTICES;
import static io.github.commissioning.model.transition.Engine.KENSINGTON;
import static io.github.commissioning.model.transition.Engine.KENSINGTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.TOTAL_CASH;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.amount;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.assertNames;
import static io.github.commissioning.model.transition.Engine.assertSampleUnchanged;
import static io.github.commissioning.model.transition.Engine.moved;
import static io.github.commissioning.model.transition.Engine.pct;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.ConvertToCash;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.RepriceContract;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.transition.StepRefusedException;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the 2009 opposition plan, each broken on purpose. */
class Opposition2009Test {
  private static final Money PRACTICE_BUDGET = Money.ofPounds(1_000_000);

  /**
   * The sample with an indicative budget for every practice (answered for by its PCT) and the 2009
   * opposition plan in force, reached by a reorganisation on {@code D}.
   */
  static Landscape opposition() {
    List<Transition> steps = new ArrayList<>();
    addBudgets(steps, HARTLEPOOL, HARTLEPOOL_PRACTICES);
    addBudgets(steps, STOCKTON, STOCKTON_PRACTICES.subList(1, 5));
    addBudgets(steps, BRENT, BRENT_PRACTICES);
    addBudgets(steps, KENSINGTON, KENSINGTON_PRACTICES);
    steps.add(new ChangePolicy(D, Policies.OPPOSITION_2009));
    Landscape landscape = TransitionEngine.apply(sample(),
        Reorganisation.of("Every practice a commissioner", D, steps)).after();
    assertEquals(Policies.OPPOSITION_2009, landscape.policy());
    return landscape;
  }

  private static void addBudgets(List<Transition> steps, OdsCode pct, List<OdsCode> practices) {
    for (OdsCode practice : practices) {
      steps.add(new Allocate(D, Allocation.builder().holder(practice).accountingOfficer(pct)
          .year(YEAR).funding(Funding.INDICATIVE).amount(PRACTICE_BUDGET).build()));
    }
  }

  private static final LocalDate LATER = D.plusDays(1);

  // ---- EVERY_PRACTICE_COMMISSIONS --------------------------------------------------------------

  @Test
  void theSampleBreaksEveryPracticeCommissionsForAllButTheDenshamSurgery() {
    LandscapeSnapshot sample = sample();
    ImmutableList<Violation> found = ReformRule.EVERY_PRACTICE_COMMISSIONS.check(sample);
    assertEquals(19, found.size());
    assertTrue(found.stream().allMatch(v -> v.code().equals("EVERY_PRACTICE_COMMISSIONS")));
    assertTrue(found.stream().noneMatch(v -> v.subjects().contains(DENSHAM.value())));

    ViolationException refused = assertThrows(ViolationException.class,
        () -> TransitionEngine.apply(sample, new ChangePolicy(D, Policies.OPPOSITION_2009)));
    assertEquals(found, refused.violations());
    assertNames(refused, "EVERY_PRACTICE_COMMISSIONS", STOCKTON_PRACTICES.get(1));
    assertSampleUnchanged(sample);
  }

  @Test
  void withABudgetForEveryPracticeThePlanCanBeInForce() {
    Landscape opposition = opposition();
    assertEquals(ImmutableList.of(), Policies.OPPOSITION_2009.check(opposition));
    assertEquals(pence(TOTAL_CASH), opposition.totalAllocated(YEAR),
        "indicative budgets are not cash");
  }

  @Test
  void everyChangeIsCheckedAgainstTheRuleEvenInANewYearWithoutBudgets() {
    refused(opposition(), "EVERY_PRACTICE_COMMISSIONS", DENSHAM,
        new Rename(LocalDate.of(2011, 4, 1), STOCKTON, "Stockton in 2011"));
  }

  // ---- MERGERS_NEED_CONSENT --------------------------------------------------------------------

  @Test
  void aPrimaryCareTrustMergerWithoutConsentIsRefused() {
    Landscape opposition = opposition();
    Merge merger = Merge.intoNew(pct("5QX", "Tees", LATER), HARTLEPOOL, STOCKTON);

    ViolationException refused = refused(opposition, "MERGERS_NEED_CONSENT", HARTLEPOOL, merger);
    assertNames(refused, "MERGERS_NEED_CONSENT", STOCKTON);
    refused(opposition, "MERGERS_NEED_CONSENT", STOCKTON, merger.withConsentOf(HARTLEPOOL));
  }

  @Test
  void aPrimaryCareTrustMergerWithEveryonesConsentApplies() {
    Landscape opposition = opposition();
    Applied applied = applyChecked(opposition,
        Merge.intoNew(pct("5QX", "Tees", LATER), HARTLEPOOL, STOCKTON).withConsentOfAll());

    assertEquals(10, applied.after().membersOf(OdsCode.of("5QX")).size());
    assertEquals(Policies.OPPOSITION_2009, applied.after().policy());
  }

  @Test
  void anAbsorptionNeedsTheConsentOfTheAbsorbingTrustToo() {
    Landscape opposition = opposition();
    refused(opposition, "MERGERS_NEED_CONSENT", KENSINGTON,
        Merge.into(LATER, KENSINGTON, BRENT).withConsentOf(BRENT));
    applyChecked(opposition, Merge.into(LATER, KENSINGTON, BRENT).withConsentOfAll());
  }

  @Test
  void theConsentRuleAppliesToEveryStepOfAReorganisation() {
    Landscape opposition = opposition();
    StepRefusedException refused = assertThrows(StepRefusedException.class,
        () -> TransitionEngine.apply(opposition, Reorganisation.of("Forced", LATER, List.of(
            new Rename(LATER, BRENT, "Brent"), Merge.into(LATER, KENSINGTON, BRENT)))));
    assertEquals(2, refused.stepNumber());
    assertTrue(refused.broke("MERGERS_NEED_CONSENT"));
  }

  // ---- PRICES_WITHIN_TARIFF --------------------------------------------------------------------

  private static Contract.Builder contract(long pricePence) {
    return Contract.builder().commissioner(HARTLEPOOL).provider(RVW)
        .service(CommissioningFunction.ACUTE_ELECTIVE).year(YEAR).price(pence(pricePence));
  }

  @Test
  void aContractSignedAboveTariffIsRefused() {
    Landscape opposition = opposition();
    refused(opposition, "PRICES_WITHIN_TARIFF", HARTLEPOOL,
        new SignContract(LATER, contract(100_001).tariff(pence(100_000)).build()));
    applyChecked(opposition, new SignContract(LATER, contract(100_000).tariff(pence(100_000)).build()));
    applyChecked(opposition, new SignContract(LATER, contract(Long.MAX_VALUE / 4).build()));
  }

  @Test
  void aContractRepricedAboveTariffIsRefused() {
    Landscape opposition = opposition();
    long tariff = 10_000_000_000L;
    refused(opposition, "PRICES_WITHIN_TARIFF", STOCKTON, new RepriceContract(LATER, STOCKTON, RVW,
        CommissioningFunction.ACUTE_ELECTIVE, YEAR, pence(tariff + 1)));
    Applied atTariff = applyChecked(opposition, new RepriceContract(LATER, STOCKTON, RVW,
        CommissioningFunction.ACUTE_ELECTIVE, YEAR, pence(tariff)));
    assertTrue(atTariff.after().contracts().stream().anyMatch(c -> c.price().equals(pence(tariff))));
  }

  // ---- UNDERSPENDS_FOR_PATIENT_CARE ------------------------------------------------------------

  @Test
  void aPracticesUnderspendCannotBecomeProfitButCanGoToPatientCare() {
    Landscape cash = applyChecked(opposition(), new ConvertToCash(LATER, DENSHAM, YEAR)).after();
    LocalDate end = LATER.plusDays(1);
    Money underspend = Money.ofPounds(10_000);

    ViolationException refused = refused(cash, "UNDERSPENDS_FOR_PATIENT_CARE", DENSHAM,
        new ReinvestUnderspend(end, DENSHAM, YEAR, underspend, RingFence.PRACTICE_PROFIT));
    assertNames(refused, "UNDERSPENDS_FOR_PATIENT_CARE", RingFence.PRACTICE_PROFIT);
    refused(cash, "UNDERSPENDS_FOR_PATIENT_CARE", DENSHAM,
        new ReinvestUnderspend(end, DENSHAM, YEAR, underspend, RingFence.RUNNING_COSTS));

    Applied applied = applyChecked(cash, new ReinvestUnderspend(end, DENSHAM, YEAR, underspend,
        RingFence.PATIENT_CARE));
    assertEquals(ImmutableList.of(moved(DENSHAM, DENSHAM, RingFence.PATIENT_CARE, Funding.CASH,
        1_000_000L)), applied.effects());
    assertEquals(1_000_000L, amount(applied.after(), DENSHAM, RingFence.PATIENT_CARE, Funding.CASH));
    assertEquals(420_000_000L - 1_000_000L, amount(applied.after(), DENSHAM, RingFence.GENERAL,
        Funding.CASH));
  }
}
