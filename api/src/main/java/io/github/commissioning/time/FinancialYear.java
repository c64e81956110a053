package io.github.commissioning.time;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NHS financial year, from 1 April to the following 31 March, written {@code 2013/14}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param startYear the calendar year in which the financial year starts, from
 *     {@value #MIN_START_YEAR} to {@value #MAX_START_YEAR}
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear>, Serializable {
  /** The earliest start year accepted: the NHS began on 5 July 1948. */
  public static final int MIN_START_YEAR = 1948;
  /** The latest start year accepted. */
  public static final int MAX_START_YEAR = 9998;

  private static final Pattern WRITTEN = Pattern.compile("(\\d{4})/(\\d{2})");

  /**
   * Creates a financial year, checking the range.
   *
   * @throws ViolationException with {@link Invariant#PERIOD_ORDER} if the year is out of range
   */
  public FinancialYear {
    if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
      throw ViolationException.of(Invariant.PERIOD_ORDER, "Financial year starting in " + startYear
          + " is out of range: it must start from " + MIN_START_YEAR + " to " + MAX_START_YEAR,
          startYear);
    }
  }

  /**
   * Obtains the financial year that starts on 1 April of the given year.
   *
   * @param startYear the calendar year of the first day, such as 2013 for {@code 2013/14}
   * @return the financial year
   * @throws ViolationException with {@link Invariant#PERIOD_ORDER} if the year is out of range
   */
  public static FinancialYear of(int startYear) {
    return new FinancialYear(startYear);
  }

  /**
   * Obtains the financial year that contains the given day.
   *
   * @param date any day
   * @return the financial year in which {@code date} falls
   */
  public static FinancialYear containing(LocalDate date) {
    checkNotNull(date, "date");
    return of(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Obtains a financial year from text such as {@code 2013/14}.
   *
   * @param text four digits of the start year, a slash, and the last two digits of the next year
   * @return the financial year
   * @throws ViolationException with {@link Invariant#DATE_FORMAT} if the text is not in that
   *     form or the two years do not follow each other
   */
  public static FinancialYear parse(CharSequence text) {
    checkNotNull(text, "text");
    Matcher matcher = WRITTEN.matcher(text);
    if (!matcher.matches()) {
      throw ViolationException.of(Invariant.DATE_FORMAT, "Financial year '" + text
          + "' must be written as a start year and the next year's last two digits, such as 2013/14",
          text);
    }
    int start = Integer.parseInt(matcher.group(1));
    int next = Integer.parseInt(matcher.group(2));
    if ((start + 1) % 100 != next) {
      throw ViolationException.of(Invariant.DATE_FORMAT, "Financial year '" + text
          + "' must end in the year after it starts: expected " + start + "/"
          + String.format(Locale.ROOT, "%02d", (start + 1) % 100), text);
    }
    return of(start);
  }

  /**
   * Returns the first day, 1 April of the start year.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /**
   * Returns the last day, 31 March of the following year.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /**
   * Returns this year as a period of days.
   *
   * @return the period from {@link #firstDay()} to {@link #lastDay()}
   */
  public Period toPeriod() {
    return Period.of(firstDay(), lastDay());
  }

  /**
   * Tells whether the given day falls within this financial year.
   *
   * @param date the day to test
   * @return true if {@code date} is from 1 April to 31 March of this year
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /**
   * Returns the financial year a number of years later (or earlier, if negative).
   *
   * @param years the number of years to add
   * @return the later year
   * @throws ViolationException with {@link Invariant#PERIOD_ORDER} if the result is out of range
   */
  public FinancialYear plusYears(long years) {
    long target = startYear + years;
    if (target < MIN_START_YEAR || target > MAX_START_YEAR) {
      throw ViolationException.of(Invariant.PERIOD_ORDER, "Financial year " + this + " plus "
          + years + " years is out of range: it must start from " + MIN_START_YEAR + " to "
          + MAX_START_YEAR, this, years);
    }
    return of((int) target);
  }

  /**
   * Returns the next financial year.
   *
   * @return the year after this one
   */
  public FinancialYear next() {
    return plusYears(1);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /**
   * Returns the year as written in the NHS, such as {@code 2013/14}.
   *
   * @return the text that {@link #parse} reads back
   */
  @Override
  public String toString() {
    int end = (startYear + 1) % 100;
    return startYear + (end < 10 ? "/0" : "/") + end;
  }
}
