package io.github.commissioning.money;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  private static final String MAX_TEXT = "£92,233,720,368,547,758.07";
  private static final String MIN_TEXT = "-£92,233,720,368,547,758.08";
  private static final Money MAX = Money.ofPence(Long.MAX_VALUE);
  private static final Money MIN = Money.ofPence(Long.MIN_VALUE);

  private static String notMoney(String text) {
    return "'" + text + "' is not an amount of money: write pounds with at most two decimal "
        + "places, such as £1,234.56";
  }

  private static String tooLarge(String pounds) {
    return "GBP " + pounds + " is out of range: at most 92233720368547758 pounds either way fit";
  }

  private static String fraction(String pounds) {
    return "GBP " + pounds + " has a fraction of a penny: money is held in whole pence";
  }

  @Test
  void ofPence() {
    assertEquals(123456, Money.ofPence(123456).pence());
    assertEquals(-1, Money.ofPence(-1).pence());
    assertSame(Money.ZERO, Money.ofPence(0));
    assertEquals(Money.ofPence(5), new Money(5));
  }

  @Test
  void ofPounds() {
    assertEquals(300, Money.ofPounds(3).pence());
    assertEquals(-300, Money.ofPounds(-3).pence());
    assertSame(Money.ZERO, Money.ofPounds(0));
    assertEquals(9_223_372_036_854_775_800L, Money.ofPounds(92_233_720_368_547_758L).pence());
    assertEquals(8_400_000_000_000L, Money.ofPounds(84_000_000_000L).pence());
  }

  @Test
  void ofPoundsRefusesOverflow() {
    assertViolation(() -> Money.ofPounds(92_233_720_368_547_759L), Invariant.MONEY_OVERFLOW,
        tooLarge("92233720368547759"), "92233720368547759");
    assertViolation(() -> Money.ofPounds(Long.MAX_VALUE), Invariant.MONEY_OVERFLOW,
        tooLarge("9223372036854775807"), "9223372036854775807");
    assertViolation(() -> Money.ofPounds(Long.MIN_VALUE), Invariant.MONEY_OVERFLOW,
        tooLarge("-9223372036854775808"), "-9223372036854775808");
  }

  @ParameterizedTest
  @CsvSource({"1234.56, 123456", "1234.5, 123450", "1234, 123400", "1234.560, 123456",
      "0.01, 1", "-0.01, -1", "0, 0", "0.000, 0", "-0, 0", "84000000000.00, 8400000000000",
      "92233720368547758.07, 9223372036854775807", "-92233720368547758.08, -9223372036854775808",
      "1E+2, 10000", "1.00E+1, 1000"})
  void ofBigDecimal(String pounds, long pence) {
    assertEquals(pence, Money.of(new BigDecimal(pounds)).pence());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.001", "1.005", "-0.005", "1234.567", "0.0000001"})
  void ofBigDecimalRefusesFractionsOfAPenny(String pounds) {
    assertViolation(() -> Money.of(new BigDecimal(pounds)), Invariant.MONEY_FORMAT,
        fraction(pounds), pounds);
  }

  @Test
  void ofBigDecimalRefusesOverflow() {
    assertViolation(() -> Money.of(new BigDecimal("92233720368547758.08")),
        Invariant.MONEY_OVERFLOW, tooLarge("92233720368547758.08"), "92233720368547758.08");
    assertViolation(() -> Money.of(new BigDecimal("-92233720368547758.09")),
        Invariant.MONEY_OVERFLOW, tooLarge("-92233720368547758.09"), "-92233720368547758.09");
    assertViolation(() -> Money.of(new BigDecimal("1E+20")), Invariant.MONEY_OVERFLOW,
        tooLarge("100000000000000000000"), "100000000000000000000");
  }

  @Test
  void ofBigDecimalRefusesNull() {
    assertThrows(NullPointerException.class, () -> Money.of(null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "£1,234.56|123456",
      "1234.56|123456",
      "GBP 12.5|1250",
      "GBP12.5|1250",
      "GBP 1,000|100000",
      "-0.01|-1",
      "-£0.01|-1",
      "-GBP 3|-300",
      "84000000000|8400000000000",
      "£84,000,000,000|8400000000000",
      "0|0",
      "£0.00|0",
      "007|700",
      "£1,234,567.8|123456780",
      "£92,233,720,368,547,758.07|9223372036854775807",
      "-£92,233,720,368,547,758.08|-9223372036854775808"})
  void parse(String text, long pence) {
    assertEquals(pence, Money.parse(text).pence());
  }

  @Test
  void parseExamples() {
    assertEquals(123456, Money.parse("£1,234.56").pence());
    assertEquals(1250, Money.parse("GBP 12.5").pence());
    assertEquals(-1, Money.parse("-0.01").pence());
    assertEquals(Money.ofPence(123456), Money.parse(new StringBuilder("£1,234.56")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,23", "12.345", "", " ", "£", "GBP", "1.", ".5", "£ 1", "1,2345",
      "12,34.5", "1,234,56", ",123", "+1", "£-1", "1 234", "abc", " 1", "1 ", "£1.2.3", "GBP  1",
      "gbp 1", "$1", "1,000.001", "--1", "1e3", "١٢"})
  void parseRefusesOtherForms(String text) {
    assertViolation(() -> Money.parse(text), Invariant.MONEY_FORMAT, notMoney(text), text);
  }

  @Test
  void parseRefusesCommaAsDecimalSeparator() {
    assertViolation(() -> Money.parse("1,23"), Invariant.MONEY_FORMAT,
        "'1,23' is not an amount of money: write pounds with at most two decimal places, such as "
            + "£1,234.56",
        "1,23");
  }

  @Test
  void parseRefusesThreeDecimalPlaces() {
    assertViolation(() -> Money.parse("12.345"), Invariant.MONEY_FORMAT,
        "'12.345' is not an amount of money: write pounds with at most two decimal places, such "
            + "as £1,234.56",
        "12.345");
  }

  @Test
  void parseRefusesOverflow() {
    assertViolation(() -> Money.parse("92233720368547758.08"), Invariant.MONEY_OVERFLOW,
        tooLarge("92233720368547758.08"), "92233720368547758.08");
    assertViolation(() -> Money.parse("£92,233,720,368,547,758.08"), Invariant.MONEY_OVERFLOW,
        tooLarge("92233720368547758.08"), "92233720368547758.08");
    assertViolation(() -> Money.parse("99999999999999999999999"), Invariant.MONEY_OVERFLOW,
        tooLarge("99999999999999999999999"), "99999999999999999999999");
  }

  @Test
  void parseRefusesNull() {
    assertThrows(NullPointerException.class, () -> Money.parse(null));
  }

  @Test
  void toStringAgreesWithTheFormatterAtEveryMagnitude() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(2010);
    List<Long> amounts = new java.util.ArrayList<>(List.of(0L, 1L, -1L, 9L, 99L, 100L, 999L,
        99_999L, 100_000L, 123_456_789L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
    for (int i = 0; i < 10_000; i++) {
      amounts.add(random.nextLong() >> random.nextInt(64));
    }
    for (long pence : amounts) {
      BigDecimal pounds = BigDecimal.valueOf(pence, 2);
      String expected = (pence < 0 ? "-" : "") + "£"
          + String.format(java.util.Locale.ROOT, "%,.2f", pounds.abs());
      assertEquals(expected, Money.ofPence(pence).toString(), () -> "pence " + pence);
    }
  }

  @Test
  void toStringWritesPoundsWithSeparators() {
    assertEquals("£1,234.56", Money.ofPence(123456).toString());
    assertEquals("-£0.01", Money.ofPence(-1).toString());
    assertEquals("£0.00", Money.ZERO.toString());
    assertEquals("£0.10", Money.ofPence(10).toString());
    assertEquals("£1.00", Money.ofPence(100).toString());
    assertEquals("£999.99", Money.ofPence(99999).toString());
    assertEquals("£84,000,000,000.00", Money.ofPounds(84_000_000_000L).toString());
    assertEquals("-£1,234.56", Money.ofPence(-123456).toString());
    assertEquals(MAX_TEXT, MAX.toString());
    assertEquals(MIN_TEXT, MIN.toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, -1, 99, -99, 100, 123456, -123456, 100000000, 8400000000000L,
      Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1})
  void toStringRoundTripsThroughParse(long pence) {
    Money money = Money.ofPence(pence);
    assertEquals(money, Money.parse(money.toString()));
  }

  @Test
  void plusAndMinus() {
    assertEquals(Money.ofPence(300), Money.ofPence(100).plus(Money.ofPence(200)));
    assertEquals(Money.ofPence(-100), Money.ofPence(100).minus(Money.ofPence(200)));
    assertSame(Money.ZERO, Money.ofPence(100).minus(Money.ofPence(100)));
    assertEquals(MAX, MAX.minus(Money.ofPence(1)).plus(Money.ofPence(1)));
    assertEquals(MIN, MIN.plus(Money.ofPence(1)).minus(Money.ofPence(1)));
  }

  @Test
  void plusRefusesOverflow() {
    assertViolation(() -> MAX.plus(Money.ofPence(1)), Invariant.MONEY_OVERFLOW,
        MAX_TEXT + " plus £0.01 overflows", MAX_TEXT, "£0.01");
    assertViolation(() -> MIN.plus(Money.ofPence(-1)), Invariant.MONEY_OVERFLOW,
        MIN_TEXT + " plus -£0.01 overflows", MIN_TEXT, "-£0.01");
  }

  @Test
  void minusRefusesOverflow() {
    assertViolation(() -> MIN.minus(Money.ofPence(1)), Invariant.MONEY_OVERFLOW,
        MIN_TEXT + " minus £0.01 overflows", MIN_TEXT, "£0.01");
    assertViolation(() -> MAX.minus(Money.ofPence(-1)), Invariant.MONEY_OVERFLOW,
        MAX_TEXT + " minus -£0.01 overflows", MAX_TEXT, "-£0.01");
  }

  @Test
  void times() {
    assertEquals(Money.ofPence(600), Money.ofPence(200).times(3));
    assertEquals(Money.ofPence(-600), Money.ofPence(200).times(-3));
    assertSame(Money.ZERO, Money.ofPence(200).times(0));
    assertEquals(MIN, Money.ofPence(1).times(Long.MIN_VALUE));
  }

  @Test
  void timesRefusesOverflow() {
    assertViolation(() -> MAX.times(2), Invariant.MONEY_OVERFLOW,
        MAX_TEXT + " times 2 overflows", MAX_TEXT, "2");
    assertViolation(() -> MIN.times(-1), Invariant.MONEY_OVERFLOW,
        MIN_TEXT + " times -1 overflows", MIN_TEXT, "-1");
    assertViolation(() -> Money.ofPence(-1).times(Long.MIN_VALUE), Invariant.MONEY_OVERFLOW,
        "-£0.01 times -9223372036854775808 overflows", "-£0.01", "-9223372036854775808");
    assertViolation(() -> Money.ofPence(100).times(Long.MAX_VALUE), Invariant.MONEY_OVERFLOW,
        "£1.00 times 9223372036854775807 overflows", "£1.00", "9223372036854775807");
  }

  @Test
  void negated() {
    assertEquals(Money.ofPence(-5), Money.ofPence(5).negated());
    assertEquals(Money.ofPence(5), Money.ofPence(-5).negated());
    assertSame(Money.ZERO, Money.ZERO.negated());
    assertEquals(Money.ofPence(-Long.MAX_VALUE), MAX.negated());
  }

  @Test
  void negatedRefusesMostNegativeAmount() {
    assertViolation(MIN::negated, Invariant.MONEY_OVERFLOW,
        "£0.00 minus " + MIN_TEXT + " overflows", "£0.00", MIN_TEXT);
  }

  @Test
  void arithmeticRefusesNull() {
    assertThrows(NullPointerException.class, () -> Money.ZERO.plus(null));
    assertThrows(NullPointerException.class, () -> Money.ZERO.minus(null));
    assertThrows(NullPointerException.class, () -> Money.ZERO.shareOf(null, 2));
    assertThrows(NullPointerException.class, () -> Money.sum(null));
  }

  @Test
  void sum() {
    assertSame(Money.ZERO, Money.sum(List.of()));
    assertEquals(Money.ofPence(6), Money.sum(List.of(Money.ofPence(1), Money.ofPence(2),
        Money.ofPence(3))));
    assertEquals(Money.ofPence(-1), Money.sum(List.of(Money.ofPence(1), Money.ofPence(-2))));
    // an intermediate sum near the limit is fine as long as each step fits
    assertEquals(MAX, Money.sum(List.of(MAX, Money.ofPence(-1), Money.ofPence(1))));
  }

  @Test
  void sumRefusesOverflow() {
    assertViolation(() -> Money.sum(List.of(Money.ofPence(1), MAX)), Invariant.MONEY_OVERFLOW,
        "£0.01 plus " + MAX_TEXT + " overflows", "£0.01", MAX_TEXT);
  }

  @Test
  void shareOf() {
    Money part = Money.ofPounds(4_000_000_000L);
    Money whole = Money.ofPounds(84_000_000_000L);
    assertEquals(new BigDecimal("0.048"), part.shareOf(whole, 3));
    assertEquals(new BigDecimal("0.0476"), part.shareOf(whole, 4));
    assertEquals(new BigDecimal("0.05"), part.shareOf(whole, 2));
    assertEquals(new BigDecimal("1.00"), whole.shareOf(whole, 2));
    assertEquals(new BigDecimal("-0.5"), Money.ofPence(-1).shareOf(Money.ofPence(2), 1));
    assertEquals(new BigDecimal("0.000"), Money.ZERO.shareOf(whole, 3));
  }

  @Test
  void shareOfRoundsHalfEven() {
    Money eighth = Money.ofPence(1);
    Money eight = Money.ofPence(8);
    assertEquals(new BigDecimal("0.12"), eighth.shareOf(eight, 2));
    assertEquals(new BigDecimal("0.38"), Money.ofPence(3).shareOf(eight, 2));
    assertEquals(new BigDecimal("0.2"), Money.ofPence(1).shareOf(Money.ofPence(4), 1));
  }

  @Test
  void shareOfRefusesZeroWhole() {
    assertViolation(() -> Money.ofPence(100).shareOf(Money.ZERO, 3), Invariant.MONEY_FORMAT,
        "Cannot take £1.00 as a share of nothing: the whole must not be zero", "£1.00", "£0.00");
  }

  /** Regression, found by the bad-input soak: these threw a bare ArithmeticException. */
  @Test
  void numbersWhoseScaleOverflowsWhenStrippedAreRefusedOrZero() {
    // 10 times 10^2147483647: stripping the trailing zero would take the scale below int's range.
    assertViolation(() -> Money.of(new BigDecimal(BigInteger.TEN, Integer.MIN_VALUE + 1)),
        Invariant.MONEY_OVERFLOW, "GBP 1.0E+2147483648 is out of range: at most "
            + "92233720368547758 pounds either way fit", "1.0E+2147483648");
    // Zero at a scale that moving the point two places would overflow.
    assertEquals(Money.ZERO, Money.of(new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE + 1)));
    assertEquals(Money.ZERO, Money.of(new BigDecimal(BigInteger.ZERO, Integer.MAX_VALUE)));
    assertEquals(Money.ofPence(-150),
        Money.of(new BigDecimal(BigInteger.valueOf(-15).multiply(BigInteger.TEN.pow(30)), 31)));
  }

  /** Regression, found by the bad-input soak: millions of digits took minutes to refuse. */
  @Test
  void hugeTextsAreRefusedWithoutReadingEveryDigit() {
    String digits = "9".repeat(2_000_000);
    ViolationException money = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(ViolationException.class, () -> Money.parse("£" + digits + ".50")));
    assertEquals(List.of(Invariant.MONEY_OVERFLOW.name()), money.violations().stream()
        .map(Violation::code).toList());
    ViolationException share = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(ViolationException.class, () -> Share.parse("0." + digits)));
    assertEquals("Share '0." + "9".repeat(18) + "...' of 2000002 characters is too long: a share"
        + " is written in at most 64 characters", share.violations().get(0).message());
    // Leading zeros do not count towards the limit.
    assertEquals(Money.ofPence(150), Money.parse("0".repeat(100_000) + "1.50"));
    assertEquals(Money.ofPence(-5), Money.parse("-000.05"));
    assertEquals(Money.ZERO, Money.parse("-0000"));
    assertEquals(Money.ofPounds(Long.MAX_VALUE / 100), Money.parse("000"
        + Long.MAX_VALUE / 100));
    assertViolation(() -> Money.parse("1" + "0".repeat(18)), Invariant.MONEY_OVERFLOW,
        tooLarge("1" + "0".repeat(18)), "1" + "0".repeat(18));
    assertEquals(Share.of(1, 4), Share.parse("0.25" + "0".repeat(14)));
  }

  /** Regression, found by the bad-input soak: a huge scale threw or ran for minutes. */
  @Test
  void sharesAreWrittenToAHundredDecimalPlacesAtMost() {
    Money third = Money.ofPence(1);
    Money whole = Money.ofPence(3);
    assertEquals("0." + "3".repeat(100), third.shareOf(whole, 100).toPlainString());
    for (int scale : new int[] {-1, 101, 34_588_211, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> third.shareOf(whole, scale));
      assertEquals("A share is written to 0 to 100 decimal places, not " + scale,
          refused.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Share.of(1, 3).toDecimal(scale));
    }
    assertEquals(new BigDecimal("0.33"), Share.of(1, 3).toDecimal(2));
  }

  @Test
  void shareOfWorksAtTheLimits() {
    assertEquals(new BigDecimal("1.000"), MIN.shareOf(MIN, 3));
    assertEquals(new BigDecimal("-1.000"), MIN.shareOf(Money.ofPence(Long.MAX_VALUE), 3));
  }

  @Test
  void toPounds() {
    assertEquals(new BigDecimal("1234.56"), Money.ofPence(123456).toPounds());
    assertEquals(new BigDecimal("0.00"), Money.ZERO.toPounds());
    assertEquals(new BigDecimal("-0.01"), Money.ofPence(-1).toPounds());
    assertEquals(2, Money.ofPounds(5).toPounds().scale());
    assertEquals(Money.ofPence(123456), Money.of(Money.ofPence(123456).toPounds()));
  }

  @Test
  void predicates() {
    assertTrue(Money.ZERO.isZero());
    assertFalse(Money.ZERO.isNegative());
    assertFalse(Money.ofPence(1).isZero());
    assertFalse(Money.ofPence(1).isNegative());
    assertTrue(Money.ofPence(-1).isNegative());
    assertFalse(Money.ofPence(-1).isZero());
  }

  @Test
  void compareToAndEquals() {
    assertTrue(Money.ofPence(-1).compareTo(Money.ZERO) < 0);
    assertTrue(MAX.compareTo(MIN) > 0);
    assertEquals(0, Money.parse("£1.50").compareTo(Money.ofPence(150)));
    assertEquals(Money.parse("£1.50"), Money.of(new BigDecimal("1.5")));
    assertEquals(Money.parse("£1.50").hashCode(), Money.ofPence(150).hashCode());
    assertNotEquals(Money.ofPence(150), Money.ofPence(-150));
  }

  @org.junit.jupiter.api.Test
  void hugeExponentsAreRefusedQuicklyWithoutArithmeticErrors() {
    ViolationException tooLarge = org.junit.jupiter.api.Assertions.assertThrows(
        ViolationException.class, () -> Money.of(new java.math.BigDecimal("1E+2147483647")));
    org.junit.jupiter.api.Assertions.assertTrue(tooLarge.violates(Invariant.MONEY_OVERFLOW));
    ViolationException tooFine = org.junit.jupiter.api.Assertions.assertThrows(
        ViolationException.class, () -> Money.of(new java.math.BigDecimal("1E-2147483647")));
    org.junit.jupiter.api.Assertions.assertTrue(tooFine.violates(Invariant.MONEY_FORMAT));
    ViolationException share = org.junit.jupiter.api.Assertions.assertThrows(
        ViolationException.class, () -> Share.parse("1e-2147483647%"));
    org.junit.jupiter.api.Assertions.assertTrue(share.violates(Invariant.MONEY_FORMAT));
  }
}
