package io.github.commissioning.benchmarks;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Source;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Workload 6: the testkit's generators as a property test uses them. A thousand small landscapes
 * (up to 2 SHAs, 4 PCTs each and 5 practices each, the contract suite's shape), each built and
 * then changed by twenty generated transitions, each generated for the landscape the one before
 * left and applied by the engine; and one England-sized landscape (10 SHAs, 150 PCTs, 7,950
 * practices), generated as a draft.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class TestkitGenerationBenchmark {
  /** How many small landscapes. */
  static final int LANDSCAPES = 1_000;
  /** How many transitions each. */
  static final int STEPS = 20;

  /** Creates the benchmark; JMH runs it. */
  public TestkitGenerationBenchmark() {}

  /**
   * Generates the thousand landscapes with their twenty changes, each from its own seed.
   *
   * @param outcomes takes each final landscape
   */
  @Benchmark
  public void smallLandscapesWithTwentyChanges(Blackhole outcomes) {
    for (int i = 0; i < LANDSCAPES; i++) {
      Source source = Source.seeded(i);
      Landscape current = LandscapeSnapshot.copyOf(Landscapes.pctEra(2, 4, 5).generate(source));
      for (int step = 0; step < STEPS; step++) {
        current = TransitionEngine.apply(current, Transitions.validFor(current).generate(source))
            .after();
      }
      outcomes.consume(current);
    }
  }

  /**
   * Generates an England-sized draft.
   *
   * @return the draft
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public LandscapeDraft englandSizedLandscape() {
    return Landscapes.ofShape(10, 15, 53).generate(Source.seeded(2010L));
  }
}
