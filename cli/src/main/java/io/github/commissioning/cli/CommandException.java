package io.github.commissioning.cli;

/** A command that cannot go on: one line for standard error and the exit code. */
final class CommandException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private CommandException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** The command line was wrong: exit code 2, with a pointer to the help. */
  static CommandException usage(String problem) {
    return new CommandException(Commissioning.USAGE, problem + " (try --help)");
  }

  /** The input the command was given cannot be used. */
  static CommandException of(int exitCode, String problem) {
    return new CommandException(exitCode, problem);
  }

  int exitCode() {
    return exitCode;
  }
}
