package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the ODS file of GP practices and other prescribing cost centres
 * ({@code epraccur}).
 *
 * <p>The file holds every prescribing cost centre, not only GP practices: {@link #isGpPractice()}
 * tells them apart by the prescribing setting. In recent files the high-level health geography is
 * the ICB and the commissioner the sub-ICB location.
 *
 * <p>Read with {@link OdsFormats#PRACTICES}. This class is immutable and thread-safe.
 *
 * @param code the practice's code, such as {@code A81001}
 * @param name the practice's name
 * @param nationalGrouping the national grouping (region), if given
 * @param highLevelHealthGeography the high-level health geography, if given
 * @param postcode the postcode, if given
 * @param opened the first day the practice was open
 * @param closed the last day the practice was open, empty while it is open
 * @param status whether the practice is active, closed, dormant or proposed
 * @param commissioner the body that commissions for the practice, if any
 * @param joinedCommissioner the first day with that commissioner, if given
 * @param leftCommissioner the last day with that commissioner, empty while current
 * @param prescribingSetting the kind of prescribing cost centre, {@value #GP_PRACTICE} for a GP
 *     practice
 */
public record PracticeRecord(OdsCode code, String name, Optional<OdsCode> nationalGrouping,
    Optional<OdsCode> highLevelHealthGeography, Optional<String> postcode, LocalDate opened,
    Optional<LocalDate> closed, Status status, Optional<OdsCode> commissioner,
    Optional<LocalDate> joinedCommissioner, Optional<LocalDate> leftCommissioner,
    int prescribingSetting) {

  /** The prescribing setting of a GP practice. */
  public static final int GP_PRACTICE = 4;

  /**
   * Creates a record, checking that the practice does not close before it opens.
   *
   * @throws ViolationException with {@link Invariant#PERIOD_ORDER} if {@code closed} is before
   *     {@code opened}
   * @throws IllegalArgumentException if {@code prescribingSetting} is negative
   */
  public PracticeRecord {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(nationalGrouping, "nationalGrouping");
    checkNotNull(highLevelHealthGeography, "highLevelHealthGeography");
    checkNotNull(postcode, "postcode");
    checkNotNull(opened, "opened");
    checkNotNull(closed, "closed");
    checkNotNull(status, "status");
    checkNotNull(commissioner, "commissioner");
    checkNotNull(joinedCommissioner, "joinedCommissioner");
    checkNotNull(leftCommissioner, "leftCommissioner");
    checkArgument(prescribingSetting >= 0, "A prescribing setting is never negative: %s",
        prescribingSetting);
    if (closed.isPresent() && closed.get().isBefore(opened)) {
      throw ViolationException.of(Invariant.PERIOD_ORDER, code + " must not close on "
          + closed.get() + ", before it opens on " + opened, code, closed.get(), opened);
    }
  }

  /**
   * Tells whether this is a GP practice rather than another kind of prescribing cost centre.
   *
   * @return true if the prescribing setting is {@value #GP_PRACTICE}
   */
  public boolean isGpPractice() {
    return prescribingSetting == GP_PRACTICE;
  }

  /**
   * Returns the days the practice was open.
   *
   * @return from {@link #opened()} to {@link #closed()}, open-ended while it is open
   */
  public Period lifetime() {
    return closed.isPresent() ? Period.of(opened, closed.get()) : Period.from(opened);
  }

  /** The status of a practice, as field 13 of the file codes it. */
  public enum Status {
    /** Active: code {@code A}. */
    ACTIVE('A'),
    /** Closed: code {@code C}. */
    CLOSED('C'),
    /** Dormant, with no practitioners for now: code {@code D}. */
    DORMANT('D'),
    /** Proposed, listed before it opens: code {@code P}. */
    PROPOSED('P');

    private final char code;

    Status(char code) {
      this.code = code;
    }

    /**
     * Returns the letter the file writes for this status.
     *
     * @return {@code A}, {@code C}, {@code D} or {@code P}
     */
    public char code() {
      return code;
    }

    /**
     * Obtains the status that a letter codes.
     *
     * @param code the letter, as written
     * @return the status, or empty if the letter codes none
     */
    public static Optional<Status> ofCode(String code) {
      checkNotNull(code, "code");
      for (Status status : values()) {
        if (code.length() == 1 && code.charAt(0) == status.code) {
          return Optional.of(status);
        }
      }
      return Optional.empty();
    }
  }
}
