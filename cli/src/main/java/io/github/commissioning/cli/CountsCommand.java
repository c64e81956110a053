package io.github.commissioning.cli;

import io.github.commissioning.model.history.History;
import io.github.commissioning.organisation.OrganisationKind;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code counts}: how many organisations of each kind were open on a date, as CSV. */
final class CountsCommand {
  private CountsCommand() {}

  static int run(List<String> args, PrintStream out) {
    Options options = Options.parse("counts", args, Set.of("--date", Histories.OPTION), 0);
    LocalDate date = options.date("--date")
        .orElseThrow(() -> CommandException.usage("counts needs --date YYYY-MM-DD"));
    History history = Histories.of(options);
    StringBuilder csv = new StringBuilder("kind,count\n");
    for (OrganisationKind kind : OrganisationKind.values()) {
      int count = history.count(kind, date);
      if (count > 0) {
        csv.append(kind.name()).append(',').append(count).append('\n');
      }
    }
    out.print(csv);
    out.flush();
    return Commissioning.OK;
  }
}
