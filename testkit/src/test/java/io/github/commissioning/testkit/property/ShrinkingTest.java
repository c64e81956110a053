package io.github.commissioning.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Shrinking on planted faults: each property is false, the shrunk counterexample must be the
 * simplest one, and the figures (tries to find it, shrink steps and attempts, final size) are
 * printed one line per fault. Each fault is run from a fixed seed, whose figures are asserted,
 * and from {@value #SEEDS} more seeds, each of which must shrink to the same counterexample.
 */
class ShrinkingTest {
  private static final long SEED = 20_240_601L;
  private static final int SEEDS = 50;

  /** A length drawn first and a list of that many elements, each less than the length. */
  record Sized(int n, List<Integer> list) {}

  private static <T> PropertyFailure falsify(Gen<T> gen, Predicate<T> property, long seed) {
    return assertThrows(PropertyFailure.class,
        () -> Property.forAll(gen).withSeed(seed).checkThat(property));
  }

  /**
   * Falsifies the property from the fixed seed and from more seeds, asserts every one shrinks to
   * the expected counterexample, prints the figures and returns the failure of the fixed seed.
   */
  private static <T> PropertyFailure plant(String fault, Gen<T> gen, Predicate<T> property,
      Object expected, Function<Object, Integer> sizeOf) {
    PropertyFailure failure = falsify(gen, property, SEED);
    assertEquals(expected, failure.counterexample(), failure.getMessage());
    int maxTries = 0;
    int maxSteps = 0;
    int maxAttempts = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      PropertyFailure other = falsify(gen, property, seed);
      assertEquals(expected, other.counterexample(), other.getMessage());
      maxTries = Math.max(maxTries, other.tryNumber());
      maxSteps = Math.max(maxSteps, other.shrinkSteps());
      maxAttempts = Math.max(maxAttempts, other.shrinkAttempts());
    }
    System.out.printf("planted fault \"%s\": seed %d found on try %d, shrunk in %d steps"
            + " (%d attempts) from %s to %s, final size %d; over %d more seeds all shrank to"
            + " it, found by try %d at most, in at most %d steps (%d attempts)%n",
        fault, SEED, failure.tryNumber(), failure.shrinkSteps(), failure.shrinkAttempts(),
        failure.original(), failure.counterexample(), sizeOf.apply(failure.counterexample()),
        SEEDS, maxTries, maxSteps, maxAttempts);
    assertTrue(failure.shrinkSteps() > 0, failure.getMessage());
    assertTrue(failure.shrinkAttempts() <= Property.DEFAULT_MAX_SHRINKS);
    assertTrue(maxAttempts <= Property.DEFAULT_MAX_SHRINKS);
    return failure;
  }

  private static int sum(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).sum();
  }

  @Test
  void intBelowAThousandShrinksToExactlyAThousand() {
    PropertyFailure failure = plant("every int in [0,10000] is < 1000",
        Gen.integers(0, 10_000), n -> n < 1000, 1000, n -> 1);
    assertTrue(failure.tryNumber() >= 2 && failure.tryNumber() <= 10, failure.getMessage());
    assertTrue((Integer) failure.original() >= 1000);
  }

  @Test
  void sumOfAListShrinksToASingleElement() {
    PropertyFailure failure = plant("every list of ints in [0,100] has sum < 100",
        Gen.listOf(Gen.integers(0, 100), 0, 20), list -> sum(list) < 100, List.of(100),
        list -> ((List<?>) list).size());
    assertTrue(failure.tryNumber() >= 2 && failure.tryNumber() <= 20, failure.getMessage());
    assertTrue(sum(asInts(failure.original())) >= 100);
  }

  @Test
  void duplicateShrinksToTwoEqualSmallValues() {
    PropertyFailure failure = plant("no list of ints in [0,100] has a duplicate",
        Gen.listOf(Gen.integers(0, 100), 0, 50),
        list -> new HashSet<>(list).size() == list.size(), List.of(0, 0),
        list -> ((List<?>) list).size());
    assertTrue(failure.tryNumber() >= 2 && failure.tryNumber() <= 50, failure.getMessage());
    List<Integer> original = asInts(failure.original());
    assertTrue(new HashSet<>(original).size() < original.size());
  }

  @Test
  void dependentGenerationShrinksToTheMinimalCaseTheGeneratorCanProduce() {
    Gen<Sized> gen = Gen.integers(1, 20)
        .flatMap(n -> Gen.listOf(Gen.integers(0, n - 1), n, n).map(list -> new Sized(n, list)));
    PropertyFailure failure = plant("a list of n elements each < n has none >= 3", gen,
        sized -> sized.list().stream().allMatch(e -> e < 3), new Sized(4, List.of(0, 0, 0, 3)),
        sized -> ((Sized) sized).list().size());
    Sized shrunk = (Sized) failure.counterexample();
    assertEquals(shrunk.n(), shrunk.list().size());
    assertTrue(shrunk.list().stream().allMatch(e -> e >= 0 && e < shrunk.n()));
    Sized original = (Sized) failure.original();
    assertTrue(original.n() > 4, "the original was bigger: " + original);
    assertTrue(failure.tryNumber() >= 2 && failure.tryNumber() <= 10, failure.getMessage());
  }

  @Test
  void lengthPrefixedListLosesElementsFromItsMiddle() {
    // The length is drawn first, so removing an element means lowering the length too.
    plant("a list of a drawn length has no element >= 500",
        Gen.integers(0, 30).flatMap(n -> Gen.listOf(Gen.integers(0, 1000), n, n)),
        list -> list.stream().allMatch(e -> e < 500), List.of(500),
        list -> ((List<?>) list).size());
  }

  @Test
  void pairShrinksAsAWhole() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gen.integers(0, 1000), Gen.integers(0, 1000)).withSeed(SEED)
            .checkThat((a, b) -> a + b < 500));
    List<?> pair = (List<?>) failure.counterexample();
    assertEquals(500, (Integer) pair.get(0) + (Integer) pair.get(1), failure.getMessage());
    assertEquals(List.of(0, 500), pair, failure.getMessage());
  }

  @Test
  void shrinkingRespectsItsBound() {
    PropertyFailure unshrunk = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gen.integers(0, 10_000)).withSeed(SEED).withMaxShrinks(0)
            .checkThat(n -> n < 1000));
    assertEquals(0, unshrunk.shrinkSteps());
    assertEquals(0, unshrunk.shrinkAttempts());
    assertEquals(unshrunk.original(), unshrunk.counterexample());
    PropertyFailure little = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gen.listOf(Gen.integers(0, 100), 0, 50)).withSeed(SEED)
            .withMaxShrinks(5).checkThat(list -> new HashSet<>(list).size() == list.size()));
    assertTrue(little.shrinkAttempts() <= 5);
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> asInts(Object list) {
    return (List<Integer>) list;
  }
}
