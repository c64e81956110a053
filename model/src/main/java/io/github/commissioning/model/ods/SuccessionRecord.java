package io.github.commissioning.model.ods;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * One ODS successor record: what a predecessor held passed to a successor on a day.
 *
 * <p>The published files hold records whose predecessor and successor are the same code; they
 * are kept as written. Having a successor does not mean that the predecessor closed.
 *
 * <p>Read with {@link OdsFormats#SUCCESSORS}. This class is immutable and thread-safe.
 *
 * @param predecessor the body that handed over
 * @param successor the body that took over
 * @param effective the day the succession took effect in law
 */
public record SuccessionRecord(OdsCode predecessor, OdsCode successor, LocalDate effective) {

  /** Creates a record. */
  public SuccessionRecord {
    checkNotNull(predecessor, "predecessor");
    checkNotNull(successor, "successor");
    checkNotNull(effective, "effective");
  }

  /**
   * Tells whether this record names the same code on both sides, as some published ones do.
   *
   * @return true if {@link #predecessor()} equals {@link #successor()}
   */
  public boolean isSelfSuccession() {
    return predecessor.equals(successor);
  }
}
