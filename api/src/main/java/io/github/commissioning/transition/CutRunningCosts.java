package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;

/**
 * Cuts a body's running costs for a year to a lower amount (management cost reduction).
 *
 * @param date the day of the cut
 * @param body the body
 * @param year the year whose running costs are cut
 * @param to the new running costs, not negative and not above the current ones
 */
public record CutRunningCosts(LocalDate date, OdsCode body, FinancialYear year, Money to)
    implements Transition {

  /** Creates the transition, checking the amount. */
  public CutRunningCosts {
    checkNotNull(date, "date");
    checkNotNull(body, "body");
    checkNotNull(year, "year");
    Arguments.notNegative(to, "to", "Running costs");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.cutRunningCosts(this);
  }
}
