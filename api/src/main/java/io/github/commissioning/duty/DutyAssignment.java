package io.github.commissioning.duty;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who holds a duty: the accountable body, and optionally a delegate that carries it out for that
 * body (a practice holding an indicative budget, a contractor running a franchised function).
 * Accountability never moves with a delegation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param duty the function and population
 * @param accountable the body accountable for the duty
 * @param delegate the body carrying it out on the accountable body's behalf, if any
 * @param since the first day the accountable body held the duty
 */
public record DutyAssignment(Duty duty, OdsCode accountable, Optional<OdsCode> delegate,
    LocalDate since) {

  /**
   * Creates an assignment, checking that the delegate is not the accountable body itself.
   *
   * @throws ViolationException with {@link Invariant#DUTY_HOLDER_KIND} if it is
   */
  public DutyAssignment {
    checkNotNull(duty, "duty");
    checkNotNull(accountable, "accountable");
    checkNotNull(delegate, "delegate");
    checkNotNull(since, "since");
    if (delegate.isPresent() && delegate.get().equals(accountable)) {
      throw ViolationException.of(Invariant.DUTY_HOLDER_KIND, "Body " + accountable
          + " cannot delegate " + duty + " to itself", accountable, duty.function());
    }
  }

  /**
   * Obtains an assignment without a delegate.
   *
   * @param duty the duty
   * @param accountable the accountable body
   * @param since the first day it held the duty
   * @return the assignment
   */
  public static DutyAssignment of(Duty duty, OdsCode accountable, LocalDate since) {
    return new DutyAssignment(duty, accountable, Optional.empty(), since);
  }

  /**
   * Returns a copy of this assignment delegated to another body.
   *
   * @param delegateBody the body that will carry out the duty
   * @return the delegated assignment, still accountable to the same body
   */
  public DutyAssignment delegatedTo(OdsCode delegateBody) {
    return new DutyAssignment(duty, accountable, Optional.of(delegateBody), since);
  }

  @Override
  public String toString() {
    return duty + " held by " + accountable + delegate.map(d -> " (delegated to " + d + ")").orElse("")
        + " since " + since;
  }
}
