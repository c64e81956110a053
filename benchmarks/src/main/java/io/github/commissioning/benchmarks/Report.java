package io.github.commissioning.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark with the settings their classes declare and JMH's GC profiler, measures
 * {@link HistoryFootprint} in a JVM of its own, and writes {@code BENCHMARKS.md}: the machine,
 * the commands, every result with its median and error, the targets with whether each is
 * met, the ratio to the DuckDB peer, and the hand-written findings on what limits the missed
 * targets. {@code benchmarks/run.sh} builds the jar and runs this.
 *
 * <p>Arguments: the report to write, a file describing the machine, the findings to include,
 * and optionally a regular expression choosing the benchmarks (all by default); the memory
 * measurement runs only if it matches {@code HistoryFootprint} too.
 */
public final class Report {
  private static final String PACKAGE = Report.class.getPackageName() + ".";
  private static final String LOOKUP = "CommissionerLookupBenchmark.commissionerOf";
  private static final String BATCH = "CommissionerLookupBenchmark.commissionersOf";
  private static final String PEER = "DuckDbIntervalJoinBenchmark.intervalJoin";

  private final List<RunResult> results;
  private final List<String[]> footprint;

  private Report(Collection<RunResult> results, List<String[]> footprint) {
    this.results = new ArrayList<>(results);
    this.footprint = footprint;
  }

