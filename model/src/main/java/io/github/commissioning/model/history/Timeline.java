package io.github.commissioning.model.history;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Periods sorted by start, answering "which one holds on this day" by binary search. Built only
 * from periods that do not overlap.
 *
 * @param <T> what each period belongs to
 */
final class Timeline<T> {
  private final long[] starts;
  private final long[] ends;
  private final List<T> items;

  Timeline(List<T> sorted, Function<T, Period> period) {
    this.items = ImmutableList.copyOf(sorted);
    this.starts = new long[sorted.size()];
    this.ends = new long[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      Period p = period.apply(sorted.get(i));
      starts[i] = p.start().toEpochDay();
      ends[i] = p.end().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    }
  }

  /**
   * Sorts by start and returns each item that overlaps the last item kept, paired with it: the
   * second of each pair is the one to leave out.
   */
  static <T> List<List<T>> overlaps(List<T> items, Function<T, Period> period) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(period.andThen(Period::start)));
    List<List<T>> found = new ArrayList<>();
    T kept = null;
    for (T item : sorted) {
      if (kept != null && period.apply(kept).overlaps(period.apply(item))) {
        found.add(List.of(kept, item));
      } else {
        kept = item;
      }
    }
    return found;
  }

  Optional<T> on(LocalDate date) {
    long day = date.toEpochDay();
    int found = lastStartingBy(starts, 0, starts.length, day);
    return found >= 0 && ends[found] >= day ? Optional.of(items.get(found)) : Optional.empty();
  }

  /**
   * Finds, by bisection in {@code starts[from..to)} sorted ascending, the last index whose start
   * is on or before the day.
   *
   * @return that index, or -1 if every start in the range is after the day
   */
  static int lastStartingBy(long[] starts, int from, int to, long day) {
    int low = from;
    int high = to - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] <= day) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  List<T> items() {
    return items;
  }
}
