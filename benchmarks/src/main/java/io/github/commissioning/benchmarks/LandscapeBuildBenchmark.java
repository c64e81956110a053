package io.github.commissioning.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.model.invariant.StructuralInvariants;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.violation.Violation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 1: building England's landscape of 2010 as a checked snapshot, and checking every
 * structural invariant of one already built.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LandscapeBuildBenchmark {
  private LandscapeParts parts;
  private LandscapeSnapshot built;

  /** Creates the benchmark; JMH runs it. */
  public LandscapeBuildBenchmark() {}

  /** Generates the parts and builds them once. */
  @Setup(Level.Trial)
  public void generate() {
    parts = EnglandSizedLandscapes.england();
    built = LandscapeSnapshot.copyOf(parts);
  }

  /**
   * Builds a snapshot from the parts, checking every structural invariant.
   *
   * @return the snapshot
   */
  @Benchmark
  public LandscapeSnapshot build() {
    return LandscapeSnapshot.copyOf(parts);
  }

  /**
   * Checks every structural invariant of the built snapshot through its public view.
   *
   * @return the violations, none
   */
  @Benchmark
  public ImmutableList<Violation> check() {
    return StructuralInvariants.check(built);
  }
}
