package io.github.commissioning.model.soak;

import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Weighted;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/** Generators of the raw material of bad input: junk text, absurd numbers and dates. */
final class Junk {
  private Junk() {}

  /**
   * Characters that break parsers: letters of both cases, digits (ASCII and Arabic-Indic),
   * punctuation that means something in numbers, codes and CSV, white space and line ends, NUL,
   * a replacement character and a lone surrogate.
   */
  static final String PALETTE = "AQRXYZ05789aqxz -+.,/:\"'%£$eE\t\r\n\u0000\u00e9\u0660\u0661"
      + "\uFFFD\uD800\u00A0\u2028";

  /** Text of up to {@code maxLength} characters from the palette, now and then a huge one. */
  static Gen<String> text(int maxLength) {
    Gen<String> ordinary = Gen.integers(0, maxLength).flatMap(length -> fromPalette(length));
    Gen<String> huge = Gen.integers(1_000, 200_000).flatMap(length -> Gen.elements("9", "A",
        "x", " ", ",").map(c -> c.repeat(length)));
    return Gen.frequency(Weighted.of(400, ordinary), Weighted.of(1, huge));
  }

  private static Gen<String> fromPalette(int length) {
    return source -> {
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(PALETTE.charAt(source.drawInt(PALETTE.length() - 1)));
      }
      return text.toString();
    };
  }

  /** Digits, now and then with a sign, separators, a decimal point or an exponent. */
  static Gen<String> number() {
    Gen<String> digits = Gen.integers(1, 40).flatMap(length -> source -> {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append((char) ('0' + source.drawInt(9)));
      }
      return text.toString();
    });
    return Gen.oneOf(digits,
        digits.flatMap(d -> Gen.elements("-", "+", "£", "GBP ", "GBP", "-£", "£-", " ", "")
            .map(prefix -> prefix + d)),
        digits.flatMap(d -> Gen.integers(0, d.length()).map(at -> d.substring(0, at) + ","
            + d.substring(at))),
        digits.flatMap(d -> Gen.integers(0, d.length()).map(at -> d.substring(0, at) + "."
            + d.substring(at))),
        digits.flatMap(d -> Gen.elements("e", "E", "e-", "E+").flatMap(e -> Gen.elements("1",
            "400", "2147483647", "-2147483648", "99999999999").map(x -> d + e + x))),
        digits.flatMap(d -> Gen.elements("%", " %", "%%", ".00", ".001", ",000", ",00")
            .map(suffix -> d + suffix)),
        text(12));
  }

  /** Whole numbers with the edges of int and long well represented. */
  static Gen<Long> longs() {
    return Gen.frequency(
        Weighted.of(3, Gen.longs(-1_000_000, 1_000_000)),
        Weighted.of(3, Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE)),
        Weighted.of(2, Gen.elements(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE,
            Long.MAX_VALUE - 1, 0L, -1L, 1L, (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE,
            Long.MAX_VALUE / 100, Long.MAX_VALUE / 100 + 1, -(Long.MAX_VALUE / 100) - 1)));
  }

  /** Ints with their edges well represented. */
  static Gen<Integer> ints() {
    return Gen.frequency(
        Weighted.of(3, Gen.integers(-10_000, 10_000)),
        Weighted.of(2, Gen.integers(Integer.MIN_VALUE, Integer.MAX_VALUE)),
        Weighted.of(2, Gen.elements(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1, 1947, 1948,
            9998, 9999)));
  }

  /** Decimal numbers with absurd precision and scale, up to 1E+2147483647. */
  static Gen<BigDecimal> decimals() {
    Gen<BigInteger> unscaled = Gen.integers(0, 300).flatMap(bits -> source -> {
      BigInteger value = BigInteger.ZERO;
      for (int i = 0; i < bits; i++) {
        value = value.shiftLeft(1).add(BigInteger.valueOf(source.drawInt(1)));
      }
      return source.drawBoolean(0.3) ? value.negate() : value;
    });
    Gen<Integer> scale = Gen.frequency(Weighted.of(4, Gen.integers(-25, 25)),
        Weighted.of(1, Gen.elements(Integer.MIN_VALUE + 1, Integer.MAX_VALUE, -1_000_000,
            1_000_000)));
    return unscaled.flatMap(u -> scale.map(s -> new BigDecimal(u, s)));
  }

  /** Dates from the first to the last LocalDate can hold, the edges well represented. */
  static Gen<LocalDate> dates() {
    return Gen.frequency(
        Weighted.of(6, Gen.longs(LocalDate.of(1990, 1, 1).toEpochDay(),
            LocalDate.of(2030, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay)),
        Weighted.of(1, Gen.longs(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            .map(LocalDate::ofEpochDay)),
        Weighted.of(1, Gen.elements(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1),
            LocalDate.of(9999, 12, 31), LocalDate.of(1948, 4, 1), LocalDate.of(1948, 3, 31))));
  }

  /** Dates written as text: ISO, nearly ISO, out of range, or junk. */
  static Gen<String> dateText() {
    return Gen.oneOf(dates().map(LocalDate::toString),
        Gen.elements("2013-02-30", "2013-13-01", "2013-00-10", "+10000-01-01", "-0001-01-01",
            "20130401", "2013/04/01", "2013-4-1", " 2013-04-01", "2013-04-01 ", "", "2013-04-01T00"),
        text(12));
  }

  /** Picks from a list. */
  static <T> Gen<T> oneOf(List<T> values) {
    return Gen.elements(values);
  }
}
