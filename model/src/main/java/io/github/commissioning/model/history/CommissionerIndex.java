package io.github.commissioning.model.history;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.time.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who commissioned for each practice on each day, laid out for fast lookups: an open-addressing
 * table from practice code to a run of spans, and the spans' first and last days in flat arrays
 * searched by bisection. One hash probe and one search, with no object in between, answer a
 * point-in-time lookup.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CommissionerIndex {
  /** One span: the days a practice's commissioner was a body. */
  record Span(Period period, Organisation body) {}

  private final @Nullable String[] keys;
  private final int[] first;
  private final int[] end;
  private final long[] starts;
  private final long[] lasts;
  private final Organisation[] bodies;

  /** Lays out the spans of each practice, each list sorted by start and not overlapping. */
  CommissionerIndex(Map<OdsCode, List<Span>> spans) {
    int capacity = Integer.highestOneBit(Math.max(4, spans.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    first = new int[capacity];
    end = new int[capacity];
    int total = spans.values().stream().mapToInt(List::size).sum();
    starts = new long[total];
    lasts = new long[total];
    bodies = new Organisation[total];
    int next = 0;
    for (Map.Entry<OdsCode, List<Span>> practice : spans.entrySet()) {
      int slot = slotOf(practice.getKey().value());
      keys[slot] = practice.getKey().value();
      first[slot] = next;
      for (Span span : practice.getValue()) {
        starts[next] = span.period().start().toEpochDay();
        lasts[next] = span.period().end().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        bodies[next] = span.body();
        next++;
      }
      end[slot] = next;
    }
  }

  /** The slot holding a key, or the empty slot where it would go. */
  private int slotOf(String key) {
    int mask = keys.length - 1;
    int hash = key.hashCode();
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (keys[slot] != null && !keys[slot].equals(key)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  Optional<Organisation> on(OdsCode practice, LocalDate date) {
    int slot = slotOf(practice.value());
    if (keys[slot] == null) {
      return Optional.empty();
    }
    long day = date.toEpochDay();
    int found = Timeline.lastStartingBy(starts, first[slot], end[slot], day);
    return found >= 0 && lasts[found] >= day ? Optional.of(bodies[found]) : Optional.empty();
  }
}
