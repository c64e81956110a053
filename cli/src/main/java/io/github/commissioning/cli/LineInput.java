package io.github.commissioning.cli;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream as lines of bytes ended by LF or CRLF, in constant memory: a line longer than
 * {@link #MAX_LENGTH} bytes is reported as too long, and skipped to its end, without being kept,
 * when the next line is asked for; a line that goes on for more than {@link #MAX_SKIPPED} bytes
 * stops the reading, so that input without end (a stream of bytes with no LF) is refused rather
 * than read for ever. The current line is {@code bytes()[start(), end())}, valid until the next
 * call to {@link #next()}, without its terminator.
 */
final class LineInput {
  static final int MAX_LENGTH = 1 << 20;
  /** The most bytes of an overlong line skipped to find its end: 64 MiB. */
  static final long MAX_SKIPPED = 1L << 26;

  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean ended;
  private long number;
  private int start;
  private int end;
  private boolean tooLong;
  /** True while the rest of an overlong line has not been skipped. */
  private boolean unfinished;

  LineInput(InputStream in) {
    this.in = in;
  }

  /**
   * Moves to the next line; false at the end of the input.
   *
   * @throws CommandException if the rest of an overlong line goes on past {@link #MAX_SKIPPED}
   */
  boolean next() throws IOException {
    if (unfinished) {
      skipRest();
    }
    int scanned = position;
    while (true) {
      int newline = indexOf((byte) '\n', scanned, limit);
      if (newline >= 0) {
        take(newline, newline + 1);
        return true;
      }
      scanned = limit;
      if (limit - position > MAX_LENGTH) {
        number++;
        tooLong = true;
        unfinished = true;
        start = 0;
        end = 0;
        return true;
      }
      if (ended) {
        if (position == limit) {
          return false;
        }
        take(limit, limit);
        return true;
      }
      scanned -= position;
      fill();
    }
  }

  private void take(int lineEnd, int next) {
    number++;
    tooLong = false;
    start = position;
    end = lineEnd > start && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
    position = next;
  }

  /** Reads more, first moving the unread bytes to the front and growing the buffer if full. */
  private void fill() throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    if (limit == buffer.length) {
      byte[] larger = new byte[Math.min(buffer.length * 2, MAX_LENGTH + 1)];
      System.arraycopy(buffer, 0, larger, 0, limit);
      buffer = larger;
    }
    int read = in.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      ended = true;
    } else {
      limit += read;
    }
  }

  /** Discards the rest of the overlong line through its LF, keeping whatever follows. */
  private void skipRest() throws IOException {
    unfinished = false;
    long skipped = limit - position;
    position = 0;
    limit = 0;
    while (!ended) {
      int read = in.read(buffer, 0, buffer.length);
      if (read < 0) {
        ended = true;
        break;
      }
      int newline = indexOf((byte) '\n', 0, read);
      if (newline >= 0) {
        position = newline + 1;
        limit = read;
        break;
      }
      skipped += read;
      if (skipped > MAX_SKIPPED) {
        throw CommandException.of(Commissioning.REFUSED, "line " + number + ": goes on for more"
            + " than " + MAX_SKIPPED + " bytes without a line end; stopped");
      }
    }
  }

  private int indexOf(byte wanted, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /** The number of the current line, from 1. */
  long number() {
    return number;
  }

  /** True if the current line was longer than {@link #MAX_LENGTH} and was skipped, not kept. */
  boolean tooLong() {
    return tooLong;
  }

  byte[] bytes() {
    return buffer;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }
}
