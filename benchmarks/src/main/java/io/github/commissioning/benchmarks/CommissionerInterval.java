package io.github.commissioning.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.model.history.History;
import io.github.commissioning.model.history.Membership;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The days on which a practice's commissioner was one body: a membership of the history clipped
 * to the days the body was open under its code, which is exactly when
 * {@link History#commissionerOf} answers with that body. These are the rows the peer joins
 * against.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param practice the practice
 * @param commissioner the body it belonged to
 * @param firstDay the first day, as an epoch day
 * @param lastDay the last day, inclusive, as an epoch day ({@link #OPEN} when still open)
 */
public record CommissionerInterval(OdsCode practice, OdsCode commissioner, long firstDay,
    long lastDay) {
  /** The last day of an interval with no end. */
  public static final long OPEN = LocalDate.of(9999, 12, 31).toEpochDay();

  /** Creates an interval, checking it is not empty. */
  public CommissionerInterval {
    checkNotNull(practice, "practice");
    checkNotNull(commissioner, "commissioner");
    checkArgument(firstDay <= lastDay, "The interval of %s in %s ends (%s) before it starts (%s)",
        practice, commissioner, lastDay, firstDay);
  }

  /**
   * Derives every interval of the given practices from a history.
   *
   * @param history the history
   * @param practices the practices, each once
   * @return the intervals, practice by practice in the given order, each practice's in date order
   */
  public static List<CommissionerInterval> of(History history, Collection<OdsCode> practices) {
    checkNotNull(history, "history");
    List<CommissionerInterval> intervals = new ArrayList<>();
    for (OdsCode practice : practices) {
      for (Membership membership : history.memberships(practice)) {
        long joined = membership.period().start().toEpochDay();
        long left = membership.period().end().map(LocalDate::toEpochDay).orElse(OPEN);
        for (Organisation body : history.organisations(membership.parent())) {
          long opened = body.operational().start().toEpochDay();
          long closed = body.operational().end().map(LocalDate::toEpochDay).orElse(OPEN);
          long first = Math.max(joined, opened);
          long last = Math.min(left, closed);
          if (first <= last) {
            intervals.add(new CommissionerInterval(practice, membership.parent(), first, last));
          }
        }
      }
    }
    return intervals;
  }
}
