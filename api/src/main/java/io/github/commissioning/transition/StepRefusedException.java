package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;

/**
 * Thrown when one step of a {@link Reorganisation} is refused, so that none of it applies. Says
 * which step (numbered from 1) and carries that step's violations.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StepRefusedException extends ViolationException {
  private static final long serialVersionUID = 1L;

  private final String reorganisation;
  private final int stepNumber;
  private final String step;

  /**
   * Creates the exception.
   *
   * @param reorganisation the reorganisation's name
   * @param stepNumber the refused step's number, from 1
   * @param step the refused step
   * @param cause the step's refusal
   */
  public StepRefusedException(String reorganisation, int stepNumber, Transition step,
      ViolationException cause) {
    super(checkNotNull(cause, "cause").violations(), "Step " + stepNumber + " of '"
        + checkNotNull(reorganisation, "reorganisation") + "' (" + checkNotNull(step, "step")
        + ") was refused, so none of it applies: " + cause.getMessage());
    this.reorganisation = reorganisation;
    this.stepNumber = stepNumber;
    this.step = step.toString();
    initCause(cause);
  }

  /**
   * Returns the name of the reorganisation refused.
   *
   * @return the name
   */
  public String reorganisation() {
    return reorganisation;
  }

  /**
   * Returns the number of the refused step, from 1.
   *
   * @return the step number
   */
  public int stepNumber() {
    return stepNumber;
  }

  /**
   * Returns the refused step as text.
   *
   * @return the step
   */
  public String step() {
    return step;
  }

  /**
   * Returns whether the refused step broke the given rule.
   *
   * @param code the rule's code
   * @return true if a violation carries it
   */
  public boolean broke(String code) {
    return violations().stream().map(Violation::code).anyMatch(code::equals);
  }
}
