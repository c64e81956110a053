package io.github.commissioning.benchmarks;

import io.github.commissioning.model.history.History;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 5, the peer: an in-memory DuckDB holding the real history's commissioner intervals
 * and the same million {@linkplain RealPairs pairs}, answering them all with one interval join.
 * The score is pairs per second, so it divides directly into {@link CommissionerLookupBenchmark}'s
 * lookups per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(RealPairs.PAIRS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DuckDbIntervalJoinBenchmark {
  /** Every pair with its commissioner: counted, and the commissioners summed by hash so read. */
  static final String JOIN = "SELECT count(*), sum(hash(m.commissioner)) FROM pairs p"
      + " JOIN membership m ON p.practice = m.practice AND p.day BETWEEN m.start_day AND m.end_day";

  /** Creates the benchmark; JMH runs it. */
  public DuckDbIntervalJoinBenchmark() {}

  /** The database, loaded and checked against the history. */
  @State(Scope.Benchmark)
  public static class Peer {
    /** DuckDB's worker threads: one, as the lookups have, or one per core. */
    @Param({"1", "2"})
    public int threads;

    private Connection connection;

    /** Creates the state; JMH calls {@link #load} before the first measurement. */
    public Peer() {}

    /**
     * Loads the intervals and the pairs into tables, then checks that DuckDB gives every pair the
     * commissioner the history gives it.
     *
     * @param real the history and the pairs
     * @throws SQLException if DuckDB fails
     * @throws IOException if the CSV files cannot be written
     */
    @Setup(Level.Trial)
    public void load(RealPairs real) throws SQLException, IOException {
      Path folder = Files.createTempDirectory("commissioning-duckdb");
      Path intervals = folder.resolve("membership.csv");
      Path pairs = folder.resolve("pairs.csv");
      try {
        writeIntervals(real.intervals(), intervals);
        real.pairs().writeCsv(pairs);
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET threads = " + threads);
          statement.execute("CREATE TABLE membership AS SELECT * FROM read_csv(" + literal(intervals)
              + ", header = true, columns = {'practice': 'VARCHAR', 'commissioner': 'VARCHAR',"
              + " 'start_day': 'DATE', 'end_day': 'DATE'})");
          statement.execute("CREATE TABLE pairs AS SELECT id, practice, \"date\" AS day FROM read_csv("
              + literal(pairs) + ", header = true, columns = {'id': 'INTEGER',"
              + " 'practice': 'VARCHAR', 'date': 'DATE'})");
        }
      } finally {
        Files.deleteIfExists(intervals);
        Files.deleteIfExists(pairs);
        Files.deleteIfExists(folder);
      }
      checkAgreement(real.history(), real.pairs());
    }

    /**
     * Closes the database.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      connection.close();
    }

    private static String literal(Path file) {
      return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static void writeIntervals(List<CommissionerInterval> intervals, Path file)
        throws IOException {
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
        out.write("practice,commissioner,start_day,end_day\n");
        for (CommissionerInterval interval : intervals) {
          out.write(interval.practice().value() + "," + interval.commissioner().value() + ","
              + LocalDate.ofEpochDay(interval.firstDay()) + ","
              + LocalDate.ofEpochDay(interval.lastDay()) + "\n");
        }
      }
    }

    /** Every pair, not a sample: the comparison is only honest if the answers are the same. */
    private void checkAgreement(History history, PracticeDays pairs) throws SQLException {
      List<String> disagreements = new ArrayList<>();
      int answered = 0;
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT p.id, m.commissioner FROM pairs p"
              + " JOIN membership m ON p.practice = m.practice"
              + " AND p.day BETWEEN m.start_day AND m.end_day ORDER BY p.id")) {
        int expectedId = 0;
        while (rows.next()) {
          int id = rows.getInt(1);
          for (; expectedId < id; expectedId++) {
            disagree(disagreements, history, pairs, expectedId, "none");
          }
          if (id < expectedId) {
            disagree(disagreements, history, pairs, id, "a second answer " + rows.getString(2));
            continue;
          }
          Optional<OdsCode> ours = history.commissionerOf(pairs.practice(id), pairs.day(id))
              .map(Organisation::code);
          if (!ours.map(OdsCode::value).equals(Optional.of(rows.getString(2)))) {
            disagree(disagreements, history, pairs, id, rows.getString(2));
          }
          answered++;
          expectedId = id + 1;
        }
        for (; expectedId < pairs.size(); expectedId++) {
          disagree(disagreements, history, pairs, expectedId, "none");
        }
      }
      if (!disagreements.isEmpty() || answered != pairs.size()) {
        throw new IllegalStateException("DuckDB and the history disagree on "
            + disagreements.size() + " of " + pairs.size() + " pairs (DuckDB answered " + answered
            + "); the first: " + disagreements.subList(0, Math.min(5, disagreements.size())));
      }
    }

    private static void disagree(List<String> disagreements, History history, PracticeDays pairs,
        int id, String duckDb) {
      disagreements.add(pairs.practice(id) + " on " + pairs.day(id) + ": history "
          + history.commissionerOf(pairs.practice(id), pairs.day(id)).map(Organisation::code)
              .map(OdsCode::value).orElse("none") + ", DuckDB " + duckDb);
    }
  }

  /**
   * Answers every pair in one interval join.
   *
   * @param peer the loaded database
   * @return the sum of the commissioners' hashes, so the join's output is used
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long intervalJoin(Peer peer) throws SQLException {
    try (Statement statement = peer.connection.createStatement();
        ResultSet result = statement.executeQuery(JOIN)) {
      result.next();
      long answered = result.getLong(1);
      if (answered != RealPairs.PAIRS) {
        throw new IllegalStateException("DuckDB answered " + answered + " of " + RealPairs.PAIRS
            + " pairs");
      }
      return result.getLong(2);
    }
  }
}
