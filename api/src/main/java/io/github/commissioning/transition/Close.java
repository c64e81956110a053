package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * Closes a body at the end of the day before {@code date}; everything it held (duties, members,
 * budgets, contracts, the duties delegated to it) passes to its successor, which must be able to
 * hold them.
 *
 * @param date the first day the body is no longer open
 * @param body the body that closes
 * @param successor the open body that takes on everything it held
 */
public record Close(LocalDate date, OdsCode body, OdsCode successor) implements Transition {

  /** Creates the transition, checking the body does not succeed itself. */
  public Close {
    checkNotNull(date, "date");
    Arguments.distinct(body, "body", successor, "successor", "Closing " + body + " into " + successor);
  }

  /**
   * Obtains the closure of a body into its successor.
   *
   * @param date the first day it is closed
   * @param body the closing body
   * @param successor the successor
   * @return the transition
   */
  public static Close of(LocalDate date, OdsCode body, OdsCode successor) {
    return new Close(date, body, successor);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.close(this);
  }
}
