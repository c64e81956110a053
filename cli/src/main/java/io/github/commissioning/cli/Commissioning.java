package io.github.commissioning.cli;

import io.github.commissioning.violation.ViolationException;
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
      "  describe [SAMPLE]   Build a sample landscape, check every structural invariant and",
      "                      summarise it: bodies by kind, populations, duties and money.",
      "                      Samples: " + String.join(", ", Samples.names()) + " (the default).",
      "  help, --help        Show this text.",
      "");

  private Commissioning() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args), System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param out where results go
   * @param err where errors go
   * @return the exit code
   */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
      out.print(HELP);
      return args.isEmpty() ? USAGE : OK;
    }
    try {
      return switch (args.get(0)) {
        case "describe" -> Describe.run(args.subList(1, args.size()), out, err);
        default -> usage(err, "unknown command '" + args.get(0) + "'");
      };
    } catch (ViolationException refused) {
      err.println("commissioning: refused: " + refused.getMessage().lines().findFirst().orElse(""));
      return REFUSED;
    }
  }

  static int usage(PrintStream err, String problem) {
    err.println("commissioning: " + problem + " (try --help)");
    return USAGE;
  }
}
