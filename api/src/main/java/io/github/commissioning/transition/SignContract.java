package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.finance.Contract;
import java.time.LocalDate;

/**
 * Signs a contract between a commissioner and a provider, possibly arranged by a third body (a
 * PCT arranging a consortium's contract with an acute provider).
 *
 * @param date the day of signature
 * @param contract the contract, for a year not already contracted between the same parties for
 *     the same service
 */
public record SignContract(LocalDate date, Contract contract) implements Transition {

  /** Creates the transition. */
  public SignContract {
    checkNotNull(date, "date");
    checkNotNull(contract, "contract");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.signContract(this);
  }
}
