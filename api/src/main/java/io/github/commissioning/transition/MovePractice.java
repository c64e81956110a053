package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * Moves a practice from one primary care organisation to another: its membership moves, and the
 * duties for its registered list that {@code from} held pass to {@code to} (with any money given).
 *
 * @param date the first day in the new organisation
 * @param practice the practice
 * @param from the organisation it leaves, which must be its current one
 * @param to the organisation it joins
 * @param money money moving from {@code from}'s general cash budget to {@code to}'s, not negative
 */
public record MovePractice(LocalDate date, OdsCode practice, OdsCode from, OdsCode to, Money money)
    implements Transition {

  /** Creates the transition, checking its arguments. */
  public MovePractice {
    checkNotNull(date, "date");
    checkNotNull(practice, "practice");
    Arguments.distinct(from, "from", to, "to", "Moving practice " + practice + " from " + from + " to " + to);
    Arguments.notNegative(money, "money", "The money moving with practice " + practice);
  }

  /**
   * Obtains a move with no money.
   *
   * @param date the first day in the new organisation
   * @param practice the practice
   * @param from its current organisation
   * @param to its new one
   * @return the transition
   */
  public static MovePractice of(LocalDate date, OdsCode practice, OdsCode from, OdsCode to) {
    return new MovePractice(date, practice, from, to, Money.ZERO);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.movePractice(this);
  }
}
