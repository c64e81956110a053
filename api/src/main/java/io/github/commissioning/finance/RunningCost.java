package io.github.commissioning.finance;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;

/**
 * What one body spends on running itself (management and administration) in a financial year.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param body the body
 * @param year the financial year
 * @param amount the amount spent, not negative
 */
public record RunningCost(OdsCode body, FinancialYear year, Money amount) {

  /**
   * Creates a running cost, checking the amount is not negative.
   *
   * @throws ViolationException with {@link Invariant#MONEY_NEGATIVE} if it is
   */
  public RunningCost {
    checkNotNull(body, "body");
    checkNotNull(year, "year");
    checkNotNull(amount, "amount");
    if (amount.isNegative()) {
      throw ViolationException.of(Invariant.MONEY_NEGATIVE, "Running cost " + amount + " of " + body
          + " for " + year + " must not be negative", body, amount);
    }
  }

  /**
   * Obtains a running cost.
   *
   * @param body the body
   * @param year the financial year
   * @param amount the amount, not negative
   * @return the running cost
   */
  public static RunningCost of(OdsCode body, FinancialYear year, Money amount) {
    return new RunningCost(body, year, amount);
  }
}
