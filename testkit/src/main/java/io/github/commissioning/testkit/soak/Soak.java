package io.github.commissioning.testkit.soak;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A bad-input soak: feeds many generated inputs through public entry points, each call bounded in
 * time, and sorts what every call did into <i>outcome classes</i>, such as
 * {@code ViolationException CODE_FORMAT} or {@code accepted}, counting each. An outcome that is
 * not documented (a bare {@link NullPointerException}, {@link ArithmeticException} or other
 * runtime exception, a {@link StackOverflowError}, a failed check, a call that runs past the
 * limit) is a <i>failure</i>, kept with the first input that caused it.
 *
 * <pre>{@code
 * Soak soak = Soak.seeded(Soak.seed(42));
 * soak.feed("OdsCode.parse", 10_000, Gen.elements("", "5qg", "A81001!"), text -> {
 *   OdsCode.parse(text);
 *   return "accepted";
 * });
 * System.out.println(soak.report());   // the table of entry points and outcome classes
 * soak.assertClean();                  // fails naming every undocumented outcome
 * }</pre>
 *
 * <p>A call returns the name of its outcome class when the entry point returned (after checking
 * what it returned, throwing an {@link AssertionError} if that was wrong), or throws what the
 * entry point threw. Thrown exceptions are classed by the classifiers added with
 * {@link #documenting}, then by the rules every entry point of the api follows: a
 * {@link ViolationException} (or subclass) is classed by its type and the codes of its
 * violations, and a {@link NullPointerException} whose message is a parameter name is
 * documented. Anything else fails.
 *
 * <p>Every input is generated from its own seed, derived from the soak's seed, the entry point's
 * name and the input's number, so a failure is replayed by running the soak again with the same
 * seed. Each entry point's inputs run on a fresh daemon thread while the calling thread watches
 * the time of each call; a call past the limit ends the soak at once, since a stuck thread cannot
 * be stopped safely.
 *
 * <p>A soak collects counts as it is fed; it is not thread-safe.
 */
public final class Soak {
  /** The system property that overrides the default seed: {@value}. */
  public static final String SEED_PROPERTY = "commissioning.soak.seed";
  /** The system property that overrides the default number of inputs: {@value}. */
  public static final String INPUTS_PROPERTY = "commissioning.soak.inputs";
  /** How long one call may run unless {@link #withCallLimit} says otherwise: ten seconds. */
  public static final Duration DEFAULT_CALL_LIMIT = Duration.ofSeconds(10);

  private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final int SHOWN = 300;
  private static final int MAX_CODES_SHOWN = 3;
  private static final long POLL_MILLIS = 50;

  /**
   * One call of an entry point with one input.
   *
   * @param <T> the type of input
   */
  @FunctionalInterface
  public interface Call<T> {
    /**
     * Calls the entry point with the input and checks what it returned.
     *
     * @param input the input
     * @return the name of the outcome class, such as {@code accepted}
     * @throws Exception whatever the entry point threw, to be classed by the soak
     */
    String call(T input) throws Exception;
  }

  private final long seed;
  private Duration callLimit = DEFAULT_CALL_LIMIT;
  private final List<Function<? super Throwable, Optional<String>>> classifiers = new ArrayList<>();
  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final Map<String, Failure> failures = new LinkedHashMap<>();

  private Soak(long seed) {
    this.seed = seed;
  }

  /**
   * Returns an empty soak whose inputs derive from a seed.
   *
   * @param seed the seed
   * @return the soak
   */
  public static Soak seeded(long seed) {
    return new Soak(seed);
  }

  /**
   * Returns the seed given by the system property {@value #SEED_PROPERTY}, or a default.
   *
   * @param defaultSeed the seed when the property is not set
   * @return the seed
   * @throws IllegalArgumentException if the property is not a whole number
   */
  public static long seed(long defaultSeed) {
    String property = System.getProperty(SEED_PROPERTY);
    if (property == null || property.isBlank()) {
      return defaultSeed;
    }
    try {
      return Long.parseLong(property.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number, not '"
          + property + "'", e);
    }
  }

  /**
   * Returns the number of inputs given by the system property {@value #INPUTS_PROPERTY}, or a
   * default.
   *
   * @param defaultInputs the number when the property is not set
   * @return the number of inputs, at least 1
   * @throws IllegalArgumentException if the property is not a positive whole number
   */
  public static int inputs(int defaultInputs) {
    String property = System.getProperty(INPUTS_PROPERTY);
    int inputs;
    try {
      inputs = property == null || property.isBlank() ? defaultInputs
          : Integer.parseInt(property.strip().replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(INPUTS_PROPERTY + " must be a whole number, not '"
          + property + "'", e);
    }
    checkArgument(inputs >= 1, "the number of inputs must be at least 1, not %s", inputs);
    return inputs;
  }

  /**
   * Returns the seed this soak's inputs derive from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Sets how long one call may run before the soak counts it as a hang and stops.
   *
   * @param limit the limit, positive
   * @return this soak
   * @throws IllegalArgumentException if the limit is not positive
   */
  public Soak withCallLimit(Duration limit) {
    checkNotNull(limit, "limit");
    checkArgument(!limit.isNegative() && !limit.isZero(), "the call limit must be positive, not %s",
        limit);
    this.callLimit = limit;
    return this;
  }

  /**
   * Adds a classifier of documented exceptions, asked before the soak's own rules: it names the
   * outcome class of an exception that an entry point documents, or gives nothing for one it
   * does not recognise.
   *
   * @param classifier from a thrown exception to its outcome class, if documented
   * @return this soak
   */
  public Soak documenting(Function<? super Throwable, Optional<String>> classifier) {
    classifiers.add(checkNotNull(classifier, "classifier"));
    return this;
  }

  /**
   * Feeds generated inputs through an entry point, tallying the outcome class of each call.
   * Feeding the same entry point again adds to its counts.
   *
   * @param <T> the type of input
   * @param entryPoint the name of the entry point, for the report
   * @param count how many inputs to feed, zero or more
   * @param inputs the generator of inputs
   * @param call calls the entry point with one input
   * @return this soak
   * @throws AssertionError if a call runs past the limit; the rest of the soak does not run
   */
  public <T> Soak feed(String entryPoint, int count, Gen<? extends T> inputs, Call<? super T> call) {
    checkNotNull(entryPoint, "entryPoint");
    checkNotNull(inputs, "inputs");
    checkNotNull(call, "call");
    checkArgument(count >= 0, "count must be zero or more, not %s", count);
    Tally tally = tallies.computeIfAbsent(entryPoint, name -> new Tally());
    Feeder<T> feeder = new Feeder<>(entryPoint, count, inputs, call, tally);
    Thread worker = new Thread(feeder, "soak " + entryPoint);
    worker.setDaemon(true);
    worker.start();
    long limit = callLimit.toNanos();
    try {
      while (worker.isAlive()) {
        worker.join(POLL_MILLIS);
        long started = feeder.callStarted;
        if (started != 0 && worker.isAlive() && System.nanoTime() - started > limit) {
          String stuck = stack(worker.getStackTrace());
          worker.interrupt();
          record(entryPoint, "a call ran past " + callLimit.toMillis() + " ms", feeder.current,
              feeder.currentSeed, feeder.currentInput, "still running at" + stuck);
          throw new AssertionError("Soak stopped: " + entryPoint + " input " + feeder.current
              + " ran past " + callLimit.toMillis() + " ms\n" + failureList());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Soak interrupted while feeding " + entryPoint, e);
    }
    return this;
  }

  /**
   * Returns how many inputs have been fed through every entry point.
   *
   * @return the total
   */
  public long inputsTried() {
    return tallies.values().stream().mapToLong(t -> t.tried).sum();
  }

  /**
   * Returns how many inputs have been fed through one entry point.
   *
   * @param entryPoint the name of the entry point
   * @return the number, zero if it was never fed
   */
  public long inputsTried(String entryPoint) {
    Tally tally = tallies.get(checkNotNull(entryPoint, "entryPoint"));
    return tally == null ? 0 : tally.tried;
  }

  /**
   * Returns the outcome classes of one entry point's calls, with how many calls ended in each.
   *
   * @param entryPoint the name of the entry point
   * @return the counts, by outcome class in alphabetical order; empty if it was never fed
   */
  public ImmutableMap<String, Long> outcomes(String entryPoint) {
    Tally tally = tallies.get(checkNotNull(entryPoint, "entryPoint"));
    return tally == null ? ImmutableMap.of() : ImmutableMap.copyOf(tally.outcomes);
  }

  /**
   * Returns every failure so far: each kind of undocumented outcome of each entry point, with
   * how often it happened and the first input that caused it.
   *
   * @return the failures, one paragraph each; empty if the soak is clean
   */
  public ImmutableList<String> failures() {
    return failures.values().stream().map(Failure::toString)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Fails if any call ended in an undocumented outcome.
   *
   * @throws AssertionError naming every failure, with its count and first input
   */
  public void assertClean() {
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " kinds of undocumented outcome in the soak"
          + " of seed " + seed + "\n" + failureList());
    }
  }

  private String failureList() {
    return String.join("\n", failures());
  }

  /**
   * Returns the table of the soak: for each entry point, the inputs tried, the time they took
   * (generating them included), the slowest call and each outcome class with its count, then the
   * totals, the seed that replays the soak, and the input of each entry point's slowest call.
   *
   * @return the table, lines ended by LF
   */
  public String report() {
    int width = Math.max(11, tallies.keySet().stream().mapToInt(String::length).max().orElse(0));
    String row = "%-" + width + "s  %10s  %8s  %9s  %s%n";
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "Bad-input soak, seed %d (replay with -D%s=%d)%n",
        seed, SEED_PROPERTY, seed));
    table.append(String.format(Locale.ROOT, row, "entry point", "inputs", "time", "slowest",
        "outcome classes"));
    for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
      Tally tally = entry.getValue();
      boolean first = true;
      List<String> classes = new ArrayList<>();
      tally.outcomes.forEach((outcome, n) -> classes.add(String.format(Locale.ROOT, "%,d %s", n,
          outcome)));
      if (classes.isEmpty()) {
        classes.add("none");
      }
      for (String outcome : classes) {
        table.append(first
            ? String.format(Locale.ROOT, row, entry.getKey(), String.format(Locale.ROOT, "%,d",
                tally.tried), String.format(Locale.ROOT, "%.1f s", tally.nanos / 1e9),
                String.format(Locale.ROOT, "%.1f ms", tally.slowestNanos / 1e6), outcome)
            : String.format(Locale.ROOT, row, "", "", "", "", outcome));
        first = false;
      }
    }
    table.append(String.format(Locale.ROOT, row, "total", String.format(Locale.ROOT, "%,d",
        inputsTried()), String.format(Locale.ROOT, "%.1f s", tallies.values().stream()
            .mapToLong(t -> t.nanos).sum() / 1e9), "", failures.isEmpty() ? "no undocumented outcome"
            : failures.values().stream().mapToLong(f -> f.count).sum() + " undocumented outcomes"));
    table.append("The slowest call of each entry point:\n");
    tallies.forEach((entryPoint, tally) -> table.append("  ").append(entryPoint).append(", ")
        .append(tally.slowestInput).append('\n'));
    return table.toString();
  }

  /** Classes an exception an entry point threw, or gives nothing if it is not documented. */
  private Optional<String> classify(Throwable thrown) {
    for (Function<? super Throwable, Optional<String>> classifier : classifiers) {
      Optional<String> outcome = classifier.apply(thrown);
      if (outcome.isPresent()) {
        return outcome;
      }
    }
    if (thrown instanceof ViolationException refused) {
      List<String> codes = refused.violations().stream().map(Violation::code).distinct().sorted()
          .toList();
      String shown = String.join("+", codes.subList(0, Math.min(codes.size(), MAX_CODES_SHOWN)))
          + (codes.size() > MAX_CODES_SHOWN ? "+more" : "");
      return Optional.of(thrown.getClass().getSimpleName() + " " + shown);
    }
    if (thrown instanceof NullPointerException && thrown.getMessage() != null
        && PARAMETER_NAME.matcher(thrown.getMessage()).matches()) {
      return Optional.of("NullPointerException naming the parameter");
    }
    return Optional.empty();
  }

  private synchronized void record(String entryPoint, String what, long index, long inputSeed,
      @Nullable Object input, String detail) {
    String key = entryPoint + ": " + what;
    Failure failure = failures.computeIfAbsent(key,
        k -> new Failure(k, index, inputSeed, shown(String.valueOf(input)), detail));
    failure.count++;
  }

  private static String stack(StackTraceElement[] frames) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < Math.min(frames.length, 12); i++) {
      shown.append("\n        at ").append(frames[i]);
    }
    return shown.toString();
  }

  private static String describe(Throwable thrown) {
    return thrown.getClass().getName() + ": " + shown(String.valueOf(thrown.getMessage()))
        + stack(thrown.getStackTrace());
  }

  /** A value fit for a report: control characters escaped, cut short if long. */
  private static String shown(String text) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < Math.min(text.length(), SHOWN); i++) {
      char c = text.charAt(i);
      shown.append(c < ' ' || c == 0x7F ? String.format(Locale.ROOT, "\\u%04X", (int) c) : c);
    }
    return text.length() > SHOWN ? shown + "... (" + text.length() + " characters)" : shown.toString();
  }

  /** The seed of one input: the soak's seed, the entry point and the input's number, mixed. */
  private static long inputSeed(long seed, String entryPoint, long index) {
    return mix(seed ^ mix(entryPoint.hashCode()) ^ mix(index + 0x9e3779b97f4a7c15L));
  }

  /** The finaliser of SplitMix64: a bijection that spreads every bit of its input. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The counts of one entry point, written by its feeder and read after it ends. */
  private static final class Tally {
    long tried;
    long nanos;
    long slowestNanos;
    String slowestInput = "";
    final Map<String, Long> outcomes = new TreeMap<>();
  }

  /** The first example of one kind of failure, and how often it happened. */
  private static final class Failure {
    final String what;
    final long index;
    final long inputSeed;
    final String input;
    final String detail;
    long count;

    Failure(String what, long index, long inputSeed, String input, String detail) {
      this.what = what;
      this.index = index;
      this.inputSeed = inputSeed;
      this.input = input;
      this.detail = detail;
    }

    @Override
    public String toString() {
      return "  " + what + " (" + count + (count == 1 ? " input" : " inputs") + "); first, input "
          + index + " (input seed " + inputSeed + "): " + input + "\n    " + detail;
    }
  }

  /** Feeds one entry point's inputs on the worker thread. */
  private final class Feeder<T> implements Runnable {
    private final String entryPoint;
    private final int count;
    private final Gen<? extends T> inputs;
    private final Call<? super T> call;
    private final Tally tally;
    /** When the current call started, by {@link System#nanoTime()}; 0 between calls. */
    volatile long callStarted;
    volatile long current;
    volatile long currentSeed;
    volatile @Nullable Object currentInput;

    Feeder(String entryPoint, int count, Gen<? extends T> inputs, Call<? super T> call,
        Tally tally) {
      this.entryPoint = entryPoint;
      this.count = count;
      this.inputs = inputs;
      this.call = call;
      this.tally = tally;
    }

    @Override
    public void run() {
      long start = System.nanoTime();
      try {
        feed();
      } finally {
        tally.nanos += System.nanoTime() - start;
      }
    }

    private void feed() {
      for (int i = 0; i < count && !Thread.currentThread().isInterrupted(); i++) {
        long index = tally.tried;
        long inputSeed = inputSeed(seed, entryPoint, index);
        current = index;
        currentSeed = inputSeed;
        currentInput = null;
        tally.tried++;
        T input;
        try {
          input = inputs.generate(Source.seeded(inputSeed));
        } catch (RuntimeException | StackOverflowError e) {
          record(entryPoint, "the generator failed with " + e.getClass().getName(), index,
              inputSeed, "(not generated)", describe(e));
          continue;
        }
        currentInput = input;
        String outcome;
        long started = System.nanoTime();
        callStarted = started;
        try {
          outcome = checkNotNull(call.call(input), "the call returned no outcome class");
        } catch (AssertionError failed) {
          record(entryPoint, "a check failed: " + kind(failed.getMessage()), index, inputSeed,
              input, describe(failed));
          continue;
        } catch (Throwable thrown) { // StackOverflowError and OutOfMemoryError are failures too
          Optional<String> documented = classify(thrown);
          if (documented.isEmpty()) {
            record(entryPoint, "undocumented " + thrown.getClass().getName(), index, inputSeed,
                input, describe(thrown));
            continue;
          }
          outcome = documented.get();
        } finally {
          callStarted = 0;
          long took = System.nanoTime() - started;
          if (took > tally.slowestNanos) {
            tally.slowestNanos = took;
            tally.slowestInput = "input " + index + ": " + shown(String.valueOf(input));
          }
        }
        tally.outcomes.merge(outcome, 1L, Long::sum);
      }
    }

    /**
     * The kind of a failed check, for grouping: its message's first line up to the first colon,
     * with numbers and quoted values left out, so that one check failing on many inputs counts
     * as one failure.
     */
    private String kind(@Nullable String message) {
      String line = message == null ? "" : message.lines().findFirst().orElse("");
      int colon = line.indexOf(':');
      String kind = (colon < 0 ? line : line.substring(0, colon))
          .replaceAll("'[^']*'", "'...'").replaceAll("[0-9]+", "N");
      return shown(kind.length() > 120 ? kind.substring(0, 120) : kind);
    }
  }
}
