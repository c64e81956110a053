package io.github.commissioning.benchmarks;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.ods.OdsHistory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Workload 7: the heap the real history retains, and what 100 landscapes taken from it on days
 * spread from 1999 to 2023 retain besides. Measured without JMH: the heap in use after full
 * collections, before and after building the object, with the object held, several times; the
 * median is reported. Run it in its own JVM, with the serial collector for collections that
 * leave only live objects ({@code java -XX:+UseSerialGC -cp benchmarks.jar
 * io.github.commissioning.benchmarks.HistoryFootprint}); it prints a Markdown table, or
 * tab-separated rows with {@code --tsv}.
 */
public final class HistoryFootprint {
  /** How many times the history is measured. */
  static final int HISTORY_REPEATS = 5;
  /** How many times the snapshots are measured. */
  static final int SNAPSHOT_REPEATS = 3;
  /** How many snapshots. */
  static final int SNAPSHOTS = 100;
  /** The first and last days the snapshots are taken on. */
  static final LocalDate FIRST = LocalDate.of(1999, 4, 1);
  static final LocalDate LAST = PracticeDays.LAST_DAY;

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final double MIB = 1024.0 * 1024.0;

  private HistoryFootprint() {}

  /**
   * One measured object.
   *
   * @param what what was measured
   * @param samples the retained bytes each time
   */
  record Measured(String what, long[] samples) {
    long median() {
      long[] sorted = samples.clone();
      Arrays.sort(sorted);
      return sorted[sorted.length / 2];
    }
  }

  /**
   * Measures and prints.
   *
   * @param args {@code --tsv} for tab-separated rows: what, median MiB, each sample's MiB
   */
  public static void main(String[] args) {
    List<Measured> measured = measure();
    boolean tsv = Arrays.asList(args).contains("--tsv");
    if (!tsv) {
      System.out.println("| what | retained (median) | samples |");
      System.out.println("|---|---:|---|");
    }
    for (Measured m : measured) {
      StringBuilder samples = new StringBuilder();
      for (long sample : m.samples()) {
        samples.append(samples.length() == 0 ? "" : tsv ? "\t" : ", ").append(mib(sample));
      }
      System.out.println(tsv ? m.what() + "\t" + mib(m.median()) + "\t" + samples
          : "| " + m.what() + " | " + mib(m.median()) + " MiB | " + samples + " |");
    }
  }

  /**
   * Runs {@link #main} with {@code --tsv} in a new JVM with the serial collector, on this JVM's
   * class path, and returns its rows.
   *
   * @return each row's fields: what, the median MiB, then each sample's MiB
   * @throws IOException if the JVM cannot be started
   * @throws InterruptedException if interrupted while waiting for it
   */
  static List<String[]> measureInItsOwnJvm() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), HistoryFootprint.class.getName(), "--tsv")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("HistoryFootprint exited with " + exit + ": " + output);
    }
    return output.lines().map(line -> line.split("\t")).toList();
  }

  static List<Measured> measure() {
    Reference.reachabilityFence(load()); // class loading and static caches, not the history's
    long[] histories = new long[HISTORY_REPEATS];
    for (int i = 0; i < HISTORY_REPEATS; i++) {
      long before = usedAfterCollection();
      History history = load();
      histories[i] = usedAfterCollection() - before;
      Reference.reachabilityFence(history);
    }
    History history = load();
    List<LocalDate> days = days();
    long[] snapshots = new long[SNAPSHOT_REPEATS];
    for (int i = 0; i < SNAPSHOT_REPEATS; i++) {
      long before = usedAfterCollection();
      List<LandscapeSnapshot> taken = new ArrayList<>();
      for (LocalDate day : days) {
        taken.add(history.at(day));
      }
      snapshots[i] = usedAfterCollection() - before;
      Reference.reachabilityFence(taken);
    }
    long[] each = Arrays.stream(snapshots).map(total -> total / SNAPSHOTS).toArray();
    Reference.reachabilityFence(history);
    return List.of(new Measured("the full real history (OdsHistory.load)", histories),
        new Measured(SNAPSHOTS + " snapshots (History.at, " + FIRST + " to " + LAST
            + "), besides the history", snapshots),
        new Measured("one snapshot, on average", each));
  }

  private static History load() {
    return OdsHistory.load(OdsExtracts::open);
  }

  /** Days evenly spread from the first to the last, both included. */
  static List<LocalDate> days() {
    long span = ChronoUnit.DAYS.between(FIRST, LAST);
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < SNAPSHOTS; i++) {
      days.add(FIRST.plusDays(span * i / (SNAPSHOTS - 1)));
    }
    return days;
  }

  private static long usedAfterCollection() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / MIB);
  }
}
