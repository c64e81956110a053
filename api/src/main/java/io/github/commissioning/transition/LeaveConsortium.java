package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * A practice leaves its consortium, federation or practice-based commissioner.
 *
 * @param date the first day it is no longer a member
 * @param practice the practice
 * @param consortium the body it leaves, which must be its current one
 */
public record LeaveConsortium(LocalDate date, OdsCode practice, OdsCode consortium)
    implements Transition {

  /** Creates the transition, checking its arguments. */
  public LeaveConsortium {
    checkNotNull(date, "date");
    Arguments.distinct(practice, "practice", consortium, "consortium", "Practice " + practice + " leaving " + consortium);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.leaveConsortium(this);
  }
}
