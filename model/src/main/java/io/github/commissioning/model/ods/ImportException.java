package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;

/**
 * Thrown when a file cannot be imported as it stands: a record of it is malformed, or it is
 * larger than a reader accepts.
 *
 * <p>Each {@linkplain #problems() problem} has the subjects file, line, field and value, as
 * {@link RecordFormat} describes. This class is immutable and thread-safe.
 */
public final class ImportException extends ViolationException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * Creates an exception for problems found in a file.
   *
   * @param file the file's name, as given to the reader
   * @param problems at least one problem
   * @throws IllegalArgumentException if there are no problems
   */
  public ImportException(String file, Iterable<Violation> problems) {
    super(problems, describe(checkNotNull(file, "file"), ImmutableList.copyOf(problems)));
    this.file = file;
  }

  private static String describe(String file, ImmutableList<Violation> problems) {
    if (problems.isEmpty()) {
      return "Cannot import " + file;
    }
    String first = problems.get(0).message();
    int more = problems.size() - 1;
    return "Cannot import " + file + ": " + first
        + (more == 0 ? "" : " (and " + more + (more == 1 ? " more problem)" : " more problems)"));
  }

  /**
   * Returns the name of the file that could not be imported.
   *
   * @return the name, as given to the reader
   */
  public String file() {
    return file;
  }

  /**
   * Returns the problems found, in the order they were found.
   *
   * @return the problems, the same as {@link #violations()}, never empty
   */
  public ImmutableList<Violation> problems() {
    return violations();
  }
}
