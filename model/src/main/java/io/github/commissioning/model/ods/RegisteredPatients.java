package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * The patients registered with a practice, counted by sex and age band, with totals.
 *
 * <p>This class is immutable and thread-safe; totals are exact, since each count is an
 * {@code int} and the totals are {@code long}.
 */
public final class RegisteredPatients {
  private final int[] males;
  private final int[] females;

  private RegisteredPatients(int[] males, int[] females) {
    this.males = males;
    this.females = females;
  }

  /**
   * Obtains the counts of a practice, band by band in the order of {@link AgeBand}.
   *
   * @param males the male patients in each band, one count for each band
   * @param females the female patients in each band, one count for each band
   * @return the counts, copied
   * @throws IllegalArgumentException if an array does not hold one count for each band, or a
   *     count is negative
   */
  public static RegisteredPatients of(int[] males, int[] females) {
    return new RegisteredPatients(checked(males, "males"), checked(females, "females"));
  }

  private static int[] checked(int[] counts, String name) {
    checkNotNull(counts, name);
    checkArgument(counts.length == AgeBand.values().length, "%s needs %s counts, not %s", name,
        AgeBand.values().length, counts.length);
    for (int count : counts) {
      checkArgument(count >= 0, "A count of patients is never negative: %s", count);
    }
    return counts.clone();
  }

  /**
   * Returns the male patients in an age band.
   *
   * @param band the band
   * @return the count, never negative
   */
  public int males(AgeBand band) {
    return males[checkNotNull(band, "band").ordinal()];
  }

  /**
   * Returns the female patients in an age band.
   *
   * @param band the band
   * @return the count, never negative
   */
  public int females(AgeBand band) {
    return females[checkNotNull(band, "band").ordinal()];
  }

  /**
   * Returns the patients of both sexes in an age band.
   *
   * @param band the band
   * @return the count, never negative
   */
  public long inBand(AgeBand band) {
    return (long) males(band) + females(band);
  }

  /**
   * Returns the male patients of every age.
   *
   * @return the total, never negative
   */
  public long totalMales() {
    return sum(males);
  }

  /**
   * Returns the female patients of every age.
   *
   * @return the total, never negative
   */
  public long totalFemales() {
    return sum(females);
  }

  /**
   * Returns every registered patient.
   *
   * @return the total of both sexes and every age, never negative
   */
  public long total() {
    return totalMales() + totalFemales();
  }

  private static long sum(int[] counts) {
    long sum = 0;
    for (int count : counts) {
      sum += count;
    }
    return sum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegisteredPatients that && Arrays.equals(males, that.males)
        && Arrays.equals(females, that.females);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(males) + Arrays.hashCode(females);
  }

  /**
   * Returns the counts, for people.
   *
   * @return such as {@code RegisteredPatients[total=5632, males=[...], females=[...]]}
   */
  @Override
  public String toString() {
    return "RegisteredPatients[total=" + total() + ", males=" + Arrays.toString(males)
        + ", females=" + Arrays.toString(females) + "]";
  }

  /** The age bands that NHSBSA counts patients in, youngest first. */
  public enum AgeBand {
    /** Aged 0 to 4. */
    AGED_0_TO_4("0-4"),
    /** Aged 5 to 14. */
    AGED_5_TO_14("5-14"),
    /** Aged 15 to 24. */
    AGED_15_TO_24("15-24"),
    /** Aged 25 to 34. */
    AGED_25_TO_34("25-34"),
    /** Aged 35 to 44. */
    AGED_35_TO_44("35-44"),
    /** Aged 45 to 54. */
    AGED_45_TO_54("45-54"),
    /** Aged 55 to 64. */
    AGED_55_TO_64("55-64"),
    /** Aged 65 to 74. */
    AGED_65_TO_74("65-74"),
    /** Aged 75 or over. */
    AGED_75_AND_OVER("75+");

    private final String label;

    AgeBand(String label) {
      this.label = label;
    }

    /**
     * Returns the band as the files' headers write it.
     *
     * @return such as {@code 0-4} or {@code 75+}
     */
    public String label() {
      return label;
    }
  }
}
