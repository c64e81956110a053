package io.github.commissioning.cli;

import io.github.commissioning.model.history.CommissionerSpan;
import io.github.commissioning.model.history.History;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.time.Period;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who commissioned for each practice over time, as {@link History#commissionerSpans} gives it for
 * the bundled extracts, written into the tool when it is built so that {@code map} can answer
 * without building the history first: reading the table takes a small part of the time loading
 * the extracts does. Each line is one span: the practice, the span's first and last day (epoch
 * days; the last empty while it lasts), then the body's code, kind, first and last day, and name,
 * separated by tabs.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CommissionerTable {
  /** Where the table is in the tool. */
  static final String RESOURCE = "commissioners.tsv";

  private static final long OPEN = Long.MAX_VALUE;

  /** One practice's spans, ordered by first day: first and last days interleaved, and bodies. */
  private record Spans(long[] days, Organisation[] bodies) {}

  private final Map<OdsCode, Spans> byPractice;

  private CommissionerTable(Map<OdsCode, Spans> byPractice) {
    this.byPractice = byPractice;
  }

  /** Read on first use, once per process. */
  private static final class Bundled {
    static final Optional<CommissionerTable> TABLE = load();
  }

  /**
   * Returns the table written into the tool, if it was (a build from the sources writes it).
   *
   * @return the table of the bundled extracts
   */
  static Optional<CommissionerTable> bundled() {
    return Bundled.TABLE;
  }

  private static Optional<CommissionerTable> load() {
    InputStream in = CommissionerTable.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return Optional.empty();
    }
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      return Optional.of(read(lines));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the body that commissioned for a practice on a day, as
   * {@link History#commissionerOf} gives it.
   *
   * @param practice the practice
   * @param date the day
   * @return the body, if the practice was a member of an open one that day
   */
  Optional<Organisation> commissionerOf(OdsCode practice, LocalDate date) {
    Spans spans = byPractice.get(practice);
    if (spans == null) {
      return Optional.empty();
    }
    long day = date.toEpochDay();
    int found = -1;
    int low = 0;
    int high = spans.bodies().length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (spans.days()[2 * middle] <= day) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found >= 0 && spans.days()[2 * found + 1] >= day
        ? Optional.of(spans.bodies()[found]) : Optional.empty();
  }

  /**
   * Writes the table of a history.
   *
   * @param history the history
   * @param out where to write it
   * @throws IOException if it cannot be written
   * @throws IllegalArgumentException if a body's name holds a tab or a line break
   */
  static void write(History history, Writer out) throws IOException {
    StringBuilder line = new StringBuilder();
    for (OdsCode practice : history.practices()) {
      for (CommissionerSpan span : history.commissionerSpans(practice)) {
        Organisation body = span.commissioner();
        if (body.name().indexOf('\t') >= 0 || body.name().indexOf('\n') >= 0
            || body.name().indexOf('\r') >= 0) {
          throw new IllegalArgumentException("The name of " + body.code()
              + " holds a tab or a line break, which the table cannot hold: " + body.name());
        }
        line.setLength(0);
        line.append(practice.value()).append('\t');
        days(line, span.period()).append('\t').append(body.code().value()).append('\t')
            .append(body.kind().name()).append('\t');
        days(line, body.operational()).append('\t').append(body.name()).append('\n');
        out.write(line.toString());
      }
    }
  }

  private static StringBuilder days(StringBuilder line, Period period) {
    line.append(period.start().toEpochDay()).append('\t');
    period.end().ifPresent(last -> line.append(last.toEpochDay()));
    return line;
  }

  private static CommissionerTable read(BufferedReader lines) throws IOException {
    Map<OdsCode, List<String[]>> rows = new HashMap<>();
    Map<String, Organisation> bodies = new HashMap<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String[] fields = line.split("\t", 8);
      rows.computeIfAbsent(OdsCode.of(fields[0]), p -> new ArrayList<>()).add(fields);
    }
    Map<OdsCode, Spans> byPractice = new HashMap<>(rows.size() * 2);
    rows.forEach((practice, spans) -> {
      long[] days = new long[2 * spans.size()];
      Organisation[] found = new Organisation[spans.size()];
      for (int i = 0; i < spans.size(); i++) {
        String[] fields = spans.get(i);
        days[2 * i] = Long.parseLong(fields[1]);
        days[2 * i + 1] = fields[2].isEmpty() ? OPEN : Long.parseLong(fields[2]);
        String key = String.join("\t", fields[3], fields[4], fields[5], fields[6], fields[7]);
        found[i] = bodies.computeIfAbsent(key, k -> Organisation.of(OdsCode.of(fields[3]),
            fields[7], OrganisationKind.valueOf(fields[4]), period(fields[5], fields[6])));
      }
      byPractice.put(practice, new Spans(days, found));
    });
    return new CommissionerTable(byPractice);
  }

  private static Period period(String first, String last) {
    LocalDate start = LocalDate.ofEpochDay(Long.parseLong(first));
    return last.isEmpty() ? Period.from(start)
        : Period.of(start, LocalDate.ofEpochDay(Long.parseLong(last)));
  }

  /**
   * Writes the table of the bundled extracts to a file: the build runs this to put the table in
   * the tool.
   *
   * @param args the file to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("Usage: CommissionerTable FILE");
    }
    Path file = Path.of(args[0]);
    @Nullable Path folder = file.getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(Histories.bundled(), out);
    }
  }
}
