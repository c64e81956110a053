package io.github.commissioning.violation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;

/**
 * One broken rule: a stable code, the values that broke it, and a message for people.
 *
 * <p>The {@link #code()} is a machine-readable name: for a structural invariant it is the
 * {@linkplain Invariant#name() name} of the {@link Invariant}; for a policy it is the name of the
 * policy's rule. The {@link #subjects()} are the offending values as written (codes, dates,
 * amounts), so a tool can point at them without parsing the message.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code of the rule broken, never blank
 * @param subjects the offending values, in the order the message names them
 * @param message a sentence naming the offending values and the rule broken
 */
public record Violation(String code, ImmutableList<String> subjects, String message)
    implements Serializable {

  /**
   * Creates a violation, checking that the code and message are not blank.
   *
   * @throws IllegalArgumentException if the code or message is blank
   */
  public Violation {
    checkNotNull(code, "code");
    checkNotNull(subjects, "subjects");
    checkNotNull(message, "message");
    checkArgument(!code.isBlank(), "A violation's code must not be blank");
    checkArgument(!message.isBlank(), "A violation's message must not be blank");
  }

  /**
   * Obtains a violation of a structural invariant.
   *
   * @param invariant the rule broken
   * @param message a sentence naming the offending values
   * @param subjects the offending values, as written
   * @return the violation, with the invariant's name as its code
   */
  public static Violation of(Invariant invariant, String message, Object... subjects) {
    checkNotNull(invariant, "invariant");
    return of(invariant.name(), message, subjects);
  }

  /**
   * Obtains a violation of a rule named by its code, such as a policy's rule.
   *
   * @param code the stable code of the rule broken
   * @param message a sentence naming the offending values
   * @param subjects the offending values, as written
   * @return the violation
   */
  public static Violation of(String code, String message, Object... subjects) {
    checkNotNull(subjects, "subjects");
    ImmutableList.Builder<String> written = ImmutableList.builderWithExpectedSize(subjects.length);
    for (Object subject : subjects) {
      written.add(String.valueOf(subject));
    }
    return new Violation(code, written.build(), message);
  }

  /**
   * Creates a violation from a list of subjects, copying the list.
   *
   * @param code the stable code of the rule broken
   * @param subjects the offending values
   * @param message a sentence naming the offending values
   * @return the violation
   */
  public static Violation of(String code, List<String> subjects, String message) {
    return new Violation(code, ImmutableList.copyOf(subjects), message);
  }

  /**
   * Tells whether this violation breaks the given invariant.
   *
   * @param invariant the invariant to compare with
   * @return true if this violation's code is the invariant's name
   */
  public boolean is(Invariant invariant) {
    return code.equals(invariant.name());
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
