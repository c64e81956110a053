package io.github.commissioning.benchmarks;

import io.github.commissioning.model.history.History;
import io.github.commissioning.organisation.Organisation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Workload 4: point-in-time lookups on one thread, each answering one of the million
 * {@linkplain RealPairs pairs}; the score is lookups per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(RealPairs.PAIRS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CommissionerLookupBenchmark {
  /** Creates the benchmark; JMH runs it. */
  public CommissionerLookupBenchmark() {}

  /**
   * The commissioner of each pair's practice on its day: its membership, then the body open
   * under the member's code that day.
   *
   * @param real the history and the pairs
   * @param answers takes each answer
   */
  @Benchmark
  public void commissionerOf(RealPairs real, Blackhole answers) {
    History history = real.history();
    PracticeDays pairs = real.pairs();
    for (int i = 0; i < RealPairs.PAIRS; i++) {
      answers.consume(history.commissionerOf(pairs.practice(i), pairs.day(i)));
    }
  }

  /**
   * The commissioners of all the pairs in one call, as a pipeline would ask for a column of them
   * (and as the peer answers them, in one join): the same answers as {@link #commissionerOf},
   * without an {@code Optional} per pair. The pairs are in drawing order, not grouped by practice.
   * Every answer is read, as the peer's query reads every commissioner it finds.
   *
   * @param real the history and the pairs
   * @param answers takes each answer
   * @return how many pairs have a commissioner
   */
  @Benchmark
  public int commissionersOf(RealPairs real, Blackhole answers) {
    PracticeDays pairs = real.pairs();
    int found = 0;
    for (Organisation body : real.history().commissionersOf(pairs.practices(), pairs.days())) {
      answers.consume(body);
      found += body == null ? 0 : 1;
    }
    return found;
  }

  /**
   * The membership of each pair's practice on its day, the cheaper half of
   * {@link #commissionerOf}.
   *
   * @param real the history and the pairs
   * @param answers takes each answer
   */
  @Benchmark
  public void membershipOn(RealPairs real, Blackhole answers) {
    History history = real.history();
    PracticeDays pairs = real.pairs();
    for (int i = 0; i < RealPairs.PAIRS; i++) {
      answers.consume(history.membershipOn(pairs.practice(i), pairs.day(i)));
    }
  }
}
