package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the ODS file of clinical commissioning groups, commissioning hubs and sub-ICB
 * locations ({@code eccg}).
 *
 * <p>Read with {@link OdsFormats#COMMISSIONERS}. This class is immutable and thread-safe.
 *
 * @param code the body's code, such as {@code 00K}
 * @param name the body's name
 * @param nationalGrouping the national grouping (region), if given
 * @param highLevelHealthGeography the high-level health geography (area team, local office, STP
 *     or, for a sub-ICB location, its ICB), if given
 * @param opened the first day the body was open
 * @param closed the last day the body was open, empty while it is open
 * @param roles the ODS role codes given for the body, such as {@code RO319}, in file order;
 *     often empty
 */
public record CommissionerRecord(OdsCode code, String name, Optional<OdsCode> nationalGrouping,
    Optional<OdsCode> highLevelHealthGeography, LocalDate opened, Optional<LocalDate> closed,
    ImmutableSet<String> roles) {

  /**
   * Creates a record, checking that the body does not close before it opens.
   *
   * @throws ViolationException with {@link Invariant#PERIOD_ORDER} if {@code closed} is before
   *     {@code opened}
   */
  public CommissionerRecord {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(nationalGrouping, "nationalGrouping");
    checkNotNull(highLevelHealthGeography, "highLevelHealthGeography");
    checkNotNull(opened, "opened");
    checkNotNull(closed, "closed");
    checkNotNull(roles, "roles");
    if (closed.isPresent() && closed.get().isBefore(opened)) {
      throw ViolationException.of(Invariant.PERIOD_ORDER, code + " must not close on "
          + closed.get() + ", before it opens on " + opened, code, closed.get(), opened);
    }
  }

  /**
   * Returns the days the body was open.
   *
   * @return from {@link #opened()} to {@link #closed()}, open-ended while it is open
   */
  public Period lifetime() {
    return closed.isPresent() ? Period.of(opened, closed.get()) : Period.from(opened);
  }

  /**
   * Tells whether the body was open on a day.
   *
   * @param date the day
   * @return true if the day is within {@link #lifetime()}
   */
  public boolean isOpenOn(LocalDate date) {
    return lifetime().contains(checkNotNull(date, "date"));
  }
}
