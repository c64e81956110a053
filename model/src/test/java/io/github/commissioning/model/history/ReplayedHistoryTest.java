package io.github.commissioning.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Property;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.StepRefusedException;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A history replayed from a starting landscape and changes, moving only forward. */
class ReplayedHistoryTest {
  private static final LocalDate MERGER = LocalDate.of(2010, 10, 1);
  private static final LocalDate MOVE = LocalDate.of(2011, 1, 1);
  private static final OdsCode TEES = OdsCode.of("5QX");
  private static final OdsCode PRACTICE = OdsCode.of("E84002");

  private static List<Transition> changes() {
    return List.of(
        Merge.intoNew(Organisation.of(TEES, "Tees PCT", OrganisationKind.PRIMARY_CARE_TRUST, MERGER),
            SampleLandscapes.HARTLEPOOL, SampleLandscapes.STOCKTON),
        MovePractice.of(MOVE, PRACTICE, SampleLandscapes.BRENT, SampleLandscapes.KENSINGTON));
  }

  private final History history = History.replay(TestLandscapes.englandLike(), changes());

  @Test
  void atGivesExactlyTheLandscapeInForce() {
    Landscape start = TestLandscapes.englandLike();
    Applied merged = TransitionEngine.apply(start, changes().get(0));
    Applied moved = TransitionEngine.apply(merged.after(), changes().get(1));
    assertEquals(start, history.at(SampleLandscapes.ENGLAND_LIKE_DATE));
    assertEquals(merged.after(), history.at(MERGER));
    assertEquals(moved.after(), history.at(MOVE));
    assertEquals(LocalDate.of(2010, 12, 31), history.at(LocalDate.of(2010, 12, 31)).date());
    assertEquals(merged.after().duties(), history.at(LocalDate.of(2010, 12, 31)).duties());
  }

  @Test
  void pointInTimeLookupsAgreeWithTheLandscapes() {
    OdsCode densham = SampleLandscapes.DENSHAM_SURGERY;
    assertEquals(Optional.of(SampleLandscapes.STOCKTON), history.membershipOn(densham,
        MERGER.minusDays(1)).map(Membership::parent));
    assertEquals(Optional.of(TEES), history.membershipOn(densham, MERGER).map(Membership::parent));
    assertEquals(Optional.of(SampleLandscapes.BRENT), history.membershipOn(PRACTICE,
        MOVE.minusDays(1)).map(Membership::parent));
    assertEquals(Optional.of(SampleLandscapes.KENSINGTON), history.membershipOn(PRACTICE, MOVE)
        .map(Membership::parent));
    assertEquals(4, history.count(OrganisationKind.PRIMARY_CARE_TRUST, MERGER.minusDays(1)));
    assertEquals(3, history.count(OrganisationKind.PRIMARY_CARE_TRUST, MERGER));
    assertEquals(Optional.of(SampleLandscapes.NORTH_EAST), history.parentOn(TEES, MERGER));
  }

  @Test
  void lineageFindsBothPartsOfTheMerger() {
    assertEquals(Map.of(TEES, Share.WHOLE), history.lineage().carriersOn(SampleLandscapes.HARTLEPOOL,
        MOVE, (code, date) -> history.organisation(code, date).isPresent()));
    assertEquals(2, history.lineage().predecessorsOf(TEES).size());
  }

  @Test
  void aChangeDatedBackwardsIsRefusedNamingItsStep() {
    StepRefusedException refused = assertThrows(StepRefusedException.class, () -> History.replay(
        TestLandscapes.englandLike(), List.of(changes().get(1), new Rename(MERGER,
            SampleLandscapes.BRENT, "Brent"))));
    assertEquals(2, refused.stepNumber());
    assertTrue(refused.violates(Invariant.TRANSITION_DATE));
  }

  @Test
  void noLandscapeBeforeTheStart() {
    ViolationException refused = assertThrows(ViolationException.class,
        () -> history.at(SampleLandscapes.ENGLAND_LIKE_DATE.minusDays(1)));
    assertTrue(refused.violates(Invariant.DATE_OUTSIDE_LIFETIME));
  }

  @Test
  void replayedGeneratedChangesAnswerLikeTheLandscapesTheyLeft() {
    Property.forAll(Landscapes.pctEra(2, 3, 4).map(TestLandscapes::create)
            .flatMap(start -> Transitions.sequences(start, 6, TransitionEngine::apply)))
        .withTries(40).check(steps -> {
          History replayed = History.replay(steps.get(0).before(),
              steps.stream().map(Applied::transition).toList());
          // Several changes may share a day; the history holds the last landscape of each day.
          Map<LocalDate, Landscape> lastOfDay = new java.util.TreeMap<>();
          steps.forEach(step -> lastOfDay.put(step.after().date(), step.after()));
          lastOfDay.forEach((day, expected) -> {
            assertEquals(expected, replayed.at(day));
            for (Organisation practice : expected.open(OrganisationKind.GP_PRACTICE)) {
              assertEquals(expected.primaryCareOrganisationOf(practice.code()),
                  replayed.membershipOn(practice.code(), day).map(Membership::parent));
            }
          });
        });
  }
}
