package io.github.commissioning.model.history;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who commissioned for each practice on each day, laid out for few cache misses per lookup. An
 * open-addressing table holds, per slot, one {@code long}: the practice's number beside its
 * code's hash. By that number, the practice's code and the start of its run of spans; each span
 * is three {@code int}s, its first and last epoch days and the number of its body among the
 * distinct bodies (a few thousand, so they stay in the nearest cache). A lookup reads the query
 * code's hash (cached in its string), one slot, the practice's code only when the hashes agree
 * (and its characters only when it is not the very string the index was built with), where its
 * run starts, then the run's spans (usually three to six, in one or two cache lines), counting
 * those begun by the day without a branch per span.
 *
 * <p>Days are held as {@code int} epoch days, which reach some five million years either side of
 * 1970: {@link #covers} says which days the index answers exactly; the history answers any other
 * from its timelines.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CommissionerIndex {
  /** The last day of a span still open; also where a later bound is held. */
  private static final int OPEN = Integer.MAX_VALUE;

  /** What {@link #bodyOn} gives where there is no body. */
  static final int NONE = -1;

  /** How many pairs a batch takes through each of its passes at a time. */
  private static final int CHUNK = 256;

  /** Per slot: (the practice's number + 1) {@code << 32 |} its code's hash; 0 when empty. */
  private final long[] table;
  /** How many bits of a hash choose a slot. */
  private final int slotBits;
  /** Per practice, by number, its code. */
  private final String[] codes;
  /** Per practice, by number, its first span; then one past the last span. */
  private final int[] runs;
  /** Per span, at {@code 3 * span}: first day, last day, body's number. */
  private final int[] spans;
  /** The distinct bodies, by number. */
  private final Organisation[] bodies;

  /** Lays out the spans of each practice, each list sorted by start and not overlapping. */
  CommissionerIndex(Map<OdsCode, List<CommissionerSpan>> spansOf) {
    // At most half the slots taken.
    slotBits = Math.max(2, 33 - Integer.numberOfLeadingZeros(Math.max(1, spansOf.size() - 1)));
    table = new long[1 << slotBits];
    codes = new String[spansOf.size()];
    runs = new int[spansOf.size() + 1];
    spans = new int[3 * spansOf.values().stream().mapToInt(List::size).sum()];
    Map<Organisation, Integer> numbers = new HashMap<>();
    List<Organisation> distinct = new ArrayList<>();
    int practice = 0;
    int next = 0;
    for (Map.Entry<OdsCode, List<CommissionerSpan>> entry : spansOf.entrySet()) {
      String code = entry.getKey().value();
      int slot = home(code.hashCode());
      while (table[slot] != 0) {
        slot = (slot + 1) & (table.length - 1);
      }
      table[slot] = (long) (practice + 1) << 32 | (code.hashCode() & 0xFFFFFFFFL);
      codes[practice] = code;
      runs[practice] = next;
      for (CommissionerSpan span : entry.getValue()) {
        spans[3 * next] = held(span.period().start().toEpochDay());
        spans[3 * next + 1] = span.period().end().map(end -> held(end.toEpochDay())).orElse(OPEN);
        spans[3 * next + 2] = numbers.computeIfAbsent(span.commissioner(), body -> {
          distinct.add(body);
          return distinct.size() - 1;
        });
        next++;
      }
      practice++;
    }
    runs[practice] = next;
    bodies = distinct.toArray(new Organisation[0]);
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

  /** A hash's home slot: the top bits of its product with the golden ratio. */
  private int home(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - slotBits);
  }

  /** Returns the number of the practice with a code and its hash, or -1. */
  private int practice(String code, int hash) {
    int slot = home(hash);
    while (true) {
      long found = table[slot];
      if (found == 0) {
        return -1;
      }
      if ((int) found == hash) {
        int practice = (int) (found >>> 32) - 1;
        String candidate = codes[practice];
        if (candidate == code || code.equals(candidate)) {
          return practice;
        }
      }
      slot = (slot + 1) & (table.length - 1);
    }
  }

  /** The number of a practice's body on a covered epoch day, or {@link #NONE}. */
  private int bodyOn(int practice, int day) {
    if (practice < 0) {
      return NONE;
    }
    int first = runs[practice];
    int end = runs[practice + 1];
    // The spans are sorted and apart: the one that may hold the day is the last to start by it.
    int found = first - 1;
    for (int span = first; span < end; span++) {
      found += spans[3 * span] <= day ? 1 : 0;
    }
    return found >= first && spans[3 * found + 1] >= day ? spans[3 * found + 2] : NONE;
  }

  /** The commissioner of a practice on a {@linkplain #covers covered} epoch day, or null. */
  @Nullable Organisation on(OdsCode practice, long day) {
    String code = practice.value();
    return body(bodyOn(practice(code, code.hashCode()), (int) day));
  }

  /** Returns a body by its number, or null for {@link #NONE}. */
  @Nullable Organisation body(int number) {
    return number == NONE ? null : bodies[number];
  }

  /**
   * Answers many pairs, each day {@linkplain #covers covered}: the number of each pair's body,
   * for {@link #body}. A chunk of pairs at a time goes through passes: every pair's code, then
   * its hash, then its practice, then its body. Each pass reads memory that no other pair of the
   * chunk waits on, so the processor overlaps their cache misses instead of taking them one pair
   * after another; and the answers are numbers, which cost no barrier to store.
   */
  int[] bodiesOn(OdsCode[] practices, int[] days) {
    int[] answers = new int[practices.length];
    String[] keys = new String[CHUNK];
    int[] found = new int[CHUNK];
    for (int from = 0; from < practices.length; from += CHUNK) {
      int count = Math.min(CHUNK, practices.length - from);
      for (int i = 0; i < count; i++) {
        keys[i] = practices[from + i].value();
      }
      for (int i = 0; i < count; i++) {
        found[i] = keys[i].hashCode();
      }
      for (int i = 0; i < count; i++) {
        found[i] = practice(keys[i], found[i]);
      }
      for (int i = 0; i < count; i++) {
        answers[from + i] = bodyOn(found[i], days[from + i]);
      }
    }
    return answers;
  }
}
