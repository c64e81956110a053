package io.github.commissioning.model.history;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.time.Period;

/**
 * The days a body was a practice's commissioner: the days the practice was its member and the
 * body was open, both. {@link History#commissionerOf} answers from these.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the days
 * @param commissioner the body, as it stood over those days
 */
public record CommissionerSpan(Period period, Organisation commissioner) {
  /**
   * Obtains a span.
   *
   * @throws NullPointerException if either argument is null
   */
  public CommissionerSpan {
    checkNotNull(period, "period");
    checkNotNull(commissioner, "commissioner");
  }
}