  /**
   * Runs the benchmarks and writes the report.
   *
   * @param args the report's path, the machine file, the findings file, and optionally a regular
   *     expression choosing benchmarks
   * @throws RunnerException if a benchmark fails
   * @throws IOException if a file cannot be read or written
   * @throws InterruptedException if interrupted while measuring the footprint
   */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    checkArgument(args.length == 3 || args.length == 4, "Usage: Report REPORT.md MACHINE.txt"
        + " FINDINGS.md [BENCHMARK_REGEX]; given %s arguments", args.length);
    Path output = Path.of(args[0]);
    String machine = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).strip();
    String include = args.length == 4 ? args[3] : PACKAGE.replace(".", "\\.") + ".*Benchmark";
    String loadBefore = loadAverage();
    Instant started = Instant.now();
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true);
    Path raw = Path.of("benchmarks", "target");
    if (Files.isDirectory(raw)) {
      options.resultFormat(ResultFormatType.JSON).result(raw.resolve("jmh-result.json").toString());
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    List<String[]> footprint = args.length == 3
        || Pattern.compile(include).matcher(HistoryFootprint.class.getName()).find()
        ? HistoryFootprint.measureInItsOwnJvm() : List.of();
    long minutes = ChronoUnit.MINUTES.between(started, Instant.now());
    machine += "\nload:    " + loadBefore + " before the run, " + loadAverage() + " after it"
        + " (1, 5 and 15 minute averages; other work on the machine inflates the timings when"
        + " these exceed nproc)";
    // Read last, so that findings written while the benchmarks run are the ones included.
    String findings = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();
    String report = new Report(results, footprint).render(machine, findings, include, minutes);
    Files.writeString(output, report, StandardCharsets.UTF_8);
    System.out.println("Wrote " + output.toAbsolutePath());
  }

  /** The load averages, or "unknown" where the system does not say. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)
          .split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private String render(String machine, String findings, String include, long minutes) {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmarks\n\n")
        .append("Written by `benchmarks/run.sh`, which builds the benchmarks and regenerates this"
            + " file; edit `benchmarks/FINDINGS.md` for the findings at the end, not this file."
            + " Every figure below comes from one run, side by side, of about ").append(minutes)
        .append(" minutes.\n\n")
        .append("## Machine\n\n```\n").append(machine).append("\n```\n\n")
        .append("## Commands\n\n```sh\n")
        .append("benchmarks/run.sh    # mvn -B -pl benchmarks -am package -DskipTests, then:\n")
        .append("java -cp benchmarks/target/benchmarks.jar io.github.commissioning.benchmarks.Report"
            + " BENCHMARKS.md MACHINE.txt benchmarks/FINDINGS.md")
        .append(include.equals(PACKAGE.replace(".", "\\.") + ".*Benchmark") ? "" : " '" + include + "'")
        .append("\n# which runs, with the forks, warm-up and measurement iterations each class"
            + " declares:\n")
        .append("java -jar benchmarks/target/benchmarks.jar -prof gc -foe true")
        .append("   # one class: add its name, e.g. CommissionerLookupBenchmark\n")
        .append("java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar"
            + " io.github.commissioning.benchmarks.HistoryFootprint\n```\n\n")
        .append("Each benchmark runs in one fork of the JVM above with its default heap. Median is the"
            + " median of the measurement iterations; score is their mean, with JMH's 99.9%"
            + " confidence half-width as the error. Allocation is JMH's `gc.alloc.rate.norm`"
            + " (bytes per operation; for the million-pair benchmarks an operation is one pair).\n\n");
    targets(out);
    results(out);
    memory(out);
    out.append("## Findings\n\n").append(findings).append("\n");
    return out.toString();
  }

  private void targets(StringBuilder out) {
    out.append("## Against the issue's targets\n\n")
        .append("| workload | target | measured (median) | met |\n|---|---|---|---|\n");
    target(out, "1. build and check the England 2010 landscape (real data)", "< 100 ms",
        "LandscapeBuildBenchmark.build", "", v -> v < 100);
    target(out, "2. one MovePractice, England 2010", "< 20 µs", "PracticeMoveBenchmark.movePractice",
        "england", v -> v < 20);
    target(out, "2. one MovePractice, ten times England", "< 20 µs",
        "PracticeMoveBenchmark.movePractice", "tenTimesEngland", v -> v < 20);
    Optional<Double> small = median("PracticeMoveBenchmark.movePractice", "england");
    Optional<Double> large = median("PracticeMoveBenchmark.movePractice", "tenTimesEngland");
    row(out, "2. ten times England / England", "≤ 2x", small.isPresent() && large.isPresent()
        ? Optional.of(large.get() / small.get()) : Optional.empty(), "x", v -> v <= 2);
    target(out, "3. load the real history (OdsHistory.load)", "< 2 s", "RealHistoryBenchmark.load",
        "", v -> v < 2000);
    target(out, "4. point-in-time lookups, one thread", "≥ 10 M/s", LOOKUP, "", v -> v >= 10e6);
    target(out, "4. the same pairs in one `commissionersOf` call, one thread", "≥ 10 M/s",
        BATCH, "", v -> v >= 10e6);
    for (String ours : List.of(LOOKUP, BATCH)) {
      for (String threads : List.of("1", "2")) {
        row(out, "4/5. " + (ours.equals(LOOKUP) ? "lookups" : "`commissionersOf`")
            + " per second / DuckDB pairs per second (DuckDB on " + threads
            + (threads.equals("1") ? " thread" : " threads") + ")", "≥ 3x", ratio(ours, threads),
            "x", v -> v >= 3);
      }
    }
    target(out, "4. `map` of 1M rows, end to end (`java -jar`, a new JVM)", "< 2 s",
        "MapCommandBenchmark.endToEnd", "", v -> v < 2000);
    target(out, "4. `map` of 1M rows in a warm JVM", "< 2 s",
        "MapCommandBenchmark.inProcess", "", v -> v < 2000);
    target(out, "6. 1,000 small landscapes with 20 transitions each", "< 2 s",
        "TestkitGenerationBenchmark.smallLandscapesWithTwentyChanges", "", v -> v < 2000);
    target(out, "6. one England-sized landscape generated", "< 1 s",
        "TestkitGenerationBenchmark.englandSizedLandscape", "", v -> v < 1000);
    Optional<Double> history = footprint.isEmpty() ? Optional.empty()
        : Optional.of(Double.parseDouble(footprint.get(0)[1]) * 1.048576);
    row(out, "7. heap retained by the full real history", "< 200 MB", history, "MB", v -> v < 200);
    out.append("\n");
  }

  private Optional<Double> ratio(String benchmark, String threads) {
    Optional<Double> ours = median(benchmark, "");
    Optional<Double> peer = median(PEER, threads);
    return ours.isPresent() && peer.isPresent() ? Optional.of(ours.get() / peer.get())
        : Optional.empty();
  }

  private void target(StringBuilder out, String workload, String target, String benchmark,
      String params, DoublePredicate met) {
    Optional<RunResult> found = find(benchmark, params);
    row(out, workload, target, found.map(Report::median),
        found.map(r -> r.getPrimaryResult().getScoreUnit()).orElse(""), met);
  }

  private static void row(StringBuilder out, String workload, String target,
      Optional<Double> value, String unit, DoublePredicate met) {
    out.append("| ").append(workload).append(" | ").append(target).append(" | ")
        .append(value.map(v -> number(v) + " " + unit).orElse("not run")).append(" | ")
        .append(value.map(v -> met.test(v) ? "yes" : "**no**").orElse("")).append(" |\n");
  }

  private void results(StringBuilder out) {
    out.append("## Every result\n\n")
        .append("| benchmark | parameters | mode | median | score ± error | units | allocated per op |\n")
        .append("|---|---|---|---:|---:|---|---:|\n");
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      Result<?> primary = result.getPrimaryResult();
      Map<String, ?> secondary = result.getSecondaryResults();
      Result<?> allocation = secondary.entrySet().stream()
          .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
          .map(e -> (Result<?>) e.getValue()).findFirst().orElse(null);
      out.append("| ").append(params.getBenchmark().substring(PACKAGE.length())).append(" | ")
          .append(parameters(params)).append(" | ").append(params.getMode().shortLabel())
          .append(" | ").append(number(median(result))).append(" | ")
          .append(number(primary.getScore())).append(" ± ").append(number(primary.getScoreError()))
          .append(" | ").append(primary.getScoreUnit()).append(" | ")
          .append(allocation == null ? "" : bytes(allocation.getScore())).append(" |\n");
    }
    out.append("\n");
  }

  private void memory(StringBuilder out) {
    out.append("## Memory (workload 7)\n\n")
        .append("Heap in use after full collections (serial collector) with the object held, less"
            + " the heap in use before it was built; each measured several times in one JVM, after"
            + " one load to warm caches.\n\n")
        .append("| what | retained, median | each time |\n|---|---:|---|\n");
    for (String[] row : footprint) {
      out.append("| ").append(row[0]).append(" | ").append(row[1]).append(" MiB | ");
      for (int i = 2; i < row.length; i++) {
        out.append(i > 2 ? ", " : "").append(row[i]);
      }
      out.append(" MiB |\n");
    }
    out.append("\n");
  }

  private static String parameters(BenchmarkParams params) {
    List<String> shown = new ArrayList<>();
    for (String key : params.getParamsKeys()) {
      shown.add(key + "=" + params.getParam(key));
    }
    return String.join(", ", shown);
  }

  private Optional<Double> median(String benchmark, String params) {
    return find(benchmark, params).map(Report::median);
  }

  private static double median(RunResult result) {
    return result.getPrimaryResult().getStatistics().getPercentile(50);
  }

  /** The result of a benchmark, with the given value of its one parameter if it has one. */
  private Optional<RunResult> find(String benchmark, String param) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().equals(PACKAGE + benchmark))
        .filter(r -> param.isEmpty() || r.getParams().getParamsKeys().stream()
            .anyMatch(key -> param.equals(r.getParams().getParam(key))))
        .findFirst();
  }

  /** Three significant figures at least, with thousands separated. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%,.1f"
        : magnitude >= 1 ? "%,.2f" : "%,.3g";
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String bytes(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (value >= 1024 * 1024) {
      return number(value / (1024 * 1024)) + " MiB";
    }
    return value >= 1024 ? number(value / 1024) + " KiB" : number(value) + " B";
  }
}
