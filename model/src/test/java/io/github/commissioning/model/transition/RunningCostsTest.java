package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.TOTAL_CASH;
import static io.github.commissioning.model.transition.Engine.UNKNOWN_PCT;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.CutRunningCosts;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RunningCostsTest {
  private static final Money STOCKTON_COSTS = pence(1_300_000_000L);

  @Test
  void cuttingRunningCostsRecordsTheOldAndNewAmounts() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, new CutRunningCosts(D, STOCKTON, YEAR,
        pence(1_000_000_000L)));

    assertEquals(ImmutableList.of(new Effect.RunningCostChanged(STOCKTON, YEAR, STOCKTON_COSTS,
        pence(1_000_000_000L))), applied.effects());
    Landscape after = applied.after();
    assertTrue(after.runningCosts().contains(RunningCost.of(STOCKTON, YEAR, pence(1_000_000_000L))));
    assertFalse(after.runningCosts().contains(RunningCost.of(STOCKTON, YEAR, STOCKTON_COSTS)));
    assertEquals(sample.runningCosts().size(), after.runningCosts().size());
    assertEquals(sample.allocations(), after.allocations());
    assertEquals(pence(TOTAL_CASH), after.totalAllocated(YEAR));
  }

  @Test
  void cuttingToZeroRemovesTheRunningCostAndKeepingTheSameAmountIsAllowed() {
    Applied zero = applyToSample(new CutRunningCosts(D, STOCKTON, YEAR, Money.ZERO));
    assertEquals(ImmutableList.of(new Effect.RunningCostChanged(STOCKTON, YEAR, STOCKTON_COSTS,
        Money.ZERO)), zero.effects());
    assertTrue(zero.after().runningCosts().stream().noneMatch(c -> c.body().equals(STOCKTON)));

    Applied same = applyToSample(new CutRunningCosts(D, STOCKTON, YEAR, STOCKTON_COSTS));
    assertEquals(sample().runningCosts(), same.after().runningCosts());
  }

  @Test
  void refusesARise() {
    refusedOnSample(Invariant.STATE_MISMATCH, STOCKTON,
        new CutRunningCosts(D, STOCKTON, YEAR, STOCKTON_COSTS.plus(pence(1))));
    refusedOnSample(Invariant.STATE_MISMATCH, RVW, new CutRunningCosts(D, RVW, YEAR, pence(1)));
  }

  @Test
  void refusesAnUnknownOrClosedBody() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT,
        new CutRunningCosts(D, UNKNOWN_PCT, YEAR, Money.ZERO));
    Landscape closed = applyToSample(Close.of(D, HARTLEPOOL, STOCKTON)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL,
        new CutRunningCosts(D.plusDays(1), HARTLEPOOL, YEAR, Money.ZERO));
  }

  @Test
  void refusesNegativeCostsWhenCreatedAndEarlyDates() {
    assertRefused(Invariant.MONEY_NEGATIVE, "-£0.01",
        () -> new CutRunningCosts(D, STOCKTON, YEAR, pence(-1)));
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-05-31",
        new CutRunningCosts(LocalDate.of(2010, 5, 31), STOCKTON, YEAR, Money.ZERO));
  }
}
