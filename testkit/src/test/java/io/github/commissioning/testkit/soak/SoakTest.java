package io.github.commissioning.testkit.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SoakTest {
  private static final Gen<Integer> NUMBERS = Gen.integers(-1000, 1000);

  /** Refuses negative numbers as the api does, and accepts the rest. */
  private static String positive(int number) {
    if (number < 0) {
      throw ViolationException.of(Invariant.MONEY_NEGATIVE, number + " is negative", number);
    }
    return "accepted";
  }

  @Test
  void documentedOutcomesAreCountedByClassAndTheSoakIsClean() {
    Soak soak = Soak.seeded(7).feed("positive", 500, NUMBERS, SoakTest::positive);
    Map<String, Long> outcomes = soak.outcomes("positive");
    assertEquals(List.of("ViolationException MONEY_NEGATIVE", "accepted"),
        List.copyOf(outcomes.keySet()));
    assertEquals(500, outcomes.values().stream().mapToLong(Long::longValue).sum());
    assertTrue(outcomes.get("accepted") > 150 && outcomes.get("accepted") < 350, outcomes::toString);
    assertEquals(500, soak.inputsTried("positive"));
    soak.assertClean();
    String report = soak.report();
    assertTrue(report.contains("seed 7 (replay with -Dcommissioning.soak.seed=7)"), report);
    assertTrue(report.matches("(?s).*positive\\s+500\\s.*"), report);
  }

  @Test
  void theSameSeedFeedsTheSameInputs() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    Soak.seeded(11).feed("record", 50, NUMBERS, n -> first.add(n) ? "seen" : "");
    Soak.seeded(11).feed("record", 50, NUMBERS, n -> second.add(n) ? "seen" : "");
    List<Integer> other = new ArrayList<>();
    Soak.seeded(12).feed("record", 50, NUMBERS, n -> other.add(n) ? "seen" : "");
    assertEquals(first, second);
    assertTrue(!first.equals(other));
  }

  @Test
  void bareRuntimeExceptionsAndStackOverflowsAreFailuresNamingTheFirstInput() {
    Soak soak = Soak.seeded(3).feed("divide", 200, NUMBERS, n -> "quotient " + (10 / (n % 7)))
        .feed("deep", 3, Gen.constant(1), n -> recurse(n));
    List<String> failures = soak.failures();
    assertEquals(2, failures.size(), failures::toString);
    assertTrue(failures.get(0).startsWith("  divide: undocumented java.lang.ArithmeticException ("),
        failures.get(0));
    assertTrue(failures.get(1).startsWith(
        "  deep: undocumented java.lang.StackOverflowError (3 inputs); first, input 0"),
        failures.get(1));
    AssertionError thrown = assertThrows(AssertionError.class, soak::assertClean);
    assertTrue(thrown.getMessage().contains("2 kinds of undocumented outcome"), thrown.getMessage());
    assertTrue(soak.report().contains("undocumented outcomes"), soak.report());
  }

  private static String recurse(int depth) {
    return recurse(depth + 1) + depth;
  }

  @Test
  void aNullPointerExceptionIsDocumentedOnlyWhenItNamesTheParameter() {
    Soak soak = Soak.seeded(5)
        .feed("named", 10, NUMBERS, n -> {
          throw new NullPointerException("practice");
        })
        .feed("bare", 10, NUMBERS, n -> {
          throw new NullPointerException();
        });
    assertEquals(Map.of("NullPointerException naming the parameter", 10L), soak.outcomes("named"));
    assertEquals(Map.of(), soak.outcomes("bare"));
    assertEquals(1, soak.failures().size());
  }

  @Test
  void failedChecksAndExtraClassifiersAreHonoured() {
    Soak soak = Soak.seeded(9)
        .documenting(e -> e instanceof IllegalStateException
            ? Optional.of("IllegalStateException (documented)") : Optional.empty())
        .feed("state", 20, NUMBERS, n -> {
          throw new IllegalStateException("not set");
        })
        .feed("checked", 20, NUMBERS, n -> {
          throw new AssertionError("landscape changed");
        });
    assertEquals(Map.of("IllegalStateException (documented)", 20L), soak.outcomes("state"));
    assertEquals(1, soak.failures().size());
    assertTrue(soak.failures().get(0).startsWith("  checked: a check failed: landscape changed"),
        soak.failures().get(0));
  }

  @Test
  void aCallPastTheLimitStopsTheSoakNamingTheInput() {
    Soak soak = Soak.seeded(1).withCallLimit(Duration.ofMillis(200));
    AssertionError stopped = assertThrows(AssertionError.class, () -> soak.feed("spin", 10,
        Gen.constant("endless input"), input -> {
          while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
          }
          return "interrupted";
        }));
    assertTrue(stopped.getMessage().contains("spin input 0 ran past 200 ms"), stopped.getMessage());
    assertTrue(stopped.getMessage().contains("endless input"), stopped.getMessage());
  }

  @Test
  void theInputCountAndSeedComeFromSystemPropertiesWhenSet() {
    String inputs = System.clearProperty(Soak.INPUTS_PROPERTY);
    String seed = System.clearProperty(Soak.SEED_PROPERTY);
    assertEquals(42, Soak.seed(42));
    assertEquals(2000, Soak.inputs(2000));
    System.setProperty(Soak.INPUTS_PROPERTY, "1_000_000");
    System.setProperty(Soak.SEED_PROPERTY, "-17");
    try {
      assertEquals(1_000_000, Soak.inputs(2000));
      assertEquals(-17, Soak.seed(42));
      System.setProperty(Soak.INPUTS_PROPERTY, "0");
      assertThrows(IllegalArgumentException.class, () -> Soak.inputs(2000));
    } finally {
      restore(Soak.INPUTS_PROPERTY, inputs);
      restore(Soak.SEED_PROPERTY, seed);
    }
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
