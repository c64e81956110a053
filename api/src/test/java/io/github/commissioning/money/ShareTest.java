package io.github.commissioning.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.violation.ViolationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Exact shares from 0 to 1: reduced fractions, parsing, adding up, apportioning money. */
class ShareTest {
  private static String refused(Executable executable) {
    ViolationException refused = assertThrows(ViolationException.class, executable);
    assertEquals(1, refused.violations().size());
    assertEquals("MONEY_FORMAT", refused.violations().get(0).code());
    return refused.violations().get(0).message();
  }

  private static List<Money> pence(long... amounts) {
    return java.util.Arrays.stream(amounts).mapToObj(Money::ofPence).toList();
  }

  @Test
  void ofReducesAndKeepsZeroAsNothingInOne() {
    assertEquals(new Share(2, 3), Share.of(4, 6));
    assertEquals(new Share(0, 1), Share.of(0, 7));
    assertEquals(Share.WHOLE, Share.of(5, 5));
    assertEquals("1/3", Share.of(3, 9).toString());
  }

  @Test
  void ofRefusesFractionsOutsideZeroToOne() {
    assertEquals("Share 1/0 must be a fraction from 0 to 1 with a positive denominator",
        refused(() -> Share.of(1, 0)));
    assertEquals("Share -1/2 must be a fraction from 0 to 1 with a positive denominator",
        refused(() -> Share.of(-1, 2)));
    assertEquals("Share 3/2 must be a fraction from 0 to 1 with a positive denominator",
        refused(() -> Share.of(3, 2)));
  }

  @Test
  void theConstructorTakesOnlyReducedFractions() {
    assertEquals("Share 2/4 must be a reduced fraction from 0/1 to 1/1", refused(() -> new Share(2, 4)));
    assertEquals("Share 0/2 must be a reduced fraction from 0/1 to 1/1", refused(() -> new Share(0, 2)));
    assertEquals("Share 1/0 must be a reduced fraction from 0/1 to 1/1", refused(() -> new Share(1, 0)));
    assertEquals("Share -1/1 must be a reduced fraction from 0/1 to 1/1", refused(() -> new Share(-1, 1)));
    assertEquals("Share 2/1 must be a reduced fraction from 0/1 to 1/1", refused(() -> new Share(2, 1)));
    assertEquals(1, new Share(1, 1).numerator());
    assertEquals(0, new Share(0, 1).numerator());
  }

  @Test
  void parseReadsDecimalsAndPercentages() {
    assertEquals(Share.of(1, 4), Share.parse(" 0.25 "));
    assertEquals(Share.of(473, 1000), Share.parse("47.3%"));
    assertEquals(Share.of(473, 1000), Share.parse("47.3 %"));
    assertEquals(Share.WHOLE, Share.parse("1.000"));
    assertEquals(Share.WHOLE, Share.parse("100%"));
    assertEquals(Share.of(0, 1), Share.parse("0"));
    assertEquals(Share.of(1, 1_000_000_000_000_000_000L), Share.parse("0.000000000000000001"));
  }

  @Test
  void parseRefusesTextOutsideTheRangeOrTooFine() {
    assertEquals("Share 'a quarter' is not a decimal such as 0.25 or a percentage such as 47.3%",
        refused(() -> Share.parse("a quarter")));
    assertEquals("Share '1.5' must be from 0 to 1 (0% to 100%) with at most 18 decimal places",
        refused(() -> Share.parse("1.5")));
    assertEquals("Share '-0.1' must be from 0 to 1 (0% to 100%) with at most 18 decimal places",
        refused(() -> Share.parse("-0.1")));
    assertEquals("Share '0.0000000000000000001' must be from 0 to 1 (0% to 100%) with at most 18"
        + " decimal places", refused(() -> Share.parse("0.0000000000000000001")));
    assertEquals("Share '1e-2147483647%' must be from 0 to 1 (0% to 100%) with at most 18 decimal"
        + " places", refused(() -> Share.parse("1e-2147483647%")));
    assertEquals("Share '1E+4' must be from 0 to 1 (0% to 100%) with at most 18 decimal places",
        refused(() -> Share.parse("1E+4")));
    // 17 decimal places of a percentage are 19 of a share.
    assertEquals("Share '0.00000000000000001%' must be from 0 to 1 (0% to 100%) with at most 18"
        + " decimal places", refused(() -> Share.parse("0.00000000000000001%")));
    assertEquals(Share.WHOLE, Share.parse("1E+2%"));
  }

