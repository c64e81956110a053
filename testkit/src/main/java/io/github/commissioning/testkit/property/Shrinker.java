package io.github.commissioning.testkit.property;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing example by shrinking its choices: it replays ever smaller choice sequences
 * through the generator, and keeps a candidate when the choices the generator actually drew are
 * smaller in shortlex order than the best so far and the property still fails for its value.
 *
 * <p>The passes, each a loop over the current best sequence, are the cheap ones first: delete
 * spans of choices (long spans first, from the end), lower each choice (to zero, else by binary
 * search), lower equal choices together (to shrink duplicates in step), and swap adjacent choices
 * out of order. When a round of those finds nothing, the costlier passes run: move value from one
 * choice to a later one (to shrink sums), and delete a span while decrementing an earlier choice
 * (to shrink a collection together with the length it was given). Every accepted candidate is
 * strictly smaller, so shrinking ends; the number of candidates run is bounded too.
 */
final class Shrinker<T> {
  private static final int REDISTRIBUTE_WINDOW = 4;
  private static final int DECREMENT_WINDOW = 32;
  private static final int DUPLICATE_GROUP_PAIRS = 8;

  /** A value, the choices that gave it, and how the property failed for it. */
  record Example<T>(Choices choices, T value, Throwable failure) {}

  private final Gen<T> gen;
  private final int size;
  private final Function<? super T, @Nullable Throwable> test;
  private final int maxAttempts;
  private final Set<Choices> seen = new HashSet<>();
  private Example<T> best;
  private int steps;
  private int attempts;
  /** Every candidate looked at, seen before or not. */
  private long considered;
  private static final int CONSIDERED_PER_ATTEMPT = 20;

  Shrinker(Gen<T> gen, int size, Function<? super T, @Nullable Throwable> test, int maxAttempts,
      Example<T> failing) {
    this.gen = gen;
    this.size = size;
    this.test = test;
    this.maxAttempts = maxAttempts;
    this.best = failing;
    seen.add(failing.choices());
  }

  /** Shrinks as far as the passes and the budget allow, and returns the smallest failing example. */
  Example<T> shrink() {
    boolean improved = true;
    while (improved && hasBudget()) {
      improved = deleteSpans() | lowerEach() | lowerDuplicates() | swapAdjacent();
      if (!improved) {
        improved = redistribute() | deleteWithDecrement();
      }
      if (!improved) {
        improved = deleteThenDecrementLater();
      }
    }
    return best;
  }

  /** Returns how many smaller failing examples were accepted. */
  int steps() {
    return steps;
  }

  /** Returns how many candidates were run. */
  int attempts() {
    return attempts;
  }

  private boolean hasBudget() {
    // Candidates already seen cost no attempt but still cost building and hashing, so they are
    // bounded too: without that, long runs of equal choices made shrinking take hours.
    return attempts < maxAttempts && considered < CONSIDERED_PER_ATTEMPT * (long) maxAttempts;
  }

  private Choices current() {
    return best.choices();
  }

  /** Runs a candidate; makes it the best and returns true if it is smaller and still fails. */
  private boolean consider(Choices candidate) {
    considered++;
    if (!hasBudget() || !candidate.isSmallerThan(current()) || !seen.add(candidate)) {
      return false;
    }
    attempts++;
    Source source = Source.replaying(candidate, size);
    T value;
    try {
      value = gen.generate(source);
    } catch (RuntimeException notAValue) {
      return false;
    }
    Choices drawn = source.choices();
    if (!drawn.isSmallerThan(current()) || (!drawn.equals(candidate) && !seen.add(drawn))) {
      return false; // not smaller, or already run and rejected
    }
    Throwable failure = test.apply(value);
    if (failure == null) {
      return false;
    }
    best = new Example<>(drawn, value, failure);
    steps++;
    return true;
  }

  private boolean deleteSpans() {
    boolean improved = false;
    for (int span : spanLengths(current().size())) {
      int i = current().size() - span;
      while (i >= 0 && hasBudget()) {
        if (consider(current().without(i, i + span))) {
          improved = true;
          i = Math.min(i - 1, current().size() - span);
        } else {
          i--;
        }
      }
    }
    return improved;
  }

  /**
   * Returns the lengths of span to delete, longest first: powers of two down to 16, then every
   * length from 8 to 1, since one element of a collection often takes an odd number of choices
   * (a continuation flag and the element's own draws) and must go in one deletion.
   */
  private static List<Integer> spanLengths(int size) {
    List<Integer> lengths = new ArrayList<>();
    for (int length = Integer.highestOneBit(Math.max(size, 1)); length > SHORT_SPANS; length /= 2) {
      lengths.add(length);
    }
    for (int length = Math.min(size, SHORT_SPANS); length >= 1; length--) {
      lengths.add(length);
    }
    return lengths;
  }

  /** Every span length up to this one is tried. */
  private static final int SHORT_SPANS = 8;

  private boolean lowerEach() {
    boolean improved = false;
    for (int i = 0; i < current().size() && hasBudget(); i++) {
      improved |= lower(new int[] {i});
    }
    return improved;
  }

