package io.github.commissioning.violation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * Thrown when input breaks one or more rules: a malformed value, or a landscape or change that
 * would break a structural invariant or a policy.
 *
 * <p>The exception carries every {@link Violation} found, not only the first, so a caller can
 * report them all. It extends {@link IllegalArgumentException} because it always means that the
 * caller's input was wrong; nothing has been changed when it is thrown.
 *
 * <p>This class is immutable and thread-safe.
 */
public class ViolationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The most violations the message lists; {@link #violations()} always has them all. */
  private static final int MAX_LISTED = 20;

  /** Held as an array so that the exception stays serializable. */
  private final Violation[] violations;

  /**
   * Creates an exception carrying the given violations.
   *
   * @param violations at least one violation
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ViolationException(Iterable<Violation> violations) {
    this(ImmutableList.copyOf(checkNotNull(violations, "violations")));
  }

  private ViolationException(ImmutableList<Violation> violations) {
    super(describe(violations));
    this.violations = violations.toArray(new Violation[0]);
  }

  /**
   * Creates an exception carrying the given violations under a message of the caller's own, for
   * subclasses that say where the violations arose.
   *
   * @param violations at least one violation
   * @param message the message
   */
  protected ViolationException(Iterable<Violation> violations, String message) {
    super(message);
    ImmutableList<Violation> copied = ImmutableList.copyOf(checkNotNull(violations, "violations"));
    checkArgument(!copied.isEmpty(), "A violation exception needs at least one violation");
    this.violations = copied.toArray(new Violation[0]);
  }

  /**
   * Obtains an exception for one broken structural invariant.
   *
   * @param invariant the rule broken
   * @param message a sentence naming the offending values and the rule
   * @param subjects the offending values
   * @return the exception, to be thrown by the caller
   */
  public static ViolationException of(Invariant invariant, String message, Object... subjects) {
    return new ViolationException(ImmutableList.of(Violation.of(invariant, message, subjects)));
  }

  /**
   * Returns every violation found, in the order they were found.
   *
   * @return the violations, never empty
   */
  public ImmutableList<Violation> violations() {
    return ImmutableList.copyOf(violations);
  }

  /**
   * Tells whether any of the violations breaks the given invariant.
   *
   * @param invariant the invariant to look for
   * @return true if one of the violations carries the invariant's code
   */
  public boolean violates(Invariant invariant) {
    for (Violation violation : violations) {
      if (violation.is(invariant)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(ImmutableList<Violation> violations) {
    checkArgument(!violations.isEmpty(), "A violation exception needs at least one violation");
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    String shown = violations.stream().limit(MAX_LISTED).map(v -> "  " + v)
        .collect(Collectors.joining("\n"));
    int hidden = violations.size() - MAX_LISTED;
    return violations.size() + " violations:\n" + shown
        + (hidden > 0 ? "\n  ... and " + hidden + " more (see violations())" : "");
  }
}
