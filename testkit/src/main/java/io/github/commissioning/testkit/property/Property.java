package io.github.commissioning.testkit.property;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A property of the values of a generator, to check against many of them, with the failing
 * value, if any, shrunk to a simple one:
 *
 * <pre>{@code
 * Property.forAll(Gen.integers(0, 10_000)).checkThat(n -> n < 1000);
 * // PropertyFailure: Property failed on try 2 of 100 (seed ...), counterexample: 1000 ...
 * }</pre>
 *
 * <p><b>Tries.</b> A property runs {@value #DEFAULT_TRIES} tries unless told otherwise by
 * {@link #withTries(int)} or the system property {@value #TRIES_PROPERTY}. The first try replays
 * the all-zero choice sequence, so it tests the simplest value the generator can produce (the
 * lower bound of a range, an empty list); the others draw at random, at a
 * {@linkplain Source#size() size} that grows evenly from 0 to the {@linkplain #withMaxSize(int)
 * maximum size} ({@value #DEFAULT_MAX_SIZE} unless told otherwise), so small values come first.
 *
 * <p><b>Failures.</b> A property fails for a value if it throws an {@link AssertionError} or a
 * {@link RuntimeException}, or, when given as a predicate, returns false. The first failing value
 * is shrunk (see {@link Choices}) for at most {@value #DEFAULT_MAX_SHRINKS} attempts unless told
 * otherwise, then reported as a {@link PropertyFailure}. A generator that cannot produce a value
 * throws a {@link GenerationException}, unshrunk.
 *
 * <p><b>Seeds.</b> Each run draws a new seed at random, which a failure reports. To replay it,
 * give the seed with {@link #withSeed(long)}, with a {@link Seed} annotation on the test, or with
 * the system property {@value #SEED_PROPERTY}, in that order of precedence; the same seed, tries
 * and maximum size replay the same values.
 *
 * <p>This class is immutable and thread-safe if the generator is; each {@code with} method
 * returns a new property.
 *
 * @param <T> the type of value the property is of
 */
public final class Property<T> {
  /** The number of tries when none is given. */
  public static final int DEFAULT_TRIES = 100;

  /** The size the last try reaches when no maximum is given. */
  public static final int DEFAULT_MAX_SIZE = 100;

  /** The most candidates run while shrinking one failure when no maximum is given. */
  public static final int DEFAULT_MAX_SHRINKS = 2000;

  /** The system property that gives the seed of every property that has none of its own. */
  public static final String SEED_PROPERTY = "commissioning.seed";

  /** The system property that gives the number of tries of every property that has none. */
  public static final String TRIES_PROPERTY = "commissioning.tries";

  private final Gen<T> gen;
  private final Settings settings;

  private Property(Gen<T> gen, Settings settings) {
    this.gen = gen;
    this.settings = settings;
  }

  /**
   * Returns a property of the values of a generator, with the default settings.
   *
   * @param <T> the type of value
   * @param gen the generator of the values to check
   * @return a property ready to check
   */
  public static <T> Property<T> forAll(Gen<T> gen) {
    checkNotNull(gen, "gen");
    return new Property<>(gen, Settings.DEFAULTS);
  }

  /**
   * Returns a property of pairs of values, one from each generator, with the default settings. A
   * failing pair is shrunk as a whole and reported as a list of its two values.
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param first the generator of the first value
   * @param second the generator of the second value
   * @return a property ready to check
   */
  public static <A, B> BiProperty<A, B> forAll(Gen<A> first, Gen<B> second) {
    return new BiProperty<>(first, second, Settings.DEFAULTS);
  }

  /**
   * Returns a property of triples of values, one from each generator, with the default
   * settings. A failing triple is shrunk as a whole and reported as a list of its three values.
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param first the generator of the first value
   * @param second the generator of the second value
   * @param third the generator of the third value
   * @return a property ready to check
   */
  public static <A, B, C> TriProperty<A, B, C> forAll(Gen<A> first, Gen<B> second,
      Gen<C> third) {
    return new TriProperty<>(first, second, third, Settings.DEFAULTS);
  }

  /**
   * Returns this property with a fixed seed, which takes precedence over a {@link Seed}
   * annotation and the system property {@value #SEED_PROPERTY}.
   *
   * @param seed the seed, such as one a {@link PropertyFailure} reported
   * @return a property like this one with that seed
   */
  public Property<T> withSeed(long seed) {
    return new Property<>(gen, settings.withSeed(seed));
  }

  /**
   * Returns this property with a number of tries, which takes precedence over the system
   * property {@value #TRIES_PROPERTY}.
   *
   * @param tries how many values to check, at least 1
   * @return a property like this one with that number of tries
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public Property<T> withTries(int tries) {
    return new Property<>(gen, settings.withTries(tries));
  }

  /**
   * Returns this property with a maximum size, which the last try reaches.
   *
   * @param maxSize the size of the last try, zero or more
   * @return a property like this one with that maximum size
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public Property<T> withMaxSize(int maxSize) {
    return new Property<>(gen, settings.withMaxSize(maxSize));
  }

  /**
   * Returns this property with a bound on shrinking: the most candidates run to shrink a
   * failure. Zero reports the original counterexample unshrunk.
   *
   * @param maxShrinks the most shrink attempts, zero or more
   * @return a property like this one with that bound
   * @throws IllegalArgumentException if {@code maxShrinks} is negative
   */
  public Property<T> withMaxShrinks(int maxShrinks) {
    return new Property<>(gen, settings.withMaxShrinks(maxShrinks));
  }

  /**
   * Checks the property, which holds for a value if it returns normally.
   *
   * @param property the property, which fails for a value by throwing an {@link AssertionError}
   *     (as assertions do) or a {@link RuntimeException}
   * @throws PropertyFailure if the property fails for a value, reporting it shrunk
   * @throws GenerationException if the generator cannot produce a value
   */
  public void check(Consumer<? super T> property) {
    checkNotNull(property, "property");
    Runner.run(gen, settings, value -> value,
        value -> Runner.failureOf(() -> property.accept(value)));
  }

  /**
   * Checks the property, which holds for a value if it returns true.
   *
   * @param property the property, which fails for a value by returning false, or by throwing an
   *     {@link AssertionError} or a {@link RuntimeException}
   * @throws PropertyFailure if the property fails for a value, reporting it shrunk
   * @throws GenerationException if the generator cannot produce a value
   */
  public void checkThat(Predicate<? super T> property) {
    checkNotNull(property, "property");
    Runner.run(gen, settings, value -> value,
        value -> Runner.failureOfTest(() -> property.test(value)));
  }
}
