package io.github.commissioning.testkit.property;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * A property of pairs of values, made by {@link Property#forAll(Gen, Gen)}. It runs as a
 * {@link Property} does: the pair is generated, shrunk and replayed as a whole, and a failing
 * pair is reported as an unmodifiable list of its two values.
 *
 * <p>This class is immutable and thread-safe if the generators are.
 *
 * @param <A> the type of the first value
 * @param <B> the type of the second value
 */
public final class BiProperty<A, B> {
  private final Gen<A> first;
  private final Gen<B> second;
  private final Settings settings;

  BiProperty(Gen<A> first, Gen<B> second, Settings settings) {
    this.first = checkNotNull(first, "first");
    this.second = checkNotNull(second, "second");
    this.settings = settings;
  }

  /**
   * Returns this property with a fixed seed, as {@link Property#withSeed(long)} does.
   *
   * @param seed the seed, such as one a {@link PropertyFailure} reported
   * @return a property like this one with that seed
   */
  public BiProperty<A, B> withSeed(long seed) {
    return new BiProperty<>(first, second, settings.withSeed(seed));
  }

  /**
   * Returns this property with a number of tries, as {@link Property#withTries(int)} does.
   *
   * @param tries how many pairs to check, at least 1
   * @return a property like this one with that number of tries
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public BiProperty<A, B> withTries(int tries) {
    return new BiProperty<>(first, second, settings.withTries(tries));
  }

  /**
   * Returns this property with a maximum size, as {@link Property#withMaxSize(int)} does.
   *
   * @param maxSize the size of the last try, zero or more
   * @return a property like this one with that maximum size
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public BiProperty<A, B> withMaxSize(int maxSize) {
    return new BiProperty<>(first, second, settings.withMaxSize(maxSize));
  }

  /**
   * Returns this property with a bound on shrinking, as {@link Property#withMaxShrinks(int)}
   * does.
   *
   * @param maxShrinks the most shrink attempts, zero or more
   * @return a property like this one with that bound
   * @throws IllegalArgumentException if {@code maxShrinks} is negative
   */
  public BiProperty<A, B> withMaxShrinks(int maxShrinks) {
    return new BiProperty<>(first, second, settings.withMaxShrinks(maxShrinks));
  }

  /**
   * Checks the property, which holds for a pair if it returns normally.
   *
   * @param property the property, which fails for a pair by throwing an {@link AssertionError}
   *     or a {@link RuntimeException}
   * @throws PropertyFailure if the property fails for a pair, reporting it shrunk
   * @throws GenerationException if a generator cannot produce a value
   */
  public void check(BiConsumer<? super A, ? super B> property) {
    checkNotNull(property, "property");
    Runner.run(pairs(), settings, Pair::toList,
        pair -> Runner.failureOf(() -> property.accept(pair.first(), pair.second())));
  }

  /**
   * Checks the property, which holds for a pair if it returns true.
   *
   * @param property the property, which fails for a pair by returning false, or by throwing an
   *     {@link AssertionError} or a {@link RuntimeException}
   * @throws PropertyFailure if the property fails for a pair, reporting it shrunk
   * @throws GenerationException if a generator cannot produce a value
   */
  public void checkThat(BiPredicate<? super A, ? super B> property) {
    checkNotNull(property, "property");
    Runner.run(pairs(), settings, Pair::toList,
        pair -> Runner.failureOfTest(() -> property.test(pair.first(), pair.second())));
  }

  private Gen<Pair<A, B>> pairs() {
    return source -> new Pair<>(first.generate(source), second.generate(source));
  }

  private record Pair<A, B>(A first, B second) {
    List<Object> toList() {
      // Arrays.asList, not List.of: a generator may produce null, which must not hide a failure.
      return Collections.unmodifiableList(Arrays.asList(first, second));
    }
  }
}
