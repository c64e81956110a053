package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.BRENT;
import static io.github.commissioning.model.transition.Engine.BRENT_AREA;
import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_GENERAL;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_AREA;
import static io.github.commissioning.model.transition.Engine.STOCKTON_GENERAL;
import static io.github.commissioning.model.transition.Engine.STOCKTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.UNKNOWN_PCT;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.duty;
import static io.github.commissioning.model.transition.Engine.general;
import static io.github.commissioning.model.transition.Engine.list;
import static io.github.commissioning.model.transition.Engine.moved;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransferDutiesTest {
  private static final Duty STOCKTON_PUBLIC_HEALTH = duty(CommissioningFunction.PUBLIC_HEALTH,
      Population.residentsOf(STOCKTON_AREA));

  @Test
  void transfersOneDutyWithItsMoney() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, TransferDuties.of(D, STOCKTON, HARTLEPOOL,
        CommissioningFunction.PUBLIC_HEALTH).withMoney(pence(100_000_000_01L)));

    assertEquals(ImmutableList.of(new Effect.DutyMoved(STOCKTON_PUBLIC_HEALTH, STOCKTON, HARTLEPOOL),
        moved(STOCKTON, HARTLEPOOL, RingFence.GENERAL, Funding.CASH, 100_000_000_01L)),
        applied.effects());
    Landscape after = applied.after();
    DutyAssignment held = after.holderOf(STOCKTON_PUBLIC_HEALTH).orElseThrow();
    assertEquals(HARTLEPOOL, held.accountable());
    assertEquals(D, held.since());
    assertEquals(46, after.dutiesOf(STOCKTON).size());
    assertEquals(48, after.dutiesOf(HARTLEPOOL).size());
    assertEquals(STOCKTON_GENERAL - 100_000_000_01L, general(after, STOCKTON));
    assertEquals(HARTLEPOOL_GENERAL + 100_000_000_01L, general(after, HARTLEPOOL));
    // the public health ring-fence does not move: only the general cash given moves
    assertEquals(sample.budgetsOf(STOCKTON, Engine.YEAR).stream()
        .filter(a -> a.ringFence() == RingFence.PUBLIC_HEALTH).toList(),
        after.budgetsOf(STOCKTON, Engine.YEAR).stream()
            .filter(a -> a.ringFence() == RingFence.PUBLIC_HEALTH).toList());
  }

  @Test
  void transfersEveryDutyOfAFunctionKeepingDelegations() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, TransferDuties.of(D, STOCKTON, HARTLEPOOL,
        CommissioningFunction.ACUTE_ELECTIVE));

    ImmutableSet<Effect.DutyMoved> expected = STOCKTON_PRACTICES.stream()
        .map(p -> new Effect.DutyMoved(duty(CommissioningFunction.ACUTE_ELECTIVE, list(p)), STOCKTON,
            HARTLEPOOL)).collect(ImmutableSet.toImmutableSet());
    assertEquals(expected, ImmutableSet.copyOf(applied.effects()));
    assertEquals(5, applied.effects().size());
    DutyAssignment densham = applied.after().holderOf(duty(CommissioningFunction.ACUTE_ELECTIVE,
        list(DENSHAM))).orElseThrow();
    assertEquals(HARTLEPOOL, densham.accountable());
    assertEquals(Optional.of(DENSHAM), densham.delegate());
    assertEquals(sample.allocations(), applied.after().allocations());
  }

  @Test
  void transfersOnlyTheSelectedPopulations() {
    DutySelection selection = DutySelection.of(CommissioningFunction.ACUTE_ELECTIVE,
        CommissioningFunction.MATERNITY).forPopulations(list(STOCKTON_PRACTICES.get(1)));
    Applied applied = applyToSample(new TransferDuties(D, STOCKTON, BRENT, selection,
        io.github.commissioning.money.Money.ZERO));

    assertEquals(ImmutableList.of(
        new Effect.DutyMoved(duty(CommissioningFunction.ACUTE_ELECTIVE, list(STOCKTON_PRACTICES.get(1))),
            STOCKTON, BRENT),
        new Effect.DutyMoved(duty(CommissioningFunction.MATERNITY, list(STOCKTON_PRACTICES.get(1))),
            STOCKTON, BRENT)), applied.effects());
    assertEquals(45, applied.after().dutiesOf(STOCKTON).size());
  }

  @Test
  void refusesAnUnknownOrClosedBody() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT,
        TransferDuties.of(D, STOCKTON, UNKNOWN_PCT, CommissioningFunction.DENTAL));
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT,
        TransferDuties.of(D, UNKNOWN_PCT, STOCKTON, CommissioningFunction.DENTAL));
    Landscape closed = applyToSample(Close.of(D, HARTLEPOOL, STOCKTON)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL,
        TransferDuties.of(D.plusDays(1), STOCKTON, HARTLEPOOL, CommissioningFunction.DENTAL));
  }

  @Test
  void refusesASelectionTheGivingBodyDoesNotHold() {
    DutySelection brentDental = DutySelection.of(CommissioningFunction.DENTAL)
        .forPopulations(Population.residentsOf(BRENT_AREA));
    refusedOnSample(Invariant.STATE_MISMATCH, STOCKTON, new TransferDuties(D, STOCKTON, HARTLEPOOL,
        brentDental, io.github.commissioning.money.Money.ZERO));
  }

  @Test
  void refusesMoreMoneyThanTheGivingBodyHolds() {
    refusedOnSample(Invariant.INSUFFICIENT_FUNDS, STOCKTON, TransferDuties.of(D, STOCKTON,
        HARTLEPOOL, CommissioningFunction.DENTAL).withMoney(pence(STOCKTON_GENERAL + 1)));
  }

  @Test
  void refusesABodyThatCannotHoldDuties() {
    refusedOnSample(Invariant.DUTY_HOLDER_KIND, RVW,
        TransferDuties.of(D, STOCKTON, RVW, CommissioningFunction.DENTAL));
  }

  @Test
  void refusesBadArgumentsWhenCreatedAndEarlyDates() {
    assertRefused(Invariant.STATE_MISMATCH, STOCKTON,
        () -> TransferDuties.of(D, STOCKTON, STOCKTON, CommissioningFunction.DENTAL));
    assertRefused(Invariant.MONEY_NEGATIVE, "-£0.01", () -> TransferDuties.of(D, STOCKTON,
        HARTLEPOOL, CommissioningFunction.DENTAL).withMoney(pence(-1)));
    assertRefused(Invariant.DUTY_POPULATION, "functions", () -> TransferDuties.of(D, STOCKTON,
        HARTLEPOOL));
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-03-31", TransferDuties.of(
        LocalDate.of(2010, 3, 31), STOCKTON, HARTLEPOOL, CommissioningFunction.DENTAL));
  }
}
