package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.DENSHAM_INDICATIVE;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_GENERAL;
import static io.github.commissioning.model.transition.Engine.STOCKTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.TOTAL_CASH;
import static io.github.commissioning.model.transition.Engine.UNKNOWN_PCT;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.amount;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.budget;
import static io.github.commissioning.model.transition.Engine.general;
import static io.github.commissioning.model.transition.Engine.moved;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.AppointAccountingOfficer;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.ConvertToCash;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MoneyTransitionsTest {
  private static final OdsCode QUEENS_PARK = STOCKTON_PRACTICES.get(1);

  private static Allocation cash(OdsCode holder, OdsCode officer, RingFence ringFence, long pence) {
    return Allocation.builder().holder(holder).accountingOfficer(officer).year(YEAR)
        .ringFence(ringFence).amount(Money.ofPence(pence)).build();
  }

  // ---- Allocate --------------------------------------------------------------------------------

  @Test
  void allocatingANewBudgetAddsExactlyItsAmount() {
    Applied applied = applyToSample(new Allocate(D, cash(HARTLEPOOL, HARTLEPOOL,
        RingFence.PATIENT_CARE, 123_456_789L)));

    assertTrue(applied.transition().addsMoney());
    assertEquals(ImmutableList.of(new Effect.MoneyMoved(java.util.Optional.empty(),
        java.util.Optional.of(HARTLEPOOL), YEAR, RingFence.PATIENT_CARE, Funding.CASH,
        pence(123_456_789L))), applied.effects());
    assertEquals(pence(TOTAL_CASH + 123_456_789L), applied.after().totalAllocated(YEAR));
    assertEquals(123_456_789L, amount(applied.after(), HARTLEPOOL, RingFence.PATIENT_CARE,
        Funding.CASH));
  }

  @Test
  void allocatingOntoAnExistingBudgetAddsToIt() {
    Applied applied = applyToSample(new Allocate(D, Allocation.of(STOCKTON, YEAR, pence(1))));

    assertEquals(ImmutableList.of(moved(null, STOCKTON, RingFence.GENERAL, Funding.CASH, 1)),
        applied.effects());
    assertEquals(STOCKTON_GENERAL + 1, general(applied.after(), STOCKTON));
    assertEquals(pence(TOTAL_CASH + 1), applied.after().totalAllocated(YEAR));
    assertEquals(sample().allocations().size(), applied.after().allocations().size());
  }

  @Test
  void allocatingAnIndicativeBudgetAddsNoCash() {
    Applied applied = applyToSample(new Allocate(D, Allocation.builder().holder(QUEENS_PARK)
        .accountingOfficer(STOCKTON).year(YEAR).funding(Funding.INDICATIVE)
        .amount(Money.ofPounds(1_000_000)).build()));

    assertEquals(ImmutableList.of(moved(null, QUEENS_PARK, RingFence.GENERAL, Funding.INDICATIVE,
        100_000_000L)), applied.effects());
    assertEquals(pence(TOTAL_CASH), applied.after().totalAllocated(YEAR));
    assertEquals(100_000_000L, amount(applied.after(), QUEENS_PARK, RingFence.GENERAL,
        Funding.INDICATIVE));
  }

  @Test
  void allocatingForNextYearLeavesThisYearAlone() {
    FinancialYear next = YEAR.next();
    Applied applied = applyToSample(new Allocate(D, Allocation.of(STOCKTON, next, pence(999))));

    assertEquals(pence(TOTAL_CASH), applied.after().totalAllocated(YEAR));
    assertEquals(pence(999), applied.after().totalAllocated(next));
  }

  @Test
  void refusesAllocationsToUnknownClosedOrIneligibleBodies() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT,
        new Allocate(D, Allocation.of(UNKNOWN_PCT, YEAR, pence(1))));
    refusedOnSample(Invariant.BUDGET_HOLDER_KIND, RVW,
        new Allocate(D, cash(RVW, STOCKTON, RingFence.GENERAL, 1)));
    refusedOnSample(Invariant.ACCOUNTING_OFFICER_KIND, QUEENS_PARK,
        new Allocate(D, cash(HARTLEPOOL, QUEENS_PARK, RingFence.PATIENT_CARE, 1)));
    Landscape closed = applyToSample(Close.of(D, HARTLEPOOL, STOCKTON)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL,
        new Allocate(D.plusDays(1), Allocation.of(HARTLEPOOL, YEAR, pence(1))));
  }

  @Test
  void refusesAnAllocationAnsweredForByAnotherOfficerThanTheExistingBudget() {
    refusedOnSample(Invariant.STATE_MISMATCH, HARTLEPOOL,
        new Allocate(D, cash(STOCKTON, HARTLEPOOL, RingFence.GENERAL, 1)));
  }

  @Test
  void refusesNegativeAllocationsWhenCreatedAndEarlyDates() {
    assertRefused(Invariant.MONEY_NEGATIVE, STOCKTON,
        () -> new Allocate(D, Allocation.of(STOCKTON, YEAR, pence(-1))));
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-05-31",
        new Allocate(LocalDate.of(2010, 5, 31), Allocation.of(STOCKTON, YEAR, pence(1))));
  }

  // ---- ConvertToCash ---------------------------------------------------------------------------

  @Test
  void convertingAnIndicativeBudgetMovesCashFromItsAccountingOfficer() {
    Applied applied = applyToSample(new ConvertToCash(D, DENSHAM, YEAR));

    assertEquals(ImmutableList.of(moved(STOCKTON, DENSHAM, RingFence.GENERAL, Funding.CASH,
        DENSHAM_INDICATIVE)), applied.effects());
    Landscape after = applied.after();
    assertEquals(DENSHAM_INDICATIVE, general(after, DENSHAM));
    assertEquals(-1, amount(after, DENSHAM, RingFence.GENERAL, Funding.INDICATIVE));
    assertEquals(STOCKTON, budget(after, DENSHAM, RingFence.GENERAL, Funding.CASH).orElseThrow()
        .accountingOfficer());
    assertEquals(STOCKTON_GENERAL - DENSHAM_INDICATIVE, general(after, STOCKTON));
    assertEquals(pence(TOTAL_CASH), after.totalAllocated(YEAR));
  }

  @Test
  void refusesConvertingWithoutAnIndicativeBudget() {
    refusedOnSample(Invariant.STATE_MISMATCH, QUEENS_PARK, new ConvertToCash(D, QUEENS_PARK, YEAR));
    refusedOnSample(Invariant.STATE_MISMATCH, DENSHAM, new ConvertToCash(D, DENSHAM, YEAR.next()));
  }

  @Test
  void refusesConvertingMoreThanTheAccountingOfficerHolds() {
    Landscape big = applyToSample(new Allocate(D, Allocation.builder().holder(QUEENS_PARK)
        .accountingOfficer(STOCKTON).year(YEAR).funding(Funding.INDICATIVE)
        .amount(pence(STOCKTON_GENERAL + 1)).build())).after();
    refused(big, Invariant.INSUFFICIENT_FUNDS.name(), STOCKTON,
        new ConvertToCash(D.plusDays(1), QUEENS_PARK, YEAR));
  }

  // ---- ReinvestUnderspend ----------------------------------------------------------------------

  @Test
  void reinvestingAnUnderspendMovesGeneralCashIntoTheRingFence() {
    Applied applied = applyToSample(new ReinvestUnderspend(D, STOCKTON, YEAR,
        Money.ofPounds(1_000_000), RingFence.PATIENT_CARE));

    assertEquals(ImmutableList.of(moved(STOCKTON, STOCKTON, RingFence.PATIENT_CARE, Funding.CASH,
        100_000_000L)), applied.effects());
    Landscape after = applied.after();
    assertEquals(STOCKTON_GENERAL - 100_000_000L, general(after, STOCKTON));
    assertEquals(100_000_000L, amount(after, STOCKTON, RingFence.PATIENT_CARE, Funding.CASH));
    assertEquals(pence(TOTAL_CASH), after.totalAllocated(YEAR));
  }

  @Test
  void refusesReinvestingMoreThanTheGeneralBudgetHolds() {
    refusedOnSample(Invariant.INSUFFICIENT_FUNDS, STOCKTON, new ReinvestUnderspend(D, STOCKTON, YEAR,
        pence(STOCKTON_GENERAL + 1), RingFence.PATIENT_CARE));
    refusedOnSample(Invariant.INSUFFICIENT_FUNDS, STOCKTON, new ReinvestUnderspend(D, STOCKTON,
        YEAR.next(), pence(1), RingFence.PATIENT_CARE));
  }

  @Test
  void refusesReinvestingForAnUnknownBodyOrANegativeAmount() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT, new ReinvestUnderspend(D, UNKNOWN_PCT,
        YEAR, pence(1), RingFence.PATIENT_CARE));
    assertRefused(Invariant.MONEY_NEGATIVE, "-£0.01", () -> new ReinvestUnderspend(D, STOCKTON,
        YEAR, pence(-1), RingFence.PATIENT_CARE));
  }

  // ---- AppointAccountingOfficer ----------------------------------------------------------------

  @Test
  void appointingAnAccountingOfficerChangesWhoAnswersForTheBudget() {
    Applied applied = applyToSample(new AppointAccountingOfficer(D, DENSHAM, YEAR,
        RingFence.GENERAL, Funding.INDICATIVE, HARTLEPOOL));

    assertEquals(ImmutableList.of(new Effect.AccountingOfficerChanged(DENSHAM, YEAR, STOCKTON,
        HARTLEPOOL)), applied.effects());
    Allocation budget = budget(applied.after(), DENSHAM, RingFence.GENERAL, Funding.INDICATIVE)
        .orElseThrow();
    assertEquals(HARTLEPOOL, budget.accountingOfficer());
    assertEquals(pence(DENSHAM_INDICATIVE), budget.amount());
  }

  @Test
  void refusesAppointingForABudgetThatDoesNotExist() {
    refusedOnSample(Invariant.STATE_MISMATCH, QUEENS_PARK, new AppointAccountingOfficer(D,
        QUEENS_PARK, YEAR, RingFence.GENERAL, Funding.INDICATIVE, HARTLEPOOL));
    refusedOnSample(Invariant.STATE_MISMATCH, DENSHAM, new AppointAccountingOfficer(D, DENSHAM, YEAR,
        RingFence.GENERAL, Funding.CASH, HARTLEPOOL));
  }

  @Test
  void refusesAnOfficerThatIsUnknownClosedOrCannotAccount() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT, new AppointAccountingOfficer(D, DENSHAM,
        YEAR, RingFence.GENERAL, Funding.INDICATIVE, UNKNOWN_PCT));
    refusedOnSample(Invariant.ACCOUNTING_OFFICER_KIND, RVW, new AppointAccountingOfficer(D, DENSHAM,
        YEAR, RingFence.GENERAL, Funding.INDICATIVE, RVW));
    Landscape closed = applyToSample(Close.of(D, HARTLEPOOL, Engine.BRENT)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL, new AppointAccountingOfficer(
        D.plusDays(1), DENSHAM, YEAR, RingFence.GENERAL, Funding.INDICATIVE, HARTLEPOOL));
  }
}
