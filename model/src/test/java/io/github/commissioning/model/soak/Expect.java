package io.github.commissioning.model.soak;

import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Checks shared by the soak's calls. */
final class Expect {
  private Expect() {}

  /**
   * Runs a call that may refuse its input only with the given rules: returns "accepted" if it
   * returns, rethrows its refusal for the soak to class if every violation breaks an allowed rule
   * and names something, and fails otherwise.
   */
  static String refusedOnlyWith(Callable<?> call, Invariant... allowed) throws Exception {
    try {
      call.call();
      return "accepted";
    } catch (ViolationException refused) {
      onlyWith(refused, allowed);
      throw refused;
    }
  }

  /** Fails unless every violation breaks one of the allowed rules and has a message and subject. */
  static void onlyWith(ViolationException refused, Invariant... allowed) {
    Set<String> codes = Arrays.stream(allowed).map(Invariant::name).collect(Collectors.toSet());
    for (Violation violation : refused.violations()) {
      if (!codes.contains(violation.code())) {
        throw new AssertionError("refused with " + violation.code() + ", not one of "
            + Arrays.toString(allowed) + ": " + violation.message());
      }
      named(violation);
    }
  }

  /** Fails unless a violation has a message and at least one subject. */
  static void named(Violation violation) {
    if (violation.message().isBlank() || violation.subjects().isEmpty()) {
      throw new AssertionError("violation " + violation.code() + " names nothing: " + violation);
    }
  }

  /** Fails with a message if the condition does not hold. */
  static void that(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  /** The codes of a refusal's violations. */
  static List<String> codes(ViolationException refused) {
    return refused.violations().stream().map(Violation::code).toList();
  }
}
