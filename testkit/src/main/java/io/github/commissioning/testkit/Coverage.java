package io.github.commissioning.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/** Whole coverage of a population by one body, the building block of sound drafts. */
public final class Coverage {
  private Coverage() {}

  /**
   * Returns an assignment to one body of every function that applies to a population.
   *
   * @param population the population, such as a practice's registered list
   * @param holder the accountable body
   * @param since the first day it holds the duties
   * @return one assignment per function, in declaration order of the functions
   */
  public static ImmutableList<DutyAssignment> everyFunction(Population population, OdsCode holder,
      LocalDate since) {
    checkNotNull(population, "population");
    ImmutableList.Builder<DutyAssignment> duties = ImmutableList.builder();
    for (CommissioningFunction function : CommissioningFunction.forPopulation(population.type())) {
      duties.add(DutyAssignment.of(Duty.of(function, population), holder, since));
    }
    return duties.build();
  }
}
