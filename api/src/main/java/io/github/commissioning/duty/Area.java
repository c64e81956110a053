package io.github.commissioning.duty;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.util.regex.Pattern;

/**
 * A geographical area whose residents (and unregistered people) are a population, named by its
 * nine-character ONS code, such as {@code E16000001} for South Gloucestershire.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the ONS code: a capital letter and eight digits
 * @param name the area's name, not blank
 */
public record Area(String code, String name) implements Comparable<Area> {
  private static final Pattern ONS_CODE = Pattern.compile("[A-Z][0-9]{8}");

  /**
   * Creates an area, checking its code and name.
   *
   * @throws ViolationException with {@link Invariant#CODE_FORMAT} if the code is not an ONS code
   *     or the name is blank
   */
  public Area {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    if (!ONS_CODE.matcher(code).matches()) {
      throw ViolationException.of(Invariant.CODE_FORMAT, "Area code '" + code
          + "' is malformed: it must be an ONS code of a capital letter and eight digits, such as "
          + "E16000001", code);
    }
    if (name.isBlank()) {
      throw ViolationException.of(Invariant.CODE_FORMAT, "Area " + code
          + " must have a name that is not blank", code);
    }
  }

  /**
   * Obtains an area.
   *
   * @param code the ONS code, such as {@code E16000001}
   * @param name the name, not blank
   * @return the area
   */
  public static Area of(String code, String name) {
    return new Area(code, name);
  }

  /** Areas are ordered by code, then by name, consistently with {@link #equals}. */
  @Override
  public int compareTo(Area other) {
    int byCode = code.compareTo(other.code);
    return byCode != 0 ? byCode : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return code;
  }
}
