package io.github.commissioning.testkit.assertion;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/** Assertions about refusals, with failure messages that list what was found instead. */
public final class ViolationAssertions {
  private ViolationAssertions() {}

  /**
   * Asserts that running the code is refused with a violation of the invariant naming the subject.
   *
   * @param invariant the rule that must be named
   * @param subject a value the violation must name among its subjects
   * @param refused the code that must throw
   * @return the exception, for further checks
   */
  public static ViolationException assertRefused(Invariant invariant, Object subject,
      Executable refused) {
    ViolationException thrown = assertThrows(ViolationException.class, refused,
        () -> "expected a refusal with " + invariant + " naming " + subject);
    assertNames(thrown, invariant, subject);
    return thrown;
  }

  /**
   * Asserts that an exception carries a violation of the invariant naming the subject.
   *
   * @param thrown the exception
   * @param invariant the rule that must be named
   * @param subject a value the violation must name among its subjects
   */
  public static void assertNames(ViolationException thrown, Invariant invariant, Object subject) {
    String written = String.valueOf(subject);
    for (Violation violation : thrown.violations()) {
      if (violation.is(invariant) && violation.subjects().contains(written)) {
        return;
      }
    }
    fail("expected a violation " + invariant + " naming " + written + ", but found:\n"
        + thrown.violations().stream().map(v -> "  " + v + " " + v.subjects())
            .collect(Collectors.joining("\n")));
  }
}
