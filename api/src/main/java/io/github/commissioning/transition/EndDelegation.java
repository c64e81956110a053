package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * Ends the delegation of duties to {@code delegate}; the accountable body carries them out itself
 * again.
 *
 * <p>The duties concerned are those {@code accountable} holds that the selection selects.
 *
 * @param date the first day without the delegation
 * @param accountable the body accountable for the duties
 * @param delegate the body carrying them out
 * @param selection which of {@code accountable}'s duties
 */
public record EndDelegation(LocalDate date, OdsCode accountable, OdsCode delegate,
    DutySelection selection) implements Transition {

  /** Creates the transition, checking its arguments. */
  public EndDelegation {
    checkNotNull(date, "date");
    checkNotNull(selection, "selection");
    Arguments.distinct(accountable, "accountable", delegate, "delegate", "Delegation between " + accountable + " and " + delegate);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.endDelegation(this);
  }
}
