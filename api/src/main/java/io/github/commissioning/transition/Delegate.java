package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * Delegates duties an accountable body holds to a body that carries them out on its behalf (a
 * practice under practice-based commissioning, a contractor running a franchised function);
 * accountability does not move.
 *
 * <p>The duties concerned are those {@code accountable} holds that the selection selects.
 *
 * @param date the first day of the delegation
 * @param accountable the body accountable for the duties
 * @param delegate the body carrying them out
 * @param selection which of {@code accountable}'s duties
 */
public record Delegate(LocalDate date, OdsCode accountable, OdsCode delegate,
    DutySelection selection) implements Transition {

  /** Creates the transition, checking its arguments. */
  public Delegate {
    checkNotNull(date, "date");
    checkNotNull(selection, "selection");
    Arguments.distinct(accountable, "accountable", delegate, "delegate", "Delegation between " + accountable + " and " + delegate);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.delegate(this);
  }
}
