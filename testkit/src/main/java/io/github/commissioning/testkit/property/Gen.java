package io.github.commissioning.testkit.property;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A generator: a plain function from a {@link Source} of recorded random choices to a value.
 *
 * <p>Every generator here maps choice zero to its simplest value: the lower bound of a range,
 * the first of some elements, {@code false}, the shortest list. Generators built from them with
 * {@link #map}, {@link #flatMap} and {@link #filter} inherit that order, which is what lets a
 * {@link Property} shrink any failing value by shrinking the choices that made it, with no
 * shrinker written for any type. A generator may also be written directly as a lambda that draws
 * from the source and calls other generators.
 *
 * <p>A generator must be deterministic: given the same choices at the same size it must return
 * an equal value, so it may draw only from its source, never from another random number
 * generator, the clock or the order of a hash table.
 *
 * <p>The generators returned by this interface are immutable and thread-safe; each
 * {@link Source} is not.
 *
 * @param <T> the type of value generated
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Generates a value, drawing every random choice from the source.
   *
   * @param source where to draw choices from
   * @return a value
   * @throws GenerationException if no value can be generated from this source
   */
  T generate(Source source);

  /**
   * Returns a generator of the values of this one transformed by a function.
   *
   * @param <R> the type of the transformed values
   * @param mapper the transformation; it must be deterministic
   * @return a generator of transformed values, which shrink as this generator's values do
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    checkNotNull(mapper, "mapper");
    return source -> mapper.apply(generate(source));
  }

  /**
   * Returns a generator that draws a value of this one, then generates from the generator that
   * value chooses: dependent generation. Shrinking works through it, and every shrunk value is
   * still one this pair of generators could produce.
   *
   * @param <R> the type of the final values
   * @param mapper chooses the next generator from a value of this one; it must be deterministic
   * @return a generator of the final values
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    checkNotNull(mapper, "mapper");
    return source -> mapper.apply(generate(source)).generate(source);
  }

  /**
   * Returns a generator of the values of this one that satisfy a predicate, found by generating
   * again until one does, at most a given number of times.
   *
   * <p>Filtering wastes choices and time; prefer generating only valid values where that is
   * easy, and keep the filter for conditions that most values already satisfy.
   *
   * @param predicate the condition every generated value must satisfy
   * @param maxTries how many values to try for each one returned, at least 1
   * @return a generator of values satisfying the predicate, which throws a
   *     {@link GenerationException} naming the number of tries if none of them satisfied it
   * @throws IllegalArgumentException if {@code maxTries} is less than 1
   */
  default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
    checkNotNull(predicate, "predicate");
    checkArgument(maxTries >= 1, "maxTries must be at least 1, not %s", maxTries);
    return source -> {
      for (int i = 0; i < maxTries; i++) {
        T value = generate(source);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new GenerationException("filter rejected all " + maxTries + " values it tried;"
          + " generate valid values directly, or allow more tries");
    };
  }

  /**
   * Returns this generator as a function of a {@link Random}, at the
   * {@linkplain Source#DEFAULT_SIZE default size}, so that another property engine can use it.
   * Each call takes one {@code long} from the random as the seed of a new {@link Source}.
   *
   * @return a function from a random to a value, deterministic for a seeded random
   */
  default Function<Random, T> asFunction() {
    return asFunction(Source.DEFAULT_SIZE);
  }

  /**
   * Returns this generator as a function of a {@link Random} at a given size, so that another
   * property engine can use it. Each call takes one {@code long} from the random as the seed of a
   * new {@link Source}.
   *
   * @param size how big the values generated should be, zero or more
   * @return a function from a random to a value, deterministic for a seeded random
   * @throws IllegalArgumentException if the size is negative
   */
  default Function<Random, T> asFunction(int size) {
    checkArgument(size >= 0, "size must be zero or more, not %s", size);
    return random -> generate(Source.seeded(random.nextLong(), size));
  }

  /**
   * Returns a generator that always gives the same value and draws nothing.
   *
   * @param <T> the type of the value
   * @param value the value
   * @return a generator of that value alone
   */
  static <T> Gen<T> constant(T value) {
    checkNotNull(value, "value");
    return source -> value;
  }

  /**
   * Returns a generator of integers in a range, uniformly distributed, that shrinks towards the
   * lower bound.
   *
   * @param min the least value, which choice zero gives
   * @param max the greatest value, at least {@code min}
   * @return a generator of integers from {@code min} to {@code max}, both inclusive
   * @throws IllegalArgumentException if {@code max} is less than {@code min}
   */
  static Gen<Integer> integers(int min, int max) {
    checkArgument(min <= max, "min %s must not exceed max %s", min, max);
    long span = (long) max - min;
    return source -> (int) (min + source.draw(span));
  }

  /**
   * Returns a generator of longs in a range, uniformly distributed (very nearly so for ranges
   * wider than {@link Long#MAX_VALUE}, which take two choices), that shrinks towards the lower
   * bound.
   *
   * @param min the least value, which choice zero gives
   * @param max the greatest value, at least {@code min}
   * @return a generator of longs from {@code min} to {@code max}, both inclusive
   * @throws IllegalArgumentException if {@code max} is less than {@code min}
   */
  static Gen<Long> longs(long min, long max) {
    checkArgument(min <= max, "min %s must not exceed max %s", min, max);
    long span = max - min; // unsigned
    if (span >= 0) {
      return source -> min + source.draw(span);
    }
    long highMax = span >>> 32;
    long lowMaxAtTop = span & 0xFFFF_FFFFL;
    return source -> {
      long high = source.draw(highMax);
      long low = source.draw(high == highMax ? lowMaxAtTop : 0xFFFF_FFFFL);
      return min + ((high << 32) | low);
    };
  }

  /**
   * Returns a generator of booleans, each equally likely, that shrinks towards {@code false}.
   *
   * @return a generator of booleans
   */
  static Gen<Boolean> booleans() {
    return source -> source.draw(1) == 1;
  }

  /**
   * Returns a generator of elements of a list, each equally likely, that shrinks towards the
   * first.
   *
   * @param <T> the type of the elements
   * @param values the elements, at least one; the list is copied
   * @return a generator of those elements
   * @throws IllegalArgumentException if the list is empty
   */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    checkArgument(!copy.isEmpty(), "elements needs at least one value");
    return source -> copy.get(source.drawInt(copy.size() - 1));
  }

  /**
   * Returns a generator of some values, each equally likely, that shrinks towards the first.
   *
   * @param <T> the type of the values
   * @param values the values, at least one
   * @return a generator of those values
   * @throws IllegalArgumentException if no value is given
   */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T element : values) {
      list.add(element);
    }
    return elements(list);
  }

  /**
   * Returns a generator that picks one of some generators, each equally likely, and generates
   * from it; it shrinks towards the first.
   *
   * @param <T> the type of value generated
   * @param gens the generators, at least one
   * @return a generator choosing among them
   * @throws IllegalArgumentException if no generator is given
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> list = new ArrayList<>(gens.length);
    for (Gen<? extends T> element : gens) {
      list.add(element);
    }
    return oneOf(list);
  }

  /**
   * Returns a generator that picks one of some generators, each equally likely, and generates
   * from it; it shrinks towards the first.
   *
   * @param <T> the type of value generated
   * @param gens the generators, at least one; the list is copied
   * @return a generator choosing among them
   * @throws IllegalArgumentException if the list is empty
   */
  static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
    List<? extends Gen<? extends T>> copy = List.copyOf(gens);
    checkArgument(!copy.isEmpty(), "oneOf needs at least one generator");
    return source -> copy.get(source.drawInt(copy.size() - 1)).generate(source);
  }

  /**
   * Returns a generator that picks one of some generators with a chance proportional to its
   * weight, and generates from it; it shrinks towards the first generator of positive weight. A
   * generator of weight zero is never picked.
   *
   * @param <T> the type of value generated
   * @param choices the weighted generators, at least one of positive weight
   * @return a generator choosing among them by weight
   * @throws IllegalArgumentException if no weight is positive
   */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> list = new ArrayList<>(choices.length);
    for (Weighted<? extends T> element : choices) {
      list.add(element);
    }
    return frequency(list);
  }

  /**
   * Returns a generator that picks one of some generators with a chance proportional to its
   * weight, and generates from it; it shrinks towards the first generator of positive weight. A
   * generator of weight zero is never picked.
   *
   * @param <T> the type of value generated
   * @param choices the weighted generators, at least one of positive weight; the list is copied
   * @return a generator choosing among them by weight
   * @throws IllegalArgumentException if no weight is positive
   */
  static <T> Gen<T> frequency(List<? extends Weighted<? extends T>> choices) {
    List<Gen<? extends T>> gens = new ArrayList<>();
    List<Long> upTo = new ArrayList<>();
    long total = 0;
    for (Weighted<? extends T> choice : choices) {
      if (choice.weight() > 0) {
        total += choice.weight();
        gens.add(choice.gen());
        upTo.add(total);
      }
    }
    checkArgument(total > 0, "frequency needs at least one positive weight");
    long maxChoice = total - 1;
    return source -> {
      long choice = source.draw(maxChoice);
      int index = 0;
      while (choice >= upTo.get(index)) {
        index++;
      }
      return gens.get(index).generate(source);
    };
  }

  /**
   * Returns a generator of lists whose elements come from another generator. The length lies
   * between the bounds, averages about half the {@linkplain Source#size() size} (less the
   * minimum), and shrinks towards the minimum; elements shrink as their generator's values do,
   * and can be removed from anywhere in the list.
   *
   * @param <T> the type of the elements
   * @param element the generator of each element
   * @param minSize the least length, zero or more
   * @param maxSize the greatest length, at least {@code minSize}
   * @return a generator of unmodifiable lists
   * @throws IllegalArgumentException if a bound is negative or {@code maxSize} is less than
   *     {@code minSize}
   */
  static <T> Gen<List<T>> listOf(Gen<? extends T> element, int minSize, int maxSize) {
    checkNotNull(element, "element");
    checkSizes(minSize, maxSize);
    return source -> {
      List<T> list = new ArrayList<>();
      double more = Sizes.continuation(source.size(), maxSize - minSize);
      while (list.size() < minSize || (list.size() < maxSize && source.drawBoolean(more))) {
        list.add(element.generate(source));
      }
      return Collections.unmodifiableList(list);
    };
  }

  /**
   * Returns a generator of sets whose elements come from another generator, in the order first
   * generated. The size lies between the bounds, averages about half the
   * {@linkplain Source#size() size} (less the minimum), and shrinks towards the minimum. An
   * element equal to one already in the set is generated again, at most 100 times in a row; then
   * the set is complete if it has reached the minimum size.
   *
   * @param <T> the type of the elements
   * @param element the generator of each element
   * @param minSize the least size, zero or more
   * @param maxSize the greatest size, at least {@code minSize}
   * @return a generator of unmodifiable sets, which throws a {@link GenerationException} when it
   *     cannot find {@code minSize} distinct elements
   * @throws IllegalArgumentException if a bound is negative or {@code maxSize} is less than
   *     {@code minSize}
   */
  static <T> Gen<Set<T>> setOf(Gen<? extends T> element, int minSize, int maxSize) {
    checkNotNull(element, "element");
    checkSizes(minSize, maxSize);
    return source -> {
      Set<T> set = new LinkedHashSet<>();
      double more = Sizes.continuation(source.size(), maxSize - minSize);
      while (set.size() < minSize || (set.size() < maxSize && source.drawBoolean(more))) {
        int tries = 0;
        while (!set.add(element.generate(source))) {
          if (++tries == Sizes.DUPLICATE_TRIES) {
            if (set.size() >= minSize) {
              return Collections.unmodifiableSet(set);
            }
            throw new GenerationException("setOf found only " + set.size() + " distinct elements"
                + " of the " + minSize + " required: " + tries + " elements in a row were"
                + " duplicates");
          }
        }
      }
      return Collections.unmodifiableSet(set);
    };
  }

  /**
   * Returns a generator that asks a function for a generator suited to the
   * {@linkplain Source#size() size} of the source, which the runner grows from try to try.
   *
   * @param <T> the type of value generated
   * @param gen gives the generator for a size
   * @return a generator whose values grow with the size
   */
  static <T> Gen<T> sized(IntFunction<? extends Gen<? extends T>> gen) {
    checkNotNull(gen, "gen");
    return source -> gen.apply(source.size()).generate(source);
  }

  private static void checkSizes(int minSize, int maxSize) {
    checkArgument(minSize >= 0, "minSize must be zero or more, not %s", minSize);
    checkArgument(minSize <= maxSize, "minSize %s must not exceed maxSize %s", minSize, maxSize);
  }
}
