package io.github.commissioning.finance;

import io.github.commissioning.internal.DomainStyle;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import org.immutables.value.Value;

/**
 * A budget: money allocated to one body for one financial year, indicative or in cash, under a
 * ring-fence, with the body whose accounting officer answers for it.
 *
 * <p>The amount is never negative. The holder and the accounting officer body must be able to
 * hold and to account for budgets; the landscape that holds the allocation checks that, since it
 * knows their kinds.
 *
 * <p>This class is immutable and thread-safe. Only the library may subclass it.
 */
@Value.Immutable
@DomainStyle
public abstract class Allocation {
  Allocation() {}

  /**
   * Returns the body the budget is allocated to and accountable for spending it.
   *
   * @return the holder's code
   */
  public abstract OdsCode holder();

  /**
   * Returns the body whose accounting officer answers for the budget; often the holder itself.
   *
   * @return the accounting officer body's code
   */
  public abstract OdsCode accountingOfficer();

  /**
   * Returns the financial year of the budget.
   *
   * @return the year
   */
  public abstract FinancialYear year();

  /**
   * Returns the amount allocated.
   *
   * @return the amount, never negative
   */
  public abstract Money amount();

  /**
   * Returns whether the budget is indicative or real cash.
   *
   * @return the funding, {@link Funding#CASH} unless set
   */
  @Value.Default
  public Funding funding() {
    return Funding.CASH;
  }

  /**
   * Returns what the budget may be spent on.
   *
   * @return the ring-fence, {@link RingFence#GENERAL} unless set
   */
  @Value.Default
  public RingFence ringFence() {
    return RingFence.GENERAL;
  }

  /**
   * Returns a copy with another amount.
   *
   * @param amount the new amount, not negative
   * @return the copy
   */
  public abstract Allocation withAmount(Money amount);

  /**
   * Returns a copy held by another body.
   *
   * @param holder the new holder
   * @return the copy
   */
  public abstract Allocation withHolder(OdsCode holder);

  /**
   * Returns a copy answered for by another accounting officer body.
   *
   * @param accountingOfficer the new accounting officer body
   * @return the copy
   */
  public abstract Allocation withAccountingOfficer(OdsCode accountingOfficer);

  /**
   * Returns a copy with another kind of funding.
   *
   * @param funding indicative or cash
   * @return the copy
   */
  public abstract Allocation withFunding(Funding funding);

  /**
   * Obtains a general cash budget answered for by its own holder.
   *
   * @param holder the body allocated the money
   * @param year the financial year
   * @param amount the amount, not negative
   * @return the allocation
   * @throws ViolationException with {@link Invariant#MONEY_NEGATIVE} if the amount is negative
   */
  public static Allocation of(OdsCode holder, FinancialYear year, Money amount) {
    return builder().holder(holder).accountingOfficer(holder).year(year).amount(amount).build();
  }

  /**
   * Returns a builder; holder, accounting officer, year and amount must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Allocation}; {@code build()} checks the amount is not negative. */
  public static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (amount().isNegative()) {
      throw ViolationException.of(Invariant.MONEY_NEGATIVE, "Allocation of " + amount() + " to "
          + holder() + " for " + year() + " must not be negative", holder(), amount());
    }
  }

  @Override
  public String toString() {
    return funding() + " " + ringFence() + " " + amount() + " to " + holder() + " for " + year()
        + " (accounting officer " + accountingOfficer() + ")";
  }
}
