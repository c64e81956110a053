package io.github.commissioning.testkit.assertion;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.duty.Duty;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Effect;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Fluent assertions about what a transition did, read from its {@link Effect effects}. Each
 * failure shows what was expected and every effect of that kind that was found instead.
 */
public final class AppliedAssert {
  private final Applied applied;

  AppliedAssert(Applied applied) {
    this.applied = checkNotNull(applied, "applied");
  }

  /**
   * Starts assertions about an outcome.
   *
   * @param applied the outcome
   * @return the assertions
   */
  public static AppliedAssert assertThat(Applied applied) {
    return new AppliedAssert(applied);
  }

  /**
   * Asserts that the given body opened.
   *
   * @param body the body's code
   * @return this, for more assertions
   */
  public AppliedAssert opened(OdsCode body) {
    return has(Effect.Opened.class, e -> e.body().equals(body), "opened " + body);
  }

  /**
   * Asserts that the given body closed.
   *
   * @param body the body's code
   * @return this, for more assertions
   */
  public AppliedAssert closed(OdsCode body) {
    return has(Effect.Closed.class, e -> e.body().equals(body), "closed " + body);
  }

  /**
   * Asserts that a body succeeded another.
   *
   * @param predecessor the earlier body
   * @param successor the later body
   * @return this, for more assertions
   */
  public AppliedAssert succeeded(OdsCode predecessor, OdsCode successor) {
    return has(Effect.Succeeded.class,
        e -> e.predecessor().equals(predecessor) && e.successor().equals(successor),
        successor + " succeeded " + predecessor);
  }

  /**
   * Asserts that accountability for a duty moved between two bodies.
   *
   * @param duty the duty
   * @param from the body that held it
   * @param to the body that holds it now
   * @return this, for more assertions
   */
  public AppliedAssert movedDuty(Duty duty, OdsCode from, OdsCode to) {
    return has(Effect.DutyMoved.class, e -> e.equals(new Effect.DutyMoved(duty, from, to)),
        duty + " moved from " + from + " to " + to);
  }

  /**
   * Asserts that a practice's membership moved between two bodies.
   *
   * @param member the practice
   * @param from the body it left
   * @param to the body it joined
   * @return this, for more assertions
   */
  public AppliedAssert movedMember(OdsCode member, OdsCode from, OdsCode to) {
    return has(Effect.MembershipChanged.class, e -> e.equals(new Effect.MembershipChanged(member,
        Optional.of(from), Optional.of(to))), member + " moved from " + from + " to " + to);
  }

  /**
   * Asserts that exactly this much money moved from one body to another, over all budgets.
   *
   * @param amount the exact total
   * @param from the giving body
   * @param to the receiving body
   * @return this, for more assertions
   */
  public AppliedAssert movedMoney(Money amount, OdsCode from, OdsCode to) {
    List<Effect.MoneyMoved> moved = applied.effects(Effect.MoneyMoved.class);
    Money total = Money.sum(moved.stream()
        .filter(m -> m.from().equals(Optional.of(from)) && m.to().equals(Optional.of(to)))
        .map(Effect.MoneyMoved::amount).toList());
    if (!total.equals(amount)) {
      throw new AssertionFailedError("expected " + amount + " to move from " + from + " to " + to
          + " but " + total + " did; all money moved:\n" + list(moved), amount, total);
    }
    return this;
  }

  /**
   * Asserts that the cash allocated in every year is the same before and after.
   *
   * @return this, for more assertions
   */
  public AppliedAssert conservedCash() {
    TreeSet<FinancialYear> years = new TreeSet<>();
    applied.before().allocations().forEach(a -> years.add(a.year()));
    applied.after().allocations().forEach(a -> years.add(a.year()));
    for (FinancialYear year : years) {
      Money before = applied.before().totalAllocated(year);
      Money after = applied.after().totalAllocated(year);
      if (!before.equals(after)) {
        throw new AssertionFailedError("expected the cash allocated for " + year
            + " to be conserved by " + applied.transition(), before, after);
      }
    }
    return this;
  }

  private <E extends Effect> AppliedAssert has(Class<E> type, java.util.function.Predicate<E> wanted,
      String what) {
    List<E> found = applied.effects(type);
    if (found.stream().noneMatch(wanted)) {
      throw new AssertionFailedError("expected the effect: " + what + "; the "
          + type.getSimpleName() + " effects of " + applied.transition() + " were:\n" + list(found));
    }
    return this;
  }

  private static String list(List<?> effects) {
    return effects.isEmpty() ? "  (none)"
        : effects.stream().map(e -> "  " + e).collect(Collectors.joining("\n"));
  }
}
