package io.github.commissioning.cli;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  /** Slots in the cache of codes read: more than the practices England has had. */
  private static final int CODES = 1 << 16;

  private final Commissioners commissioners;
  private final CsvSplitter splitter = new CsvSplitter();
  private final EnumMap<OrganisationKind, byte[]> kindNames = new EnumMap<>(OrganisationKind.class);
  /** Per commissioner, the columns written for it: the code, a comma and the kind. */
  private final Map<Organisation, byte[]> columns = new IdentityHashMap<>();
  /**
   * The codes of practices read, by their characters packed six bits each (never zero), so that
   * a practice met before is found without making a string; a slot holds the last code hashed to it.
   */
  private final long[] packedCodes = new long[CODES];
  private final OdsCode[] codes = new OdsCode[CODES];
  private final int fields;
  private final int practiceColumn;
  private final int dateColumn;

  /** Who commissioned for a practice on a day: the history's answer, or the bundled table's. */
  @FunctionalInterface
  interface Commissioners {
    Optional<Organisation> commissionerOf(OdsCode practice, LocalDate date);
  }

  private MapCommand(Commissioners commissioners, int fields, int practiceColumn, int dateColumn) {
    this.commissioners = commissioners;
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
    MapCommand map = new MapCommand(commissioners(options), header.count(), practice, date);
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

  /**
   * The bundled extracts' table of commissioners, written into the tool when it was built, unless
   * another folder of extracts is given; the history itself if there is no table.
   */
  private static Commissioners commissioners(Options options) {
    if (options.get(Histories.OPTION).isEmpty()) {
      Optional<CommissionerTable> table = CommissionerTable.bundled();
      if (table.isPresent()) {
        return table.get()::commissionerOf;
      }
    }
    return Histories.of(options)::commissionerOf;
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
        output.write(columns.computeIfAbsent(commissioner.get(), this::columnsOf));
      } else {
        output.write(',');
      }
      output.newline();
    }
    return bad;
  }

  private byte[] columnsOf(Organisation commissioner) {
    byte[] code = commissioner.code().value().getBytes(StandardCharsets.US_ASCII);
    byte[] kind = kindNames.get(commissioner.kind());
    byte[] both = Arrays.copyOf(code, code.length + 1 + kind.length);
    both[code.length] = ',';
    System.arraycopy(kind, 0, both, code.length + 1, kind.length);
    return both;
  }

  /** The commissioner of the row the splitter holds, split from the line. */
  private Optional<Organisation> commissioner(LineInput line) {
    if (splitter.count() != fields) {
      throw new BadRow("expected " + fields + " fields, found " + splitter.count());
    }
    byte[] bytes = line.bytes();
    OdsCode code = plainCode(bytes, splitter.start(practiceColumn), splitter.end(practiceColumn));
    LocalDate plainDay = plainDate(bytes, splitter.start(dateColumn), splitter.end(dateColumn));
    if (code != null && plainDay != null) {
      return commissioners.commissionerOf(code, plainDay);
    }
    // Anything else (spaces, quotes, a bad value) is read and reported as text.
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
    return commissioners.commissionerOf(OdsCode.of(practice.toUpperCase(Locale.ROOT)), day.get());
  }

  /**
   * The code of a practice written plainly (1 to 9 ASCII letters and digits, unquoted and without
   * spaces), from the cache if met before; null if written any other way.
   */
  private OdsCode plainCode(byte[] line, int from, int to) {
    if (to - from < 1 || to - from > OdsCode.MAX_LENGTH) {
      return null;
    }
    long packed = 0;
    for (int i = from; i < to; i++) {
      int c = line[i];
      if (c >= '0' && c <= '9') {
        packed = packed << 6 | (c - '0' + 1);
      } else if (c >= 'A' && c <= 'Z') {
        packed = packed << 6 | (c - 'A' + 11);
      } else if (c >= 'a' && c <= 'z') {
        packed = packed << 6 | (c - 'a' + 11);
      } else {
        return null;
      }
    }
    int slot = (int) ((packed * 0x9E3779B97F4A7C15L) >>> 40) & (CODES - 1);
    if (packedCodes[slot] != packed) {
      codes[slot] = OdsCode.of(new String(line, from, to - from, StandardCharsets.US_ASCII)
          .toUpperCase(Locale.ROOT));
      packedCodes[slot] = packed;
    }
    return codes[slot];
  }

  /** A date written plainly, exactly YYYY-MM-DD unquoted; null if written any other way. */
  private static LocalDate plainDate(byte[] line, int from, int to) {
    if (to - from != 10 || line[from + 4] != '-' || line[from + 7] != '-') {
      return null;
    }
    int year = digits(line, from, from + 4);
    int month = digits(line, from + 5, from + 7);
    int day = digits(line, from + 8, from + 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOf(year, month)) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int lengthOf(int year, int month) {
    return Month.of(month).length(Year.isLeap(year));
  }

  private static int digits(byte[] line, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int c = line[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
