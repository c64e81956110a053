package io.github.commissioning.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The shrinker's passes, each from a hand-made failing choice sequence. */
class ShrinkerTest {

  private static <T> Shrinker<T> shrinker(Gen<T> gen, Function<T, @Nullable Throwable> test,
      long... choices) {
    Source source = Source.replaying(Choices.of(choices), 100);
    T value = gen.generate(source);
    Throwable failure = test.apply(value);
    assertTrue(failure != null, "the hand-made example must fail: " + value);
    return new Shrinker<>(gen, 100, test, Property.DEFAULT_MAX_SHRINKS,
        new Shrinker.Example<>(source.choices(), value, failure));
  }

  private static <T> Function<T, @Nullable Throwable> failsWhen(
      Predicate<T> condition) {
    return value -> condition.test(value) ? new AssertionError(value) : null;
  }

  @Test
  void lengthDrawnFirstShrinksByDecrementingItWhileDeleting() {
    // Lowering the length alone drops the big last element; deleting an element alone leaves
    // the length as it was. Only both together shrink it.
    Gen<List<Integer>> gen =
        Gen.integers(0, 30).flatMap(n -> Gen.listOf(Gen.integers(0, 1000), n, n));
    Shrinker<List<Integer>> shrinker = shrinker(gen,
        failsWhen(list -> list.stream().anyMatch(e -> e >= 500)), 5, 1, 2, 3, 4, 900);
    Shrinker.Example<List<Integer>> shrunk = shrinker.shrink();
    assertEquals(List.of(500), shrunk.value());
    assertEquals(Choices.of(1, 500), shrunk.choices());
    assertTrue(shrinker.steps() > 0 && shrinker.attempts() <= Property.DEFAULT_MAX_SHRINKS);
  }

  @Test
  void equalChoicesAreLoweredTogether() {
    Gen<List<Integer>> gen = Gen.listOf(Gen.integers(0, 100), 0, 10);
    // [1, 1] as flag 1, element 1, flag 1, element 1, flag 0: lowering any one choice passes
    Shrinker<List<Integer>> shrinker = shrinker(gen,
        failsWhen(list -> list.size() != Set.copyOf(list).size()), 1, 1, 1, 1, 0);
    assertEquals(List.of(0, 0), shrinker.shrink().value());
  }

  @Test
  void valueMovesBetweenChoicesToShrinkASum() {
    Gen<List<Integer>> gen = Gen.listOf(Gen.integers(0, 100), 0, 10);
    Shrinker<List<Integer>> shrinker = shrinker(gen,
        failsWhen(list -> list.stream().mapToInt(Integer::intValue).sum() >= 100),
        1, 50, 1, 50, 1, 50, 0);
    assertEquals(List.of(100), shrinker.shrink().value());
  }

  @Test
  void outOfOrderChoicesAreSwapped() {
    Gen<List<Integer>> gen = Gen.listOf(Gen.integers(0, 9), 3, 3);
    Shrinker<List<Integer>> shrinker = shrinker(gen, failsWhen(list -> list.contains(7)), 7, 0, 0);
    assertEquals(List.of(0, 0, 7), shrinker.shrink().value());
  }

  @Test
  void everyAcceptedCandidateIsSmallerAndTheBudgetHolds() {
    Gen<List<List<Integer>>> gen =
        Gen.listOf(Gen.listOf(Gen.integers(0, 1000), 0, 10), 0, 10);
    Source source = Source.seeded(5L, 100);
    List<List<Integer>> value = gen.generate(source);
    Function<List<List<Integer>>, @Nullable Throwable> test = failsWhen(lists -> true);
    Shrinker<List<List<Integer>>> shrinker = new Shrinker<>(gen, 100, test, 40,
        new Shrinker.Example<>(source.choices(), value, new AssertionError()));
    Shrinker.Example<List<List<Integer>>> shrunk = shrinker.shrink();
    assertTrue(shrunk.choices().isSmallerThan(source.choices()) || value.isEmpty());
    assertTrue(shrinker.attempts() <= 40);
    assertEquals(shrunk.value(), gen.generate(Source.replaying(shrunk.choices(), 100)));
  }
}
