package io.github.commissioning.organisation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The code that identifies an organisation, in the form the Organisation Data Service (ODS)
 * gives it: one to {@value #MAX_LENGTH} capital letters and digits, such as {@code Q30} (a
 * strategic health authority), {@code 5QG} (a primary care trust) or {@code A81001} (a GP
 * practice).
 *
 * <p>This type checks only the general form of a code. Whether a code fits a particular kind of
 * body is checked by {@link OrganisationKind#check(OdsCode)}, since the same code can name bodies
 * of different kinds at different times.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the code, in canonical form
 */
public record OdsCode(String value) implements Comparable<OdsCode>, Serializable {
  /** The longest code accepted, as long as an ONS area code such as {@code E08000021}. */
  public static final int MAX_LENGTH = 9;


  /**
   * Creates a code, checking that it is in canonical form.
   *
   * @throws ViolationException with {@link Invariant#CODE_FORMAT} if it is not
   */
  public OdsCode {
    checkNotNull(value, "value");
    if (!wellFormed(value, false)) {
      throw ViolationException.of(Invariant.CODE_FORMAT, "ODS code '" + value
          + "' is malformed: it must be 1 to " + MAX_LENGTH + " capital letters or digits", value);
    }
  }

  /**
   * Obtains a code that is already in canonical form, such as {@code 5QG}.
   *
   * @param value capital letters and digits, 1 to {@value #MAX_LENGTH} of them
   * @return the code
   * @throws ViolationException with {@link Invariant#CODE_FORMAT} if the value is malformed
   */
  public static OdsCode of(String value) {
    return new OdsCode(value);
  }

  /**
   * Obtains a code from text as files write it: surrounding spaces and double quotes are removed
   * and letters are capitalised, so {@code " 5qg"} and {@code "\"5QG\""} both give {@code 5QG}.
   *
   * @param text the code as written
   * @return the code
   * @throws ViolationException with {@link Invariant#CODE_FORMAT} if what remains is malformed
   */
  public static OdsCode parse(CharSequence text) {
    checkNotNull(text, "text");
    String trimmed = text.toString().strip();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      trimmed = trimmed.substring(1, trimmed.length() - 1).strip();
    }
    if (!wellFormed(trimmed, true)) {
      return of(trimmed); // reports the malformed code as written
    }
    return of(wellFormed(trimmed, false) ? trimmed : trimmed.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether text is 1 to {@value #MAX_LENGTH} ASCII capital letters or digits (or small letters,
   * if allowed). Checked by hand: codes are read by the million, and a pattern costs more.
   */
  private static boolean wellFormed(String text, boolean anyCase) {
    int length = text.length();
    if (length < 1 || length > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean fits = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || (anyCase && c >= 'a' && c <= 'z');
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(OdsCode other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns the code itself.
   *
   * @return the value, such as {@code 5QG}
   */
  @Override
  public String toString() {
    return value;
  }
}
