package io.github.commissioning.model.history;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;

/**
 * One edge of lineage: from a date, a successor carries a share of what a predecessor held. A
 * recode links two codes of the same body. A predecessor with a successor is not assumed closed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param predecessor the earlier code
 * @param successor the later code
 * @param effective the first day the successor carries it
 * @param share the share carried, {@link Share#WHOLE} unless the predecessor was split
 * @param recode true if both codes name the same body
 */
public record Succession(OdsCode predecessor, OdsCode successor, LocalDate effective, Share share,
    boolean recode) {

  /** Creates an edge, checking it does not join a code to itself. */
  public Succession {
    checkNotNull(predecessor, "predecessor");
    checkNotNull(successor, "successor");
    checkNotNull(effective, "effective");
    checkNotNull(share, "share");
    if (predecessor.equals(successor)) {
      throw ViolationException.of(Invariant.SUCCESSION, "Body " + predecessor
          + " cannot succeed itself", predecessor);
    }
  }

  /**
   * Obtains an edge carrying the whole of the predecessor.
   *
   * @param predecessor the earlier code
   * @param successor the later code
   * @param effective the first day of the successor
   * @return the edge
   */
  public static Succession of(OdsCode predecessor, OdsCode successor, LocalDate effective) {
    return new Succession(predecessor, successor, effective, Share.WHOLE, false);
  }

  @Override
  public String toString() {
    return predecessor + " -> " + successor + " from " + effective
        + (share.equals(Share.WHOLE) ? "" : " (" + share + ")") + (recode ? " (recode)" : "");
  }
}
