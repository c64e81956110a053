package io.github.commissioning.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.transition.Transition;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
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
 * Workload 3: the whole real history of 1999 to 2023 from the bundled extracts. {@link #load} is
 * what a user calls ({@code OdsHistory.load}, strict: every record read, checked and indexed);
 * the others take it apart: decompressing the extracts, turning the records into dated changes,
 * indexing the changes, and building one day's checked landscape from the index.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class RealHistoryBenchmark {
  private static final LocalDate APRIL_2013 = LocalDate.of(2013, 4, 1);

  private ImmutableList<Transition> changes;
  private History history;

  /** Creates the benchmark; JMH runs it. */
  public RealHistoryBenchmark() {}

  /** Reads the changes and indexes them once, for the benchmarks that start from them. */
  @Setup(Level.Trial)
  public void read() {
    changes = RealHistory.changes();
    history = RealHistory.index(changes);
  }

  /**
   * Loads the history from the bundled extracts, strictly.
   *
   * @return the history
   */
  @Benchmark
  public History load() {
    return OdsHistory.load(OdsExtracts::open);
  }

  /**
   * Decompresses the bundled extracts the history reads ({@link OdsHistory#FILES}), every byte:
   * the floor under {@link #load}.
   *
   * @return how many bytes
   * @throws IOException if an extract cannot be read
   */
  @Benchmark
  public long decompressExtracts() throws IOException {
    long bytes = 0;
    byte[] buffer = new byte[1 << 16];
    for (String name : OdsHistory.FILES) {
      try (InputStream in = OdsExtracts.open(name)) {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          bytes += read;
        }
      }
    }
    return bytes;
  }

  /**
   * Reads the records and turns them into dated changes, strictly.
   *
   * @return the changes
   */
  @Benchmark
  public ImmutableList<Transition> changes() {
    return RealHistory.changes();
  }

  /**
   * Indexes the changes into a history, strictly.
   *
   * @return the history
   */
  @Benchmark
  public History index() {
    return RealHistory.index(changes);
  }

  /**
   * Builds the checked landscape of 1 April 2013, the day 211 CCGs began, from the index.
   *
   * @return the landscape
   */
  @Benchmark
  public LandscapeSnapshot landscapeOnOneDay() {
    return history.at(APRIL_2013);
  }
}
