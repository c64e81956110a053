package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.violation.Violation;

/**
 * What a lenient read of a file found: every record that was well formed, and a problem for every
 * record that was not.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of record
 * @param file the file's name, as given to the reader
 * @param records the well-formed records, in file order
 * @param problems the problems, in file order, each with the subjects file, line, field and value
 */
public record ImportResult<T>(String file, ImmutableList<T> records,
    ImmutableList<Violation> problems) {

  /** Creates a result. */
  public ImportResult {
    checkNotNull(file, "file");
    checkNotNull(records, "records");
    checkNotNull(problems, "problems");
  }

  /**
   * Tells whether the file had no problems at all.
   *
   * @return true if {@link #problems()} is empty
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * Returns the records if the file had no problems.
   *
   * @return the records, in file order
   * @throws ImportException carrying every problem, if there are any
   */
  public ImmutableList<T> recordsOrThrow() {
    if (!problems.isEmpty()) {
      throw new ImportException(file, problems);
    }
    return records;
  }
}
