package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * Closes a body that no longer holds anything, with no successor: as primary care trusts were
 * abolished on 2013-04-01 once their practices had moved to CCGs, or as a practice closes once
 * its patients have gone. A body that still holds duties, members, budgets or contracts is
 * refused: close, merge or split it instead, naming successors.
 *
 * @param date the first day the body is no longer open
 * @param body the body
 */
public record Abolish(LocalDate date, OdsCode body) implements Transition {

  /** Creates the transition. */
  public Abolish {
    checkNotNull(date, "date");
    checkNotNull(body, "body");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.abolish(this);
  }
}
