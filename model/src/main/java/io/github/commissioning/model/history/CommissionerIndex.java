package io.github.commissioning.model.history;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.time.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who commissioned for each practice on each day, laid out for few cache misses per lookup: an
 * open-addressing table holding, per slot, the code's hash beside the run of its spans, then the
 * spans' first and last days interleaved in one array, searched by bisection. A lookup reads the
 * query code's hash (cached in its string), one slot (two adjacent longs), the key only when the
 * hashes agree (and its characters only when it is not the very string the index was built
 * with), the days of the run (usually one span, often two or three) and the body found.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CommissionerIndex {
  /** The last day of a span still open. */
  private static final long OPEN = Long.MAX_VALUE;

  /** A slot's first word when it holds a key: the key's hash, marked as present. */
  private static final long PRESENT = 1L << 32;

  /** Per slot, at {@code 2 * slot}, PRESENT | the key's hash (0 when empty), then first << 32 | end. */
  private final long[] table;
  private final @Nullable String[] keys;
  private final int mask;
  /** Per span, at {@code 2 * span}, its first day, then its last (epoch days). */
  private final long[] days;
  private final Organisation[] bodies;

  /** Lays out the spans of each practice, each list sorted by start and not overlapping. */
  CommissionerIndex(Map<OdsCode, List<CommissionerSpan>> spans) {
    int capacity = Integer.highestOneBit(Math.max(4, spans.size() * 2 - 1)) << 1;
    mask = capacity - 1;
    table = new long[2 * capacity];
    keys = new String[capacity];
    int total = spans.values().stream().mapToInt(List::size).sum();
    days = new long[2 * total];
    bodies = new Organisation[total];
    int next = 0;
    for (Map.Entry<OdsCode, List<CommissionerSpan>> practice : spans.entrySet()) {
      String key = practice.getKey().value();
      int slot = slotOf(key);
      int first = next;
      for (CommissionerSpan span : practice.getValue()) {
        days[2 * next] = span.period().start().toEpochDay();
        days[2 * next + 1] = span.period().end().map(LocalDate::toEpochDay).orElse(OPEN);
        bodies[next] = span.commissioner();
        next++;
      }
      keys[slot] = key;
      table[2 * slot] = PRESENT | (key.hashCode() & 0xFFFFFFFFL);
      table[2 * slot + 1] = (long) first << 32 | next;
    }
  }

  /** The slot holding a key, or the empty slot where it would go. */
  private int slotOf(String key) {
    int slot = home(key.hashCode());
    while (keys[slot] != null && !key.equals(keys[slot])) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private int home(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  /**
   * Returns the run of a practice's spans, {@code first << 32 | end}, or -1 if it has none: what
   * a batch of lookups can keep for a practice that comes again.
   */
  long run(OdsCode practice) {
    String key = practice.value();
    int hash = key.hashCode();
    long marked = PRESENT | (hash & 0xFFFFFFFFL);
    int slot = home(hash);
    while (true) {
      long found = table[2 * slot];
      if (found == marked) {
        String candidate = keys[slot];
        if (candidate == key || key.equals(candidate)) {
          return table[2 * slot + 1];
        }
      } else if (found == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The body in a run of spans on an epoch day, or null. */
  @Nullable Organisation in(long run, long day) {
    if (run < 0) {
      return null;
    }
    int low = (int) (run >>> 32);
    int high = (int) run - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (days[2 * mid] <= day) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found >= 0 && days[2 * found + 1] >= day ? bodies[found] : null;
  }

  /** The commissioner of a practice on an epoch day, or null. */
  @Nullable Organisation on(OdsCode practice, long day) {
    return in(run(practice), day);
  }
}
