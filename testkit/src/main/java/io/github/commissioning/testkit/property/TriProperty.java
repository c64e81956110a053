package io.github.commissioning.testkit.property;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A property of triples of values, made by {@link Property#forAll(Gen, Gen, Gen)}. It runs as a
 * {@link Property} does: the triple is generated, shrunk and replayed as a whole, and a failing
 * triple is reported as an unmodifiable list of its three values.
 *
 * <p>This class is immutable and thread-safe if the generators are.
 *
 * @param <A> the type of the first value
 * @param <B> the type of the second value
 * @param <C> the type of the third value
 */
public final class TriProperty<A, B, C> {
  private final Gen<A> first;
  private final Gen<B> second;
  private final Gen<C> third;
  private final Settings settings;

  TriProperty(Gen<A> first, Gen<B> second, Gen<C> third, Settings settings) {
    this.first = checkNotNull(first, "first");
    this.second = checkNotNull(second, "second");
    this.third = checkNotNull(third, "third");
    this.settings = settings;
  }

  /**
   * An operation on three values that returns nothing: a property that fails by throwing.
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   */
  @FunctionalInterface
  public interface TriConsumer<A, B, C> {
    /**
     * Performs the operation.
     *
     * @param first the first value
     * @param second the second value
     * @param third the third value
     */
    void accept(A first, B second, C third);
  }

  /**
   * A condition on three values.
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   */
  @FunctionalInterface
  public interface TriPredicate<A, B, C> {
    /**
     * Tests the condition.
     *
     * @param first the first value
     * @param second the second value
     * @param third the third value
     * @return whether the values satisfy the condition
     */
    boolean test(A first, B second, C third);
  }

  /**
   * Returns this property with a fixed seed, as {@link Property#withSeed(long)} does.
   *
   * @param seed the seed, such as one a {@link PropertyFailure} reported
   * @return a property like this one with that seed
   */
  public TriProperty<A, B, C> withSeed(long seed) {
    return new TriProperty<>(first, second, third, settings.withSeed(seed));
  }

  /**
   * Returns this property with a number of tries, as {@link Property#withTries(int)} does.
   *
   * @param tries how many triples to check, at least 1
   * @return a property like this one with that number of tries
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public TriProperty<A, B, C> withTries(int tries) {
    return new TriProperty<>(first, second, third, settings.withTries(tries));
  }

  /**
   * Returns this property with a maximum size, as {@link Property#withMaxSize(int)} does.
   *
   * @param maxSize the size of the last try, zero or more
   * @return a property like this one with that maximum size
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public TriProperty<A, B, C> withMaxSize(int maxSize) {
    return new TriProperty<>(first, second, third, settings.withMaxSize(maxSize));
  }

  /**
   * Returns this property with a bound on shrinking, as {@link Property#withMaxShrinks(int)}
   * does.
   *
   * @param maxShrinks the most shrink attempts, zero or more
   * @return a property like this one with that bound
   * @throws IllegalArgumentException if {@code maxShrinks} is negative
   */
  public TriProperty<A, B, C> withMaxShrinks(int maxShrinks) {
    return new TriProperty<>(first, second, third, settings.withMaxShrinks(maxShrinks));
  }

  /**
   * Checks the property, which holds for a triple if it returns normally.
   *
   * @param property the property, which fails for a triple by throwing an {@link AssertionError}
   *     or a {@link RuntimeException}
   * @throws PropertyFailure if the property fails for a triple, reporting it shrunk
   * @throws GenerationException if a generator cannot produce a value
   */
  public void check(TriConsumer<? super A, ? super B, ? super C> property) {
    checkNotNull(property, "property");
    Runner.run(triples(), settings, Triple::toList, triple -> Runner.failureOf(
        () -> property.accept(triple.first(), triple.second(), triple.third())));
  }

  /**
   * Checks the property, which holds for a triple if it returns true.
   *
   * @param property the property, which fails for a triple by returning false, or by throwing
   *     an {@link AssertionError} or a {@link RuntimeException}
   * @throws PropertyFailure if the property fails for a triple, reporting it shrunk
   * @throws GenerationException if a generator cannot produce a value
   */
  public void checkThat(TriPredicate<? super A, ? super B, ? super C> property) {
    checkNotNull(property, "property");
    Runner.run(triples(), settings, Triple::toList, triple -> Runner.failureOfTest(
        () -> property.test(triple.first(), triple.second(), triple.third())));
  }

  private Gen<Triple<A, B, C>> triples() {
    return source -> new Triple<>(
        first.generate(source), second.generate(source), third.generate(source));
  }

  private record Triple<A, B, C>(A first, B second, C third) {
    List<Object> toList() {
      return Collections.unmodifiableList(Arrays.asList(first, second, third));
    }
  }
}
