package io.github.commissioning.cli;

import io.github.commissioning.model.history.History;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code map}: copies CSV from standard input to standard output, line by line, adding to each row
 * the primary care organisation its practice belonged to on its date, and that body's kind.
 * Rows that cannot be mapped are reported on standard error and written with both empty.
 */
final class MapCommand {
  static final String COLUMNS = ",commissioner,commissioner_kind";

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1," + OdsCode.MAX_LENGTH + "}");
  private static final int SHOWN = 40;

  private final History history;
  private final CsvSplitter splitter = new CsvSplitter();
  private final EnumMap<OrganisationKind, byte[]> kindNames = new EnumMap<>(OrganisationKind.class);
  private final int fields;
  private final int practiceColumn;
  private final int dateColumn;

  private MapCommand(History history, int fields, int practiceColumn, int dateColumn) {
    this.history = history;
    this.fields = fields;
    this.practiceColumn = practiceColumn;
    this.dateColumn = dateColumn;
    for (OrganisationKind kind : OrganisationKind.values()) {
      kindNames.put(kind, kind.name().getBytes(StandardCharsets.US_ASCII));
    }
  }

  static int run(List<String> args, InputStream in, PrintStream out, PrintStream err)
      throws IOException {
    Options options = Options.parse("map", args, Set.of(Histories.OPTION), 0);
    LineInput lines = new LineInput(in);
    if (!lines.next()) {
      throw CommandException.usage("map needs a CSV header line on standard input");
    }
    if (lines.tooLong()) {
      throw CommandException.usage("map: the header line is longer than " + LineInput.MAX_LENGTH
          + " bytes");
    }
    CsvSplitter header = new CsvSplitter();
    Optional<String> malformed = header.split(lines.bytes(), lines.start(), lines.end());
    if (malformed.isPresent()) {
      throw CommandException.usage("map: the header line is malformed: " + malformed.get());
    }
    int practice = column(header, "practice");
    int date = column(header, "date");
    MapCommand map = new MapCommand(Histories.of(options), header.count(), practice, date);
    Output output = new Output(out);
    output.write(lines.bytes(), lines.start(), lines.end());
    output.write(COLUMNS.getBytes(StandardCharsets.US_ASCII));
    output.newline();
    PrintStream problems = new PrintStream(new BufferedOutputStream(err, 1 << 14), false,
        StandardCharsets.UTF_8);
    try {
      return map.rows(lines, output, problems) ? Commissioning.REFUSED : Commissioning.OK;
    } finally {
      problems.flush();
      output.flush();
    }
  }

  private static int column(CsvSplitter header, String name) {
    int found = -1;
    for (int i = 0; i < header.count(); i++) {
      String value = header.value(i).strip();
      if (i == 0 && value.startsWith("\uFEFF")) {
        value = value.substring(1).strip(); // a byte order mark
      }
      if (value.equals(name)) {
        if (found >= 0) {
          throw CommandException.usage("map: the header has two '" + name + "' columns");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw CommandException.usage("map: the header has no '" + name + "' column; it needs"
          + " 'practice' and 'date'");
    }
    return found;
  }

  /** Maps every row after the header; true if any was bad. */
  private boolean rows(LineInput lines, Output output, PrintStream problems) throws IOException {
    boolean bad = false;
    while (lines.next()) {
      if (lines.tooLong()) {
        bad = true;
        problems.println("commissioning: line " + lines.number() + ": longer than "
            + LineInput.MAX_LENGTH + " bytes; skipped");
        continue;
      }
      if (lines.start() == lines.end()) {
        continue; // a blank line
      }
      // A row whose quoting is broken cannot be echoed without breaking the output's CSV too.
      Optional<String> malformed = splitter.split(lines.bytes(), lines.start(), lines.end());
      if (malformed.isPresent()) {
        bad = true;
        problems.println("commissioning: line " + lines.number() + ": " + malformed.get()
            + "; skipped");
        continue;
      }
      output.write(lines.bytes(), lines.start(), lines.end());
      Optional<Organisation> commissioner = Optional.empty();
      try {
        commissioner = commissioner(lines);
      } catch (BadRow row) {
        bad = true;
        problems.println("commissioning: line " + lines.number() + ": " + row.getMessage());
      }
      output.write(',');
      if (commissioner.isPresent()) {
        output.write(commissioner.get().code().value().getBytes(StandardCharsets.US_ASCII));
        output.write(',');
        output.write(kindNames.get(commissioner.get().kind()));
      } else {
        output.write(',');
      }
      output.newline();
    }
    return bad;
  }

  private Optional<Organisation> commissioner(LineInput line) {
    Optional<String> malformed = splitter.split(line.bytes(), line.start(), line.end());
    if (malformed.isPresent()) {
      throw new BadRow(malformed.get());
    }
    if (splitter.count() != fields) {
      throw new BadRow("expected " + fields + " fields, found " + splitter.count());
    }
    String practice = splitter.value(practiceColumn).strip();
    String date = splitter.value(dateColumn).strip();
    if (practice.isEmpty()) {
      throw new BadRow("practice is empty");
    }
    if (date.isEmpty()) {
      throw new BadRow("date is empty");
    }
    if (!CODE.matcher(practice).matches()) {
      throw new BadRow("practice '" + shown(practice) + "' is not a well-formed ODS code");
    }
    Optional<LocalDate> day = Options.isoDate(date);
    if (day.isEmpty()) {
      throw new BadRow("date '" + shown(date) + "' is not a valid ISO date");
    }
    return history.commissionerOf(OdsCode.of(practice.toUpperCase(Locale.ROOT)), day.get());
  }

  /** A value fit for a one-line message: printable ASCII only, and cut short if long. */
  private static String shown(String value) {
    StringBuilder shown = new StringBuilder();
    value.codePoints().limit(SHOWN)
        .forEach(c -> shown.append(c >= ' ' && c <= '~' ? (char) c : '?'));
    return value.codePointCount(0, value.length()) > SHOWN ? shown + "..." : shown.toString();
  }

  /** Why a row has no commissioner. */
  private static final class BadRow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRow(String problem) {
      super(problem, null, false, false);
    }
  }

  /** Buffered output that stops the command if the reader has gone (as with {@code | head}). */
  private static final class Output {
    private final PrintStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    Output(PrintStream out) {
      this.out = out;
    }

    void write(byte[] bytes) {
      write(bytes, 0, bytes.length);
    }

    void write(byte[] bytes, int from, int to) {
      int length = to - from;
      if (size + length > buffer.length) {
        flush();
        if (length > buffer.length) {
          out.write(bytes, from, length);
          return;
        }
      }
      System.arraycopy(bytes, from, buffer, size, length);
      size += length;
    }

    void write(char ascii) {
      if (size == buffer.length) {
        flush();
      }
      buffer[size++] = (byte) ascii;
    }

    void newline() {
      write('\n');
    }

    void flush() {
      out.write(buffer, 0, size);
      out.flush();
      size = 0;
      if (out.checkError()) {
        throw CommandException.of(Commissioning.REFUSED, "cannot write to standard output");
      }
    }
  }
}
