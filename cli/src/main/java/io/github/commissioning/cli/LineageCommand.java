package io.github.commissioning.cli;

import io.github.commissioning.model.history.History;
import io.github.commissioning.model.history.Lineage;
import io.github.commissioning.model.history.Succession;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.time.Period;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code lineage}: everything the history knows of a code: the organisations that had it, its
 * predecessors and successors, and who carried its duties on a date. As text, or as CSV with one
 * row per fact under {@link #CSV_HEADER}.
 */
final class LineageCommand {
  /** The default date: the latest the bundled extracts describe. */
  static final LocalDate LATEST = LocalDate.of(2023, 2, 28);
  static final String CSV_HEADER = "relation,code,date,share,kind,name,start,end";

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1," + OdsCode.MAX_LENGTH + "}");
  private static final int WIDTH = 100;

  private final History history;
  private final OdsCode code;
  private final LocalDate date;
  private final List<Row> rows = new ArrayList<>();

  /** One fact: how a code relates to the one asked about, and the body it named then, if known. */
  private record Row(String relation, OdsCode code, Optional<LocalDate> date, Optional<Share> share,
      Optional<Organisation> body) {}

  private LineageCommand(History history, OdsCode code, LocalDate date) {
    this.history = history;
    this.code = code;
    this.date = date;
  }

  static int run(List<String> args, PrintStream out) {
    Options options = Options.parse("lineage", args,
        Set.of("--date", "--format", Histories.OPTION), 1);
    String text = options.positional(0).strip();
    if (!CODE.matcher(text).matches()) {
      throw CommandException.usage("lineage: '" + text + "' is not a well-formed ODS code");
    }
    OdsCode code = OdsCode.of(text.toUpperCase(Locale.ROOT));
    String format = options.get("--format").orElse("text");
    if (!format.equals("text") && !format.equals("csv")) {
      throw CommandException.usage("lineage --format is 'text' or 'csv', not '" + format + "'");
    }
    LocalDate date = options.date("--date").orElse(LATEST);
    LineageCommand lineage = new LineageCommand(Histories.of(options), code, date);
    if (!lineage.collect()) {
      throw CommandException.of(Commissioning.REFUSED, "no organisation has had the code '" + code
          + "' and no succession names it");
    }
    out.print(format.equals("csv") ? lineage.csv() : lineage.text());
    out.flush();
    return Commissioning.OK;
  }

  /** Gathers the rows; false if the history knows nothing of the code. */
  private boolean collect() {
    Lineage lineage = history.lineage();
    for (Organisation body : history.organisations(code)) {
      rows.add(new Row("organisation", code, Optional.empty(), Optional.empty(),
          Optional.of(body)));
    }
    for (Succession edge : lineage.predecessorsOf(code)) {
      rows.add(new Row("predecessor", edge.predecessor(), Optional.of(edge.effective()),
          Optional.of(edge.share()),
          history.organisation(edge.predecessor(), edge.effective().minusDays(1))));
    }
    for (Succession edge : lineage.successorsOf(code)) {
      rows.add(new Row("successor", edge.successor(), Optional.of(edge.effective()),
          Optional.of(edge.share()), history.organisation(edge.successor(), edge.effective())));
    }
    if (rows.isEmpty()) {
      return false;
    }
    lineage.ancestorsOf(code).forEach(ancestor -> rows.add(new Row("ancestor", ancestor,
        Optional.empty(), Optional.empty(), Optional.empty())));
    lineage.descendantsOf(code).forEach(descendant -> rows.add(new Row("descendant", descendant,
        Optional.empty(), Optional.empty(), Optional.empty())));
    Map<OdsCode, Share> carriers = lineage.carriersOn(code, date,
        (c, d) -> history.organisation(c, d).isPresent());
    carriers.forEach((carrier, share) -> rows.add(new Row("carrier", carrier, Optional.of(date),
        Optional.of(share), history.organisation(carrier, date))));
    return true;
  }

  private List<Row> rows(String relation) {
    return rows.stream().filter(row -> row.relation().equals(relation)).toList();
  }

  private String csv() {
    StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
    for (Row row : rows) {
      Optional<Period> period = row.body().map(Organisation::operational);
      csv.append(String.join(",", row.relation(), row.code().value(),
          row.date().map(LocalDate::toString).orElse(""),
          row.share().map(Share::toString).orElse(""),
          row.body().map(body -> body.kind().name()).orElse(""),
          quoted(row.body().map(Organisation::name).orElse("")),
          period.map(p -> p.start().toString()).orElse(""),
          period.flatMap(Period::end).map(LocalDate::toString).orElse(""))).append('\n');
    }
    return csv.toString();
  }

  private static String quoted(String field) {
    return field.matches("[^,\"\r\n]*") ? field : '"' + field.replace("\"", "\"\"") + '"';
  }

  private String text() {
    StringBuilder text = new StringBuilder("Code " + code + "\n");
    text.append("\nOrganisations that have had the code:\n");
    section(text, rows("organisation"), row -> String.format("  %-28s  %-24s  %s",
        row.body().get().kind(), lifetime(row.body().get()), row.body().get().name()));
    text.append("\nImmediate predecessors (from, code, share of it carried into " + code
        + ", kind, name):\n");
    section(text, rows("predecessor"), this::edge);
    text.append("\nImmediate successors (from, code, share of " + code
        + " it carried on, kind, name):\n");
    section(text, rows("successor"), this::edge);
    codes(text, "All ancestors", rows("ancestor"));
    codes(text, "All descendants", rows("descendant"));
    text.append("\nCarriers of " + code + "'s duties on " + date + " (code, share, kind, name):\n");
    section(text, rows("carrier"), row -> String.format("  %-9s  %-9s  %s", row.code(),
        row.share().get(), body(row)));
    return text.toString();
  }

  private String edge(Row row) {
    return String.format("  %s  %-9s  %-9s  %s", row.date().get(), row.code(), row.share().get(),
        body(row));
  }

  private static String body(Row row) {
    return row.body().map(b -> String.format("%-28s  %s", b.kind(), b.name()))
        .orElse("(no organisation recorded)");
  }

  private static String lifetime(Organisation body) {
    Period period = body.operational();
    return period.end().map(end -> period.start() + " to " + end)
        .orElse("from " + period.start());
  }

  private static void section(StringBuilder text, List<Row> rows,
      Function<Row, String> line) {
    if (rows.isEmpty()) {
      text.append("  none\n");
    }
    rows.forEach(row -> text.append(line.apply(row).stripTrailing()).append('\n'));
  }

  /** A set of codes, nearest first, wrapped to a readable width. */
  private static void codes(StringBuilder text, String title, Collection<Row> rows) {
    text.append('\n').append(title).append(" (").append(rows.size()).append("), nearest first:\n");
    if (rows.isEmpty()) {
      text.append("  none\n");
      return;
    }
    StringBuilder line = new StringBuilder(" ");
    for (Row row : rows) {
      if (line.length() + row.code().value().length() + 2 > WIDTH) {
        text.append(line).append('\n');
        line.setLength(0);
        line.append(' ');
      }
      line.append(' ').append(row.code());
    }
    text.append(line).append('\n');
  }
}
