package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the ODS practice membership history ({@code epcmem}): a practice or other
 * prescribing cost centre belonged to a parent (a PCG, PCT, care trust, CCG or Welsh local health
 * board) from the day it joined to the day it left, both inclusive.
 *
 * <p>Read with {@link OdsFormats#MEMBERSHIP}. This class is immutable and thread-safe.
 *
 * @param practice the practice or prescribing cost centre
 * @param parent the body it belonged to
 * @param joined the first day of membership
 * @param left the last day of membership, empty while it is current
 */
public record MembershipRecord(OdsCode practice, OdsCode parent, LocalDate joined,
    Optional<LocalDate> left) {

  /**
   * Creates a record, checking that membership does not end before it starts.
   *
   * @throws ViolationException with {@link Invariant#PERIOD_ORDER} if {@code left} is before
   *     {@code joined}
   */
  public MembershipRecord {
    checkNotNull(practice, "practice");
    checkNotNull(parent, "parent");
    checkNotNull(joined, "joined");
    checkNotNull(left, "left");
    if (left.isPresent() && left.get().isBefore(joined)) {
      throw ViolationException.of(Invariant.PERIOD_ORDER, "Membership of " + practice + " in "
          + parent + " must not end on " + left.get() + ", before it starts on " + joined,
          practice, left.get(), joined);
    }
  }

  /**
   * Returns the days of membership.
   *
   * @return from {@link #joined()} to {@link #left()}, open-ended while current
   */
  public Period period() {
    return left.isPresent() ? Period.of(joined, left.get()) : Period.from(joined);
  }

  /**
   * Tells whether the practice belonged to the parent on a day.
   *
   * @param date the day
   * @return true if the day is within {@link #period()}
   */
  public boolean isMemberOn(LocalDate date) {
    return period().contains(checkNotNull(date, "date"));
  }
}
