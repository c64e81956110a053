package io.github.commissioning.model.ods;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Inputs for the reader tests: raw bytes and endless streams. */
public final class OdsFormatsTestSupport {
  static final String FILE = MalformedInputTest.FILE;

  private OdsFormatsTestSupport() {}

  static <T> ImportResult<T> lenientBytes(RecordFormat<T> format, byte[] bytes) {
    return lenientStream(format, new ByteArrayInputStream(bytes));
  }

  static <T> ImportResult<T> lenientStream(RecordFormat<T> format, InputStream in) {
    try {
      return format.readLenient(in, FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a stream that repeats the given bytes for ever.
   *
   * @param pattern the bytes to repeat
   * @return the stream, which never ends
   */
  public static InputStream endless(byte... pattern) {
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return pattern[(int) (position++ % pattern.length)] & 0xFF;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
          buffer[offset + i] = pattern[(int) (position++ % pattern.length)];
        }
        return length;
      }
    };
  }
}
