package io.github.commissioning.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.landscape.StubLandscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.time.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A reorganisation's outcome: its steps' effects in order, and the summaries counted from them
 * and from the landscapes before and after.
 */
class ReorganisedTest {
  private static final LocalDate BEFORE = LocalDate.of(2010, 6, 1);
  private static final LocalDate DAY = LocalDate.of(2010, 10, 1);
  private static final FinancialYear YEAR = FinancialYear.of(2010);
  private static final OdsCode STOCKTON = OdsCode.of("5E1");
  private static final OdsCode HARTLEPOOL = OdsCode.of("5D9");
  private static final OdsCode TEES = OdsCode.of("5QX");
  private static final OdsCode CONSORTIUM = OdsCode.of("GPC01");
  private static final OdsCode MOVED = OdsCode.of("A81001");
  private static final OdsCode STAYED = OdsCode.of("A81002");
  private static final OdsCode OPENED = OdsCode.of("A81003");
  private static final OdsCode LEFT = OdsCode.of("A81004");
  private static final Area AREA = Area.of("E16000020", "Stockton-on-Tees");

  private static Organisation pct(OdsCode code, LocalDate opened, LocalDate closed) {
    return Organisation.of(code, "PCT " + code, OrganisationKind.PRIMARY_CARE_TRUST,
        Period.of(opened, closed));
  }

  private static Organisation practice(OdsCode code) {
    return Organisation.of(code, "Surgery " + code, OrganisationKind.GP_PRACTICE,
        LocalDate.of(1990, 4, 1));
  }

  private static Relationship member(OdsCode practice, OdsCode pct) {
    return Relationship.of(RelationshipType.MEMBER_OF, practice, pct, LocalDate.of(2001, 4, 1));
  }

  /** Hartlepool closes into Tees; its practice moves, Stockton's stays, one opens. */
  private static final Landscape BEFORE_LANDSCAPE = new StubLandscape(BEFORE, List.of(
      pct(STOCKTON, LocalDate.of(2001, 4, 1), LocalDate.of(2020, 3, 31)),
      pct(HARTLEPOOL, LocalDate.of(2001, 4, 1), LocalDate.of(2020, 3, 31)),
      practice(MOVED), practice(STAYED), practice(LEFT)),
      List.of(member(MOVED, HARTLEPOOL), member(STAYED, STOCKTON), member(LEFT, STOCKTON)));
  private static final Landscape AFTER_LANDSCAPE = new StubLandscape(DAY, List.of(
      pct(STOCKTON, LocalDate.of(2001, 4, 1), LocalDate.of(2020, 3, 31)),
      pct(TEES, DAY, LocalDate.of(2020, 3, 31)),
      Organisation.of(CONSORTIUM, "A consortium", OrganisationKind.GP_CONSORTIUM, DAY),
      practice(MOVED), practice(STAYED), practice(OPENED),
      Organisation.of(LEFT, "Surgery " + LEFT, OrganisationKind.GP_PRACTICE,
          Period.of(LocalDate.of(1990, 4, 1), DAY.minusDays(1)))),
      List.of(member(MOVED, TEES), member(STAYED, STOCKTON), member(OPENED, TEES)));

  private static Effect.MoneyMoved money(Optional<OdsCode> from, Optional<OdsCode> to,
      RingFence fence, long pence) {
    return new Effect.MoneyMoved(from, to, YEAR, fence, Funding.CASH, Money.ofPence(pence));
  }

  private static final Transition FIRST = new Rename(DAY, STOCKTON, "Stockton");
  private static final Transition SECOND = new Rename(DAY, TEES, "Tees");
  private static final Duty DENTAL = Duty.of(CommissioningFunction.DENTAL,
      Population.residentsOf(AREA));
  private static final Duty PHARMACY = Duty.of(CommissioningFunction.PHARMACY,
      Population.residentsOf(AREA));

  private static final ImmutableList<Effect> FIRST_EFFECTS = ImmutableList.of(
      new Effect.Opened(TEES, OrganisationKind.PRIMARY_CARE_TRUST),
      new Effect.Closed(HARTLEPOOL, OrganisationKind.PRIMARY_CARE_TRUST),
      new Effect.DutyMoved(DENTAL, HARTLEPOOL, TEES),
      new Effect.DutyMoved(PHARMACY, HARTLEPOOL, TEES),
      // From a body closed by then: its kind is the one it had before.
      money(Optional.of(HARTLEPOOL), Optional.of(TEES), RingFence.GENERAL, 500));
  private static final ImmutableList<Effect> SECOND_EFFECTS = ImmutableList.of(
      new Effect.Opened(CONSORTIUM, OrganisationKind.GP_CONSORTIUM),
      new Effect.Opened(OdsCode.of("5QY"), OrganisationKind.PRIMARY_CARE_TRUST),
      new Effect.DutyMoved(DENTAL, TEES, STOCKTON),
      money(Optional.of(TEES), Optional.of(CONSORTIUM), RingFence.GENERAL, 70),
      money(Optional.of(STOCKTON), Optional.of(TEES), RingFence.PUBLIC_HEALTH, 9),
      // Money allocated from nowhere, or given up to no one, moved between no two bodies.
      money(Optional.empty(), Optional.of(TEES), RingFence.GENERAL, 1_000),
      money(Optional.of(STOCKTON), Optional.empty(), RingFence.GENERAL, 3_000));

