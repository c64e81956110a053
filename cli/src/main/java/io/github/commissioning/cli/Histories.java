package io.github.commissioning.cli;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.model.ods.OdsSource;
import io.github.commissioning.violation.ViolationException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The commissioning history the commands answer from: the extracts bundled with the tool, loaded
 * once per process, or the files in a folder given with {@code --ods}.
 */
final class Histories {
  static final String OPTION = "--ods";

  private Histories() {}

  /** Loaded on first use, since loading takes a second or two. */
  private static final class Bundled {
    static final History HISTORY = OdsHistory.load(OdsExtracts::open);
  }

  static History bundled() {
    return Bundled.HISTORY;
  }

  /** Returns the history from the folder given with --ods, if any, else the bundled one. */
  static History of(Options options) {
    Optional<String> folder = options.get(OPTION);
    return folder.isEmpty() ? bundled() : fromFolder(folder.get());
  }

  private static History fromFolder(String name) {
    Path folder;
    try {
      folder = Path.of(name);
    } catch (InvalidPathException e) {
      throw CommandException.usage(OPTION + " '" + name + "' is not a folder");
    }
    if (!Files.isDirectory(folder)) {
      throw CommandException.usage(OPTION + " '" + name + "' is not a folder");
    }
    try {
      return OdsHistory.load(OdsSource.folder(folder));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException missing) {
        throw CommandException.of(Commissioning.USAGE, "the " + OPTION + " folder '" + name
            + "' has no file '" + Path.of(missing.getFile()).getFileName() + "'");
      }
      throw CommandException.of(Commissioning.USAGE, "cannot read the " + OPTION + " folder '"
          + name + "': " + firstLine(e.getMessage() + ": " + e.getCause().getMessage()));
    } catch (ViolationException e) {
      int more = e.violations().size() - 1;
      throw CommandException.of(Commissioning.REFUSED, "the files in the " + OPTION + " folder '"
          + name + "' were refused: " + firstLine(e.violations().get(0).toString())
          + (more > 0 ? " (and " + more + " more)" : ""));
    } catch (RuntimeException e) {
      throw CommandException.of(Commissioning.USAGE, "the files in the " + OPTION + " folder '"
          + name + "' were refused: " + firstLine(String.valueOf(e.getMessage())));
    }
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }
}
