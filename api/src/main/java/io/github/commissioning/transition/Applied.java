package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.landscape.Landscape;

/**
 * A transition that applied: the landscape before and after, and what moved.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param before the landscape it applied to, unchanged
 * @param after the new landscape, on the transition's date
 * @param transition the transition
 * @param effects what it did, in the order it did it
 */
public record Applied(Landscape before, Landscape after, Transition transition,
    ImmutableList<Effect> effects) {

  /** Creates the outcome. */
  public Applied {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkNotNull(transition, "transition");
    checkNotNull(effects, "effects");
  }

  /**
   * Returns the effects of one kind.
   *
   * @param type the kind of effect, such as {@code Effect.DutyMoved.class}
   * @param <E> the kind
   * @return those effects, in order
   */
  public <E extends Effect> ImmutableList<E> effects(Class<E> type) {
    return Effect.ofKind(effects, type);
  }
}
