package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The format of one kind of ODS, ONS or NHSBSA file, and its reader: it reads a file line by line
 * into typed, validated records of type {@code T}.
 *
 * <p>A file is a header line, for formats that have one, followed by one record per line, each a
 * fixed number of comma-separated fields (see {@link #fieldNames()}); fields may be quoted with
 * double quotes, in which a doubled quote stands for one, but never span lines. Lines end with LF
 * or CRLF; empty lines are skipped. Bytes are decoded as windows-1252, of which ASCII is a part.
 *
 * <p>Every record that cannot be read is reported as a {@link Violation} whose subjects are the
 * file's name, the 1-based line number (counting the header), the field written
 * {@code index:name} (such as {@code 4:joined}; index 0, {@code 0:record}, for the whole record)
 * and the offending value (control characters escaped as {@code \}{@code uXXXX}, and cut to 100
 * characters followed by {@code ...}). Its code is {@link Invariant#RECORD_MALFORMED} for a wrong
 * number of fields, a bad code, date or number, an unbalanced quote, binary junk such as NUL
 * bytes, a wrong header or a file without records, and {@link Invariant#INPUT_TOO_LARGE} for a
 * line of more than {@value #MAX_LINE_LENGTH} characters, and for more than
 * {@value #MAX_RECORDS} lines after the header or {@value #MAX_PROBLEMS} problems, after which
 * reading stops. A lenient read skips the rest of an overlong line to read on from the next, but
 * stops if no line end comes within {@value #MAX_SKIPPED} characters, so that input without end
 * (a stream of bytes with no LF) is refused rather than read for ever.
 *
 * <p>{@link #read(InputStream, String)} is strict: it throws an {@link ImportException} at the
 * first problem. {@link #readLenient(InputStream, String)} returns every good record and every
 * problem, and throws only if the input itself cannot be read. Neither reads a whole file into
 * memory at once, and neither closes the input it is given.
 *
 * <p>The formats are the constants of {@link OdsFormats}. This class is immutable and
 * thread-safe.
 *
 * @param <T> the type of record
 */
public final class RecordFormat<T> {
  /** The most characters a line may have, without its terminator: 64 KiB. */
  public static final int MAX_LINE_LENGTH = 1 << 16;
  /**
   * The most lines a file may have after its header: records, and empty lines, which count. A
   * million is twenty times the longest file published, and its records fit in a few hundred
   * megabytes, so that endless input is refused before it exhausts memory.
   */
  public static final int MAX_RECORDS = 1_000_000;
  /** The most problems a lenient read reports before it stops reading. */
  public static final int MAX_PROBLEMS = 10_000;
  /** The most characters of an overlong line a lenient read skips to find its end: 16 Mi. */
  public static final int MAX_SKIPPED = 1 << 24;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** A UTF-8 byte order mark, decoded as windows-1252. */
  private static final String MISREAD_BOM = "\u00EF\u00BB\u00BF";

  /** Parses the fields of one record, throwing {@link Rejected} for a bad value. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(Fields fields);
  }

  private final String name;
  private final ImmutableList<String> fieldNames;
  private final ImmutableList<ImmutableList<String>> headers;
  private final Parser<T> parser;

  RecordFormat(String name, List<String> fieldNames, List<List<String>> headers,
      Parser<T> parser) {
    this.name = checkNotNull(name, "name");
    this.fieldNames = ImmutableList.copyOf(fieldNames);
    ImmutableList.Builder<ImmutableList<String>> copied = ImmutableList.builder();
    for (List<String> header : headers) {
      checkArgument(header.size() == fieldNames.size(), "%s: header %s does not name %s fields",
          name, header, fieldNames.size());
      copied.add(ImmutableList.copyOf(header));
    }
    this.headers = copied.build();
    this.parser = checkNotNull(parser, "parser");
  }

  /**
   * Returns the name of the format, after the file it reads.
   *
   * @return such as {@code epcmem}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the names of the fields of a record, as problems name them.
   *
   * @return the names, in file order, such as {@code practice} and {@code joined}
   */
  public ImmutableList<String> fieldNames() {
    return fieldNames;
  }

  /**
   * Returns the header lines a file of this format may start with.
   *
   * @return the headers accepted, each a list of column names (compared ignoring case); empty if
   *     files of this format have no header
   */
  public ImmutableList<ImmutableList<String>> headers() {
    return headers;
  }

  /**
   * Tells whether files of this format start with a header line.
   *
   * @return true if the first line is a header, not a record
   */
  public boolean hasHeader() {
    return !headers.isEmpty();
  }

  /**
   * Reads a file strictly, decoding its bytes as windows-1252.
   *
   * @param in the file's bytes; not closed
   * @param file the file's name, for problems
   * @return every record, in file order
   * @throws ImportException at the first problem, naming it
   * @throws IOException if the input cannot be read
   */
  public ImmutableList<T> read(InputStream in, String file) throws IOException {
    return read(decode(in), file);
  }

  /**
   * Reads a file strictly.
   *
   * @param in the file's text; not closed
   * @param file the file's name, for problems
   * @return every record, in file order
   * @throws ImportException at the first problem, naming it
   * @throws IOException if the input cannot be read
   */
  public ImmutableList<T> read(Reader in, String file) throws IOException {
    return run(in, file, true).records();
  }

  /**
   * Reads a file leniently, decoding its bytes as windows-1252: a bad record is reported and
   * skipped.
   *
   * @param in the file's bytes; not closed
   * @param file the file's name, for problems
   * @return every good record and every problem
   * @throws IOException if the input cannot be read
   */
  public ImportResult<T> readLenient(InputStream in, String file) throws IOException {
    return readLenient(decode(in), file);
  }

  /**
   * Reads a file leniently: a bad record is reported and skipped.
   *
   * @param in the file's text; not closed
   * @param file the file's name, for problems
   * @return every good record and every problem
   * @throws IOException if the input cannot be read
   */
  public ImportResult<T> readLenient(Reader in, String file) throws IOException {
    return run(in, file, false);
  }

  private static Reader decode(InputStream in) {
    return new InputStreamReader(checkNotNull(in, "in"), WINDOWS_1252);
  }

  private ImportResult<T> run(Reader in, String file, boolean strict) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(file, "file");
    Problems problems = new Problems(file, strict);
    ImmutableList.Builder<T> records = ImmutableList.builder();
    LineReader lines = new LineReader(in, MAX_LINE_LENGTH);
    int headerLines = hasHeader() ? 1 : 0;
    long line = 0;
    boolean anyRecord = false;
    for (String text = lines.next(); text != null; text = lines.next()) {
      line++;
      if (line == 1) {
        text = withoutByteOrderMark(text);
      }
      if (line - headerLines > MAX_RECORDS) {
        problems.add(Fields.rejection(Invariant.INPUT_TOO_LARGE, file, line, 0, "record", text,
            "is past the limit of " + MAX_RECORDS + " records; reading stopped"));
        break;
      }
      if (lines.tooLong()) {
        problems.add(Fields.rejection(Invariant.INPUT_TOO_LARGE, file, line, 0, "record",
            text, "is longer than " + MAX_LINE_LENGTH + " characters"));
        if (!lines.skipRest(MAX_SKIPPED)) {
          problems.add(Fields.rejection(Invariant.INPUT_TOO_LARGE, file, line, 0, "record", text,
              "goes on for more than " + MAX_SKIPPED + " characters without a line end; reading"
              + " stopped"));
          break;
        }
      } else if (line <= headerLines) {
        checkHeader(file, text, problems);
      } else if (!text.isEmpty()) {
        anyRecord = true;
        try {
          records.add(parser.parse(Fields.split(file, line, text, fieldNames)));
        } catch (Rejected rejected) {
          problems.add(rejected);
        }
      }
      if (problems.size() >= MAX_PROBLEMS) {
        problems.add(Fields.rejection(Invariant.INPUT_TOO_LARGE, file, line, 0, "record", text,
            "brings the problems to " + MAX_PROBLEMS + "; reading stopped"));
        break;
      }
    }
    if (line == 0 && hasHeader()) {
      problems.add(Fields.rejection(Invariant.RECORD_MALFORMED, file, 1, 1, fieldNames.get(0), "",
          "is not the expected header " + String.join(",", headers.get(0)) + ": the file is"
          + " empty"));
    } else if (!anyRecord && problems.size() == 0) {
      problems.add(Fields.rejection(Invariant.RECORD_MALFORMED, file, line + 1, 0, "record", "",
          "is missing: the file holds no records" + (hasHeader() ? " after its header" : "")));
    }
    return new ImportResult<>(file, records.build(), problems.build());
  }

  private static String withoutByteOrderMark(String text) {
    if (text.startsWith("\uFEFF")) {
      return text.substring(1);
    }
    return text.startsWith(MISREAD_BOM) ? text.substring(MISREAD_BOM.length()) : text;
  }

  private void checkHeader(String file, String text, Problems problems) {
    List<String> columns;
    try {
      columns = CsvSplitter.split(text);
    } catch (CsvSplitter.Unsplittable e) {
      problems.add(Fields.rejection(Invariant.RECORD_MALFORMED, file, 1, e.field + 1, "header",
          e.text, e.getMessage()));
      return;
    }
    for (ImmutableList<String> header : headers) {
      if (matches(header, columns)) {
        return;
      }
    }
    ImmutableList<String> expected = headers.get(0);
    for (int i = 0; i < Math.max(expected.size(), columns.size()); i++) {
      String column = i < columns.size() ? columns.get(i) : "";
      if (i >= expected.size() || !same(expected.get(i), column)) {
        String wanted = i < expected.size() ? "'" + expected.get(i) + "'" : "nothing";
        problems.add(Fields.rejection(Invariant.RECORD_MALFORMED, file, 1, i + 1,
            i < fieldNames.size() ? fieldNames.get(i) : "extra", column,
            "is not the header expected: column " + (i + 1) + " should be " + wanted + " in "
            + String.join(",", expected)));
        return;
      }
    }
  }

  private static boolean matches(List<String> header, List<String> columns) {
    if (header.size() != columns.size()) {
      return false;
    }
    for (int i = 0; i < header.size(); i++) {
      if (!same(header.get(i), columns.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(String expected, String column) {
    return expected.toLowerCase(Locale.ROOT).equals(column.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the format's name.
   *
   * @return such as {@code RecordFormat[epcmem]}
   */
  @Override
  public String toString() {
    return "RecordFormat[" + name + "]";
  }

  /** The problems of one read: thrown at once when strict, gathered when lenient. */
  private static final class Problems {
    private final String file;
    private final boolean strict;
    private final List<Violation> found = new ArrayList<>();

    Problems(String file, boolean strict) {
      this.file = file;
      this.strict = strict;
    }

    void add(Rejected rejected) {
      found.add(rejected.violation());
      if (strict) {
        throw new ImportException(file, found);
      }
    }

    int size() {
      return found.size();
    }

    ImmutableList<Violation> build() {
      return ImmutableList.copyOf(found);
    }
  }
}
