package io.github.commissioning.model.invariant;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.violation.Invariant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Invariant 3: every function that applies to a population of the landscape is held by exactly
 * one open body able to hold duties, for a population the landscape has, since a day on or before
 * the landscape's date and not before the body opened.
 */
final class CoverageRules {
  private CoverageRules() {}

  static void check(Findings findings) {
    Set<Population> populations = findings.landscape().populations();
    Map<Duty, OdsCode> holders = new HashMap<>();
    for (DutyAssignment assignment : findings.landscape().duties()) {
      checkOne(findings, assignment, populations);
      OdsCode earlier = holders.putIfAbsent(assignment.duty(), assignment.accountable());
      if (earlier != null) {
        findings.add(Invariant.COVERAGE_OVERLAP, assignment.duty() + " is held by both " + earlier
            + " and " + assignment.accountable(), assignment.duty().function(),
            assignment.duty().population().key(), earlier, assignment.accountable());
      }
    }
    for (Population population : populations) {
      for (CommissioningFunction function : CommissioningFunction.forPopulation(population.type())) {
        if (!holders.containsKey(Duty.of(function, population))) {
          findings.add(Invariant.COVERAGE_GAP, "No body holds " + function + " for the " + population,
              function, population.key());
        }
      }
    }
  }

  private static void checkOne(Findings findings, DutyAssignment assignment,
      Set<Population> populations) {
    Supplier<String> role = () -> "Holder of " + assignment.duty();
    if (!populations.contains(assignment.duty().population())) {
      findings.add(Invariant.DUTY_POPULATION, assignment.duty() + " is for a population the landscape"
          + " does not have: no open GP practice or area defines it",
          assignment.duty().function(), assignment.duty().population().key());
    }
    if (assignment.since().isAfter(findings.date())) {
      findings.add(Invariant.NOT_IN_FORCE, assignment.duty() + " is held from " + assignment.since()
          + ", after the landscape's date " + findings.date(), assignment.accountable(),
          assignment.since());
    }
    findings.able(assignment.accountable(), role, Capacity.HOLD_DUTIES, Invariant.DUTY_HOLDER_KIND)
        .ifPresent(body -> findings.notBeforeOpening(body, assignment.since(), role));
    assignment.delegate().ifPresent(delegate -> findings.able(delegate,
        () -> "Delegate of " + assignment.duty(), Capacity.TAKE_DELEGATION, Invariant.DUTY_HOLDER_KIND));
  }
}