  @Test
  void sharesAddUpToTheWholeExactlyOrNot() {
    assertTrue(Share.sumToWhole(List.of(Share.of(1, 3), Share.of(2, 3))));
    assertTrue(Share.sumToWhole(List.of(Share.of(1, 2), Share.of(1, 3), Share.of(1, 6))));
    assertFalse(Share.sumToWhole(List.of(Share.of(1, 3), Share.of(1, 3))));
    assertFalse(Share.sumToWhole(List.of(Share.WHOLE, Share.of(1, 3))));
    assertFalse(Share.sumToWhole(List.of()));
  }

  @Test
  void apportioningGivesEveryPennyByLargestRemainder() {
    List<Share> thirds = List.of(Share.of(1, 3), Share.of(1, 3), Share.of(1, 3));
    assertEquals(pence(34, 33, 33), Share.apportion(Money.ofPence(100), thirds));
    assertEquals(pence(34, 34, 33), Share.apportion(Money.ofPence(101), thirds));
    // 7 x 2/7 = 2 rem 0; 7 x 5/7 = 5 rem 0; 10 x 1/6 = 1 rem 4, 10 x 5/6 = 8 rem 2.
    assertEquals(pence(2, 8), Share.apportion(Money.ofPence(10), List.of(Share.of(1, 6), Share.of(5, 6))));
    assertEquals(pence(1, 9), Share.apportion(Money.ofPence(10), List.of(Share.of(1, 7), Share.of(6, 7))));
    assertEquals(pence(0, 1), Share.apportion(Money.ofPence(1), List.of(Share.of(1, 3), Share.of(2, 3))));
    assertEquals(pence(0, 0), Share.apportion(Money.ZERO, List.of(Share.of(1, 2), Share.of(1, 2))));
  }

  @Test
  void apportioningNeedsWholeSharesAndNoDebt() {
    assertEquals("Shares [1/3] must add up to exactly one to apportion " + Money.ofPence(5),
        refused(() -> Share.apportion(Money.ofPence(5), List.of(Share.of(1, 3)))));
    ViolationException negative = assertThrows(ViolationException.class,
        () -> Share.apportion(Money.ofPence(-5), List.of(Share.WHOLE)));
    assertEquals("MONEY_NEGATIVE", negative.violations().get(0).code());
    assertEquals("Cannot apportion " + Money.ofPence(-5) + ": the amount must not be negative",
        negative.violations().get(0).message());
  }

  @Test
  void aShareOfMoneyRoundsDownAndAsADecimalRoundsHalfEven() {
    assertEquals(Money.ofPence(33), Share.of(1, 3).of(Money.ofPence(100)));
    assertEquals(Money.ofPence(66), Share.of(2, 3).of(Money.ofPence(100)));
    assertEquals(new BigDecimal("0.333"), Share.of(1, 3).toDecimal(3));
    assertEquals(new BigDecimal("0.667"), Share.of(2, 3).toDecimal(3));
    assertEquals(new BigDecimal("0.12"), Share.of(1, 8).toDecimal(2));
  }

  @Test
  void sharesCompareByValue() {
    assertTrue(Share.of(1, 3).compareTo(Share.of(1, 2)) < 0);
    assertTrue(Share.of(2, 3).compareTo(Share.of(1, 2)) > 0);
    assertEquals(0, Share.of(1, 2).compareTo(Share.of(2, 4)));
  }
}
