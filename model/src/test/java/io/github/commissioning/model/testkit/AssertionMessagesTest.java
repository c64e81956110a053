package io.github.commissioning.model.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.assertion.AppliedAssert;
import io.github.commissioning.testkit.assertion.LandscapeAssert;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The testkit's assertions pass on the truth and fail with messages that show the difference. */
class AssertionMessagesTest {
  private static final OdsCode PRACTICE = OdsCode.of("E84002");
  private final Landscape sample = TestLandscapes.englandLike();
  private final Applied moved = TransitionEngine.apply(sample, new MovePractice(LocalDate.of(2010, 7, 1),
      PRACTICE, SampleLandscapes.BRENT, SampleLandscapes.KENSINGTON, Money.ofPounds(250_000)));

  @Test
  void passOnTheTruth() {
    AppliedAssert.assertThat(moved).movedMember(PRACTICE, SampleLandscapes.BRENT, SampleLandscapes.KENSINGTON)
        .movedMoney(Money.ofPounds(250_000), SampleLandscapes.BRENT, SampleLandscapes.KENSINGTON)
        .conservedCash();
    LandscapeAssert.assertThat(moved.after()).isSound(TestLandscapes::create)
        .hasOpen(OrganisationKind.PRIMARY_CARE_TRUST, 4)
        .hasPrimaryCareOrganisation(PRACTICE, SampleLandscapes.KENSINGTON);
  }

  @Test
  void wrongMoneyShowsExpectedActualAndEveryMovement() {
    AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> AppliedAssert
        .assertThat(moved).movedMoney(Money.ofPounds(1), SampleLandscapes.BRENT, SampleLandscapes.KENSINGTON));
    assertEquals(Money.ofPounds(1), failure.getExpected().getValue());
    assertEquals(Money.ofPounds(250_000), failure.getActual().getValue());
    assertTrue(failure.getMessage().contains("MoneyMoved[from=Optional[5K5], to=Optional[5LA]"),
        failure.getMessage());
  }

  @Test
  void missingEffectListsTheEffectsFound() {
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> AppliedAssert.assertThat(moved).opened(OdsCode.of("5QQ")));
    assertEquals("expected the effect: opened 5QQ; the Opened effects of " + moved.transition()
        + " were:\n  (none)", failure.getMessage());
  }

  @Test
  void wrongCountShowsBoth() {
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> LandscapeAssert.assertThat(sample).hasOpen(OrganisationKind.GP_PRACTICE, 21));
    assertEquals("expected 21 open GP_PRACTICE on 2010-06-01 but found 20", failure.getMessage());
  }

  @Test
  void refusalAssertionListsWhatWasFound() {
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> io.github.commissioning.testkit.assertion.ViolationAssertions.assertRefused(
            Invariant.COVERAGE_GAP, "5K5", () -> TransitionEngine.apply(sample, MovePractice.of(
                LocalDate.of(2010, 7, 1), PRACTICE, SampleLandscapes.KENSINGTON, SampleLandscapes.BRENT))));
    assertTrue(failure.getMessage().startsWith("expected a violation COVERAGE_GAP naming 5K5, but found:"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("STATE_MISMATCH"), failure.getMessage());
  }
}
