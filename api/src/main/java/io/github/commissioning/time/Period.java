package io.github.commissioning.time;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A span of days from a first day to an optional last day, both inclusive, such as the time an
 * organisation was open or a relationship was in force.
 *
 * <p>Both ends are inclusive, as in ODS files: a practice that left a PCT on 2013-03-31 and
 * joined a CCG on 2013-04-01 has two periods that meet without overlapping. A period without a
 * last day is open-ended (still in force).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Period implements Comparable<Period>, Serializable {
  private static final long serialVersionUID = 1L;

  private final LocalDate start;
  private final @Nullable LocalDate end;

  private Period(LocalDate start, @Nullable LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains an open-ended period starting on the given day.
   *
   * @param start the first day, inclusive
   * @return the period, not null
   */
  public static Period from(LocalDate start) {
    return new Period(checkNotNull(start, "start"), null);
  }

  /**
   * Obtains a period from a first to a last day, both inclusive.
   *
   * @param start the first day, inclusive
   * @param end the last day, inclusive, not before {@code start}
   * @return the period, not null
   * @throws ViolationException with {@link Invariant#PERIOD_ORDER} if {@code end} is before
   *     {@code start}
   */
  public static Period of(LocalDate start, LocalDate end) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    if (end.isBefore(start)) {
      throw ViolationException.of(Invariant.PERIOD_ORDER,
          "Period ending " + end + " must not end before it starts on " + start, start, end);
    }
    return new Period(start, end);
  }

  /**
   * Obtains a period from text such as {@code 2013-04-01/2020-03-31} or, for an open-ended
   * period, {@code 2013-04-01/}.
   *
   * @param text the first day, a slash, and the last day or nothing, in ISO form
   * @return the period, not null
   * @throws ViolationException with {@link Invariant#DATE_FORMAT} if the text cannot be parsed,
   *     or {@link Invariant#PERIOD_ORDER} if it ends before it starts
   */
  public static Period parse(CharSequence text) {
    checkNotNull(text, "text");
    String written = text.toString();
    int slash = written.indexOf('/');
    if (slash < 0 || slash != written.lastIndexOf('/')) {
      throw ViolationException.of(Invariant.DATE_FORMAT, "Period '" + written
          + "' must be written as first day, '/', and last day or nothing, such as "
          + "2013-04-01/2020-03-31", written);
    }
    LocalDate start = parseDate(written, written.substring(0, slash));
    String last = written.substring(slash + 1);
    return last.isEmpty() ? from(start) : of(start, parseDate(written, last));
  }

  private static LocalDate parseDate(String whole, String part) {
    try {
      return LocalDate.parse(part);
    } catch (DateTimeParseException e) {
      throw ViolationException.of(Invariant.DATE_FORMAT, "Period '" + whole
          + "' has '" + part + "', which is not an ISO date such as 2013-04-01", whole);
    }
  }

  /**
   * Returns the first day of this period.
   *
   * @return the first day, inclusive
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day of this period, if it has one.
   *
   * @return the last day, inclusive, or empty if the period is open-ended
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Tells whether this period has no last day.
   *
   * @return true if the period is open-ended
   */
  public boolean isOpenEnded() {
    return end == null;
  }

  /**
   * Tells whether the given day falls within this period.
   *
   * @param date the day to test
   * @return true if {@code date} is on or after the start and on or before any end
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /**
   * Tells whether the whole of the other period falls within this one.
   *
   * @param other the period to test
   * @return true if every day of {@code other} is a day of this period
   */
  public boolean encloses(Period other) {
    checkNotNull(other, "other");
    if (other.start.isBefore(start)) {
      return false;
    }
    if (end == null) {
      return true;
    }
    return other.end != null && !other.end.isAfter(end);
  }

  /**
   * Tells whether this period shares at least one day with the other.
   *
   * @param other the period to test
   * @return true if the periods overlap
   */
  public boolean overlaps(Period other) {
    checkNotNull(other, "other");
    boolean startsBeforeOtherEnds = other.end == null || !start.isAfter(other.end);
    boolean otherStartsBeforeThisEnds = end == null || !other.start.isAfter(end);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * Returns a copy of this period that ends on the given day.
   *
   * @param last the new last day, inclusive, not before the start
   * @return the closed period, not null
   * @throws ViolationException with {@link Invariant#PERIOD_ORDER} if {@code last} is before the
   *     start
   */
  public Period withEnd(LocalDate last) {
    return of(start, last);
  }

  /**
   * Compares by first day, then by last day, open-ended last.
   *
   * @param other the period to compare with
   * @return negative, zero or positive as this period sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(Period other) {
    int byStart = start.compareTo(other.start);
    if (byStart != 0) {
      return byStart;
    }
    if (end == null || other.end == null) {
      return Boolean.compare(end == null, other.end == null);
    }
    return end.compareTo(other.end);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Period that && start.equals(that.start) && Objects.equals(end, that.end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + Objects.hashCode(end);
  }

  /**
   * Returns the period as ISO text, {@code 2013-04-01/2020-03-31} or {@code 2013-04-01/}.
   *
   * @return the text that {@link #parse} reads back
   */
  @Override
  public String toString() {
    return start + "/" + (end == null ? "" : end.toString());
  }
}
