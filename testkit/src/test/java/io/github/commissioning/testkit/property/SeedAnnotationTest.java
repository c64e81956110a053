package io.github.commissioning.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class SeedAnnotationTest {
  private static final Gen<List<Integer>> LISTS = Gen.listOf(Gen.integers(0, 100), 0, 20);

  private static PropertyFailure failure() {
    return assertThrows(PropertyFailure.class,
        () -> Property.forAll(LISTS).checkThat(list -> list.size() < 4));
  }

  @Test
  @Seed(12345L)
  void annotatedTestUsesTheSeed() {
    PropertyFailure failure = failure();
    assertEquals(12345L, failure.seed());
    assertTrue(failure.getMessage().contains("@Seed(12345L)"), failure.getMessage());
    assertEquals(failure.original(), failure().original());
    PropertyFailure inCode = assertThrows(PropertyFailure.class,
        () -> Property.forAll(LISTS).withSeed(12345L).checkThat(list -> list.size() < 4));
    assertEquals(inCode.original(), failure.original());
  }

  @Test
  @Seed(12345L)
  void seedInCodeComesFirst() {
    assertEquals(99L, assertThrows(PropertyFailure.class,
        () -> Property.forAll(LISTS).withSeed(99L).checkThat(list -> false)).seed());
  }

  @RepeatedTest(2)
  @Seed(-7L)
  void repeatedTestUsesTheSeed() {
    assertEquals(-7L, failure().seed());
  }

  @Test
  @ExtendWith(PropertyExtension.class)
  void extensionWithoutSeedLeavesItRandom() {
    assertNotEquals(failure().seed(), failure().seed());
  }

  @Test
  void seedIsClearedAfterTheAnnotatedTest() {
    assertNotEquals(12345L, failure().seed());
  }

  @Nested
  @Seed(777L)
  class AnnotatedClass {
    @Test
    void everyTestUsesTheClassSeed() {
      assertEquals(777L, failure().seed());
    }

    @Test
    @Seed(888L)
    void methodSeedComesFirst() {
      assertEquals(888L, failure().seed());
    }
  }
}
