package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * Moves duties from one accountable body to another, with money: every duty {@code from} holds
 * that the selection selects passes to {@code to}, and {@code money} moves from {@code from}'s
 * cash budget of the ring-fence for the year of {@code date} to {@code to}'s budget of the same
 * ring-fence. Delegations stay with the duties.
 *
 * @param date the first day {@code to} holds the duties
 * @param from the body giving up the duties
 * @param to the body taking them on
 * @param selection which of {@code from}'s duties move
 * @param money the money that moves with the duties, not negative
 * @param ringFence the ring-fence of the budgets the money leaves and joins
 */
public record TransferDuties(LocalDate date, OdsCode from, OdsCode to, DutySelection selection,
    Money money, RingFence ringFence) implements Transition {

  /** Creates the transition, checking its arguments. */
  public TransferDuties {
    checkNotNull(date, "date");
    checkNotNull(selection, "selection");
    checkNotNull(ringFence, "ringFence");
    Arguments.distinct(from, "from", to, "to", "Transferring duties from " + from + " to " + to);
    Arguments.notNegative(money, "money", "The money transferred with duties");
  }

  /**
   * Creates a transition moving general money (not ring-fenced) with the duties.
   *
   * @param date the first day {@code to} holds the duties
   * @param from the body giving up the duties
   * @param to the body taking them on
   * @param selection which of {@code from}'s duties move
   * @param money the money that moves with the duties, not negative
   */
  public TransferDuties(LocalDate date, OdsCode from, OdsCode to, DutySelection selection,
      Money money) {
    this(date, from, to, selection, money, RingFence.GENERAL);
  }

  /**
   * Obtains the transfer of every duty of the given functions, with no money.
   *
   * @param date the first day {@code to} holds them
   * @param from the giving body
   * @param to the taking body
   * @param functions the functions
   * @return the transition
   */
  public static TransferDuties of(LocalDate date, OdsCode from, OdsCode to,
      CommissioningFunction... functions) {
    return new TransferDuties(date, from, to, DutySelection.of(functions), Money.ZERO);
  }

  /**
   * Returns a copy that moves the given money with the duties.
   *
   * @param amount the money, not negative
   * @return the copy
   */
  public TransferDuties withMoney(Money amount) {
    return new TransferDuties(date, from, to, selection, amount, ringFence);
  }

  /**
   * Returns a copy that moves the given money, of the given ring-fence, with the duties.
   *
   * @param amount the money, not negative
   * @param fence the ring-fence of the budgets it leaves and joins
   * @return the copy
   */
  public TransferDuties withMoney(Money amount, RingFence fence) {
    return new TransferDuties(date, from, to, selection, amount, fence);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.transferDuties(this);
  }
}
