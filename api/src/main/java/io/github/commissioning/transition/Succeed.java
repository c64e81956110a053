package io.github.commissioning.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import java.time.LocalDate;

/**
 * Records that a body carries a share of another's functions from a date, as ODS successor
 * records state, without moving anything: what moves is described by other changes (practices
 * moving, the predecessor being abolished). The predecessor may already be closed, and may stay
 * open (a hub kept going after its successors took over).
 *
 * @param date the first day the successor carries it
 * @param predecessor the earlier body
 * @param successor the later body
 * @param share the share of the predecessor it carries
 */
public record Succeed(LocalDate date, OdsCode predecessor, OdsCode successor, Share share)
    implements Transition {

  /** Creates the transition, checking the bodies differ. */
  public Succeed {
    checkNotNull(date, "date");
    checkNotNull(share, "share");
    Arguments.distinct(predecessor, "predecessor", successor, "successor",
        predecessor + " succeeding itself");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.succeed(this);
  }
}
