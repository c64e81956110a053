package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;

/**
 * A named, dated, ordered group of transitions applied all or nothing: if any step is refused,
 * none applies, and the refusal says which step and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the reorganisation's name, such as {@code "2013 abolition of PCTs"}
 * @param date the day it takes effect; every step is dated on or after it, in order
 * @param steps the transitions, at least one
 */
public record Reorganisation(String name, LocalDate date, ImmutableList<Transition> steps) {

  /** Creates the reorganisation, checking its steps are in date order from its date. */
  public Reorganisation {
    checkNotNull(name, "name");
    checkNotNull(date, "date");
    checkNotNull(steps, "steps");
    if (name.isBlank() || steps.isEmpty()) {
      throw ViolationException.of(Invariant.STATE_MISMATCH, "A reorganisation needs a name and at"
          + " least one step", name);
    }
    LocalDate previous = date;
    for (int i = 0; i < steps.size(); i++) {
      LocalDate stepDate = checkNotNull(steps.get(i), "step").date();
      if (stepDate.isBefore(previous)) {
        throw ViolationException.of(Invariant.TRANSITION_DATE, "Step " + (i + 1) + " of '" + name
            + "' is dated " + stepDate + ", before " + previous
            + ": steps run in date order from the reorganisation's date", name, i + 1, stepDate);
      }
      previous = stepDate;
    }
  }

  /**
   * Obtains a reorganisation.
   *
   * @param name its name
   * @param date its date
   * @param steps its transitions in order
   * @return the reorganisation
   */
  public static Reorganisation of(String name, LocalDate date, Iterable<? extends Transition> steps) {
    return new Reorganisation(name, date, ImmutableList.copyOf(steps));
  }
}
