package io.github.commissioning.time;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

  private static String outOfRange(int year) {
    return "Financial year starting in " + year
        + " is out of range: it must start from 1948 to 9998";
  }

  private static String badForm(String text) {
    return "Financial year '" + text + "' must be written as a start year and the next year's "
        + "last two digits, such as 2013/14";
  }

  @Test
  void parse() {
    FinancialYear year = FinancialYear.parse("2013/14");
    assertEquals(2013, year.startYear());
    assertEquals(FinancialYear.of(2013), year);
  }

  @Test
  void parseAcrossTheCentury() {
    assertEquals(1999, FinancialYear.parse("1999/00").startYear());
    assertEquals(2099, FinancialYear.parse("2099/00").startYear());
    assertEquals(2000, FinancialYear.parse("2000/01").startYear());
  }

  @Test
  void parseAcceptsAnyCharSequence() {
    assertEquals(FinancialYear.of(2013), FinancialYear.parse(new StringBuilder("2013/14")));
  }

  @ParameterizedTest
  @CsvSource({"2013/15, 2013/14", "2013/13, 2013/14", "2013/12, 2013/14", "1999/01, 1999/00",
      "1999/99, 1999/00", "2000/00, 2000/01"})
  void parseRefusesYearsThatDoNotFollowEachOther(String text, String expected) {
    assertViolation(() -> FinancialYear.parse(text), Invariant.DATE_FORMAT,
        "Financial year '" + text + "' must end in the year after it starts: expected " + expected,
        text);
  }

  @Test
  void parseRefuses2013Slash15() {
    assertViolation(() -> FinancialYear.parse("2013/15"), Invariant.DATE_FORMAT,
        "Financial year '2013/15' must end in the year after it starts: expected 2013/14",
        "2013/15");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2013", "2013/2014", "13/14", "2013-14", "2013/4", " 2013/14",
      "2013/14 ", "2013 /14", "FY2013/14", "abcd/ef", "2013/1a", "20134/15"})
  void parseRefusesOtherForms(String text) {
    assertViolation(() -> FinancialYear.parse(text), Invariant.DATE_FORMAT, badForm(text), text);
  }

  @Test
  void parseRefusesYearsOutOfRange() {
    assertViolation(() -> FinancialYear.parse("1947/48"), Invariant.PERIOD_ORDER, outOfRange(1947),
        "1947");
    assertViolation(() -> FinancialYear.parse("9999/00"), Invariant.PERIOD_ORDER, outOfRange(9999),
        "9999");
    assertViolation(() -> FinancialYear.parse("0000/01"), Invariant.PERIOD_ORDER, outOfRange(0),
        "0");
  }

  @Test
  void parseRefusesNull() {
    assertThrows(NullPointerException.class, () -> FinancialYear.parse(null));
  }

  @Test
  void ofChecksRange() {
    assertEquals(1948, FinancialYear.of(FinancialYear.MIN_START_YEAR).startYear());
    assertEquals(9998, FinancialYear.of(FinancialYear.MAX_START_YEAR).startYear());
    assertViolation(() -> FinancialYear.of(1947), Invariant.PERIOD_ORDER, outOfRange(1947),
        "1947");
    assertViolation(() -> FinancialYear.of(9999), Invariant.PERIOD_ORDER, outOfRange(9999),
        "9999");
    assertViolation(() -> FinancialYear.of(-1), Invariant.PERIOD_ORDER, outOfRange(-1), "-1");
    assertViolation(() -> new FinancialYear(Integer.MAX_VALUE), Invariant.PERIOD_ORDER,
        outOfRange(Integer.MAX_VALUE), String.valueOf(Integer.MAX_VALUE));
  }

  @Test
  void containingSplitsAtFirstApril() {
    assertEquals(FinancialYear.parse("2013/14"), FinancialYear.containing(LocalDate.of(2014, 3, 31)));
    assertEquals(FinancialYear.parse("2014/15"), FinancialYear.containing(LocalDate.of(2014, 4, 1)));
    assertEquals(FinancialYear.parse("2013/14"), FinancialYear.containing(LocalDate.of(2013, 4, 1)));
    assertEquals(FinancialYear.parse("2012/13"), FinancialYear.containing(LocalDate.of(2013, 3, 31)));
    assertEquals(FinancialYear.parse("2013/14"), FinancialYear.containing(LocalDate.of(2013, 12, 31)));
    assertEquals(FinancialYear.parse("2013/14"), FinancialYear.containing(LocalDate.of(2014, 1, 1)));
  }

  @Test
  void containingRefusesDaysOutOfRange() {
    assertViolation(() -> FinancialYear.containing(LocalDate.of(1948, 3, 31)),
        Invariant.PERIOD_ORDER, outOfRange(1947), "1947");
    assertEquals(FinancialYear.of(1948), FinancialYear.containing(LocalDate.of(1948, 7, 5)));
    assertThrows(NullPointerException.class, () -> FinancialYear.containing(null));
  }

  @Test
  void firstAndLastDays() {
    FinancialYear year = FinancialYear.parse("2013/14");
    assertEquals(LocalDate.of(2013, 4, 1), year.firstDay());
    assertEquals(LocalDate.of(2014, 3, 31), year.lastDay());
    assertEquals(Period.parse("2013-04-01/2014-03-31"), year.toPeriod());
    assertEquals(LocalDate.of(2000, 3, 31), FinancialYear.parse("1999/00").lastDay());
  }

  @Test
  void contains() {
    FinancialYear year = FinancialYear.parse("2013/14");
    assertFalse(year.contains(LocalDate.of(2013, 3, 31)));
    assertTrue(year.contains(LocalDate.of(2013, 4, 1)));
    assertTrue(year.contains(LocalDate.of(2014, 3, 31)));
    assertFalse(year.contains(LocalDate.of(2014, 4, 1)));
  }

  @Test
  void containsIsFalseForDaysOutsideTheSupportedRange() {
    FinancialYear year = FinancialYear.parse("2013/14");
    assertFalse(year.contains(LocalDate.of(1900, 1, 1)));
    assertFalse(year.contains(LocalDate.of(1948, 3, 31)));
    assertFalse(year.contains(LocalDate.of(9999, 4, 1)));
  }

  @Test
  void plusYearsAndNext() {
    FinancialYear year = FinancialYear.parse("2013/14");
    assertEquals(FinancialYear.parse("2014/15"), year.next());
    assertEquals(FinancialYear.parse("2016/17"), year.plusYears(3));
    assertEquals(FinancialYear.parse("2010/11"), year.plusYears(-3));
    assertEquals(year, year.plusYears(0));
    assertEquals(FinancialYear.parse("1999/00"), FinancialYear.parse("1998/99").next());
  }

  @Test
  void plusYearsRefusesResultsOutOfRange() {
    assertViolation(() -> FinancialYear.of(9998).next(), Invariant.PERIOD_ORDER,
        "Financial year 9998/99 plus 1 years is out of range: it must start from 1948 to 9998",
        "9998/99", "1");
    assertViolation(() -> FinancialYear.of(1948).plusYears(-1), Invariant.PERIOD_ORDER,
        "Financial year 1948/49 plus -1 years is out of range: it must start from 1948 to 9998",
        "1948/49", "-1");
  }

  @Test
  void plusYearsDoesNotOverflow() {
    assertViolation(() -> FinancialYear.of(2013).plusYears(Long.MAX_VALUE), Invariant.PERIOD_ORDER,
        "Financial year 2013/14 plus 9223372036854775807 years is out of range: it must start "
            + "from 1948 to 9998",
        "2013/14", "9223372036854775807");
    assertViolation(() -> FinancialYear.of(2013).plusYears(Long.MIN_VALUE), Invariant.PERIOD_ORDER,
        "Financial year 2013/14 plus -9223372036854775808 years is out of range: it must start "
            + "from 1948 to 9998",
        "2013/14", "-9223372036854775808");
    assertViolation(() -> FinancialYear.of(2013).plusYears(4_294_967_296L + 1),
        Invariant.PERIOD_ORDER,
        "Financial year 2013/14 plus 4294967297 years is out of range: it must start "
            + "from 1948 to 9998",
        "2013/14", "4294967297");
  }

  @Test
  void toStringUsesTwoDigits() {
    assertEquals("2013/14", FinancialYear.of(2013).toString());
    assertEquals("1999/00", FinancialYear.of(1999).toString());
    assertEquals("2000/01", FinancialYear.of(2000).toString());
    assertEquals("2008/09", FinancialYear.of(2008).toString());
    assertEquals("1948/49", FinancialYear.of(1948).toString());
    assertEquals("9998/99", FinancialYear.of(9998).toString());
  }

  @Test
  void toStringRoundTripsForEveryYear() {
    for (int start = FinancialYear.MIN_START_YEAR; start <= FinancialYear.MAX_START_YEAR; start++) {
      FinancialYear year = FinancialYear.of(start);
      assertEquals(year, FinancialYear.parse(year.toString()));
    }
  }

  @Test
  void compareToOrdersByStartYear() {
    List<FinancialYear> years = new ArrayList<>(List.of(FinancialYear.of(2013),
        FinancialYear.of(1999), FinancialYear.of(2002)));
    Collections.sort(years);
    assertEquals(List.of(FinancialYear.of(1999), FinancialYear.of(2002), FinancialYear.of(2013)),
        years);
    assertEquals(0, FinancialYear.of(2013).compareTo(FinancialYear.parse("2013/14")));
  }

  @Test
  void equalsAndHashCode() {
    assertEquals(FinancialYear.of(2013), FinancialYear.parse("2013/14"));
    assertEquals(FinancialYear.of(2013).hashCode(), FinancialYear.parse("2013/14").hashCode());
    assertFalse(FinancialYear.of(2013).equals(FinancialYear.of(2014)));
  }
}
