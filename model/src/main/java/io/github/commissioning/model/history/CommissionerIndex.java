package io.github.commissioning.model.history;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.time.Period;
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
  /** The last day of a span still open; also where a later bound is held. */
  private static final int OPEN = Integer.MAX_VALUE;

  /** How many pairs a batch takes through each of its passes at a time. */
  private static final int CHUNK = 256;

  /** A slot's first word when it holds a key: the key's hash, marked as present. */
  private static final long PRESENT = 1L << 32;

  /** Per slot, at {@code 2 * slot}, PRESENT | the key's hash (0 when empty), then first << 32 | end. */
  private final long[] table;
  private final @Nullable String[] keys;
  private final int mask;
  /** Per span, its first and last epoch days, bounds past the int range held at its ends. */
  private final int[] firstDays;
  private final int[] lastDays;
  private final Organisation[] bodies;

  /** Lays out the spans of each practice, each list sorted by start and not overlapping. */
  CommissionerIndex(Map<OdsCode, List<CommissionerSpan>> spans) {
    int capacity = Integer.highestOneBit(Math.max(4, spans.size() * 2 - 1)) << 1;
    mask = capacity - 1;
    table = new long[2 * capacity];
    keys = new String[capacity];
    int total = spans.values().stream().mapToInt(List::size).sum();
    firstDays = new int[total];
    lastDays = new int[total];
    bodies = new Organisation[total];
    int next = 0;
    for (Map.Entry<OdsCode, List<CommissionerSpan>> practice : spans.entrySet()) {
      String key = practice.getKey().value();
      int slot = slotOf(key);
      int first = next;
      for (CommissionerSpan span : practice.getValue()) {
        firstDays[next] = held(span.period().start().toEpochDay());
        lastDays[next] = span.period().end().map(end -> held(end.toEpochDay())).orElse(OPEN);
        bodies[next] = span.commissioner();
        next++;
      }
      keys[slot] = key;
      table[2 * slot] = PRESENT | (key.hashCode() & 0xFFFFFFFFL);
      table[2 * slot + 1] = (long) first << 32 | next;
    }
  }

  /**
   * Returns whether the index answers lookups on an epoch day exactly: any day strictly inside
   * the {@code int} range. A bound outside it is held at the range's end, which orders it the
   * same way against every such day.
   */
  static boolean covers(long day) {
    return day > Integer.MIN_VALUE && day < Integer.MAX_VALUE;
  }

  private static int held(long day) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
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

  /** Returns the run of spans under a key with its hash, {@code first << 32 | end}, or -1. */
  private long run(String key, int hash) {
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

  /** The span in a run that holds a covered epoch day, or -1. */
  private int spanIn(long run, int day) {
    if (run < 0) {
      return -1;
    }
    int first = (int) (run >>> 32);
    int end = (int) run;
    // The spans are sorted and apart: the one that may hold the day is the last to start by it.
    int found = first - 1;
    for (int span = first; span < end; span++) {
      found += firstDays[span] <= day ? 1 : 0;
    }
    return found >= first && lastDays[found] >= day ? found : -1;
  }

  /** The commissioner of a practice on a {@linkplain #covers covered} epoch day, or null. */
  @Nullable Organisation on(OdsCode practice, long day) {
    String key = practice.value();
    int span = spanIn(run(key, key.hashCode()), (int) day);
    return span < 0 ? null : bodies[span];
  }

  /**
   * Answers many pairs, each day {@linkplain #covers covered}, into {@code answers}, a chunk of
   * pairs at a time in three passes: every pair's code hash, then every pair's run of spans, then
   * every pair's body. Each pass reads memory that no other pair of the chunk waits on, so the
   * processor overlaps their cache misses instead of taking them one pair after another.
   */
  void answer(OdsCode[] practices, int[] days, @Nullable Organisation[] answers) {
    String[] keys = new String[CHUNK];
    int[] hashes = new int[CHUNK];
    long[] runs = new long[CHUNK];
    for (int from = 0; from < practices.length; from += CHUNK) {
      int count = Math.min(CHUNK, practices.length - from);
      for (int i = 0; i < count; i++) {
        keys[i] = practices[from + i].value();
      }
      for (int i = 0; i < count; i++) {
        hashes[i] = keys[i].hashCode();
      }
      for (int i = 0; i < count; i++) {
        runs[i] = run(keys[i], hashes[i]);
      }
      for (int i = 0; i < count; i++) {
        int span = spanIn(runs[i], days[from + i]);
        answers[from + i] = span < 0 ? null : bodies[span];
      }
    }
  }
}
