package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.BRENT;
import static io.github.commissioning.model.transition.Engine.BRENT_PRACTICES;
import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_PRACTICES;
import static io.github.commissioning.model.transition.Engine.KENSINGTON;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.RYJ;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.TOTAL_CASH;
import static io.github.commissioning.model.transition.Engine.X24;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.assertNames;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.assertSampleUnchanged;
import static io.github.commissioning.model.transition.Engine.establishBoard;
import static io.github.commissioning.model.transition.Engine.pct;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.AuthoriseFoundationTrust;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.Reorganised;
import io.github.commissioning.transition.StepRefusedException;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReorganisationTest {
  private static final Organisation TEES = pct("5QX", "Tees PCT", D);
  private static final OdsCode FORTY_WILLOWS = BRENT_PRACTICES.get(1);
  private static final long BOARD_ALLOCATION = 100_000_000_000L;

  private static List<Transition> validSteps() {
    return List.of(
        establishBoard(D),
        Merge.intoNew(TEES, HARTLEPOOL, STOCKTON),
        new MovePractice(D, FORTY_WILLOWS, BRENT, KENSINGTON, Money.ofPounds(1_000_000)),
        new ReinvestUnderspend(D, KENSINGTON, YEAR, Money.ofPounds(500_000), RingFence.PATIENT_CARE),
        new Allocate(D.plusDays(1), Allocation.of(X24, YEAR, pence(BOARD_ALLOCATION))),
        new AuthoriseFoundationTrust(D.plusDays(1), RYJ));
  }

  @Test
  void aValidReorganisationAppliesEveryStepInOrder() {
    LandscapeSnapshot sample = sample();
    Reorganisation reorganisation = Reorganisation.of("2010 Tees and London changes", D, validSteps());

    Reorganised done = TransitionEngine.apply(sample, reorganisation);

    assertSampleUnchanged(sample);
    assertSame(sample, done.before());
    assertEquals(reorganisation, done.reorganisation());
    assertEquals(6, done.steps().size());
    Landscape oneByOne = sample;
    for (int i = 0; i < done.steps().size(); i++) {
      Reorganised.Step step = done.steps().get(i);
      assertEquals(reorganisation.steps().get(i), step.transition());
      assertEquals(i + 1, step.number());
      Applied alone = TransitionEngine.apply(oneByOne, step.transition());
      assertEquals(alone.effects(), step.effects(), "step " + step.number());
      oneByOne = alone.after();
    }
    assertEquals(oneByOne, done.after());
    assertEquals(done.steps().stream().flatMap(s -> s.effects().stream()).toList(), done.effects());

    Landscape after = done.after();
    assertEquals(D.plusDays(1), after.date());
    assertEquals(pence(TOTAL_CASH + BOARD_ALLOCATION), after.totalAllocated(YEAR));
    assertEquals(OrganisationKind.FOUNDATION_TRUST, after.require(RYJ).kind());
    assertEquals(10, after.membersOf(TEES.code()).size());
    assertEquals(java.util.Optional.of(KENSINGTON), after.primaryCareOrganisationOf(FORTY_WILLOWS));
  }

  @Test
  void theSummariesCountWhatMoved() {
    Reorganised done = TransitionEngine.apply(sample(),
        Reorganisation.of("2010 Tees and London changes", D, validSteps()));

    assertEquals(ImmutableSortedMap.of(OrganisationKind.PRIMARY_CARE_TRUST, 1,
        OrganisationKind.NATIONAL_BOARD, 1), done.openedByKind());
    assertEquals(ImmutableSortedMap.of(OrganisationKind.PRIMARY_CARE_TRUST, 2), done.closedByKind());

    ImmutableSortedMap.Builder<CommissioningFunction, Integer> duties =
        ImmutableSortedMap.naturalOrder();
    for (CommissioningFunction function : CommissioningFunction.values()) {
      // a list's function: 10 Tees practices and Forty Willows; an area's: two areas
      duties.put(function, function.population()
          == io.github.commissioning.duty.PopulationType.REGISTERED_LIST ? 11 : 2);
    }
    assertEquals(duties.build(), done.dutiesMovedByFunction());

    ImmutableSet<OdsCode> moved = ImmutableSet.<OdsCode>builder().addAll(HARTLEPOOL_PRACTICES)
        .addAll(STOCKTON_PRACTICES).add(FORTY_WILLOWS).build();
    assertEquals(ImmutableSet.copyOf(new java.util.TreeSet<>(moved)), done.practicesMoved());
    assertEquals(ImmutableList.copyOf(new java.util.TreeSet<>(moved)),
        done.practicesMoved().asList(), "ordered by code");

    // 610m + 30.5m + 520m + 26m (merger) + 1m (practice) + 0.5m (underspend); the allocation is new
    assertEquals(ImmutableSortedMap.of(OrganisationKind.PRIMARY_CARE_TRUST,
        pence(118_800_000_000L)), done.moneyReceivedByKind());
    assertEquals(ImmutableSortedMap.of(OrganisationKind.PRIMARY_CARE_TRUST,
        pence(118_800_000_000L)), done.moneyGivenByKind());
    assertEquals(ImmutableSortedMap.of(RingFence.GENERAL, pence(113_100_000_000L),
        RingFence.PATIENT_CARE, pence(50_000_000L),
        RingFence.PUBLIC_HEALTH, pence(5_650_000_000L)), done.moneyMovedByRingFence());
    assertEquals(1, done.effects(Effect.KindChanged.class).size());
    assertEquals(2, done.effects(Effect.Succeeded.class).size());
  }

  @Test
  void aRefusedThirdStepRefusesTheWholeReorganisation() {
    LandscapeSnapshot sample = sample();
    Transition third = MovePractice.of(D, FORTY_WILLOWS, KENSINGTON, BRENT);
    Reorganisation reorganisation = Reorganisation.of("Refused at step 3", D, List.of(
        establishBoard(D), Merge.intoNew(TEES, HARTLEPOOL, STOCKTON), third,
        new Rename(D, TEES.code(), "Never renamed")));

    StepRefusedException refused = assertThrows(StepRefusedException.class,
        () -> TransitionEngine.apply(sample, reorganisation));

    assertEquals(3, refused.stepNumber());
    assertEquals("Refused at step 3", refused.reorganisation());
    assertEquals(third.toString(), refused.step());
    assertTrue(refused.broke(Invariant.STATE_MISMATCH.name()));
    assertNames(refused, Invariant.STATE_MISMATCH.name(), FORTY_WILLOWS);
    ViolationException cause = assertInstanceOf(ViolationException.class, refused.getCause());
    assertEquals(cause.violations(), refused.violations());
    assertTrue(refused.getMessage().contains("Step 3 of 'Refused at step 3'"), refused::getMessage);
    assertSampleUnchanged(sample);
  }

  @Test
  void aStepRefusedByTheStructuralChecksNamesItsNumberToo() {
    LandscapeSnapshot sample = sample();
    Reorganisation reorganisation = Reorganisation.of("Duties to a hospital", D, List.of(
        establishBoard(D),
        TransferDuties.of(D, STOCKTON, RVW, CommissioningFunction.DENTAL)));

    StepRefusedException refused = assertThrows(StepRefusedException.class,
        () -> TransitionEngine.apply(sample, reorganisation));

    assertEquals(2, refused.stepNumber());
    assertNames(refused, Invariant.DUTY_HOLDER_KIND.name(), RVW);
    assertSampleUnchanged(sample);
  }

  @Test
  void aBreakLaterStepsLeaveInPlaceIsBlamedOnTheStepThatMadeIt() {
    LandscapeSnapshot sample = sample();
    Reorganisation reorganisation = Reorganisation.of("Duties to a hospital, then renames", D,
        List.of(establishBoard(D), TransferDuties.of(D, STOCKTON, RVW, CommissioningFunction.DENTAL),
            new Rename(D, HARTLEPOOL, "Hartlepool"), new Rename(D, STOCKTON, "Stockton")));

    StepRefusedException refused = assertThrows(StepRefusedException.class,
        () -> TransitionEngine.apply(sample, reorganisation));

    assertEquals(2, refused.stepNumber());
    assertNames(refused, Invariant.DUTY_HOLDER_KIND.name(), RVW);
    assertSampleUnchanged(sample);
  }

  @Test
  void aStatePassedThroughNeedNotBeSoundWhenTheEndIs() {
    Reorganisation reorganisation = Reorganisation.of("Dental duties there and back", D, List.of(
        TransferDuties.of(D, STOCKTON, RVW, CommissioningFunction.DENTAL),
        TransferDuties.of(D, RVW, STOCKTON, CommissioningFunction.DENTAL)));

    Reorganised done = TransitionEngine.apply(sample(), reorganisation);

    assertEquals(holders(sample()), holders(done.after()));
    assertEquals(2, done.effects(Effect.DutyMoved.class).size());
    assertThrows(ViolationException.class,
        () -> TransitionEngine.apply(sample(), reorganisation.steps().get(0)));
  }

  private static java.util.Map<Duty, OdsCode> holders(Landscape landscape) {
    return landscape.duties().stream().collect(java.util.stream.Collectors.toMap(
        DutyAssignment::duty, DutyAssignment::accountable));
  }

  @Test
  void aReorganisationDatedBeforeTheLandscapeIsRefusedAtItsFirstStep() {
    LocalDate early = LocalDate.of(2010, 5, 1);
    StepRefusedException refused = assertThrows(StepRefusedException.class,
        () -> TransitionEngine.apply(sample(), Reorganisation.of("Too early", early,
            List.of(new Rename(early, STOCKTON, "Early")))));
    assertEquals(1, refused.stepNumber());
    assertNames(refused, Invariant.TRANSITION_DATE.name(), early);
  }

  @Test
  void stepsOutOfDateOrderAreRefusedWhenCreated() {
    assertRefused(Invariant.TRANSITION_DATE, 2, () -> Reorganisation.of("Backwards", D, List.of(
        new Rename(D.plusDays(1), STOCKTON, "Later"), new Rename(D, STOCKTON, "Earlier"))));
    assertRefused(Invariant.TRANSITION_DATE, D.minusDays(1), () -> Reorganisation.of("Before its date",
        D, List.of(new Rename(D.minusDays(1), STOCKTON, "Earlier"))));
  }

  @Test
  void aReorganisationNeedsANameAndASteps() {
    assertRefused(Invariant.STATE_MISMATCH, "Empty", () -> Reorganisation.of("Empty", D, List.of()));
    assertRefused(Invariant.STATE_MISMATCH, " ", () -> Reorganisation.of(" ", D,
        List.of(new Rename(D, STOCKTON, "x"))));
  }
}
