package io.github.commissioning.model.history;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.Period;

/**
 * A practice's membership of a body over a period: one row of the ODS membership history.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param practice the practice (or other cost centre)
 * @param parent the body it belonged to
 * @param period the days it belonged, both ends inclusive
 */
public record Membership(OdsCode practice, OdsCode parent, Period period) {
  /** Creates a membership. */
  public Membership {
    checkNotNull(practice, "practice");
    checkNotNull(parent, "parent");
    checkNotNull(period, "period");
  }

  @Override
  public String toString() {
    return practice + " in " + parent + " " + period;
  }
}
