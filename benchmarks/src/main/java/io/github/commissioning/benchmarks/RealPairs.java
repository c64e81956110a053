package io.github.commissioning.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.model.history.History;
import io.github.commissioning.transition.Transition;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The real history with one million (practice, day) pairs drawn from its memberships with a
 * fixed seed: the same pairs in every benchmark that answers them, whatever fork it runs in.
 */
@State(Scope.Benchmark)
public class RealPairs {
  /** How many pairs. */
  public static final int PAIRS = 1_000_000;
  /** The seed the pairs are drawn with. */
  public static final long SEED = 20_100_601L;

  private History history;
  private List<CommissionerInterval> intervals;
  private PracticeDays pairs;

  /** Creates the state; JMH calls {@link #load()} before the first measurement. */
  public RealPairs() {}

  /** Loads the history and draws the pairs. */
  @Setup(Level.Trial)
  public void load() {
    ImmutableList<Transition> changes = RealHistory.changes();
    history = RealHistory.index(changes);
    intervals = CommissionerInterval.of(history, RealHistory.practices(changes));
    pairs = PracticeDays.draw(intervals, PAIRS, SEED);
  }

  /**
   * Returns the real history.
   *
   * @return the history
   */
  public History history() {
    return history;
  }

  /**
   * Returns every commissioner interval of the real history.
   *
   * @return the intervals
   */
  public List<CommissionerInterval> intervals() {
    return intervals;
  }

  /**
   * Returns the pairs.
   *
   * @return the pairs
   */
  public PracticeDays pairs() {
    return pairs;
  }
}
