package io.github.commissioning.testkit.generator;

import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Weighted;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;

/**
 * Generators of the scalar values of the api: money, shares, financial years and dates.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Values {
  private Values() {}

  /**
   * Returns a generator of amounts from nothing to the given most, shrinking towards nothing.
   *
   * @param max the most, not negative
   * @return the generator
   */
  public static Gen<Money> money(Money max) {
    return Gen.longs(0, max.pence()).map(Money::ofPence);
  }

  /**
   * Returns a generator of any amount a {@code long} of pence can hold, negative included; its edge
   * cases are the extremes where arithmetic overflows.
   *
   * @return the generator
   */
  public static Gen<Money> anyMoney() {
    return Gen.frequency(
        Weighted.of(8, Gen.longs(-1_000_000_000_00L,
            1_000_000_000_00L).map(Money::ofPence)),
        Weighted.of(1, Gen.elements(Long.MIN_VALUE,
            Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, Long.MAX_VALUE).map(Money::ofPence)));
  }

  /**
   * Returns a generator of shares with denominators up to the given most.
   *
   * @param maxDenominator the largest denominator, at least 1
   * @return the generator, shrinking towards 0/1
   */
  public static Gen<Share> shares(int maxDenominator) {
    return Gen.integers(1, maxDenominator)
        .flatMap(d -> Gen.integers(0, d).map(n -> Share.of(n, d)));
  }

  /**
   * Returns a generator of financial years from 1999/00 to 2029/30.
   *
   * @return the generator, shrinking towards 1999/00
   */
  public static Gen<FinancialYear> financialYears() {
    return Gen.integers(1999, 2029).map(FinancialYear::of);
  }

  /**
   * Returns a generator of days from the first to the last, shrinking towards the first.
   *
   * @param first the earliest day
   * @param last the latest day, not before {@code first}
   * @return the generator
   */
  public static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
    return Gen.longs(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }
}
