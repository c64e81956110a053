package io.github.commissioning.duty;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;

/**
 * A duty to commission: one function for one population, such as acute elective care for the
 * registered list of practice {@code A81001}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param function what is commissioned
 * @param population for whom, of the type the function applies to
 */
public record Duty(CommissioningFunction function, Population population)
    implements Comparable<Duty> {

  /**
   * Creates a duty, checking the function applies to the population.
   *
   * @throws ViolationException with {@link Invariant#DUTY_POPULATION} if it does not
   */
  public Duty {
    checkNotNull(function, "function");
    checkNotNull(population, "population");
    if (!function.appliesTo(population.type())) {
      throw ViolationException.of(Invariant.DUTY_POPULATION, function + " is commissioned for a "
          + function.population() + ", not for the " + population, function, population.key());
    }
  }

  /**
   * Obtains a duty.
   *
   * @param function what is commissioned
   * @param population for whom
   * @return the duty
   * @throws ViolationException with {@link Invariant#DUTY_POPULATION} if the function does not
   *     apply to that type of population
   */
  public static Duty of(CommissioningFunction function, Population population) {
    return new Duty(function, population);
  }

  /** Duties are ordered by population, then function. */
  @Override
  public int compareTo(Duty other) {
    int byPopulation = population.compareTo(other.population);
    return byPopulation != 0 ? byPopulation : function.compareTo(other.function);
  }

  @Override
  public String toString() {
    return function + " for " + population;
  }
}
