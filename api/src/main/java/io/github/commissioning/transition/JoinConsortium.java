package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * A practice joins a consortium, federation or practice-based commissioner.
 *
 * @param date the first day of membership
 * @param practice the practice, in no such body yet
 * @param consortium the body it joins
 */
public record JoinConsortium(LocalDate date, OdsCode practice, OdsCode consortium)
    implements Transition {

  /** Creates the transition, checking its arguments. */
  public JoinConsortium {
    checkNotNull(date, "date");
    Arguments.distinct(practice, "practice", consortium, "consortium", "Practice " + practice + " joining " + consortium);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.joinConsortium(this);
  }
}
