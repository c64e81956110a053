package io.github.commissioning.model.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * The succession graph of organisation codes: who came before and after whom, with the dates and
 * shares. Every query walks the graph with an explicit queue, so long or circular chains (a code
 * recoded back to an old one) never overflow the stack or loop for ever.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Lineage {
  private final ImmutableListMultimap<OdsCode, Succession> forward;
  private final ImmutableListMultimap<OdsCode, Succession> backward;

  private Lineage(Iterable<Succession> edges) {
    ImmutableListMultimap.Builder<OdsCode, Succession> out = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<OdsCode, Succession> in = ImmutableListMultimap.builder();
    Comparator<Succession> byDate = Comparator.comparing(Succession::effective)
        .thenComparing(s -> s.successor().value()).thenComparing(s -> s.predecessor().value());
    for (Succession edge : edges) {
      out.put(edge.predecessor(), edge);
      in.put(edge.successor(), edge);
    }
    this.forward = out.orderValuesBy(byDate).build();
    this.backward = in.orderValuesBy(byDate).build();
  }

  /**
   * Obtains the lineage made of the given edges; an edge given twice counts once.
   *
   * @param edges the successions
   * @return the lineage
   */
  public static Lineage of(Iterable<Succession> edges) {
    checkNotNull(edges, "edges");
    return new Lineage(ImmutableSet.copyOf(edges));
  }

  /**
   * Returns every edge.
   *
   * @return the successions, grouped by predecessor
   */
  public ImmutableList<Succession> edges() {
    return ImmutableList.copyOf(forward.values());
  }

  /**
   * Returns the immediate successors of a code.
   *
   * @param code the earlier code
   * @return its outgoing edges, in date order
   */
  public ImmutableList<Succession> successorsOf(OdsCode code) {
    return forward.get(checkNotNull(code, "code"));
  }

  /**
   * Returns the immediate predecessors of a code.
   *
   * @param code the later code
   * @return its incoming edges, in date order
   */
  public ImmutableList<Succession> predecessorsOf(OdsCode code) {
    return backward.get(checkNotNull(code, "code"));
  }

  /**
   * Returns every code that followed the given one, directly or through others, in the order
   * they are reached.
   *
   * @param code the earliest code
   * @return the later codes, not including {@code code} itself
   */
  public ImmutableSet<OdsCode> descendantsOf(OdsCode code) {
    return reach(checkNotNull(code, "code"), forward, true);
  }

  /**
   * Returns every code that came before the given one, directly or through others.
   *
   * @param code the latest code
   * @return the earlier codes, not including {@code code} itself
   */
  public ImmutableSet<OdsCode> ancestorsOf(OdsCode code) {
    return reach(checkNotNull(code, "code"), backward, false);
  }

  private static ImmutableSet<OdsCode> reach(OdsCode start,
      ImmutableListMultimap<OdsCode, Succession> edges, boolean forwards) {
    Set<OdsCode> seen = new LinkedHashSet<>();
    Deque<OdsCode> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      for (Succession edge : edges.get(queue.poll())) {
        OdsCode next = forwards ? edge.successor() : edge.predecessor();
        if (!next.equals(start) && seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return ImmutableSet.copyOf(seen);
  }

  /**
   * Returns the bodies that carry a code's duties on a date, with the share each carries: the code
   * itself if it is still current then, otherwise its successors by the latest successions
   * effective on or before the date, followed until a current body is reached. Shares multiply
   * along a path and add up over paths.
   *
   * @param code the code, perhaps long gone
   * @param date the date of interest
   * @param current whether a code is current (open) on a date
   * @return the carriers and their shares, ordered by code; empty if the trail ends nowhere current
   */
  public ImmutableMap<OdsCode, Share> carriersOn(OdsCode code, LocalDate date,
      BiPredicate<OdsCode, LocalDate> current) {
    checkNotNull(code, "code");
    checkNotNull(date, "date");
    checkNotNull(current, "current");
    Map<OdsCode, Fraction> carried = new TreeMap<>();
    Map<OdsCode, Fraction> wave = new TreeMap<>();
    wave.put(code, Fraction.ONE);
    // Each wave moves every share one edge on, adding up shares that meet at a code, so a chain
    // of diamonds stays linear; a cycle (recodes back and forth) ends when the waves run out.
    for (int step = 0; !wave.isEmpty() && step <= forward.size(); step++) {
      Map<OdsCode, Fraction> next = new TreeMap<>();
      wave.forEach((at, share) -> {
        if (current.test(at, date)) {
          carried.merge(at, share, Fraction::plus);
          return;
        }
        for (Succession edge : latestBy(at, date)) {
          next.merge(edge.successor(), share.times(edge.share()), Fraction::plus);
        }
      });
      wave = next;
    }
    ImmutableMap.Builder<OdsCode, Share> result = ImmutableMap.builder();
    carried.forEach((carrier, share) -> result.put(carrier, share.toShare()));
    return result.build();
  }

  /**
   * The successions of a code in force on a date: those of the latest day on or before it, since a
   * later succession of the same code replaces an earlier one (12J went to 13W in 2015, then to
   * 14J in 2016).
   */
  private ImmutableList<Succession> latestBy(OdsCode code, LocalDate date) {
    LocalDate latest = null;
    for (Succession edge : forward.get(code)) {
      if (!edge.effective().isAfter(date) && (latest == null || edge.effective().isAfter(latest))) {
        latest = edge.effective();
      }
    }
    LocalDate day = latest;
    return day == null ? ImmutableList.of() : forward.get(code).stream()
        .filter(e -> e.effective().equals(day)).collect(ImmutableList.toImmutableList());
  }

  /** An exact fraction that may grow past a long while shares multiply along a path. */
  private record Fraction(BigInteger numerator, BigInteger denominator) {
    static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    Fraction times(Share share) {
      return reduce(numerator.multiply(BigInteger.valueOf(share.numerator())),
          denominator.multiply(BigInteger.valueOf(share.denominator())));
    }

    Fraction plus(Fraction other) {
      return reduce(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
          denominator.multiply(other.denominator));
    }

    Share toShare() {
      Fraction capped = numerator.compareTo(denominator) > 0 ? ONE : this;
      if (capped.denominator.bitLength() < 63) {
        return Share.of(capped.numerator.longValueExact(), capped.denominator.longValueExact());
      }
      // Too fine for a long: the nearest share in billionths.
      BigInteger billion = BigInteger.valueOf(1_000_000_000L);
      return Share.of(capped.numerator.multiply(billion).divide(capped.denominator).longValueExact(),
          billion.longValueExact());
    }

    private static Fraction reduce(BigInteger top, BigInteger bottom) {
      BigInteger gcd = top.gcd(bottom);
      return gcd.signum() == 0 ? new Fraction(BigInteger.ZERO, BigInteger.ONE)
          : new Fraction(top.divide(gcd), bottom.divide(gcd));
    }
  }
}
