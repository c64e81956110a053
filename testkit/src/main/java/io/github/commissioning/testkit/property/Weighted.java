package io.github.commissioning.testkit.property;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A generator with a weight, for {@link Gen#frequency(Weighted...)}: a generator of weight 3 is
 * chosen three times as often as one of weight 1, and one of weight 0 never.
 *
 * @param <T> the type of value generated
 * @param weight how often the generator is chosen relative to the others, zero or more
 * @param gen the generator
 */
public record Weighted<T>(int weight, Gen<? extends T> gen) {

  /**
   * Creates a weighted generator.
   *
   * @param weight how often the generator is chosen relative to the others, zero or more
   * @param gen the generator
   * @throws IllegalArgumentException if the weight is negative
   */
  public Weighted {
    checkArgument(weight >= 0, "a weight must be zero or more, not %s", weight);
    checkNotNull(gen, "gen");
  }

  /**
   * Returns a weighted generator.
   *
   * @param <T> the type of value generated
   * @param weight how often the generator is chosen relative to the others, zero or more
   * @param gen the generator
   * @return the generator with its weight
   * @throws IllegalArgumentException if the weight is negative
   */
  public static <T> Weighted<T> of(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }
}