  private static Reorganised reorganised() {
    return new Reorganised(BEFORE_LANDSCAPE, AFTER_LANDSCAPE,
        Reorganisation.of("Tees", DAY, List.of(FIRST, SECOND)), ImmutableList.of(
            new Reorganised.Step(1, FIRST, FIRST_EFFECTS),
            new Reorganised.Step(2, SECOND, SECOND_EFFECTS)));
  }

  @Test
  void theEffectsOfEveryStepInOrder() {
    Reorganised done = reorganised();
    assertEquals(ImmutableList.builder().addAll(FIRST_EFFECTS).addAll(SECOND_EFFECTS).build(),
        done.effects());
    assertEquals(List.of(FIRST_EFFECTS.get(2), FIRST_EFFECTS.get(3), SECOND_EFFECTS.get(2)),
        done.effects(Effect.DutyMoved.class));
    assertEquals(List.of(SECOND_EFFECTS.get(0), SECOND_EFFECTS.get(1)),
        done.steps().get(1).effects(Effect.Opened.class));
  }

  @Test
  void bodiesOpenedAndClosedAndDutiesMovedAreCountedByKindAndFunction() {
    Reorganised done = reorganised();
    assertEquals(ImmutableSortedMap.of(OrganisationKind.PRIMARY_CARE_TRUST, 2,
        OrganisationKind.GP_CONSORTIUM, 1), done.openedByKind());
    assertEquals(ImmutableSortedMap.of(OrganisationKind.PRIMARY_CARE_TRUST, 1),
        done.closedByKind());
    assertEquals(ImmutableSortedMap.of(CommissioningFunction.DENTAL, 2,
        CommissioningFunction.PHARMACY, 1), done.dutiesMovedByFunction());
  }

  @Test
  void practicesMovedAreThoseOfBothLandscapesWhoseTrustChanged() {
    // A81003 is new and A81004 closed; A81002 stayed with Stockton.
    assertEquals(ImmutableSet.of(MOVED), reorganised().practicesMoved());
  }

  @Test
  void moneyMovedBetweenTwoBodiesIsTotalledByKindAndRingFence() {
    Reorganised done = reorganised();
    assertEquals(ImmutableSortedMap.of(OrganisationKind.PRIMARY_CARE_TRUST, Money.ofPence(509),
        OrganisationKind.GP_CONSORTIUM, Money.ofPence(70)), done.moneyReceivedByKind());
    assertEquals(ImmutableSortedMap.of(OrganisationKind.PRIMARY_CARE_TRUST, Money.ofPence(579)),
        done.moneyGivenByKind());
    assertEquals(ImmutableSortedMap.of(RingFence.GENERAL, Money.ofPence(570),
        RingFence.PUBLIC_HEALTH, Money.ofPence(9)), done.moneyMovedByRingFence());
  }

  @Test
  void moneyToOrFromABodyOfNeitherLandscapeIsLeftOut() {
    Reorganised done = new Reorganised(BEFORE_LANDSCAPE, AFTER_LANDSCAPE,
        Reorganisation.of("Unknown", DAY, List.of(FIRST)), ImmutableList.of(new Reorganised.Step(
            1, FIRST, ImmutableList.of(money(Optional.of(OdsCode.of("5ZZ")), Optional.of(TEES),
                RingFence.GENERAL, 4)))));
    assertEquals(ImmutableSortedMap.of(OrganisationKind.PRIMARY_CARE_TRUST, Money.ofPence(4)),
        done.moneyReceivedByKind());
    assertEquals(ImmutableSortedMap.of(), done.moneyGivenByKind());
  }

  @Test
  void anOutcomeForEachStepNumberedFromOne() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> new Reorganised.Step(0, FIRST, ImmutableList.of()));
    assertEquals("A step's number counts from 1, not 0", zero.getMessage());
    assertEquals(1, new Reorganised.Step(1, FIRST, ImmutableList.of()).number());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new Reorganised(BEFORE_LANDSCAPE, AFTER_LANDSCAPE,
            Reorganisation.of("Tees", DAY, List.of(FIRST, SECOND)),
            ImmutableList.of(new Reorganised.Step(1, FIRST, ImmutableList.of()))));
    assertEquals("Reorganisation 'Tees' has 2 steps, but 1 outcomes were given",
        missing.getMessage());
  }
}
