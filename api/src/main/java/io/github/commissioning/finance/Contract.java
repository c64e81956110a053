package io.github.commissioning.finance;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.internal.DomainStyle;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contract for one year between a commissioner and a provider for a service, at a price, with
 * the national Payment by Results (PbR) tariff price where one applies and the body that arranged
 * it if not the commissioner.
 *
 * <p>Prices are never negative. Whether the price may exceed the tariff is a matter of policy,
 * not of structure.
 *
 * <p>This class is immutable and thread-safe. Only the library may subclass it.
 */
@Value.Immutable
@DomainStyle
public abstract class Contract {
  Contract() {}

  /**
   * Returns the body that pays for the service.
   *
   * @return the commissioner's code
   */
  public abstract OdsCode commissioner();

  /**
   * Returns the body that provides the service.
   *
   * @return the provider's code
   */
  public abstract OdsCode provider();

  /**
   * Returns the service contracted for.
   *
   * @return the function
   */
  public abstract CommissioningFunction service();

  /**
   * Returns the financial year of the contract.
   *
   * @return the year
   */
  public abstract FinancialYear year();

  /**
   * Returns the agreed price for the year.
   *
   * @return the price, never negative
   */
  public abstract Money price();

  /**
   * Returns the PbR tariff price for the same activity, if the service is under tariff.
   *
   * @return the tariff price, or empty if none applies
   */
  public abstract Optional<Money> tariff();

  /**
   * Returns the body that negotiated the contract for the commissioner, such as a PCT arranging a
   * consortium's contract with an acute provider.
   *
   * @return the arranging body, or empty if the commissioner arranged it
   */
  public abstract Optional<OdsCode> arrangedBy();

  /**
   * Returns a copy at another price.
   *
   * @param price the new price, not negative
   * @return the copy
   */
  public abstract Contract withPrice(Money price);

  /**
   * Returns a builder; commissioner, provider, service, year and price must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contract}; {@code build()} checks the prices are not negative. */
  public static final class Builder extends ImmutableContract.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (price().isNegative()) {
      throw ViolationException.of(Invariant.MONEY_NEGATIVE, "Contract price " + price() + " between "
          + commissioner() + " and " + provider() + " must not be negative", provider(), price());
    }
    if (tariff().isPresent() && tariff().get().isNegative()) {
      throw ViolationException.of(Invariant.MONEY_NEGATIVE, "Tariff price " + tariff().get()
          + " for " + service() + " must not be negative", provider(), tariff().get());
    }
  }

  @Override
  public String toString() {
    return service() + " " + year() + " " + commissioner() + " -> " + provider() + " at " + price()
        + tariff().map(t -> " (tariff " + t + ")").orElse("");
  }
}
