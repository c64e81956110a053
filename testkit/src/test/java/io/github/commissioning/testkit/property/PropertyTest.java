package io.github.commissioning.testkit.property;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PropertyTest {
  private static final Gen<List<Integer>> LISTS = Gen.listOf(Gen.integers(0, 100), 0, 20);

  private static int sum(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).sum();
  }

  private static PropertyFailure sumBelow100(Property<List<Integer>> property) {
    return assertThrows(PropertyFailure.class, () -> property.check(list -> {
      if (sum(list) >= 100) {
        throw new AssertionFailedError("sum " + sum(list) + " of " + list + " is not below 100");
      }
    }));
  }

  @Test
  void failureReportsSeedTryCounterexampleStepsOriginalAndShrunkFailure() {
    PropertyFailure failure = sumBelow100(Property.forAll(LISTS).withSeed(8_675_309L));
    String message = failure.getMessage();
    System.out.println(message);
    assertInstanceOf(AssertionFailedError.class, failure);
    assertEquals(8_675_309L, failure.seed());
    assertTrue(message.contains("seed 8675309"), message);
    assertTrue(message.contains("try " + failure.tryNumber() + " of 100"), message);
    assertTrue(message.contains("counterexample: [100]"), message);
    assertTrue(message.contains(failure.shrinkSteps() + " steps"), message);
    assertTrue(message.contains("original: " + failure.original()), message);
    assertTrue(message.contains("failure: " + failure.getCause()), message);
    assertTrue(message.contains("sum 100 of [100] is not below 100"), message);
    assertTrue(message.contains("-Dcommissioning.seed=8675309"), message);
    assertEquals(List.of(100), failure.counterexample());
    assertEquals(100, failure.tries());
    assertTrue(failure.shrinkSteps() > 0);
    assertNotEquals(failure.original(), failure.counterexample());
    // the cause is the failure of the shrunk case, the original's is suppressed
    assertTrue(failure.getCause().getMessage().contains("of [100]"));
    assertEquals(1, failure.getSuppressed().length);
    assertTrue(failure.getSuppressed()[0].getMessage().contains("of " + failure.original()));
    // the shrunk choices replay the counterexample
    assertEquals(List.of(100), LISTS.generate(Source.replaying(failure.choices(), failure.size())));
  }

  @Test
  void reportedSeedReplaysTheSameOriginalCounterexample() {
    PropertyFailure first = sumBelow100(Property.forAll(LISTS));
    PropertyFailure replayed = sumBelow100(Property.forAll(LISTS).withSeed(first.seed()));
    assertEquals(first.original(), replayed.original());
    assertEquals(first.tryNumber(), replayed.tryNumber());
    assertEquals(first.counterexample(), replayed.counterexample());
    assertEquals(first.shrinkSteps(), replayed.shrinkSteps());
    assertEquals(first.getMessage(), replayed.getMessage());
  }

  @Test
  void seedIsRandomByDefault() {
    Set<Long> seeds = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      seeds.add(assertThrows(PropertyFailure.class,
          () -> Property.forAll(Gen.integers(0, 10)).checkThat(n -> false)).seed());
    }
    assertTrue(seeds.size() > 1, seeds.toString());
  }

  @Test
  void systemPropertiesGiveSeedAndTries() {
    withSystemProperty(Property.SEED_PROPERTY, "4242", () -> {
      PropertyFailure failure = sumBelow100(Property.forAll(LISTS));
      assertEquals(4242L, failure.seed());
      assertTrue(failure.getMessage().contains("-Dcommissioning.seed=4242"), failure.getMessage());
      // a seed given in code comes first
      assertEquals(7L, sumBelow100(Property.forAll(LISTS).withSeed(7L)).seed());
      return null;
    });
    withSystemProperty(Property.TRIES_PROPERTY, "17", () -> {
      assertEquals(17, countTries(Property.forAll(Gen.integers(0, 9))));
      assertEquals(3, countTries(Property.forAll(Gen.integers(0, 9)).withTries(3)));
      return null;
    });
    withSystemProperty(Property.SEED_PROPERTY, "not a number", () -> assertThrows(
        IllegalArgumentException.class, () -> Property.forAll(LISTS).check(list -> { })));
  }

  private static int countTries(Property<Integer> property) {
    int[] count = {0};
    property.check(n -> count[0]++);
    return count[0];
  }

  private static <T> T withSystemProperty(String name, String value, Supplier<T> action) {
    String previous = System.getProperty(name);
    System.setProperty(name, value);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, previous);
      }
    }
  }

  @Test
  void holdingPropertyRunsEveryTryAtGrowingSizes() {
    List<Integer> sizes = new ArrayList<>();
    Property.forAll(Gen.sized(Gen::constant)).check(sizes::add);
    assertEquals(Property.DEFAULT_TRIES, sizes.size());
    assertEquals(0, sizes.get(0));
    assertEquals(Property.DEFAULT_MAX_SIZE, sizes.get(sizes.size() - 1));
    for (int i = 1; i < sizes.size(); i++) {
      assertTrue(sizes.get(i) >= sizes.get(i - 1), sizes.toString());
    }
    List<Integer> small = new ArrayList<>();
    Property.forAll(Gen.sized(Gen::constant)).withTries(11).withMaxSize(10).check(small::add);
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), small);
    assertDoesNotThrow(() -> Property.forAll(LISTS).checkThat(list -> list.size() <= 20));
  }

  @Test
  void runtimeExceptionIsAFailureAndOtherErrorsPassThrough() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(LISTS).withSeed(3L).check(list -> list.get(0)));
    assertInstanceOf(IndexOutOfBoundsException.class, failure.getCause());
    assertEquals(List.of(), failure.counterexample());
    assertEquals(1, failure.tryNumber());
    Error error = new Error("not a failure of the property");
    assertSame(error, assertThrows(Error.class,
        () -> Property.forAll(LISTS).check(list -> {
          throw error;
        })));
  }

  @Test
  void generatorFailureIsReportedWithItsSeedNotShrunk() {
    Gen<Integer> broken = Gen.integers(0, 9).map(n -> {
      if (n > 5) {
        throw new IllegalStateException("broken generator");
      }
      return n;
    });
    GenerationException e = assertThrows(GenerationException.class,
        () -> Property.forAll(broken).withSeed(11L).check(n -> { }));
    assertTrue(e.getMessage().contains("seed 11") && e.getMessage().contains("broken generator"),
        e.getMessage());
  }

  @Test
  void minimalChoicesThatGiveNoValueAreSkipped() {
    // all-zero choices give the same element every time: no set of three
    Set<Set<Integer>> sets = new HashSet<>();
    Property.forAll(Gen.setOf(Gen.integers(0, 9), 3, 5)).withTries(20).check(sets::add);
    assertTrue(sets.stream().allMatch(set -> set.size() >= 3));
  }

  @Test
  void pairsAndTriples() {
    Property.forAll(Gen.integers(-100, 100), Gen.integers(-100, 100))
        .checkThat((a, b) -> a + b == b + a);
    Property.forAll(Gen.integers(-100, 100), Gen.integers(-100, 100), Gen.integers(-100, 100))
        .check((a, b, c) -> assertEquals((a + b) + c, a + (b + c)));
    PropertyFailure pair = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gen.integers(0, 100), LISTS).withSeed(5L).withTries(50)
            .check((n, list) -> assertTrue(list.size() < 3 || n < 10)));
    assertEquals(List.of(10, List.of(0, 0, 0)), pair.counterexample(), pair.getMessage());
    PropertyFailure triple = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gen.integers(0, 100), Gen.integers(0, 100), Gen.booleans())
            .withSeed(5L).withMaxSize(10).withMaxShrinks(500)
            .checkThat((a, b, flag) -> !flag || a < b));
    assertEquals(List.of(0, 0, true), triple.counterexample(), triple.getMessage());
  }

  @Test
  void refusesBadSettings() {
    Property<Integer> property = Property.forAll(Gen.integers(0, 1));
    assertThrows(IllegalArgumentException.class, () -> property.withTries(0));
    assertThrows(IllegalArgumentException.class, () -> property.withMaxSize(-1));
    assertThrows(IllegalArgumentException.class, () -> property.withMaxShrinks(-1));
  }
}
