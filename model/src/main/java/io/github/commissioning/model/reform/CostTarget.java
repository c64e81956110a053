package io.github.commissioning.model.reform;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import io.github.commissioning.organisation.OdsCode;

/**
 * A management cost reduction target and how a reform met it: the running costs of a region (a
 * strategic health authority and its primary care organisations), or of the whole country, in
 * 2010/11 and in 2013/14.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param region the strategic health authority, or empty for the whole country
 * @param name the region's name, or "England"
 * @param targetPercent the cut required, in percent of the 2010/11 running costs
 * @param before the running costs of 2010/11
 * @param after the running costs of 2013/14
 */
public record CostTarget(Optional<OdsCode> region, String name, int targetPercent, Money before,
    Money after) {

  /** Creates the result, checking the figures. */
  public CostTarget {
    checkNotNull(region, "region");
    checkNotNull(name, "name");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkArgument(targetPercent >= 0 && targetPercent <= 100,
        "A cost reduction target is a percentage from 0 to 100, not %s", targetPercent);
  }

  /**
   * Returns the cut achieved, in percent of the 2010/11 running costs, to two decimal places,
   * rounded towards zero.
   *
   * @return the cut; zero if there were no running costs
   */
  public BigDecimal achievedPercent() {
    if (before.isZero()) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(before.minus(after).pence()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(before.pence()), 2, RoundingMode.DOWN);
  }

  /**
   * Returns whether the running costs of 2013/14 are at most the target allows.
   *
   * @return true if the target is met
   */
  public boolean met() {
    return BigDecimal.valueOf(before.minus(after).pence()).multiply(BigDecimal.valueOf(100))
        .compareTo(BigDecimal.valueOf(before.pence()).multiply(BigDecimal.valueOf(targetPercent)))
        >= 0;
  }
}
