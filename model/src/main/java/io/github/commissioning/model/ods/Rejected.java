package io.github.commissioning.model.ods;

import io.github.commissioning.violation.Violation;

/** Thrown inside a reader when one record is rejected; never escapes the package. */
final class Rejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Violation violation;

  Rejected(Violation violation) {
    super(violation.message(), null, false, false);
    this.violation = violation;
  }

  Violation violation() {
    return violation;
  }
}
