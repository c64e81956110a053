package io.github.commissioning.testkit;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.ViolationException;

/**
 * How an implementation applies a transition: what generators of transition sequences and the
 * contract suite need besides a {@link LandscapeFactory}.
 */
@FunctionalInterface
public interface TransitionApplier {
  /**
   * Applies a transition, purely.
   *
   * @param landscape the landscape before, unchanged
   * @param transition the change
   * @return the outcome
   * @throws ViolationException if the transition does not apply
   */
  Applied apply(Landscape landscape, Transition transition);
}
