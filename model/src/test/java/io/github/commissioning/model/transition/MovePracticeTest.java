package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.BRENT;
import static io.github.commissioning.model.transition.Engine.BRENT_GENERAL;
import static io.github.commissioning.model.transition.Engine.BRENT_PRACTICES;
import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.DENSHAM_INDICATIVE;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.KENSINGTON;
import static io.github.commissioning.model.transition.Engine.KENSINGTON_GENERAL;
import static io.github.commissioning.model.transition.Engine.KENSINGTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.LONDON_OPENED;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.TEES_OPENED;
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
import static io.github.commissioning.model.transition.Engine.repointed;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MovePracticeTest {
  private static final OdsCode FORTY_WILLOWS = BRENT_PRACTICES.get(1);

  @Test
  void movesThePracticeItsListsDutiesAndTheMoneyGiven() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, new MovePractice(D, FORTY_WILLOWS, BRENT, KENSINGTON,
        pence(250_000_001L)));

    ImmutableList.Builder<Effect> expected = ImmutableList.<Effect>builder()
        .addAll(repointed(FORTY_WILLOWS, BRENT, KENSINGTON, LONDON_OPENED, D));
    for (CommissioningFunction function : CommissioningFunction.values()) {
      if (function.population() == io.github.commissioning.duty.PopulationType.REGISTERED_LIST) {
        expected.add(new Effect.DutyMoved(duty(function, list(FORTY_WILLOWS)), BRENT, KENSINGTON));
      }
    }
    expected.add(moved(BRENT, KENSINGTON, RingFence.GENERAL, Funding.CASH, 250_000_001L));
    assertEquals(expected.build(), applied.effects());

    Landscape after = applied.after();
    assertEquals(Optional.of(KENSINGTON), after.primaryCareOrganisationOf(FORTY_WILLOWS));
    assertEquals(4, after.membersOf(BRENT).size());
    assertEquals(ImmutableSet.builder().addAll(KENSINGTON_PRACTICES).add(FORTY_WILLOWS).build(),
        after.membersOf(KENSINGTON));
    assertEquals(47 - 8, after.dutiesOf(BRENT).size());
    assertEquals(47 + 8, after.dutiesOf(KENSINGTON).size());
    assertEquals(BRENT_GENERAL - 250_000_001L, general(after, BRENT));
    assertEquals(KENSINGTON_GENERAL + 250_000_001L, general(after, KENSINGTON));
  }

  @Test
  void aPracticeBasedCommissionerKeepsItsDelegationAndBudget() {
    Applied applied = applyToSample(MovePractice.of(D, DENSHAM, STOCKTON, HARTLEPOOL));

    assertEquals(repointed(DENSHAM, STOCKTON, HARTLEPOOL, TEES_OPENED, D),
        applied.effects().subList(0, 3));
    assertEquals(8, applied.effects(Effect.DutyMoved.class).size());
    assertEquals(ImmutableList.of(), applied.effects(Effect.MoneyMoved.class));
    Landscape after = applied.after();
    DutyAssignment acute = after.holderOf(duty(CommissioningFunction.ACUTE_ELECTIVE, list(DENSHAM)))
        .orElseThrow();
    assertEquals(HARTLEPOOL, acute.accountable());
    assertEquals(Optional.of(DENSHAM), acute.delegate());
    assertEquals(pence(DENSHAM_INDICATIVE), Engine.budget(after, DENSHAM, RingFence.GENERAL,
        Funding.INDICATIVE).orElseThrow().amount());
  }

  @Test
  void refusesAPracticeThatIsNotInTheNamedOrganisation() {
    refusedOnSample(Invariant.STATE_MISMATCH, FORTY_WILLOWS,
        MovePractice.of(D, FORTY_WILLOWS, KENSINGTON, BRENT));
    refusedOnSample(Invariant.STATE_MISMATCH, FORTY_WILLOWS,
        MovePractice.of(D, FORTY_WILLOWS, STOCKTON, KENSINGTON));
  }

  @Test
  void refusesUnknownBodies() {
    OdsCode unknownPractice = OdsCode.of("E89999");
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, unknownPractice,
        MovePractice.of(D, unknownPractice, BRENT, KENSINGTON));
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT,
        MovePractice.of(D, FORTY_WILLOWS, BRENT, UNKNOWN_PCT));
  }

  @Test
  void refusesAClosedDestination() {
    Landscape closed = applyToSample(Close.of(D, KENSINGTON, HARTLEPOOL)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), KENSINGTON,
        MovePractice.of(D.plusDays(1), FORTY_WILLOWS, BRENT, KENSINGTON));
  }

  @Test
  void refusesMoreMoneyThanTheOldOrganisationHolds() {
    refusedOnSample(Invariant.INSUFFICIENT_FUNDS, BRENT, new MovePractice(D, FORTY_WILLOWS, BRENT,
        KENSINGTON, pence(BRENT_GENERAL + 1)));
  }

  @Test
  void refusesADestinationThatCannotHaveMembersOrHoldDuties() {
    refusedOnSample(Invariant.DUTY_HOLDER_KIND, RVW, MovePractice.of(D, FORTY_WILLOWS, BRENT, RVW));
    refusedOnSample(Invariant.RELATIONSHIP_KIND, RVW, MovePractice.of(D, FORTY_WILLOWS, BRENT, RVW));
  }

  @Test
  void refusesBadArgumentsWhenCreatedAndEarlyDates() {
    assertRefused(Invariant.STATE_MISMATCH, BRENT, () -> MovePractice.of(D, FORTY_WILLOWS, BRENT,
        BRENT));
    assertRefused(Invariant.MONEY_NEGATIVE, "-£1.00", () -> new MovePractice(D, FORTY_WILLOWS, BRENT,
        KENSINGTON, pence(-100)));
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-05-31",
        MovePractice.of(LocalDate.of(2010, 5, 31), FORTY_WILLOWS, BRENT, KENSINGTON));
  }

  @Test
  void theSampleStillHasThePracticeWhereItWas() {
    Landscape sample = sample();
    applyChecked(sample, MovePractice.of(D, FORTY_WILLOWS, BRENT, KENSINGTON));
    assertEquals(Optional.of(BRENT), sample.primaryCareOrganisationOf(FORTY_WILLOWS));
    assertFalse(sample.membersOf(KENSINGTON).contains(FORTY_WILLOWS));
    assertEquals(TEES_OPENED, sample.require(STOCKTON).operational().start());
  }
}
