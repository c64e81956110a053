package io.github.commissioning.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits one CSV line, as bytes, into fields by RFC 4180: fields are separated by commas, and a
 * field in double quotes may hold commas and doubled quotes. A quoted field may not span lines.
 * Each field is kept as its bounds in the line, quotes included, so that it can be written back
 * exactly as it came; {@link #value(int)} gives its text.
 */
final class CsvSplitter {
  private static final byte QUOTE = '"';
  private static final byte COMMA = ',';

  private byte[] line = new byte[0];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int count;

  /**
   * Splits a line.
   *
   * @return a description of its malformed quoting, if any, in which case the fields are unknown
   */
  Optional<String> split(byte[] bytes, int from, int to) {
    line = bytes;
    count = 0;
    int position = from;
    while (true) {
      int start = position;
      if (position < to && bytes[position] == QUOTE) {
        position = closingQuote(bytes, position + 1, to);
        if (position < 0) {
          return Optional.of("field " + (count + 1) + " has no closing quote");
        }
        position++;
        if (position < to && bytes[position] != COMMA) {
          return Optional.of("field " + (count + 1) + " has text after its closing quote");
        }
      } else {
        while (position < to && bytes[position] != COMMA) {
          position++;
        }
      }
      add(start, position);
      if (position == to) {
        return Optional.empty();
      }
      position++; // the comma
    }
  }

  private static int closingQuote(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == QUOTE) {
        if (i + 1 < to && bytes[i + 1] == QUOTE) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private void add(int start, int end) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  /** The number of fields in the line last split. */
  int count() {
    return count;
  }

  /** Where a field starts in the line, at its opening quote if it has one. */
  int start(int field) {
    return starts[field];
  }

  /** Where a field ends in the line, after its closing quote if it has one. */
  int end(int field) {
    return ends[field];
  }

  /** The text of a field, without its quotes and with doubled quotes made single. */
  String value(int field) {
    int start = starts[field];
    int end = ends[field];
    if (end > start && line[start] == QUOTE) {
      String quoted = new String(line, start + 1, end - start - 2, StandardCharsets.UTF_8);
      return quoted.replace("\"\"", "\"");
    }
    return new String(line, start, end - start, StandardCharsets.UTF_8);
  }
}
