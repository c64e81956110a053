package io.github.commissioning.money;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * An exact fraction of a whole, from zero to one, such as the share of a split body's money that
 * goes to one successor. Held as a reduced fraction so that shares add up exactly.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param numerator the top of the reduced fraction, from 0 to {@code denominator}
 * @param denominator the bottom of the reduced fraction, at least 1
 */
public record Share(long numerator, long denominator) implements Comparable<Share>, Serializable {
  /** The whole. */
  public static final Share WHOLE = new Share(1, 1);

  /** The longest text {@link #parse} reads: room for 100%, 18 decimal places and many zeros. */
  private static final int MAX_WRITTEN = 64;

  /**
   * Creates a share, checking it is a reduced fraction from zero to one.
   *
   * @throws ViolationException with {@link Invariant#MONEY_FORMAT} if it is not
   */
  public Share {
    boolean inRange = denominator >= 1 && numerator >= 0 && numerator <= denominator;
    boolean reduced = inRange && (numerator == 0 ? denominator == 1
        : BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).equals(BigInteger.ONE));
    if (!reduced) {
      throw ViolationException.of(Invariant.MONEY_FORMAT, "Share " + numerator + "/" + denominator
          + " must be a reduced fraction from 0/1 to 1/1", numerator + "/" + denominator);
    }
  }

  /**
   * Obtains a share from a fraction, reducing it.
   *
   * @param numerator the top, from 0 to {@code denominator}
   * @param denominator the bottom, at least 1
   * @return the share
   * @throws ViolationException with {@link Invariant#MONEY_FORMAT} if the fraction is not from
   *     zero to one
   */
  public static Share of(long numerator, long denominator) {
    if (denominator < 1 || numerator < 0 || numerator > denominator) {
      throw ViolationException.of(Invariant.MONEY_FORMAT, "Share " + numerator + "/" + denominator
          + " must be a fraction from 0 to 1 with a positive denominator",
          numerator + "/" + denominator);
    }
    if (numerator == 0) {
      return new Share(0, 1);
    }
    long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
    return new Share(numerator / gcd, denominator / gcd);
  }

  /**
   * Obtains a share from a decimal text such as {@code 0.25} or a percentage such as {@code 47.3%}.
   *
   * @param text a decimal fraction from 0 to 1, or a percentage from 0% to 100%
   * @return the exact share
   * @throws ViolationException with {@link Invariant#MONEY_FORMAT} if the text is not such a
   *     number, is out of range, or is longer than 64 characters
   */
  public static Share parse(CharSequence text) {
    checkNotNull(text, "text");
    String written = text.toString().strip();
    // Checked before BigDecimal reads it, which takes seconds for hundreds of thousands of digits.
    if (written.length() > MAX_WRITTEN) {
      throw ViolationException.of(Invariant.MONEY_FORMAT, "Share '" + written.substring(0, 20)
          + "...' of " + written.length() + " characters is too long: a share is written in at"
          + " most " + MAX_WRITTEN + " characters", written.substring(0, 20) + "...");
    }
    boolean percent = written.endsWith("%");
    BigDecimal value;
    try {
      value = new BigDecimal(percent ? written.substring(0, written.length() - 1).strip() : written);
    } catch (NumberFormatException e) {
      throw ViolationException.of(Invariant.MONEY_FORMAT, "Share '" + written
          + "' is not a decimal such as 0.25 or a percentage such as 47.3%", written);
    }
    // Checked before any arithmetic: 1e-2147483647% must not reach movePointLeft.
    if (value.scale() > 18 || value.scale() < -3) {
      throw ViolationException.of(Invariant.MONEY_FORMAT, "Share '" + written
          + "' must be from 0 to 1 (0% to 100%) with at most 18 decimal places", written);
    }
    if (percent) {
      value = value.movePointLeft(2);
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 || value.scale() > 18) {
      throw ViolationException.of(Invariant.MONEY_FORMAT, "Share '" + written
          + "' must be from 0 to 1 (0% to 100%) with at most 18 decimal places", written);
    }
    BigDecimal scaled = value.stripTrailingZeros();
    int scale = Math.max(scaled.scale(), 0);
    return of(scaled.movePointRight(scale).longValueExact(), BigInteger.TEN.pow(scale).longValueExact());
  }

  /**
   * Tells whether shares add up to exactly one whole.
   *
   * @param shares the shares
   * @return true if their exact sum is one
   */
  public static boolean sumToWhole(List<Share> shares) {
    checkNotNull(shares, "shares");
    BigInteger top = BigInteger.ZERO;
    BigInteger bottom = BigInteger.ONE;
    for (Share share : shares) {
      BigInteger d = BigInteger.valueOf(share.denominator);
      top = top.multiply(d).add(BigInteger.valueOf(share.numerator).multiply(bottom));
      bottom = bottom.multiply(d);
    }
    return top.equals(bottom);
  }

  /**
   * Divides an amount between shares that add up to one, exactly to the penny: each share gets its
   * exact part rounded down, and the pence left over go one each to the shares with the largest
   * remainders (the earlier share first when remainders are equal).
   *
   * @param amount the amount to divide, not negative
   * @param shares shares adding up to exactly one
   * @return the parts, in the order of the shares, adding up to exactly {@code amount}
   * @throws ViolationException with {@link Invariant#MONEY_FORMAT} if the shares do not add up
   *     to one, or {@link Invariant#MONEY_NEGATIVE} if the amount is negative
   */
  public static ImmutableList<Money> apportion(Money amount, List<Share> shares) {
    checkNotNull(amount, "amount");
    if (!sumToWhole(shares)) {
      throw ViolationException.of(Invariant.MONEY_FORMAT, "Shares " + shares
          + " must add up to exactly one to apportion " + amount, shares);
    }
    if (amount.isNegative()) {
      throw ViolationException.of(Invariant.MONEY_NEGATIVE, "Cannot apportion " + amount
          + ": the amount must not be negative", amount);
    }
    BigInteger pence = BigInteger.valueOf(amount.pence());
    long[] parts = new long[shares.size()];
    BigInteger[] remainders = new BigInteger[shares.size()];
    long given = 0;
    for (int i = 0; i < parts.length; i++) {
      BigInteger[] division = pence.multiply(BigInteger.valueOf(shares.get(i).numerator))
          .divideAndRemainder(BigInteger.valueOf(shares.get(i).denominator));
      parts[i] = division[0].longValueExact();
      remainders[i] = division[1];
      given += parts[i];
    }
    boolean[] topped = new boolean[parts.length];
    for (long left = amount.pence() - given; left > 0; left--) {
      int largest = -1;
      for (int i = 0; i < parts.length; i++) {
        if (!topped[i] && (largest < 0 || largerRemainder(remainders, shares, i, largest))) {
          largest = i;
        }
      }
      parts[largest]++;
      topped[largest] = true;
    }
    ImmutableList.Builder<Money> result = ImmutableList.builderWithExpectedSize(parts.length);
    for (long part : parts) {
      result.add(Money.ofPence(part));
    }
    return result.build();
  }

  /** Compares remainder i / denominator i with remainder j / denominator j exactly. */
  private static boolean largerRemainder(BigInteger[] remainders, List<Share> shares, int i, int j) {
    return remainders[i].multiply(BigInteger.valueOf(shares.get(j).denominator))
        .compareTo(remainders[j].multiply(BigInteger.valueOf(shares.get(i).denominator))) > 0;
  }

  /**
   * Returns this share of an amount, rounded down to the penny.
   *
   * @param amount the whole amount
   * @return the part
   */
  public Money of(Money amount) {
    checkNotNull(amount, "amount");
    return Money.ofPence(BigInteger.valueOf(amount.pence()).multiply(BigInteger.valueOf(numerator))
        .divide(BigInteger.valueOf(denominator)).longValueExact());
  }

  /**
   * Returns the share as a decimal rounded half-even to the given number of places.
   *
   * @param scale the decimal places, from 0 to 100
   * @return the decimal, such as {@code 0.047} for 4/84 at scale 3
   * @throws IllegalArgumentException if the scale is below 0 or above 100
   */
  public BigDecimal toDecimal(int scale) {
    DecimalPlaces.check(scale);
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale,
        RoundingMode.HALF_EVEN);
  }

  @Override
  public int compareTo(Share other) {
    return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
