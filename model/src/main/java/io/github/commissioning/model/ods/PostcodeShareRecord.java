package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * One line of the 2013 split of PCTs' postcodes across CCGs: the share of a PCT's postcodes that
 * fell in a CCG, as an exact percentage.
 *
 * <p>Read with {@link OdsFormats#PCT_TO_CCG_2013}. This class is immutable and thread-safe.
 *
 * @param pct the primary care trust, with its ODS code
 * @param ccg the clinical commissioning group, with its ODS code
 * @param percent the percentage of the PCT's postcodes in the CCG, from 0 to 100, exactly as
 *     written
 */
public record PostcodeShareRecord(OnsBody pct, OnsBody ccg, BigDecimal percent) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates a record.
   *
   * @throws IllegalArgumentException if the percentage is below 0 or above 100
   */
  public PostcodeShareRecord {
    checkNotNull(pct, "pct");
    checkNotNull(ccg, "ccg");
    checkNotNull(percent, "percent");
    checkArgument(percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0,
        "A percentage must be from 0 to 100: %s", percent);
  }
}
