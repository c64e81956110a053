package io.github.commissioning.duty;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.util.Arrays;
import java.util.Collection;

/**
 * Which duties a change concerns: those of some functions, for all populations or only some.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param functions the functions selected, at least one
 * @param populations the populations selected, or empty for every population
 */
public record DutySelection(ImmutableSet<CommissioningFunction> functions,
    ImmutableSet<Population> populations) {

  /**
   * Creates a selection, checking it names at least one function.
   *
   * @throws ViolationException with {@link Invariant#DUTY_POPULATION} if it names none
   */
  public DutySelection {
    checkNotNull(functions, "functions");
    checkNotNull(populations, "populations");
    if (functions.isEmpty()) {
      throw ViolationException.of(Invariant.DUTY_POPULATION,
          "A selection of duties must name at least one function", "functions");
    }
  }

  /**
   * Obtains the selection of the given functions for every population.
   *
   * @param functions at least one function
   * @return the selection
   */
  public static DutySelection of(CommissioningFunction... functions) {
    return new DutySelection(ImmutableSet.copyOf(functions), ImmutableSet.of());
  }

  /**
   * Obtains the selection of the given functions for every population.
   *
   * @param functions at least one function
   * @return the selection
   */
  public static DutySelection of(Collection<CommissioningFunction> functions) {
    return new DutySelection(ImmutableSet.copyOf(functions), ImmutableSet.of());
  }

  /**
   * Obtains the selection of every function except the given ones.
   *
   * @param kept the functions not selected
   * @return the selection of all the others
   */
  public static DutySelection allExcept(CommissioningFunction... kept) {
    return of(Arrays.stream(CommissioningFunction.values())
        .filter(f -> !Arrays.asList(kept).contains(f)).toList());
  }

  /**
   * Returns a copy restricted to the given populations.
   *
   * @param only the populations
   * @return the copy
   */
  public DutySelection forPopulations(Population... only) {
    return new DutySelection(functions, ImmutableSet.copyOf(only));
  }

  /**
   * Tells whether a duty is selected.
   *
   * @param duty the duty
   * @return true if its function, and its population where populations are named, are selected
   */
  public boolean selects(Duty duty) {
    checkNotNull(duty, "duty");
    return functions.contains(duty.function())
        && (populations.isEmpty() || populations.contains(duty.population()));
  }

  @Override
  public String toString() {
    return functions + (populations.isEmpty() ? "" : " for " + populations);
  }
}
