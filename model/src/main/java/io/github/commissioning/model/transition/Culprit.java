package io.github.commissioning.model.transition;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.internal.LandscapeStore;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.StepRefusedException;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the step of a reorganisation to blame when its final landscape would be broken: the first
 * step after which the state had a violation that the final landscape still has. It carries the
 * steps out again, checking the state after each one, so it costs what applying every step as a
 * transition of its own would; it runs only for a reorganisation that is refused.
 */
final class Culprit {
  private Culprit() {}

  /** A violation's rule and subjects, without the wording of its message. */
  private record Key(String code, List<String> subjects) {
    static Key of(Violation violation) {
      return new Key(violation.code(), violation.subjects());
    }
  }

  static StepRefusedException find(Landscape landscape, Reorganisation reorganisation,
      ViolationException broken) {
    Set<Key> remaining = broken.violations().stream().map(Key::of).collect(Collectors.toSet());
    Workspace work = new Workspace(landscape);
    Landscape state = landscape;
    List<Transition> steps = reorganisation.steps();
    for (int i = 0; i < steps.size(); i++) {
      Transition step = steps.get(i);
      LandscapeStore prior = work.store();
      TransitionEngine.carryOut(work, state, step);
      List<Violation> found = check(prior, work, step);
      if (found.stream().map(Key::of).anyMatch(remaining::contains)) {
        return new StepRefusedException(reorganisation.name(), i + 1, step,
            new ViolationException(found));
      }
      state = work.store();
    }
    int last = steps.size() - 1;
    return new StepRefusedException(reorganisation.name(), last + 1, steps.get(last), broken);
  }

  /** What is wrong with the state after one step: its structure, or the cash it made or lost. */
  private static List<Violation> check(LandscapeStore before, Workspace work, Transition step) {
    LandscapeStore after = work.store();
    List<Violation> found = new ArrayList<>();
    try {
      LandscapeSnapshot.copyOf(after);
    } catch (ViolationException structural) {
      found.addAll(structural.violations());
    }
    try {
      found.addAll(TransitionEngine.conservation(before, after, List.of(step)));
    } catch (ViolationException overflow) {
      found.addAll(overflow.violations());
    }
    return found;
  }
}
