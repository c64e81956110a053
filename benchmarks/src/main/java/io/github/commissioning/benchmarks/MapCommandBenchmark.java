package io.github.commissioning.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 4, the command: {@code commissioning map} over a CSV of the million
 * {@linkplain RealPairs pairs}, end to end as a user runs it ({@code java -jar
 * cli/target/commissioning.jar map < pairs.csv}, a new JVM that loads the bundled history, then
 * maps), and in this JVM once the history is loaded (the mapping alone).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class MapCommandBenchmark {
  /** Creates the benchmark; JMH runs it. */
  public MapCommandBenchmark() {}

  /** The CSV file of the pairs, and the command's entry point. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The command's jar, relative to the folder the benchmarks run in (the repository's root). */
    @Param("cli/target/commissioning.jar")
    public String cliJar;

    private Path csv;
    private Method run;

    /** Creates the state; JMH calls {@link #write} before the first measurement. */
    public Input() {}

    /**
     * Writes the pairs as CSV and loads the bundled history into the command's cache by mapping
     * one row.
     *
     * @param real the pairs
     * @throws IOException if the file cannot be written
     * @throws ReflectiveOperationException if the command's entry point cannot be found
     */
    @Setup(Level.Trial)
    public void write(RealPairs real) throws IOException, ReflectiveOperationException {
      if (!Files.isRegularFile(Path.of(cliJar))) {
        throw new IllegalStateException("No " + Path.of(cliJar).toAbsolutePath() + ": run from the"
            + " repository's root after building it (benchmarks/run.sh does both)");
      }
      csv = Files.createTempFile("commissioning-pairs", ".csv");
      real.pairs().writeCsv(csv);
      // main(String[]) ends with System.exit; run(...) is what it calls, with the same streams.
      run = Class.forName("io.github.commissioning.cli.Commissioning").getDeclaredMethod("run",
          List.class, InputStream.class, PrintStream.class, PrintStream.class);
      run.setAccessible(true);
      mapInProcess(new ByteArrayInputStream(
          "practice,date\nA81001,2010-06-01\n".getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Deletes the file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
      Files.deleteIfExists(csv);
    }

    int mapInProcess(InputStream in) throws IOException {
      try (PrintStream out = new PrintStream(OutputStream.nullOutputStream(), false,
          StandardCharsets.UTF_8)) {
        int exit = (int) run.invoke(null, List.of("map"), in, out, out);
        if (exit != 0) {
          throw new IllegalStateException("map exited with " + exit);
        }
        return exit;
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("map failed", e.getCause());
      }
    }
  }

  /**
   * Runs {@code java -jar cli/target/commissioning.jar map} on the file, output discarded.
   *
   * @param input the file
   * @return the exit code, zero
   * @throws IOException if the command cannot be started
   * @throws InterruptedException if interrupted while waiting for it
   */
  @Benchmark
  @Warmup(iterations = 1) // each run is a new JVM: only the file cache warms up
  public int endToEnd(Input input) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-jar", input.cliJar, "map")
        .redirectInput(input.csv.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("map exited with " + exit);
    }
    return exit;
  }

  /**
   * Runs the command's entry point in this JVM on the file, what it answers from (the bundled
   * table) already read, output discarded.
   *
   * @param input the file
   * @return the exit code, zero
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public int inProcess(Input input) throws IOException {
    try (InputStream in = Files.newInputStream(input.csv)) {
      return input.mapInProcess(in);
    }
  }
}
