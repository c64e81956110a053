package io.github.commissioning.money;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An exact amount of pounds sterling, held as a whole number of pence.
 *
 * <p>Arithmetic is exact: an operation whose result would not fit in a {@code long} of pence
 * (about GBP 92 million billion) throws a {@link ViolationException} with
 * {@link Invariant#MONEY_OVERFLOW} instead of wrapping round. Amounts may be negative, for
 * example a deficit or a movement out of a budget; the places where a negative amount is
 * meaningless (an allocation, a price) refuse it with {@link Invariant#MONEY_NEGATIVE}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pence the amount in pence
 */
public record Money(long pence) implements Comparable<Money>, Serializable {
  /** No money. */
  public static final Money ZERO = new Money(0);

  private static final Pattern WRITTEN =
      Pattern.compile("-?(GBP ?|£)?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");

  /**
   * Obtains an amount from a number of pence.
   *
   * @param pence the amount in pence, negative for a debit
   * @return the amount
   */
  public static Money ofPence(long pence) {
    return pence == 0 ? ZERO : new Money(pence);
  }

  /**
   * Obtains an amount from a whole number of pounds.
   *
   * @param pounds the amount in pounds
   * @return the amount
   * @throws ViolationException with {@link Invariant#MONEY_OVERFLOW} if it does not fit
   */
  public static Money ofPounds(long pounds) {
    try {
      return ofPence(Math.multiplyExact(pounds, 100L));
    } catch (ArithmeticException e) {
      throw overflow("GBP " + pounds + " is out of range: at most " + MAX_POUNDS
          + " pounds either way fit", pounds);
    }
  }

  private static final long MAX_POUNDS = Long.MAX_VALUE / 100;

  /**
   * Obtains an amount from an exact decimal number of pounds with at most two decimal places.
   *
   * @param pounds the amount in pounds, such as {@code 84000000000.00}
   * @return the amount
   * @throws ViolationException with {@link Invariant#MONEY_FORMAT} if it has fractions of a
   *     penny, or {@link Invariant#MONEY_OVERFLOW} if it does not fit
   */
  public static Money of(BigDecimal pounds) {
    checkNotNull(pounds, "pounds");
    if (pounds.signum() == 0) {
      return ZERO; // whatever its scale, even one that no arithmetic could move
    }
    // Checked before any arithmetic, on the digits before the point (precision less scale, the
    // same with trailing zeros or without): a number such as 1E+2147483647 must reach neither
    // movePointRight nor stripTrailingZeros, whose scale would overflow.
    if ((long) pounds.precision() - pounds.scale() > 18) {
      throw overflow("GBP " + written(pounds) + " is out of range: at most "
          + MAX_POUNDS + " pounds either way fit", written(pounds));
    }
    BigDecimal exact = pounds.stripTrailingZeros(); // its scale is now above -18
    if (exact.scale() > 2) {
      throw ViolationException.of(Invariant.MONEY_FORMAT, "GBP " + written(pounds)
          + " has a fraction of a penny: money is held in whole pence", written(pounds));
    }
    try {
      return ofPence(exact.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw overflow("GBP " + written(pounds) + " is out of range: at most " + MAX_POUNDS
          + " pounds either way fit", written(pounds));
    }
  }

  /**
   * Obtains an amount from text such as {@code 84000000000}, {@code £1,234.56},
   * {@code GBP 12.5} or {@code -0.01}.
   *
   * @param text an optional minus sign, an optional {@code £} or {@code GBP}, pounds (with or
   *     without comma separators every three digits) and at most two decimal places
   * @return the amount
   * @throws ViolationException with {@link Invariant#MONEY_FORMAT} if the text is not in that
   *     form, or {@link Invariant#MONEY_OVERFLOW} if it does not fit
   */
  public static Money parse(CharSequence text) {
    checkNotNull(text, "text");
    String written = text.toString();
    if (!WRITTEN.matcher(written).matches()) {
      throw ViolationException.of(Invariant.MONEY_FORMAT, "'" + written
          + "' is not an amount of money: write pounds with at most two decimal places, such as "
          + "£1,234.56", written);
    }
    String digits = written.replace("GBP", "").replace("£", "").replace(",", "").replace(" ", "");
    // Leading zeros left out and the length checked before BigDecimal, whose reading of hundreds
    // of thousands of digits takes seconds.
    String number = LEADING_ZEROS.matcher(digits).replaceFirst("$1");
    int point = number.indexOf('.');
    int wholeDigits = (point < 0 ? number.length() : point) - (number.startsWith("-") ? 1 : 0);
    if (wholeDigits > 18) {
      throw overflow("GBP " + number + " is out of range: at most " + MAX_POUNDS
          + " pounds either way fit", number);
    }
    return of(new BigDecimal(number));
  }

  /** The zeros before the first digit that counts, which stays (0 before a point included). */
  private static final Pattern LEADING_ZEROS = Pattern.compile("^(-?)0+(?=[0-9])");

  /**
   * Returns the sum of this amount and another.
   *
   * @param other the amount to add
   * @return the sum
   * @throws ViolationException with {@link Invariant#MONEY_OVERFLOW} if the sum does not fit
   */
  public Money plus(Money other) {
    checkNotNull(other, "other");
    try {
      return ofPence(Math.addExact(pence, other.pence));
    } catch (ArithmeticException e) {
      throw overflow(this + " plus " + other + " overflows", this, other);
    }
  }

  /**
   * Returns this amount less another.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws ViolationException with {@link Invariant#MONEY_OVERFLOW} if it does not fit
   */
  public Money minus(Money other) {
    checkNotNull(other, "other");
    try {
      return ofPence(Math.subtractExact(pence, other.pence));
    } catch (ArithmeticException e) {
      throw overflow(this + " minus " + other + " overflows", this, other);
    }
  }

  /**
   * Returns this amount multiplied by a whole number.
   *
   * @param factor the multiplier
   * @return the product
   * @throws ViolationException with {@link Invariant#MONEY_OVERFLOW} if it does not fit
   */
  public Money times(long factor) {
    try {
      return ofPence(Math.multiplyExact(pence, factor));
    } catch (ArithmeticException e) {
      throw overflow(this + " times " + factor + " overflows", this, factor);
    }
  }

  /**
   * Returns the amount with the opposite sign.
   *
   * @return the negated amount
   * @throws ViolationException with {@link Invariant#MONEY_OVERFLOW} for the most negative amount
   */
  public Money negated() {
    return ZERO.minus(this);
  }

  /**
   * Returns the exact sum of the given amounts.
   *
   * @param amounts the amounts to add
   * @return the sum, zero if there are none
   * @throws ViolationException with {@link Invariant#MONEY_OVERFLOW} if the sum does not fit
   */
  public static Money sum(Iterable<Money> amounts) {
    checkNotNull(amounts, "amounts");
    Money total = ZERO;
    for (Money amount : amounts) {
      total = total.plus(amount);
    }
    return total;
  }

  /**
   * Returns this amount as a share of a whole, as an exact decimal fraction rounded half-even to
   * the given number of decimal places.
   *
   * @param whole the whole, not zero
   * @param scale the number of decimal places, from 0 to 100
   * @return this amount divided by {@code whole}, such as {@code 0.048} for GBP 4bn of GBP 84bn
   *     at scale 3
   * @throws ViolationException with {@link Invariant#MONEY_FORMAT} if {@code whole} is zero
   * @throws IllegalArgumentException if the scale is below 0 or above 100
   */
  public BigDecimal shareOf(Money whole, int scale) {
    checkNotNull(whole, "whole");
    DecimalPlaces.check(scale);
    if (whole.isZero()) {
      throw ViolationException.of(Invariant.MONEY_FORMAT, "Cannot take " + this
          + " as a share of nothing: the whole must not be zero", this, whole);
    }
    return BigDecimal.valueOf(pence).divide(BigDecimal.valueOf(whole.pence), scale,
        RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the amount in pounds as an exact decimal with two decimal places.
   *
   * @return the pounds, such as {@code 1234.56}
   */
  public BigDecimal toPounds() {
    return BigDecimal.valueOf(pence, 2);
  }

  /**
   * Tells whether this amount is zero.
   *
   * @return true if no money
   */
  public boolean isZero() {
    return pence == 0;
  }

  /**
   * Tells whether this amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return pence < 0;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  /** The number as written plainly, unless that would be absurdly long (1E+2147483647). */
  private static String written(BigDecimal number) {
    return Math.abs((long) number.scale()) <= 40 ? number.toPlainString() : number.toString();
  }

  private static ViolationException overflow(String message, Object... subjects) {
    return ViolationException.of(Invariant.MONEY_OVERFLOW, message, subjects);
  }

  /**
   * Returns the amount as {@code £1,234.56} (or {@code -£0.01}), which {@link #parse} reads back.
   *
   * @return the amount with a pound sign, comma separators and two decimal places
   */
  @Override
  public String toString() {
    // By hand rather than with a Formatter: messages and reports format a great many amounts.
    String digits = Long.toString(pence);
    boolean negative = pence < 0;
    String magnitude = negative ? digits.substring(1) : digits;
    if (magnitude.length() < 3) {
      magnitude = "00".substring(magnitude.length() - 1) + magnitude;
    }
    int wholeLength = magnitude.length() - 2;
    StringBuilder text = new StringBuilder(magnitude.length() + 8);
    if (negative) {
      text.append('-');
    }
    text.append('£');
    for (int i = 0; i < wholeLength; i++) {
      if (i > 0 && (wholeLength - i) % 3 == 0) {
        text.append(',');
      }
      text.append(magnitude.charAt(i));
    }
    return text.append('.').append(magnitude, wholeLength, magnitude.length()).toString();
  }
}
