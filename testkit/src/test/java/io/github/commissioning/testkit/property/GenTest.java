package io.github.commissioning.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GenTest {
  private static final int TRIES = 5_000;

  /** Generates thousands of values from many seeds at sizes from 0 to 100, checking each. */
  private static <T> void forThousands(Gen<T> gen, Consumer<T> check) {
    for (int i = 0; i < TRIES; i++) {
      check.accept(gen.generate(Source.seeded(i * 1_000_003L, i % 101)));
    }
  }

  /** Returns the value the all-zero choices give: the first a property tries. */
  private static <T> T minimal(Gen<T> gen) {
    return gen.generate(Source.replaying(Choices.of(), 0));
  }

  @Test
  void sameSeedGivesSameValues() {
    Gen<List<Integer>> gen = Gen.listOf(Gen.integers(-50, 50), 0, 30);
    List<List<Integer>> first = new ArrayList<>();
    List<List<Integer>> second = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      first.add(gen.generate(Source.seeded(i, i % 60)));
      second.add(gen.generate(Source.seeded(i, i % 60)));
    }
    assertEquals(first, second);
    assertTrue(new HashSet<>(first).size() > 150, "different seeds give different values");
  }

  @Test
  void replayingRecordedChoicesGivesAnEqualValue() {
    Gen<Object> gen = Gen.oneOf(
        Gen.listOf(Gen.elements("a", "b", "c"), 1, 10).map(Object.class::cast),
        Gen.setOf(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), 0, 5).map(Object.class::cast),
        Gen.integers(1, 8).flatMap(n -> Gen.listOf(Gen.booleans(), n, n)).map(Object.class::cast));
    for (int i = 0; i < 2_000; i++) {
      Source source = Source.seeded(i, 50);
      Object value = gen.generate(source);
      Source replay = Source.replaying(source.choices(), 50);
      assertEquals(value, gen.generate(replay));
      assertEquals(source.choices(), replay.choices());
    }
  }

  @Test
  void integersStayInBoundsAndReachBoth() {
    Set<Integer> seen = new HashSet<>();
    forThousands(Gen.integers(5, 9), n -> {
      assertTrue(n >= 5 && n <= 9, "out of range: " + n);
      seen.add(n);
    });
    assertEquals(Set.of(5, 6, 7, 8, 9), seen);
    forThousands(Gen.integers(Integer.MIN_VALUE, Integer.MAX_VALUE), n -> { });
    forThousands(Gen.integers(-3, -3), n -> assertEquals(-3, n));
    assertThrows(IllegalArgumentException.class, () -> Gen.integers(2, 1));
  }

  @Test
  void longsStayInBoundsEvenAcrossTheWholeRange() {
    forThousands(Gen.longs(-10L, 10L), n -> assertTrue(n >= -10 && n <= 10, "out: " + n));
    forThousands(Gen.longs(Long.MAX_VALUE - 3, Long.MAX_VALUE),
        n -> assertTrue(n >= Long.MAX_VALUE - 3, "out: " + n));
    forThousands(Gen.longs(-5L, Long.MAX_VALUE), n -> assertTrue(n >= -5, "out: " + n));
    Set<Boolean> signs = new HashSet<>();
    forThousands(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), n -> signs.add(n < 0));
    assertEquals(Set.of(true, false), signs);
    assertEquals(Long.MIN_VALUE, minimal(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE)));
    Gen<Long> wide = Gen.longs(-2L, Long.MAX_VALUE);
    assertEquals(Long.MAX_VALUE,
        wide.generate(Source.replaying(Choices.of(Long.MAX_VALUE, Long.MAX_VALUE), 0)));
  }

  @Test
  void listsStayWithinSizeBoundsAndGrowWithSize() {
    forThousands(Gen.listOf(Gen.integers(0, 3), 2, 7), list -> {
      assertTrue(list.size() >= 2 && list.size() <= 7, "size " + list.size());
      list.forEach(n -> assertTrue(n >= 0 && n <= 3));
    });
    Gen<List<Integer>> lists = Gen.listOf(Gen.integers(0, 3), 0, 1_000);
    double small = averageSize(lists, 4);
    double large = averageSize(lists, 100);
    assertTrue(small < 5 && large > 30 && large < 70, small + " then " + large);
    assertEquals(0, averageSize(lists, 0));
  }

  private static double averageSize(Gen<List<Integer>> gen, int size) {
    int total = 0;
    for (int i = 0; i < 1_000; i++) {
      total += gen.generate(Source.seeded(i, size)).size();
    }
    return total / 1_000.0;
  }

  @Test
  void setsAreDistinctAndWithinSizeBounds() {
    forThousands(Gen.setOf(Gen.integers(0, 20), 3, 8), set -> {
      assertTrue(set.size() >= 3 && set.size() <= 8, "size " + set.size());
      set.forEach(n -> assertTrue(n >= 0 && n <= 20));
    });
    // every distinct element of a small domain
    forThousands(Gen.setOf(Gen.integers(0, 4), 5, 5), set -> assertEquals(Set.of(0, 1, 2, 3, 4), set));
    // a domain too small for the minimum size
    assertThrows(GenerationException.class,
        () -> Gen.setOf(Gen.integers(0, 2), 4, 4).generate(Source.seeded(1L)));
    // a domain too small for the maximum size stops at what it can find
    forThousands(Gen.setOf(Gen.booleans(), 0, 10), set -> assertTrue(set.size() <= 2));
  }

  @Test
  void elementsComeFromTheGivenOnes() {
    List<String> letters = List.of("x", "y", "z");
    Set<String> seen = new HashSet<>();
    forThousands(Gen.elements(letters), letter -> {
      assertTrue(letters.contains(letter), letter);
      seen.add(letter);
    });
    assertEquals(Set.copyOf(letters), seen);
    assertEquals("x", minimal(Gen.elements(letters)));
    assertThrows(IllegalArgumentException.class, () -> Gen.elements(List.of()));
  }

  @Test
  void oneOfUsesEveryGenerator() {
    Set<String> seen = new HashSet<>();
    forThousands(Gen.oneOf(Gen.constant("a"), Gen.constant("b"), Gen.elements("c", "d")),
        seen::add);
    assertEquals(Set.of("a", "b", "c", "d"), seen);
    assertEquals("a", minimal(Gen.oneOf(Gen.constant("a"), Gen.constant("b"))));
  }

  @Test
  void frequencyFollowsWeightsAndNeverPicksWeightZero() {
    Gen<String> gen = Gen.frequency(Weighted.of(0, Gen.constant("never")),
        Weighted.of(1, Gen.constant("rare")), Weighted.of(9, Gen.constant("common")),
        Weighted.of(0, Gen.constant("not either")));
    int[] rare = {0};
    forThousands(gen, value -> {
      assertTrue(value.equals("rare") || value.equals("common"), value);
      rare[0] += value.equals("rare") ? 1 : 0;
    });
    assertTrue(rare[0] > TRIES / 20 && rare[0] < TRIES / 5, "rare " + rare[0]);
    // even replaying arbitrary choices
    for (long choice = 0; choice < 20; choice++) {
      String value = gen.generate(Source.replaying(Choices.of(choice), 0));
      assertTrue(value.equals("rare") || value.equals("common"), value);
    }
    assertEquals("rare", minimal(gen));
    assertThrows(IllegalArgumentException.class,
        () -> Gen.frequency(Weighted.of(0, Gen.constant("a"))));
    assertThrows(IllegalArgumentException.class, () -> Weighted.of(-1, Gen.constant("a")));
  }

  @Test
  void minimalValueComesFirst() {
    assertEquals(5, minimal(Gen.integers(5, 9)));
    assertEquals(-100L, minimal(Gen.longs(-100L, 100L)));
    assertEquals(false, minimal(Gen.booleans()));
    assertEquals(List.of(), minimal(Gen.listOf(Gen.integers(0, 9), 0, 10)));
    assertEquals(List.of(3, 3), minimal(Gen.listOf(Gen.integers(3, 9), 2, 10)));
    assertEquals(Set.of(), minimal(Gen.setOf(Gen.integers(0, 9), 0, 10)));
    // and a property's first try is that value
    List<Object> firstTries = new ArrayList<>();
    Property.forAll(Gen.integers(5, 9)).withTries(1).check(firstTries::add);
    Property.forAll(Gen.listOf(Gen.integers(0, 9), 0, 10)).withTries(1).check(firstTries::add);
    assertEquals(List.of(5, List.of()), firstTries);
  }

  @Test
  void mapFlatMapAndSizedCompose() {
    forThousands(Gen.integers(1, 10).flatMap(n -> Gen.listOf(Gen.integers(0, n - 1), n, n)),
        list -> list.forEach(e -> assertTrue(e < list.size(), list.toString())));
    forThousands(Gen.integers(0, 100).map(n -> n * 2), n -> assertEquals(0, n % 2));
    for (int size = 0; size <= 100; size += 10) {
      int expected = size;
      Gen<Integer> upToSize = Gen.sized(s -> Gen.integers(0, s));
      assertTrue(upToSize.generate(Source.seeded(size, size)) <= expected);
      assertEquals(size, Gen.sized(Gen::constant).generate(Source.seeded(1L, size)));
    }
  }

  @Test
  void filterKeepsOnlyMatchingValues() {
    forThousands(Gen.integers(0, 100).filter(n -> n % 3 == 0, 100),
        n -> assertEquals(0, n % 3));
  }

  @Test
  void filterThatNeverSucceedsFailsClearly() {
    Gen<Integer> impossible = Gen.integers(0, 100).filter(n -> n > 100, 250);
    GenerationException direct =
        assertThrows(GenerationException.class, () -> impossible.generate(Source.seeded(1L)));
    assertTrue(direct.getMessage().contains("250"), direct.getMessage());
    GenerationException inProperty = assertThrows(GenerationException.class,
        () -> Property.forAll(impossible).withSeed(5L).check(n -> { }));
    assertTrue(inProperty.getMessage().contains("250") && inProperty.getMessage().contains("seed 5"),
        inProperty.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Gen.integers(0, 1).filter(n -> true, 0));
  }

  @Test
  void asFunctionDrawsFromARandom() {
    Function<Random, List<Integer>> function = Gen.listOf(Gen.integers(0, 9), 0, 20).asFunction();
    Random first = new Random(77L);
    Random second = new Random(77L);
    List<List<Integer>> values = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      List<Integer> value = function.apply(first);
      assertEquals(value, function.apply(second));
      assertTrue(value.size() <= 20);
      values.add(value);
    }
    assertTrue(new HashSet<>(values).size() > 50, "each call draws anew");
    assertEquals(List.of(), Gen.listOf(Gen.integers(0, 9), 0, 20).asFunction(0).apply(new Random()));
    assertNotEquals(function.apply(new Random(1L)), function.apply(new Random(2L)));
    assertFalse(Gen.integers(0, 9).asFunction().apply(new Random(3L)) > 9);
  }
}
