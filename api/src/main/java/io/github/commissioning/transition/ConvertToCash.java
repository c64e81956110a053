package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;

/**
 * Turns a practice-based commissioner's indicative budget into a real cash budget: the money
 * moves out of the accounting officer body's general cash budget into the holder's hands, so the
 * total allocated does not change.
 *
 * @param date the day of the conversion
 * @param holder the holder of the indicative budget
 * @param year the budget's financial year
 */
public record ConvertToCash(LocalDate date, OdsCode holder, FinancialYear year) implements Transition {

  /** Creates the transition. */
  public ConvertToCash {
    checkNotNull(date, "date");
    checkNotNull(holder, "holder");
    checkNotNull(year, "year");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.convertToCash(this);
  }
}
