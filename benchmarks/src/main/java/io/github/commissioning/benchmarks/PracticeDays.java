package io.github.commissioning.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.commissioning.organisation.OdsCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Pairs of a practice and a day, drawn reproducibly from commissioner intervals: the questions
 * the point-in-time lookups, the {@code map} command and the peer all answer.
 *
 * <p>Each pair picks an interval uniformly, then a day uniformly within it (an interval still open
 * ends, for drawing, on {@link #LAST_DAY}), so every pair has exactly one commissioner.
 *
 * <p>Not thread-safe while being drawn; read-only afterwards.
 */
public final class PracticeDays {
  /** The latest day in the bundled data. */
  public static final LocalDate LAST_DAY = LocalDate.of(2023, 2, 28);

  private final OdsCode[] practices;
  private final LocalDate[] days;

  private PracticeDays(OdsCode[] practices, LocalDate[] days) {
    this.practices = practices;
    this.days = days;
  }

  /**
   * Draws pairs from intervals.
   *
   * @param intervals the intervals to draw from, not empty
   * @param count how many pairs, at least one
   * @param seed the seed: the same seed and intervals give the same pairs on every JVM
   * @return the pairs
   * @throws IllegalArgumentException if there are no intervals or the count is not positive
   */
  public static PracticeDays draw(List<CommissionerInterval> intervals, int count, long seed) {
    checkNotNull(intervals, "intervals");
    checkArgument(!intervals.isEmpty(), "There are no intervals to draw pairs from");
    checkArgument(count > 0, "The number of pairs must be positive, not %s", count);
    SplittableRandom random = new SplittableRandom(seed);
    OdsCode[] practices = new OdsCode[count];
    LocalDate[] days = new LocalDate[count];
    long lastDay = LAST_DAY.toEpochDay();
    for (int i = 0; i < count; i++) {
      CommissionerInterval interval = intervals.get(random.nextInt(intervals.size()));
      long last = Math.max(interval.firstDay(), Math.min(interval.lastDay(), lastDay));
      practices[i] = interval.practice();
      days[i] = LocalDate.ofEpochDay(interval.firstDay() + random.nextLong(last - interval.firstDay() + 1));
    }
    return new PracticeDays(practices, days);
  }

  /**
   * Returns how many pairs there are.
   *
   * @return the count
   */
  public int size() {
    return practices.length;
  }

  /**
   * Returns the practice of a pair.
   *
   * @param index the pair's index, from zero
   * @return its practice
   */
  public OdsCode practice(int index) {
    return practices[index];
  }

  /**
   * Returns the day of a pair.
   *
   * @param index the pair's index, from zero
   * @return its day
   */
  public LocalDate day(int index) {
    return days[index];
  }

  /**
   * Returns every pair's practice, in order.
   *
   * @return the practices, a view that cannot be modified
   */
  public List<OdsCode> practices() {
    return Collections.unmodifiableList(Arrays.asList(practices));
  }

  /**
   * Returns every pair's day, in order.
   *
   * @return the days, a view that cannot be modified
   */
  public List<LocalDate> days() {
    return Collections.unmodifiableList(Arrays.asList(days));
  }

  /**
   * Writes the pairs as CSV with the header {@code id,practice,date}, the input the {@code map}
   * command reads, one line per pair ended by LF.
   *
   * @param file the file to write, replaced if it exists
   * @throws IOException if it cannot be written
   */
  public void writeCsv(Path file) throws IOException {
    checkNotNull(file, "file");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write("id,practice,date\n");
      for (int i = 0; i < practices.length; i++) {
        out.write(Integer.toString(i));
        out.write(',');
        out.write(practices[i].value());
        out.write(',');
        out.write(days[i].toString());
        out.write('\n');
      }
    }
  }
}
