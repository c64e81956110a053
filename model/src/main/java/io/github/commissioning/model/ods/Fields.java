package io.github.commissioning.model.ods;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fields of one record of a file, with typed accessors that reject a bad value by throwing
 * {@link Rejected} with a violation naming the file, line, field and value.
 */
final class Fields {
  /** The most characters of an offending value that a violation shows. */
  static final int SHOWN = 100;

  private static final Pattern ODS_DATE = Pattern.compile("[0-9]{8}");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern ONS_CODE = Pattern.compile("[A-Z][0-9]{8}");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");
  private static final Pattern PERCENT = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,9})?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String file;
  private final long line;
  private final ImmutableList<String> names;
  private final List<String> values;

  private Fields(String file, long line, ImmutableList<String> names, List<String> values) {
    this.file = file;
    this.line = line;
    this.names = names;
    this.values = values;
  }

  /**
   * Splits a line into exactly as many fields as there are names, rejecting an unbalanced quote,
   * binary junk or the wrong number of fields.
   */
  static Fields split(String file, long line, String text, ImmutableList<String> names) {
    List<String> values;
    try {
      values = CsvSplitter.split(text);
    } catch (CsvSplitter.Unsplittable e) {
      throw rejection(Invariant.RECORD_MALFORMED, file, line, e.field + 1,
          nameOf(names, e.field), e.text, e.getMessage());
    }
    for (int i = 0; i < values.size(); i++) {
      if (hasJunk(values.get(i))) {
        throw rejection(Invariant.RECORD_MALFORMED, file, line, i + 1, nameOf(names, i),
            values.get(i), "holds a NUL byte, a control character or an undecodable byte");
      }
    }
    if (values.size() != names.size()) {
      throw rejection(Invariant.RECORD_MALFORMED, file, line, 0, "record", text, "has "
          + values.size() + (values.size() == 1 ? " field" : " fields") + " where "
          + names.size() + " are expected");
    }
    return new Fields(file, line, names, values);
  }

  /** Builds the exception for a problem with a whole record (field 0) or one field. */
  static Rejected rejection(Invariant rule, String file, long line, int field, String name,
      String value, String broken) {
    String shown = show(value);
    String where = field == 0 ? "" : ", field " + field + " (" + name + ")";
    String message = file + " line " + line + where + ": " + (field == 0 ? "the record " : "")
        + "'" + shown + "' " + broken;
    return new Rejected(Violation.of(rule, message, file, Long.toString(line),
        field + ":" + name, shown));
  }

  /**
   * Shows a value as a violation names it: control characters and undecodable bytes escaped as
   * {@code \}{@code uXXXX}, and cut to {@value #SHOWN} characters followed by {@code ...}.
   */
  static String show(String value) {
    StringBuilder shown = new StringBuilder(Math.min(value.length(), SHOWN) + 8);
    int end = Math.min(value.length(), SHOWN);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (isJunk(c)) {
        shown.append(String.format("\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    if (value.length() > SHOWN) {
      shown.append("...");
    }
    return shown.toString();
  }

  private static boolean hasJunk(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (isJunk(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJunk(char c) {
    return (c < 0x20 && c != '\t') || c == 0x7F || c == '\uFFFD';
  }

  private static String nameOf(ImmutableList<String> names, int index) {
    return index < names.size() ? names.get(index) : "extra";
  }

  /** Rejects field {@code index} (0-based) as breaking the given rule. */
  Rejected reject(int index, String broken) {
    return rejection(Invariant.RECORD_MALFORMED, file, line, index + 1, names.get(index),
        values.get(index), broken);
  }

  /** The raw value, as written between the commas and quotes. */
  String raw(int index) {
    return values.get(index);
  }

  /** Non-blank text, stripped of surrounding spaces. */
  String text(int index) {
    String value = values.get(index).strip();
    if (value.isEmpty()) {
      throw reject(index, "is empty where a value is required");
    }
    return value;
  }

  Optional<String> optionalText(int index) {
    String value = values.get(index).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** A text that is one of the given values, exactly. */
  String oneOf(int index, String... allowed) {
    String value = values.get(index).strip();
    for (String candidate : allowed) {
      if (candidate.equals(value)) {
        return value;
      }
    }
    throw reject(index, "is not one of " + String.join(", ", allowed));
  }

  /** A text matching a pattern. */
  String matching(int index, Pattern pattern, String rule) {
    String value = values.get(index).strip();
    if (!pattern.matcher(value).matches()) {
      throw reject(index, rule);
    }
    return value;
  }

  OdsCode code(int index) {
    if (values.get(index).isBlank()) {
      throw reject(index, "is empty where a code is required");
    }
    try {
      return OdsCode.parse(values.get(index));
    } catch (ViolationException e) {
      throw reject(index, "is not a code of 1 to " + OdsCode.MAX_LENGTH + " letters or digits");
    }
  }

  Optional<OdsCode> optionalCode(int index) {
    return values.get(index).isBlank() ? Optional.empty() : Optional.of(code(index));
  }

  /** An ONS area code: a capital letter and eight digits, such as {@code E38000001}. */
  OdsCode onsCode(int index) {
    matching(index, ONS_CODE, "is not an ONS code of a capital letter and eight digits");
    return code(index);
  }

  /** A date written {@code YYYYMMDD}, as ODS writes them. */
  LocalDate odsDate(int index) {
    String value = values.get(index).strip();
    if (value.isEmpty()) {
      throw reject(index, "is empty where a date is required");
    }
    if (!ODS_DATE.matcher(value).matches()) {
      throw reject(index, "is not a date written YYYYMMDD");
    }
    return date(index, Integer.parseInt(value.substring(0, 4)),
        Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)));
  }

  Optional<LocalDate> optionalOdsDate(int index) {
    return values.get(index).isBlank() ? Optional.empty() : Optional.of(odsDate(index));
  }

  /** A date written {@code YYYY-MM-DD}. */
  LocalDate isoDate(int index) {
    String value = values.get(index).strip();
    if (value.isEmpty()) {
      throw reject(index, "is empty where a date is required");
    }
    if (!ISO_DATE.matcher(value).matches()) {
      throw reject(index, "is not a date written YYYY-MM-DD");
    }
    return date(index, Integer.parseInt(value.substring(0, 4)),
        Integer.parseInt(value.substring(5, 7)), Integer.parseInt(value.substring(8, 10)));
  }

  private LocalDate date(int index, int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw reject(index, "is not a day of the calendar");
    }
  }

  /** A count: a whole number from 0 to 999,999,999. */
  int count(int index) {
    String value = matching(index, COUNT, "is not a whole number from 0 to 999999999");
    return Integer.parseInt(value);
  }

  /** A percentage from 0 to 100, exactly as written. */
  BigDecimal percent(int index) {
    String value = matching(index, PERCENT, "is not a percentage written in decimal");
    BigDecimal percent = new BigDecimal(value);
    if (percent.compareTo(HUNDRED) > 0) {
      throw reject(index, "is more than 100 per cent");
    }
    return percent;
  }

  /** Rejects an end before a start. */
  void checkOrder(int startIndex, LocalDate start, int endIndex, Optional<LocalDate> end) {
    if (end.isPresent() && end.get().isBefore(start)) {
      throw reject(endIndex, "is before " + names.get(startIndex) + " " + start);
    }
  }
}
