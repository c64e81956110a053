package io.github.commissioning.model.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Money;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.Reorganised;
import io.github.commissioning.transition.StepRefusedException;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies transitions and reorganisations to landscapes, purely: the landscape given is never
 * changed; the result is a new landscape and the effects, or a {@link ViolationException} that
 * lists every violation.
 *
 * <p>A transition applies only if all of these hold: it is not dated before the landscape; it
 * describes the landscape (the bodies it names exist and are open, practices are where it says,
 * budgets hold the money it moves); the policy in force allows it; the new landscape keeps every
 * structural invariant; it conserves the cash allocated in every year unless it
 * {@linkplain Transition#addsMoney() adds money}; and the new landscape keeps the policy then in
 * force.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TransitionEngine {
  private TransitionEngine() {}

  /**
   * Applies one transition.
   *
   * @param landscape the landscape before
   * @param transition the change
   * @return the new landscape and the effects
   * @throws ViolationException listing every violation if the transition does not apply
   */
  public static Applied apply(Landscape landscape, Transition transition) {
    return apply(landscape, transition, true);
  }

  /**
   * Applies a reorganisation, all or nothing. Each step must apply to the landscape the previous
   * steps left; the rules of the policy about what a landscape may look like are checked once, on
   * the final landscape, since a reorganisation may pass through states its policy forbids.
   *
   * @param landscape the landscape before
   * @param reorganisation the steps
   * @return every step's outcome and the final landscape
   * @throws StepRefusedException if a step is refused, naming the step; nothing applies
   * @throws ViolationException if the final landscape breaks the policy in force
   */
  public static Reorganised apply(Landscape landscape, Reorganisation reorganisation) {
    checkNotNull(landscape, "landscape");
    checkNotNull(reorganisation, "reorganisation");
    ImmutableList.Builder<Applied> steps = ImmutableList.builder();
    Landscape current = landscape;
    for (int i = 0; i < reorganisation.steps().size(); i++) {
      Transition step = reorganisation.steps().get(i);
      try {
        Applied applied = apply(current, step, false);
        steps.add(applied);
        current = applied.after();
      } catch (ViolationException refused) {
        throw new StepRefusedException(reorganisation.name(), i + 1, step, refused);
      }
    }
    refuseIfAny(current.policy().check(current));
    return new Reorganised(landscape, current, reorganisation, steps.build());
  }

  private static Applied apply(Landscape landscape, Transition transition, boolean checkPolicyState) {
    checkNotNull(landscape, "landscape");
    checkNotNull(transition, "transition");
    if (transition.date().equals(LocalDate.MIN)) {
      throw ViolationException.of(Invariant.TRANSITION_DATE, "A change cannot be dated "
          + LocalDate.MIN + ": nothing could have closed the day before", transition.date());
    }
    if (transition.date().isBefore(landscape.date())) {
      throw ViolationException.of(Invariant.TRANSITION_DATE, transition.getClass().getSimpleName()
          + " dated " + transition.date() + " cannot apply to the landscape of " + landscape.date()
          + ": history only moves forward", transition.date(), landscape.date());
    }
    List<Violation> refused = new ArrayList<>(landscape.policy().check(landscape, transition));
    Workspace work = new Workspace(landscape, transition.date());
    try {
      transition.accept(new Changes(work));
    } catch (ViolationException inapplicable) {
      refused.addAll(inapplicable.violations());
    }
    refuseIfAny(refused);
    LandscapeSnapshot after = work.build();
    if (!transition.addsMoney()) {
      refuseIfAny(conservation(landscape, after));
    }
    if (checkPolicyState) {
      refuseIfAny(after.policy().check(after));
    }
    return new Applied(landscape, after, transition, work.effects());
  }

  /** Every year's cash total is the same before and after. */
  private static List<Violation> conservation(Landscape before, Landscape after) {
    Set<FinancialYear> years = new TreeSet<>();
    before.allocations().stream().map(Allocation::year).forEach(years::add);
    after.allocations().stream().map(Allocation::year).forEach(years::add);
    List<Violation> violations = new ArrayList<>();
    for (FinancialYear year : years) {
      Money was = before.totalAllocated(year);
      Money is = after.totalAllocated(year);
      if (!was.equals(is)) {
        violations.add(Violation.of(Invariant.MONEY_NOT_CONSERVED, "The cash allocated for " + year
            + " would change from " + was + " to " + is + ", but this change may only move money",
            year, was, is));
      }
    }
    return violations;
  }

  private static void refuseIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ViolationException(violations);
    }
  }
}
