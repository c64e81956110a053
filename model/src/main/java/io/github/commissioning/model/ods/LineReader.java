package io.github.commissioning.model.ods;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines ended by LF or CRLF, keeping at most a bounded number of characters of each, so
 * that no input can exhaust memory. A line longer than the bound is consumed to its end and
 * reported as {@linkplain #tooLong() too long}, with only its beginning kept.
 */
final class LineReader {
  private final Reader in;
  private final int maxLength;
  private final char[] buffer = new char[1 << 13];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private boolean tooLong;

  LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * Reads the next line, without its terminator.
   *
   * @return the line, or its first {@code maxLength} characters if it is too long; null at the
   *     end of the input
   */
  @Nullable String next() throws IOException {
    line.setLength(0);
    tooLong = false;
    boolean consumed = false;
    while (true) {
      if (position == limit) {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
          position = 0;
          limit = 0;
          if (!consumed) {
            return null;
          }
          break;
        }
        position = 0;
        limit = read;
      }
      consumed = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      keep(start, position);
      if (position < limit) {
        position++; // the LF
        break;
      }
    }
    if (!tooLong && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
    }
    if (line.length() > maxLength) {
      tooLong = true;
      line.setLength(maxLength);
    }
    return line.toString();
  }

  /**
   * Tells whether the line last returned was longer than the bound.
   *
   * @return true if only its beginning was kept
   */
  boolean tooLong() {
    return tooLong;
  }

  private void keep(int start, int end) {
    // One character more than the bound is kept, for a CR that ends a line of exactly the bound.
    int room = maxLength + 1 - line.length();
    int count = end - start;
    if (count > room) {
      line.append(buffer, start, Math.max(room, 0));
      tooLong = true;
    } else {
      line.append(buffer, start, count);
    }
  }
}
