package io.github.commissioning.model.ods;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines ended by LF or CRLF, keeping at most a bounded number of characters of each, so
 * that no input can exhaust memory. Of a line longer than the bound only the beginning is read,
 * and it is reported as {@linkplain #tooLong() too long}; the rest is read only when the caller
 * {@linkplain #skipRest(long) skips} it, up to a limit of its own, so that a line without end
 * cannot keep a reader busy for ever.
 */
final class LineReader {
  private final Reader in;
  private final int maxLength;
  private final char[] buffer = new char[1 << 13];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private boolean tooLong;
  /** True while the rest of an overlong line, after the part returned, has not been read. */
  private boolean unfinished;

  LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * Reads the next line, without its terminator. If the rest of an overlong line was not
   * {@linkplain #skipRest(long) skipped}, it is skipped first, however long it is.
   *
   * @return the line, or its first {@code maxLength} characters if it is too long; null at the
   *     end of the input
   */
  @Nullable String next() throws IOException {
    if (unfinished) {
      skipRest(Long.MAX_VALUE);
    }
    line.setLength(0);
    tooLong = false;
    boolean consumed = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!consumed) {
          return null;
        }
        break;
      }
      consumed = true;
      // One character more than the bound is kept, for a CR that ends a line of exactly the bound.
      int room = maxLength + 1 - line.length();
      int start = position;
      int end = Math.min(limit, position + room);
      while (position < end && buffer[position] != '\n') {
        position++;
      }
      line.append(buffer, start, position - start);
      if (position < limit && buffer[position] == '\n') {
        position++;
        break;
      }
      if (position < limit) {
        unfinished = true; // the line goes on past what is kept
        break;
      }
    }
    if (!unfinished && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
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

  /**
   * Reads and discards the rest of the overlong line last returned, through its LF, unless more
   * than {@code most} characters of it remain.
   *
   * @param most the most characters to skip
   * @return true if the line's end (or the input's) was reached, false if the limit was reached
   *     first and the reader is still inside the line
   */
  boolean skipRest(long most) throws IOException {
    long skipped = 0;
    while (unfinished) {
      if (position == limit && !fill()) {
        unfinished = false;
        break;
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      skipped += position - start;
      if (position < limit) {
        position++; // the LF
        unfinished = false;
      } else if (skipped > most) {
        return false;
      }
    }
    return true;
  }

  /** Reads more into the buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }
}
