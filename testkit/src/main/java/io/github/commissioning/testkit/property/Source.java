package io.github.commissioning.testkit.property;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The random source a {@link Gen generator} draws from, which records every draw.
 *
 * <p>Every draw is a bounded integer choice, from zero to a maximum the generator gives, and every
 * choice is appended to a record that {@link #choices()} returns. A source is either
 * {@linkplain #seeded(long, int) seeded}, when it makes its choices at random, or
 * {@linkplain #replaying(Choices, int) replaying}, when it takes them from a recorded sequence:
 * replaying the choices a seeded source recorded gives an equal value. When a replayed sequence
 * runs out, every further draw is zero, and a replayed choice above a draw's maximum is lowered to
 * that maximum; so any sequence at all replays to a value the generator could have produced.
 *
 * <p>Generators map choice zero to their simplest value (the lower bound, the first element,
 * {@code false}, the shortest list), so a smaller sequence gives a simpler value. This is what
 * lets the runner shrink any failing value by shrinking its choices.
 *
 * <p>A source also carries a <i>size</i>, zero or more, that the runner grows from try to try and
 * that generators such as {@link Gen#listOf lists} and {@link Gen#sized} read to decide how big a
 * value to make. A seeded source gives the same choices for the same seed on every JVM.
 *
 * <p>A source is used by one generator for one value; it is not thread-safe.
 */
public final class Source {
  /** The size a source has when none is given. */
  public static final int DEFAULT_SIZE = 100;

  /** The most choices one value may take, so that a runaway recursive generator stops. */
  public static final int MAX_CHOICES = 1 << 20;

  private final @Nullable SplitMix64 random;
  private final Choices replayed;
  private final int size;
  private long[] recorded = new long[16];
  private int count;

  private Source(@Nullable SplitMix64 random, Choices replayed, int size) {
    checkArgument(size >= 0, "size must be zero or more, not %s", size);
    this.random = random;
    this.replayed = replayed;
    this.size = size;
  }

  /**
   * Returns a source that makes its choices at random from a seed, at the
   * {@linkplain #DEFAULT_SIZE default size}.
   *
   * @param seed the seed; the same seed gives the same choices on every JVM
   * @return a new recording source
   */
  public static Source seeded(long seed) {
    return seeded(seed, DEFAULT_SIZE);
  }

  /**
   * Returns a source that makes its choices at random from a seed.
   *
   * @param seed the seed; the same seed gives the same choices on every JVM
   * @param size how big the values generated should be, zero or more
   * @return a new recording source
   * @throws IllegalArgumentException if the size is negative
   */
  public static Source seeded(long seed, int size) {
    return new Source(new SplitMix64(seed), Choices.of(), size);
  }

  /**
   * Returns a source that takes its choices from a sequence, then draws zero once it runs out.
   *
   * @param choices the choices to replay, such as those a seeded source recorded
   * @param size the size the choices were recorded at, zero or more
   * @return a new recording source
   * @throws IllegalArgumentException if the size is negative
   */
  public static Source replaying(Choices choices, int size) {
    checkNotNull(choices, "choices");
    return new Source(null, choices, size);
  }

  /**
   * Returns how big the values generated from this source should be.
   *
   * @return the size, zero or more
   */
  public int size() {
    return size;
  }

  /**
   * Draws a choice from zero to a maximum, both inclusive, uniformly when at random, and records
   * it. A draw whose maximum is zero has only one outcome: it returns zero and records nothing.
   *
   * @param max the greatest choice allowed, zero or more
   * @return the choice
   * @throws IllegalArgumentException if the maximum is negative
   * @throws GenerationException if this source has already drawn {@link #MAX_CHOICES} choices
   */
  public long draw(long max) {
    checkArgument(max >= 0, "the maximum of a draw must be zero or more, not %s", max);
    if (max == 0) {
      return 0;
    }
    long choice = random != null ? random.nextLong(max) : Math.min(nextReplayed(), max);
    record(choice);
    return choice;
  }

  /**
   * Draws a choice from zero to a maximum, both inclusive, as {@link #draw(long)} does.
   *
   * @param max the greatest choice allowed, zero or more
   * @return the choice
   * @throws IllegalArgumentException if the maximum is negative
   * @throws GenerationException if this source has already drawn {@link #MAX_CHOICES} choices
   */
  public int drawInt(int max) {
    return (int) draw(max);
  }

  /**
   * Draws a boolean that is {@code true} with the given probability when at random, and records
   * it as choice 1 ({@code true}) or 0 ({@code false}). A probability of exactly 0 or 1 has only
   * one outcome: the draw returns it and records nothing.
   *
   * @param probability the chance of {@code true}, from 0 to 1
   * @return the boolean drawn
   * @throws IllegalArgumentException if the probability is not from 0 to 1
   * @throws GenerationException if this source has already drawn {@link #MAX_CHOICES} choices
   */
  public boolean drawBoolean(double probability) {
    checkArgument(probability >= 0 && probability <= 1,
        "a probability must be from 0 to 1, not %s", probability);
    if (probability == 0 || probability == 1) {
      return probability == 1;
    }
    long choice = random != null
        ? (random.nextDouble() < probability ? 1 : 0)
        : Math.min(nextReplayed(), 1);
    record(choice);
    return choice == 1;
  }

  /**
   * Returns the choices drawn so far, in order.
   *
   * @return the record of this source's draws
   */
  public Choices choices() {
    return Choices.wrap(Arrays.copyOf(recorded, count));
  }

  private long nextReplayed() {
    return count < replayed.size() ? replayed.get(count) : 0;
  }

  private void record(long choice) {
    if (count == MAX_CHOICES) {
      throw new GenerationException("the generator drew more than " + MAX_CHOICES
          + " choices for one value; is a recursive generator without a base case?");
    }
    if (count == recorded.length) {
      recorded = Arrays.copyOf(recorded, Math.min(count * 2, MAX_CHOICES));
    }
    recorded[count++] = choice;
  }

  /**
   * Returns a description of this source: how it chooses, its size and how many choices it drew.
   *
   * @return a description for debugging
   */
  @Override
  public String toString() {
    return (random != null ? "seeded" : "replaying " + replayed) + " source of size " + size
        + " with " + count + " choices drawn";
  }
}
