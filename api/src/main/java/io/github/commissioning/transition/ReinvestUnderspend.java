package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.finance.RingFence;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;

/**
 * Records an underspend of a cash budget and reinvests it: the amount moves from the holder's
 * general cash budget for the year into a budget of the same holder under the given ring-fence.
 * Policies decide which ring-fences an underspend may go to (patient care, never practice profit).
 *
 * @param date the day of the reinvestment
 * @param holder the holder of the underspent budget
 * @param year the budget's financial year
 * @param amount the amount underspent, more than zero
 * @param into where the money goes
 */
public record ReinvestUnderspend(LocalDate date, OdsCode holder, FinancialYear year, Money amount,
    RingFence into) implements Transition {

  /** Creates the transition, checking the amount. */
  public ReinvestUnderspend {
    checkNotNull(date, "date");
    checkNotNull(holder, "holder");
    checkNotNull(year, "year");
    checkNotNull(into, "into");
    Arguments.notNegative(amount, "amount", "An underspend");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.reinvestUnderspend(this);
  }
}
