package io.github.commissioning.testkit;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.Reorganised;
import io.github.commissioning.transition.StepRefusedException;

/** How an implementation applies a reorganisation, all or nothing. */
@FunctionalInterface
public interface ReorganisationApplier {
  /**
   * Applies every step of a reorganisation, or none.
   *
   * @param landscape the landscape before, unchanged
   * @param reorganisation the steps
   * @return the outcome
   * @throws StepRefusedException if a step is refused
   */
  Reorganised apply(Landscape landscape, Reorganisation reorganisation);
}
