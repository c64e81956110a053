package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A reorganisation that applied, every step of it: the landscapes before and after, what each step
 * did, and the combined effects a report needs. A reorganisation is judged as a whole, so only the
 * landscapes before and after are landscapes; the states between steps are not kept.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param before the landscape it applied to
 * @param after the landscape after the last step
 * @param reorganisation the reorganisation
 * @param steps what each step did, in order
 */
public record Reorganised(Landscape before, Landscape after, Reorganisation reorganisation,
    ImmutableList<Step> steps) {

  /** Creates the outcome. */
  public Reorganised {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkNotNull(reorganisation, "reorganisation");
    checkNotNull(steps, "steps");
    checkArgument(steps.size() == reorganisation.steps().size(),
        "Reorganisation '%s' has %s steps, but %s outcomes were given", reorganisation.name(),
        reorganisation.steps().size(), steps.size());
  }

  /**
   * What one step of a reorganisation did.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param number the step's place in the reorganisation, from 1
   * @param transition the step
   * @param effects what it did, in the order it did it
   */
  public record Step(int number, Transition transition, ImmutableList<Effect> effects) {

    /** Creates the outcome of a step. */
    public Step {
      checkArgument(number >= 1, "A step's number counts from 1, not %s", number);
      checkNotNull(transition, "transition");
      checkNotNull(effects, "effects");
    }

    /**
     * Returns the effects of one kind.
     *
     * @param type the kind of effect
     * @param <E> the kind
     * @return those effects, in order
     */
    public <E extends Effect> ImmutableList<E> effects(Class<E> type) {
      return Effect.ofKind(effects, type);
    }
  }

  /**
   * Returns every effect of every step, in order.
   *
   * @return the effects
   */
  public ImmutableList<Effect> effects() {
    return steps.stream().flatMap(s -> s.effects().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every effect of one kind.
   *
   * @param type the kind of effect
   * @param <E> the kind
   * @return those effects, in order
   */
  public <E extends Effect> ImmutableList<E> effects(Class<E> type) {
    return Effect.ofKind(effects(), type);
  }

  /**
   * Returns how many bodies of each kind opened.
   *
   * @return counts by kind, kinds with none left out
   */
  public ImmutableSortedMap<OrganisationKind, Integer> openedByKind() {
    return count(effects(Effect.Opened.class), Effect.Opened::kind);
  }

  /**
   * Returns how many bodies of each kind closed.
   *
   * @return counts by kind, kinds with none left out
   */
  public ImmutableSortedMap<OrganisationKind, Integer> closedByKind() {
    return count(effects(Effect.Closed.class), Effect.Closed::kind);
  }

  /**
   * Returns how many duties of each function changed accountable body.
   *
   * @return counts by function
   */
  public ImmutableSortedMap<CommissioningFunction, Integer> dutiesMovedByFunction() {
    return count(effects(Effect.DutyMoved.class), moved -> moved.duty().function());
  }

  /**
   * Returns the practices whose primary care organisation is different afterwards.
   *
   * @return their codes, ordered
   */
  public ImmutableSet<OdsCode> practicesMoved() {
    return after.open(OrganisationKind.GP_PRACTICE).stream().map(Organisation::code)
        .filter(code -> before.organisation(code).isPresent()
            && !before.primaryCareOrganisationOf(code).equals(after.primaryCareOrganisationOf(code)))
        .sorted().collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the money that moved between bodies (not newly allocated), by the kind of body it
   * reached.
   *
   * @return totals by the receiving body's kind
   */
  public ImmutableSortedMap<OrganisationKind, Money> moneyReceivedByKind() {
    return total(moved -> moved.to().flatMap(this::kindOf));
  }

  /**
   * Returns the money that moved between bodies (not newly allocated), by the kind of body it
   * left.
   *
   * @return totals by the giving body's kind
   */
  public ImmutableSortedMap<OrganisationKind, Money> moneyGivenByKind() {
    return total(moved -> moved.from().flatMap(this::kindOf));
  }

  /**
   * Returns the money that moved between bodies (not newly allocated), by the ring-fence of the
   * budget it reached: what the money is for.
   *
   * @return totals by ring-fence
   */
  public ImmutableSortedMap<RingFence, Money> moneyMovedByRingFence() {
    return total(moved -> Optional.of(moved.ringFence()));
  }

  private Optional<OrganisationKind> kindOf(OdsCode code) {
    return after.organisation(code).or(() -> before.organisation(code)).map(Organisation::kind);
  }

  private <K extends Comparable<K>> ImmutableSortedMap<K, Money> total(
      Function<Effect.MoneyMoved, Optional<K>> key) {
    Map<K, Money> totals = new TreeMap<>();
    for (Effect.MoneyMoved moved : effects(Effect.MoneyMoved.class)) {
      if (moved.from().isPresent() && moved.to().isPresent()) {
        key.apply(moved).ifPresent(k -> totals.merge(k, moved.amount(), Money::plus));
      }
    }
    return ImmutableSortedMap.copyOf(totals);
  }

  private static <E, K extends Comparable<K>> ImmutableSortedMap<K, Integer> count(
      ImmutableList<E> effects, Function<E, K> key) {
    Map<K, Integer> counts = new TreeMap<>();
    effects.forEach(effect -> counts.merge(key.apply(effect), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(counts);
  }
}
