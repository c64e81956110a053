package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.RYJ;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.assertSampleUnchanged;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Money;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.StepRefusedException;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.transition.TransferDuties;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reorganisation whose final landscape would be broken is refused at the first step after which
 * the state had a violation the final landscape still has: not the first step that broke
 * anything, nor the last step. A violation is its rule and subjects; its wording does not count.
 */
class CulpritTest {
  private static final Transition DENTAL_TO_RVW =
      TransferDuties.of(D, STOCKTON, RVW, CommissioningFunction.DENTAL);
  private static final Transition DENTAL_BACK =
      TransferDuties.of(D, RVW, STOCKTON, CommissioningFunction.DENTAL);
  private static final Transition OPTOMETRY_TO_RYJ =
      TransferDuties.of(D, HARTLEPOOL, RYJ, CommissioningFunction.OPTOMETRY);
  private static final Transition OPTOMETRY_TO_RVW =
      TransferDuties.of(D, HARTLEPOOL, RVW, CommissioningFunction.OPTOMETRY);

  private static StepRefusedException refused(Transition... steps) {
    LandscapeSnapshot sample = sample();
    StepRefusedException refused = assertThrows(StepRefusedException.class,
        () -> TransitionEngine.apply(sample, Reorganisation.of("Culprit", D, List.of(steps))));
    assertSampleUnchanged(sample);
    return refused;
  }

  /** Each violation as its rule and subjects. */
  private static List<String> keys(StepRefusedException refused) {
    return refused.violations().stream().map(v -> v.code() + " " + v.subjects()).toList();
  }

  @Test
  void aBreakThatIsRepairedIsNotBlamedButTheOneThatLasts() {
    StepRefusedException refused = refused(DENTAL_TO_RVW, DENTAL_BACK, OPTOMETRY_TO_RYJ,
        new Rename(D, STOCKTON, "Stockton"));
    assertEquals(3, refused.stepNumber());
    assertEquals(OPTOMETRY_TO_RYJ.toString(), refused.step());
    assertEquals("Culprit", refused.reorganisation());
    assertEquals(List.of("DUTY_HOLDER_KIND [RYJ, NHS_TRUST]"), keys(refused));
  }

  @Test
  void theFirstOfTwoLastingBreaksIsBlamedWithWhatWasWrongAfterIt() {
    StepRefusedException refused = refused(new Rename(D, HARTLEPOOL, "Hartlepool"),
        DENTAL_TO_RVW, OPTOMETRY_TO_RYJ);
    assertEquals(2, refused.stepNumber());
    assertEquals(DENTAL_TO_RVW.toString(), refused.step());
    // The state after step 2: only RVW was wrong then.
    assertEquals(List.of("DUTY_HOLDER_KIND [RVW, FOUNDATION_TRUST]"), keys(refused));
  }

  @Test
  void aViolationIsItsRuleAndSubjectsNotItsWording() {
    // Step 1's break is repaired, but step 3 makes one with the same rule and subjects (another
    // duty held by the same hospital): the final landscape still has step 1's violation.
    StepRefusedException refused = refused(DENTAL_TO_RVW, DENTAL_BACK, OPTOMETRY_TO_RVW);
    assertEquals(1, refused.stepNumber());
    assertEquals(List.of("DUTY_HOLDER_KIND [RVW, FOUNDATION_TRUST]"), keys(refused));
    assertEquals(true, refused.violations().get(0).message().contains("DENTAL"),
        refused::getMessage);
  }

  @Test
  void cashThatOverflowsIsBlamedOnTheStepThatMadeItOverflow() {
    Money half = Money.ofPence(Long.MAX_VALUE / 2 + 1);
    Transition first = new Allocate(D, Allocation.of(STOCKTON, YEAR.plusYears(1), half));
    Transition second = new Allocate(D, Allocation.of(HARTLEPOOL, YEAR.plusYears(1), half));
    StepRefusedException refused = refused(first, new Rename(D, STOCKTON, "Stockton"), second,
        new Rename(D, HARTLEPOOL, "Hartlepool"));
    assertEquals(3, refused.stepNumber());
    assertEquals(second.toString(), refused.step());
  }
}
