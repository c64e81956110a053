package io.github.commissioning.model.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.model.internal.LandscapeStore;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Money;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Effect;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
   * Applies one transition, checking the new landscape from what the change touched where that
   * can tell it is sound ({@code fromTouched}), or else in full; the outcome is the same either
   * way, which the tests check by comparing the two.
   */
  static Applied apply(Landscape landscape, Transition transition, boolean fromTouched) {
    checkNotNull(landscape, "landscape");
    checkNotNull(transition, "transition");
    LandscapeStore before = LandscapeStore.of(landscape, landscape instanceof LandscapeSnapshot);
    Workspace work = new Workspace(landscape, before);
    ImmutableList<Effect> effects = carryOut(work, landscape, transition);
    LandscapeStore changed = work.store();
    LandscapeSnapshot after = fromTouched
        && ChangeCheck.keepsInvariants(before, changed, work.touched())
        ? LandscapeSnapshot.copyOf(changed.checked())
        : work.build();
    List<Transition> allocating = transition.addsMoney() ? List.of(transition) : List.of();
    refuseIfAny(conservation(cashByYear(before), cashByYear(changed), allocating));
    refuseIfAny(after.policy().check(after));
    return new Applied(landscape, after, transition, effects);
  }

  /**
   * Applies a reorganisation, all or nothing. Each step must apply to the state the steps before
   * it left: its date and the policy's rules on changes are checked, and it must describe that
   * state (the bodies it names exist and are open, budgets hold the money it moves). The
   * structural invariants, the conservation of cash and the policy's rules on what a landscape may
   * look like are checked on the final landscape, since a reorganisation may pass through states
   * that are not sound landscapes (a body established before the duties it will hold reach it).
   * If the final landscape would be broken, the refusal names the first step after which the
   * state had a violation the final landscape still has.
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
    Workspace work = new Workspace(landscape);
    ImmutableList.Builder<Reorganised.Step> steps = ImmutableList.builder();
    Landscape state = landscape;
    for (int i = 0; i < reorganisation.steps().size(); i++) {
      Transition step = reorganisation.steps().get(i);
      try {
        steps.add(new Reorganised.Step(i + 1, step, carryOut(work, state, step)));
      } catch (ViolationException refused) {
        throw new StepRefusedException(reorganisation.name(), i + 1, step, refused);
      }
      state = work.store();
    }
    LandscapeSnapshot after;
    try {
      after = work.build();
      refuseIfAny(conservation(landscape, after, reorganisation.steps()));
    } catch (ViolationException broken) {
      throw Culprit.find(landscape, reorganisation, broken);
    }
    refuseIfAny(after.policy().check(after));
    return new Reorganised(landscape, after, reorganisation, steps.build());
  }

  /**
   * Checks a change's date and the policy's rules on it against the state it applies to, then
   * carries it out on the workspace.
   *
   * @return the change's effects
   * @throws ViolationException listing every reason the change does not apply to the state
   */
  static ImmutableList<Effect> carryOut(Workspace work, Landscape state, Transition transition) {
    checkNotNull(transition, "transition");
    checkDate(transition, state.date());
    List<Violation> refused = new ArrayList<>(state.policy().check(state, transition));
    work.begin(transition.date());
    try {
      transition.accept(new Changes(work));
      refused.addAll(work.problems());
    } catch (ViolationException inapplicable) {
      refused.addAll(inapplicable.violations());
    }
    refuseIfAny(refused);
    return work.effects();
  }

  private static void checkDate(Transition transition, LocalDate stateDate) {
    if (transition.date().equals(LocalDate.MIN)) {
      throw ViolationException.of(Invariant.TRANSITION_DATE, "A change cannot be dated "
          + LocalDate.MIN + ": nothing could have closed the day before", transition.date());
    }
    if (transition.date().isBefore(stateDate)) {
      throw ViolationException.of(Invariant.TRANSITION_DATE, transition.getClass().getSimpleName()
          + " dated " + transition.date() + " cannot apply to the landscape of " + stateDate
          + ": history only moves forward", transition.date(), stateDate);
    }
  }

  /**
   * Every year's cash total afterwards is the total before plus the cash the changes allocated:
   * the other changes only move money.
   */
  static List<Violation> conservation(LandscapeParts before, LandscapeParts after,
      List<Transition> changes) {
    return conservation(cashByYear(before), cashByYear(after), changes);
  }

  private static List<Violation> conservation(Map<FinancialYear, Money> was,
      Map<FinancialYear, Money> is, List<Transition> changes) {
    Map<FinancialYear, Money> added = new TreeMap<>();
    for (Transition change : changes) {
      if (change instanceof Allocate allocate && allocate.allocation().funding() == Funding.CASH) {
        added.merge(allocate.allocation().year(), allocate.allocation().amount(), Money::plus);
      }
    }
    Set<FinancialYear> years = new TreeSet<>(added.keySet());
    years.addAll(was.keySet());
    years.addAll(is.keySet());
    List<Violation> violations = new ArrayList<>();
    for (FinancialYear year : years) {
      Money from = was.getOrDefault(year, Money.ZERO);
      Money due = from.plus(added.getOrDefault(year, Money.ZERO));
      Money to = is.getOrDefault(year, Money.ZERO);
      if (!due.equals(to)) {
        violations.add(Violation.of(Invariant.MONEY_NOT_CONSERVED, "The cash allocated for " + year
            + " would change from " + from + " to " + to + ", but these changes may only move money"
            + (due.equals(from) ? "" : " and allocate " + due.minus(from)), year, from, to));
      }
    }
    return violations;
  }

  /** Every year's cash, from the store's running totals where they are exact. */
  private static Map<FinancialYear, Money> cashByYear(LandscapeStore store) {
    if (!store.cashIsExact()) {
      return cashByYear((LandscapeParts) store);
    }
    Map<FinancialYear, Money> totals = new TreeMap<>();
    store.cashYears().forEach(year -> totals.put(year, store.totalAllocated(year)));
    return totals;
  }

  private static Map<FinancialYear, Money> cashByYear(LandscapeParts parts) {
    Map<FinancialYear, Money> totals = new TreeMap<>();
    for (Allocation allocation : parts.allocations()) {
      if (allocation.funding() == Funding.CASH) {
        totals.merge(allocation.year(), allocation.amount(), Money::plus);
      }
    }
    return totals;
  }

  static void refuseIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ViolationException(violations);
    }
  }
}
