package io.github.commissioning.model.reform;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;

/**
 * A change a reform's policy must refuse, tried on the landscape the reform leaves: a merger
 * without consent, a price above tariff, an underspend taken as profit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param description what is tried, in words
 * @param transition the change
 * @param rule the code of the rule that must refuse it
 */
public record Trial(String description, Transition transition, String rule) {

  /** Creates the trial. */
  public Trial {
    checkNotNull(description, "description");
    checkNotNull(transition, "transition");
    checkNotNull(rule, "rule");
  }

  /**
   * Tries the change on a landscape.
   *
   * @param landscape the landscape
   * @return the outcome: the violations it was refused with, none if it applied
   */
  public Outcome tryOn(Landscape landscape) {
    try {
      TransitionEngine.apply(landscape, transition);
      return new Outcome(this, ImmutableList.of());
    } catch (ViolationException refused) {
      return new Outcome(this, refused.violations());
    }
  }

  /**
   * What happened when a change was tried.
   *
   * @param trial the trial
   * @param violations the violations the change was refused with; empty if it applied
   */
  public record Outcome(Trial trial, ImmutableList<Violation> violations) {

    /** Creates the outcome. */
    public Outcome {
      checkNotNull(trial, "trial");
      checkNotNull(violations, "violations");
    }

    /**
     * Returns whether the change was refused by the rule the trial expects.
     *
     * @return true if a violation carries the trial's rule
     */
    public boolean refusedAsExpected() {
      return violations.stream().anyMatch(v -> v.code().equals(trial.rule()));
    }
  }
}
