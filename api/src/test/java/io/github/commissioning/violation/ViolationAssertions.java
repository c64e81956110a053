package io.github.commissioning.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Shared assertions for the tests: a call must fail with exactly one given violation. */
public final class ViolationAssertions {
  private ViolationAssertions() {}

  /**
   * Asserts that the call throws a {@link ViolationException} (and nothing else, such as an
   * {@link ArithmeticException}) carrying exactly one violation of the given invariant, with the
   * given message and subjects.
   */
  public static ViolationException assertViolation(Executable call, Invariant invariant,
      String message, String... subjects) {
    ViolationException e = assertThrows(ViolationException.class, call);
    assertSame(ViolationException.class, e.getClass());
    assertEquals(1, e.violations().size(), () -> "violations: " + e.violations());
    assertTrue(e.violates(invariant), () -> "expected " + invariant + " but got " + e.violations());
    Violation violation = e.violations().get(0);
    assertEquals(invariant.name(), violation.code());
    assertEquals(message, violation.message());
    assertEquals(List.of(subjects), violation.subjects());
    assertEquals(invariant.name() + ": " + message, e.getMessage());
    return e;
  }
}
