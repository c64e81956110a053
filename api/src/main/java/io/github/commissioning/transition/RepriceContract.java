package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;

/**
 * Changes the price of an existing contract, for example to negotiate below the PbR tariff.
 *
 * @param date the day of the new price
 * @param commissioner the contract's commissioner
 * @param provider the contract's provider
 * @param service the contract's service
 * @param year the contract's year
 * @param price the new price, not negative
 */
public record RepriceContract(LocalDate date, OdsCode commissioner, OdsCode provider,
    CommissioningFunction service, FinancialYear year, Money price) implements Transition {

  /** Creates the transition, checking the price. */
  public RepriceContract {
    checkNotNull(date, "date");
    checkNotNull(commissioner, "commissioner");
    checkNotNull(provider, "provider");
    checkNotNull(service, "service");
    checkNotNull(year, "year");
    Arguments.notNegative(price, "price", "A contract price");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.repriceContract(this);
  }
}
