package io.github.commissioning.model.invariant;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/** The violations found so far in one landscape, and the reference checks every rule shares. */
final class Findings {
  private final Landscape landscape;
  private final ImmutableList.Builder<Violation> violations = ImmutableList.builder();

  Findings(Landscape landscape) {
    this.landscape = landscape;
  }

  Landscape landscape() {
    return landscape;
  }

  LocalDate date() {
    return landscape.date();
  }

  void add(Invariant invariant, String message, Object... subjects) {
    violations.add(Violation.of(invariant, message, subjects));
  }

  ImmutableList<Violation> violations() {
    return violations.build();
  }

  /**
   * Checks that a reference names an organisation that is open on the landscape's date.
   *
   * @param code the code referred to
   * @param role how the referrer uses it, for the message, such as "holder of allocation ...";
   *     made only if there is a violation to report
   * @return the organisation if the reference is sound
   */
  Optional<Organisation> open(OdsCode code, Supplier<String> role) {
    Optional<Organisation> found = landscape.organisation(code);
    if (found.isEmpty()) {
      add(Invariant.REFERENCE_UNKNOWN, role.get() + " names " + code
          + ", which is not an organisation of the landscape", code);
      return Optional.empty();
    }
    if (!found.get().isOpenOn(date())) {
      add(Invariant.REFERENCE_CLOSED, role.get() + " names " + code + ", which is not open on " + date()
          + " (open " + found.get().operational() + ")", code, date());
      return Optional.empty();
    }
    return found;
  }

  /**
   * Checks that a reference names an open organisation whose kind has the given capacity.
   *
   * @return the organisation if the reference is sound and the kind fits
   */
  Optional<Organisation> able(OdsCode code, Supplier<String> role, Capacity capacity,
      Invariant broken) {
    Optional<Organisation> found = open(code, role);
    if (found.isPresent() && !found.get().kind().can(capacity)) {
      add(broken, role.get() + " names " + code + ", a " + found.get().kind() + ", which cannot "
          + describe(capacity), code, found.get().kind());
      return Optional.empty();
    }
    return found;
  }

  /** Checks that something dated {@code since} does not predate the body it concerns. */
  void notBeforeOpening(Organisation body, LocalDate since, Supplier<String> what) {
    if (since.isBefore(body.operational().start())) {
      add(Invariant.DATE_OUTSIDE_LIFETIME, what.get() + " is dated " + since + ", before " + body.code()
          + " opened on " + body.operational().start(), body.code(), since);
    }
  }

  private static String describe(Capacity capacity) {
    return switch (capacity) {
      case HOLD_DUTIES -> "hold duties";
      case TAKE_DELEGATION -> "be delegated duties";
      case HOLD_BUDGETS -> "hold budgets";
      case ACCOUNT_FOR_BUDGETS -> "be the accounting officer for a budget";
      case PROVIDE_SERVICES -> "provide services";
      case HAVE_PRACTICE_MEMBERS -> "have practices as members";
      case REGISTER_PATIENTS -> "keep a registered list";
    };
  }
}
