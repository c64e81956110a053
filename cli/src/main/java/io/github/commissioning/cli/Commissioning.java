package io.github.commissioning.cli;

import io.github.commissioning.violation.ViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code commissioning} command. Run {@code java -jar cli/target/commissioning.jar --help}.
 *
 * <p>Exit codes: 0 on success, 1 when the input was refused, 2 when the command line was wrong.
 * Errors are one line on standard error, never a stack trace.
 */
public final class Commissioning {
  static final int OK = 0;
  static final int REFUSED = 1;
  static final int USAGE = 2;

  private static final String HELP = String.join("\n",
      "Usage: commissioning COMMAND [OPTIONS]",
      "",
      "A model of NHS England's commissioning bodies and the transitions between them.",
      "",
      "Commands:",
      "  replay SCENARIO [--format text|json|mermaid]",
      "                      Apply a reform from the seed articles to England on 31 March 2010",
      "                      (built from the bundled data) and report what it did: bodies opened",
      "                      and closed, duties and money moved, the policy's refusals, running",
      "                      costs against targets. 'replay --list' lists the scenarios.",
      "  describe [SAMPLE]   Build a sample landscape, check every structural invariant and",
      "                      summarise it: bodies by kind, populations, duties and money.",
      "                      Samples: " + String.join(", ", Samples.names()) + " (the default).",
      "  map [--ods DIR]     Read CSV on standard input whose header has 'practice' and 'date'",
      "                      columns; write every row to standard output with two more columns:",
      "                      'commissioner', the code of the primary care organisation the",
      "                      practice belonged to on the date, and 'commissioner_kind'. Both are",
      "                      empty when unknown. Bad rows are reported on standard error, one line",
      "                      each, and written with both empty; the exit code is then 1.",
      "  counts --date DATE [--ods DIR]",
      "                      Write CSV 'kind,count': how many organisations of each kind were open",
      "                      on DATE (kinds with none are left out).",
      "  lineage CODE [--date DATE] [--format text|csv] [--ods DIR]",
      "                      Show every organisation that has had CODE, its predecessors and",
      "                      successors (immediate, with dates and shares, then all of them) and",
      "                      who carried its duties on DATE (default " + LineageCommand.LATEST
          + ").",
      "                      CSV columns: " + LineageCommand.CSV_HEADER,
      "  help, --help        Show this text.",
      "",
      "Options:",
      "  --date DATE         An ISO date, YYYY-MM-DD.",
      "  --ods DIR           Read the ODS and ONS files, under their published names, from DIR",
      "                      instead of the extracts bundled with the tool (1999 to 2023).",
      "",
      "Exit codes: 0 success; 1 bad rows, unknown code or refused input; 2 wrong command line",
      "or unusable input (no CSV header, a missing file in DIR).",
      "");

  private Commissioning() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args), System.in, System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param in standard input, read by {@code map}
   * @param out where results go
   * @param err where errors go
   * @return the exit code
   */
  static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      return usage(err, "no command given; commands: describe, map, counts, lineage, help");
    }
    if (args.get(0).equals("help") || args.get(0).equals("--help")) {
      out.print(HELP);
      return OK;
    }
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (args.get(0)) {
        case "describe" -> Describe.run(rest, out, err);
        case "map" -> MapCommand.run(rest, in, out, err);
        case "counts" -> CountsCommand.run(rest, out);
        case "lineage" -> LineageCommand.run(rest, out);
        case "replay" -> ReplayCommand.run(rest, out);
        default -> usage(err, "unknown command '" + args.get(0) + "'");
      };
    } catch (CommandException failed) {
      err.println("commissioning: " + oneLine(failed.getMessage()));
      return failed.exitCode();
    } catch (ViolationException refused) {
      err.println("commissioning: refused: "
          + oneLine(refused.getMessage().lines().findFirst().orElse("")));
      return REFUSED;
    } catch (IOException unreadable) {
      err.println("commissioning: cannot read standard input: "
          + oneLine(String.valueOf(unreadable.getMessage())));
      return REFUSED;
    }
  }

  static int usage(PrintStream err, String problem) {
    err.println("commissioning: " + oneLine(problem) + " (try --help)");
    return USAGE;
  }

  /**
   * Keeps an error on one line whatever the values it quotes hold: every control character and
   * line separator (a newline in an argument, say) becomes {@code ?}.
   */
  static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean breaks = c < ' ' || c == 0x7F || c == 0x85 || c == '\u2028' || c == '\u2029';
      line.append(breaks ? '?' : c);
    }
    return line.toString();
  }
}
