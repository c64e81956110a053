package io.github.commissioning.transition;

import java.time.LocalDate;

/**
 * One dated change to the commissioning system, as an immutable description.
 *
 * <p>A transition checks its own arguments when it is created; whether it applies to a given
 * landscape (the bodies it names exist and are open, the practice is where it says) is checked
 * when it is applied. Applying one is a pure function from a landscape to a new landscape and the
 * {@link Effect effects} of the change, or a refusal that lists every violation; the landscape it
 * was applied to is never changed.
 *
 * <p>The family is sealed: use a {@link Visitor} to handle every kind of change. Every
 * implementation is immutable and thread-safe.
 */
public sealed interface Transition permits Establish, Close, Abolish, Merge, Split, Succeed, Rename,
    Recode,
    TransferDuties, MovePractice, FormConsortium, JoinConsortium, LeaveConsortium, Delegate,
    EndDelegation, Allocate, ConvertToCash, ReinvestUnderspend, AppointAccountingOfficer,
    SignContract, RepriceContract, AuthoriseFoundationTrust, CutRunningCosts, ChangePolicy, Relate,
    EndRelationship {

  /**
   * Returns the day the change takes effect.
   *
   * @return the date, on which the new landscape stands
   */
  LocalDate date();

  /**
   * Tells whether the change brings new money into the system (an allocation) rather than moving
   * money that is already there. Every other change must conserve the cash allocated per year.
   *
   * @return true only for changes that add money
   */
  default boolean addsMoney() {
    return false;
  }

  /**
   * Calls the visitor's method for this kind of change.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Handles each kind of transition; adding a kind of transition adds a method here, so every
   * visitor is made to handle it.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /** @param t the transition @return the result */
    R establish(Establish t);
    /** @param t the transition @return the result */
    R close(Close t);
    /** @param t the transition @return the result */
    R abolish(Abolish t);
    /** @param t the transition @return the result */
    R merge(Merge t);
    /** @param t the transition @return the result */
    R split(Split t);
    /** @param t the transition @return the result */
    R succeed(Succeed t);
    /** @param t the transition @return the result */
    R rename(Rename t);
    /** @param t the transition @return the result */
    R recode(Recode t);
    /** @param t the transition @return the result */
    R transferDuties(TransferDuties t);
    /** @param t the transition @return the result */
    R movePractice(MovePractice t);
    /** @param t the transition @return the result */
    R formConsortium(FormConsortium t);
    /** @param t the transition @return the result */
    R joinConsortium(JoinConsortium t);
    /** @param t the transition @return the result */
    R leaveConsortium(LeaveConsortium t);
    /** @param t the transition @return the result */
    R delegate(Delegate t);
    /** @param t the transition @return the result */
    R endDelegation(EndDelegation t);
    /** @param t the transition @return the result */
    R allocate(Allocate t);
    /** @param t the transition @return the result */
    R convertToCash(ConvertToCash t);
    /** @param t the transition @return the result */
    R reinvestUnderspend(ReinvestUnderspend t);
    /** @param t the transition @return the result */
    R appointAccountingOfficer(AppointAccountingOfficer t);
    /** @param t the transition @return the result */
    R signContract(SignContract t);
    /** @param t the transition @return the result */
    R repriceContract(RepriceContract t);
    /** @param t the transition @return the result */
    R authoriseFoundationTrust(AuthoriseFoundationTrust t);
    /** @param t the transition @return the result */
    R cutRunningCosts(CutRunningCosts t);
    /** @param t the transition @return the result */
    R changePolicy(ChangePolicy t);
    /** @param t the transition @return the result */
    R relate(Relate t);
    /** @param t the transition @return the result */
    R endRelationship(EndRelationship t);
  }
}
