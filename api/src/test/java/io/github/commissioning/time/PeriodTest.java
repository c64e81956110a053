package io.github.commissioning.time;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
  private static final LocalDate APR_2013 = LocalDate.of(2013, 4, 1);
  private static final LocalDate MAR_2014 = LocalDate.of(2014, 3, 31);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void fromIsOpenEnded() {
    Period p = Period.from(APR_2013);
    assertEquals(APR_2013, p.start());
    assertEquals(Optional.empty(), p.end());
    assertTrue(p.isOpenEnded());
    assertEquals("2013-04-01/", p.toString());
  }

  @Test
  void ofHasBothEnds() {
    Period p = Period.of(APR_2013, MAR_2014);
    assertEquals(APR_2013, p.start());
    assertEquals(Optional.of(MAR_2014), p.end());
    assertFalse(p.isOpenEnded());
    assertEquals("2013-04-01/2014-03-31", p.toString());
  }

  @Test
  void ofAcceptsOneDay() {
    Period p = Period.of(APR_2013, APR_2013);
    assertTrue(p.contains(APR_2013));
    assertFalse(p.contains(APR_2013.minusDays(1)));
    assertFalse(p.contains(APR_2013.plusDays(1)));
  }

  @Test
  void ofRefusesEndBeforeStart() {
    assertViolation(() -> Period.of(APR_2013, d("2013-03-31")), Invariant.PERIOD_ORDER,
        "Period ending 2013-03-31 must not end before it starts on 2013-04-01",
        "2013-04-01", "2013-03-31");
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> Period.from(null));
    assertThrows(NullPointerException.class, () -> Period.of(null, MAR_2014));
    assertThrows(NullPointerException.class, () -> Period.of(APR_2013, null));
    assertThrows(NullPointerException.class, () -> Period.parse(null));
    assertThrows(NullPointerException.class, () -> Period.from(APR_2013).contains(null));
    assertThrows(NullPointerException.class, () -> Period.from(APR_2013).overlaps(null));
    assertThrows(NullPointerException.class, () -> Period.from(APR_2013).encloses(null));
    assertThrows(NullPointerException.class, () -> Period.from(APR_2013).withEnd(null));
  }

  @Test
  void parseClosed() {
    assertEquals(Period.of(APR_2013, d("2020-03-31")), Period.parse("2013-04-01/2020-03-31"));
  }

  @Test
  void parseOpenEnded() {
    Period p = Period.parse("2013-04-01/");
    assertEquals(Period.from(APR_2013), p);
    assertTrue(p.isOpenEnded());
  }

  @Test
  void parseOneDay() {
    assertEquals(Period.of(APR_2013, APR_2013), Period.parse("2013-04-01/2013-04-01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013-04-01/2020-03-31", "2013-04-01/", "1948-07-05/1948-07-05",
      "2013-03-31/2013-04-01"})
  void toStringRoundTrips(String text) {
    assertEquals(text, Period.parse(text).toString());
    assertEquals(Period.parse(text), Period.parse(Period.parse(text).toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013-04-01", "", "2013-04-01 2020-03-31", "2013-04-01--2020-03-31"})
  void parseRefusesTextWithoutSlash(String text) {
    assertViolation(() -> Period.parse(text), Invariant.DATE_FORMAT,
        "Period '" + text + "' must be written as first day, '/', and last day or nothing, such as "
            + "2013-04-01/2020-03-31",
        text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013-04-01/2020-03-31/", "2013-04-01//", "//", "2013/04/01"})
  void parseRefusesTextWithTwoSlashes(String text) {
    assertViolation(() -> Period.parse(text), Invariant.DATE_FORMAT,
        "Period '" + text + "' must be written as first day, '/', and last day or nothing, such as "
            + "2013-04-01/2020-03-31",
        text);
  }

  @Test
  void parseRefusesBadFirstDay() {
    assertViolation(() -> Period.parse("2013-13-01/2014-03-31"), Invariant.DATE_FORMAT,
        "Period '2013-13-01/2014-03-31' has '2013-13-01', which is not an ISO date such as "
            + "2013-04-01",
        "2013-13-01/2014-03-31");
  }

  @Test
  void parseRefusesBadLastDay() {
    assertViolation(() -> Period.parse("2013-04-01/2014-02-30"), Invariant.DATE_FORMAT,
        "Period '2013-04-01/2014-02-30' has '2014-02-30', which is not an ISO date such as "
            + "2013-04-01",
        "2013-04-01/2014-02-30");
  }

  @Test
  void parseRefusesMissingFirstDay() {
    assertViolation(() -> Period.parse("/2014-03-31"), Invariant.DATE_FORMAT,
        "Period '/2014-03-31' has '', which is not an ISO date such as 2013-04-01", "/2014-03-31");
    assertViolation(() -> Period.parse("/"), Invariant.DATE_FORMAT,
        "Period '/' has '', which is not an ISO date such as 2013-04-01", "/");
  }

  @Test
  void parseRefusesNonIsoDates() {
    assertViolation(() -> Period.parse("01/04/2013"), Invariant.DATE_FORMAT,
        "Period '01/04/2013' must be written as first day, '/', and last day or nothing, such as "
            + "2013-04-01/2020-03-31",
        "01/04/2013");
    assertViolation(() -> Period.parse(" 2013-04-01/"), Invariant.DATE_FORMAT,
        "Period ' 2013-04-01/' has ' 2013-04-01', which is not an ISO date such as 2013-04-01",
        " 2013-04-01/");
    assertViolation(() -> Period.parse("2013-4-1/"), Invariant.DATE_FORMAT,
        "Period '2013-4-1/' has '2013-4-1', which is not an ISO date such as 2013-04-01",
        "2013-4-1/");
  }

  @Test
  void parseRefusesEndBeforeStart() {
    assertViolation(() -> Period.parse("2013-04-01/2013-03-31"), Invariant.PERIOD_ORDER,
        "Period ending 2013-03-31 must not end before it starts on 2013-04-01",
        "2013-04-01", "2013-03-31");
  }

  @Test
  void containsBothEnds() {
    Period p = Period.of(APR_2013, MAR_2014);
    assertFalse(p.contains(d("2013-03-31")));
    assertTrue(p.contains(APR_2013));
    assertTrue(p.contains(d("2013-10-01")));
    assertTrue(p.contains(MAR_2014));
    assertFalse(p.contains(d("2014-04-01")));
  }

  @Test
  void openEndedContainsEverythingFromItsStart() {
    Period p = Period.from(APR_2013);
    assertFalse(p.contains(d("2013-03-31")));
    assertTrue(p.contains(APR_2013));
    assertTrue(p.contains(LocalDate.MAX));
  }

  @Test
  void meetingPeriodsDoNotOverlap() {
    Period pct = Period.parse("2002-10-01/2013-03-31");
    Period ccg = Period.parse("2013-04-01/");
    assertFalse(pct.overlaps(ccg));
    assertFalse(ccg.overlaps(pct));
    Period ccgClosed = Period.parse("2013-04-01/2022-06-30");
    assertFalse(pct.overlaps(ccgClosed));
    assertFalse(ccgClosed.overlaps(pct));
  }

  @Test
  void periodsSharingOneDayOverlap() {
    Period a = Period.parse("2002-10-01/2013-04-01");
    Period b = Period.parse("2013-04-01/");
    assertTrue(a.overlaps(b));
    assertTrue(b.overlaps(a));
    Period oneDay = Period.parse("2013-04-01/2013-04-01");
    assertTrue(oneDay.overlaps(b));
    assertTrue(oneDay.overlaps(oneDay));
  }

  @Test
  void overlapsEdgeCases() {
    Period closed = Period.parse("2013-04-01/2014-03-31");
    assertTrue(closed.overlaps(closed));
    assertTrue(Period.from(d("2000-01-01")).overlaps(Period.from(d("2020-01-01"))));
    assertTrue(Period.from(d("2020-01-01")).overlaps(Period.from(d("2000-01-01"))));
    assertTrue(Period.from(d("2014-03-31")).overlaps(closed));
    assertFalse(Period.from(d("2014-04-01")).overlaps(closed));
    assertFalse(closed.overlaps(Period.from(d("2014-04-01"))));
    assertTrue(closed.overlaps(Period.parse("2013-06-01/2013-07-01")));
    assertTrue(Period.parse("2013-06-01/2013-07-01").overlaps(closed));
    assertFalse(closed.overlaps(Period.parse("2010-01-01/2013-03-31")));
    assertTrue(closed.overlaps(Period.parse("2010-01-01/2020-03-31")));
  }

  @Test
  void enclosesEdgeCases() {
    Period year = Period.parse("2013-04-01/2014-03-31");
    assertTrue(year.encloses(year));
    assertTrue(year.encloses(Period.parse("2013-04-01/2013-04-01")));
    assertTrue(year.encloses(Period.parse("2014-03-31/2014-03-31")));
    assertFalse(year.encloses(Period.parse("2013-03-31/2014-03-31")));
    assertFalse(year.encloses(Period.parse("2013-04-01/2014-04-01")));
    assertFalse(year.encloses(Period.from(APR_2013)));
    assertFalse(year.encloses(Period.parse("2015-01-01/2015-02-01")));

    Period open = Period.from(APR_2013);
    assertTrue(open.encloses(open));
    assertTrue(open.encloses(year));
    assertTrue(open.encloses(Period.from(d("2020-01-01"))));
    assertFalse(open.encloses(Period.from(d("2013-03-31"))));
    assertFalse(open.encloses(Period.parse("2013-03-31/2013-04-30")));
  }

  @Test
  void withEndReturnsAClosedCopy() {
    Period open = Period.from(APR_2013);
    Period closed = open.withEnd(MAR_2014);
    assertEquals(Period.of(APR_2013, MAR_2014), closed);
    assertTrue(open.isOpenEnded());
    assertEquals(Period.parse("2013-04-01/2015-03-31"), closed.withEnd(d("2015-03-31")));
  }

  @Test
  void withEndRefusesDayBeforeStart() {
    assertViolation(() -> Period.from(APR_2013).withEnd(d("2013-03-31")), Invariant.PERIOD_ORDER,
        "Period ending 2013-03-31 must not end before it starts on 2013-04-01",
        "2013-04-01", "2013-03-31");
  }

  @Test
  void compareToByStartThenEndWithOpenEndedLast() {
    Period earlier = Period.parse("2012-04-01/");
    Period shortOne = Period.parse("2013-04-01/2013-04-01");
    Period longOne = Period.parse("2013-04-01/2014-03-31");
    Period open = Period.parse("2013-04-01/");
    Period later = Period.parse("2014-04-01/2014-04-02");
    List<Period> periods = new ArrayList<>(List.of(open, later, longOne, earlier, shortOne));
    Collections.sort(periods);
    assertEquals(List.of(earlier, shortOne, longOne, open, later), periods);

    assertTrue(open.compareTo(longOne) > 0);
    assertTrue(longOne.compareTo(open) < 0);
    assertEquals(0, open.compareTo(Period.from(APR_2013)));
    assertEquals(0, longOne.compareTo(Period.of(APR_2013, MAR_2014)));
  }

  @Test
  void equalsAndHashCode() {
    assertEquals(Period.from(APR_2013), Period.parse("2013-04-01/"));
    assertEquals(Period.from(APR_2013).hashCode(), Period.parse("2013-04-01/").hashCode());
    assertEquals(Period.of(APR_2013, MAR_2014), Period.parse("2013-04-01/2014-03-31"));
    assertEquals(Period.of(APR_2013, MAR_2014).hashCode(),
        Period.parse("2013-04-01/2014-03-31").hashCode());
    assertNotEquals(Period.from(APR_2013), Period.of(APR_2013, MAR_2014));
    assertNotEquals(Period.of(APR_2013, MAR_2014), Period.of(APR_2013, APR_2013));
    assertNotEquals(Period.from(APR_2013), Period.from(MAR_2014));
    assertNotEquals(Period.from(APR_2013), "2013-04-01/");
  }
}
