package io.github.commissioning.model.ods;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of the comma-separated files of ODS and ONS into fields.
 *
 * <p>A field is either unquoted text without quotes or commas, or text in double quotes in which
 * a doubled quote stands for one quote and commas are kept. Fields never span lines: a quote
 * still open at the end of the line makes the line malformed, as does a quote inside an unquoted
 * field or text after a closing quote.
 */
final class CsvSplitter {
  private CsvSplitter() {}

  /** Why a line could not be split, and in which field. */
  static final class Unsplittable extends Exception {
    private static final long serialVersionUID = 1L;

    /** The 0-based index of the field in which the fault lies. */
    final int field;
    /** The text of that field as written, from its start up to the fault or the line's end. */
    final String text;

    Unsplittable(int field, String text, String rule) {
      super(rule, null, false, false);
      this.field = field;
      this.text = text;
    }
  }

  /**
   * Splits a line, without its terminator, into its fields.
   *
   * @param line the line
   * @return the fields, unquoted; one empty field for an empty line
   * @throws Unsplittable if a quote is unbalanced or misplaced
   */
  static List<String> split(String line) throws Unsplittable {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int length = line.length();
    int i = 0;
    while (true) {
      int start = i;
      field.setLength(0);
      if (i < length && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < length) {
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < length && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (!closed) {
          throw new Unsplittable(fields.size(), line.substring(start),
              "opens a quote that is not closed before the end of the line");
        }
        if (i < length && line.charAt(i) != ',') {
          int end = line.indexOf(',', i);
          throw new Unsplittable(fields.size(), line.substring(start, end < 0 ? length : end),
              "has text after its closing quote");
        }
      } else {
        while (i < length && line.charAt(i) != ',') {
          char c = line.charAt(i);
          if (c == '"') {
            int end = line.indexOf(',', i);
            throw new Unsplittable(fields.size(), line.substring(start, end < 0 ? length : end),
                "has a quote inside an unquoted field");
          }
          field.append(c);
          i++;
        }
      }
      fields.add(field.toString());
      if (i >= length) {
        return fields;
      }
      i++; // the comma
    }
  }
}
