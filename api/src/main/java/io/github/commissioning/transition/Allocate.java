package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.finance.Allocation;
import java.time.LocalDate;

/**
 * Allocates new money: a budget for a financial year, cash or indicative, to a body able to hold
 * it. The only change that adds money; if the holder already has a budget with the same year,
 * ring-fence and funding, the amount is added to it.
 *
 * @param date the day of the allocation
 * @param allocation the budget allocated
 */
public record Allocate(LocalDate date, Allocation allocation) implements Transition {

  /** Creates the transition. */
  public Allocate {
    checkNotNull(date, "date");
    checkNotNull(allocation, "allocation");
  }

  @Override
  public boolean addsMoney() {
    return true;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.allocate(this);
  }
}
