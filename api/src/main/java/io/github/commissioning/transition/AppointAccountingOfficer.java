package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;

/**
 * Appoints the body whose accounting officer answers for a budget, such as a consortium's chief or
 * the national board's regional office.
 *
 * @param date the day of the appointment
 * @param holder the budget's holder
 * @param year the budget's year
 * @param ringFence the budget's ring-fence
 * @param funding the budget's funding
 * @param officer the body appointed, able to account for budgets
 */
public record AppointAccountingOfficer(LocalDate date, OdsCode holder, FinancialYear year,
    RingFence ringFence, Funding funding, OdsCode officer) implements Transition {

  /** Creates the transition. */
  public AppointAccountingOfficer {
    checkNotNull(date, "date");
    checkNotNull(holder, "holder");
    checkNotNull(year, "year");
    checkNotNull(ringFence, "ringFence");
    checkNotNull(funding, "funding");
    checkNotNull(officer, "officer");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.appointAccountingOfficer(this);
  }
}
