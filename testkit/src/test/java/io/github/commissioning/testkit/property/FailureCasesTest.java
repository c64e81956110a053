package io.github.commissioning.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Failures that must still be reported with their seed and counterexample. */
class FailureCasesTest {
  @Test
  void aNullValueInAPairDoesNotHideTheFailure() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.forAll(
        Gen.booleans().map(b -> b ? "x" : null), Gen.integers(0, 9)).withSeed(7L)
        .checkThat((text, n) -> n < 5));
    assertEquals(Arrays.asList(null, 5), failure.counterexample());
  }

  @Test
  void aStackOverflowInThePropertyIsAFailureWithItsSeed() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.forAll(
        Gen.integers(0, 100)).withSeed(11L).check(n -> {
          if (n > 50) {
            throw new StackOverflowError();
          }
        }));
    assertEquals(51, failure.counterexample());
    assertTrue(failure.getMessage().contains("seed 11"), failure::getMessage);
  }
}