  /**
   * Lowers the choices at some positions, which hold equal values, to a common lower value: to
   * zero if that still fails, else as low as a binary search finds.
   */
  private boolean lower(int[] positions) {
    long value = commonValue(positions);
    if (value <= 0) {
      return false;
    }
    if (consider(withAll(positions, 0))) {
      return true;
    }
    boolean improved = false;
    long low = 0; // known not to fail
    long high = value; // known to fail
    while (high - low > 1 && hasBudget()) {
      long middle = low + (high - low) / 2;
      if (consider(withAll(positions, middle))) {
        improved = true;
        high = commonValue(positions);
        if (high <= low) {
          break;
        }
      } else {
        low = middle;
      }
    }
    return improved;
  }

  /** Returns the value all the positions hold, or -1 if they are not all there and equal. */
  private long commonValue(int[] positions) {
    Choices choices = current();
    long value = -1;
    for (int position : positions) {
      if (position >= choices.size() || (value != -1 && choices.get(position) != value)) {
        return -1;
      }
      value = choices.get(position);
    }
    return value;
  }

  private Choices withAll(int[] positions, long value) {
    long[] choices = current().toArray();
    for (int position : positions) {
      choices[position] = value;
    }
    return Choices.wrap(choices);
  }

  /** Lowers equal choices together: all of a value at once, then pairs of them. */
  private boolean lowerDuplicates() {
    boolean improved = false;
    boolean again = true;
    while (again && hasBudget()) {
      again = false;
      for (int[] group : duplicateGroups()) {
        if (lower(group)) {
          again = true;
          break;
        }
      }
      improved |= again;
    }
    return improved;
  }

  private List<int[]> duplicateGroups() {
    Map<Long, List<Integer>> positionsByValue = new TreeMap<>();
    Choices choices = current();
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i) > 0) {
        positionsByValue.computeIfAbsent(choices.get(i), value -> new ArrayList<>()).add(i);
      }
    }
    List<int[]> groups = new ArrayList<>();
    for (List<Integer> positions : positionsByValue.values()) {
      if (positions.size() < 2) {
        continue;
      }
      groups.add(positions.stream().mapToInt(Integer::intValue).toArray());
      if (positions.size() > 2) {
        int limit = Math.min(positions.size(), DUPLICATE_GROUP_PAIRS);
        for (int a = 0; a < limit; a++) {
          for (int b = a + 1; b < limit; b++) {
            groups.add(new int[] {positions.get(a), positions.get(b)});
          }
        }
      }
    }
    return groups;
  }

  private boolean swapAdjacent() {
    boolean improved = false;
    for (int i = 0; i + 1 < current().size() && hasBudget(); i++) {
      long first = current().get(i);
      long second = current().get(i + 1);
      if (first > second && consider(current().with(i, second).with(i + 1, first))) {
        improved = true;
      }
    }
    return improved;
  }

  /** Moves value from a choice to one shortly after it: all of it, else half, a quarter... */
  private boolean redistribute() {
    boolean improved = false;
    for (int i = 0; i < current().size() && hasBudget(); i++) {
      for (int j = i + 1; j <= i + REDISTRIBUTE_WINDOW && j < current().size(); j++) {
        long amount = current().get(i);
        while (amount > 0 && hasBudget() && j < current().size()) {
          long from = current().get(i);
          long to = current().get(j);
          long moved = Math.min(amount, from);
          long raised = to > Long.MAX_VALUE - moved ? Long.MAX_VALUE : to + moved;
          if (moved > 0 && consider(current().with(i, from - moved).with(j, raised))) {
            improved = true;
            amount = Math.min(amount, current().size() > i ? current().get(i) : 0);
          } else {
            amount /= 2;
          }
        }
      }
    }
    return improved;
  }

  /**
   * Deletes a span and lowers by one a choice shortly after it: how an element leaves a list
   * that later choices index into (an index past the deleted element must fall by one to keep
   * pointing at the same element).
   */
  private boolean deleteThenDecrementLater() {
    for (int span = SHORT_SPANS; span >= 1; span--) {
      for (int i = current().size() - span; i >= 0 && hasBudget(); i--) {
        Choices deleted = current().without(i, i + span);
        int last = Math.min(deleted.size() - 1, i + DECREMENT_WINDOW);
        for (int j = i; j <= last && hasBudget(); j++) {
          if (deleted.get(j) > 0 && consider(deleted.with(j, deleted.get(j) - 1))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Decrements a choice and deletes one or two choices after it: how a collection whose length
   * was drawn first loses an element from its middle.
   */
  private boolean deleteWithDecrement() {
    boolean improved = false;
    for (int i = 0; i < current().size() && hasBudget(); i++) {
      boolean found = true;
      while (found && i < current().size() && current().get(i) > 0 && hasBudget()) {
        found = false;
        Choices decremented = current().with(i, current().get(i) - 1);
        for (int span = 1; span <= 2 && !found; span++) {
          int last = Math.min(decremented.size() - span, i + DECREMENT_WINDOW);
          for (int j = i + 1; j <= last && !found && hasBudget(); j++) {
            found = consider(decremented.without(j, j + span));
          }
        }
        improved |= found;
      }
    }
    return improved;
  }
}
