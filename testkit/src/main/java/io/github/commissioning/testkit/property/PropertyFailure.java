package io.github.commissioning.testkit.property;

import org.opentest4j.AssertionFailedError;

/**
 * Thrown when a property fails: it reports the shrunk counterexample and how it was found.
 *
 * <p>The message states the seed and how to replay it, the try on which the property first
 * failed, the shrunk counterexample, the number of shrink steps taken, the original
 * counterexample and how the property failed for the shrunk one. The {@linkplain #getCause()
 * cause} is the exception the property threw for the shrunk counterexample; the one it threw for
 * the original is {@linkplain #getSuppressed() suppressed}, if it is another.
 *
 * <p>The counterexamples are not serialized with this exception.
 */
public final class PropertyFailure extends AssertionFailedError {
  private static final long serialVersionUID = 1L;

  /** The seed the property ran with. */
  private final long seed;
  /** The try on which the property first failed, from 1. */
  private final int tryNumber;
  /** The number of tries the property was to run. */
  private final int tries;
  /** The size of the failing try. */
  private final int size;
  /** The number of smaller counterexamples accepted while shrinking. */
  private final int shrinkSteps;
  /** The number of candidates run while shrinking. */
  private final int shrinkAttempts;
  private final transient Object counterexample;
  private final transient Choices choices;
  private final transient Object original;

  PropertyFailure(long seed, int tryNumber, int tries, int size, int shrinkSteps,
      int shrinkAttempts, Object counterexample, Choices choices, Object original,
      Throwable failure, Throwable originalFailure, String replay) {
    super(message(seed, tryNumber, tries, size, shrinkSteps, shrinkAttempts, counterexample,
        choices, original, failure, replay), failure);
    this.seed = seed;
    this.tryNumber = tryNumber;
    this.tries = tries;
    this.size = size;
    this.shrinkSteps = shrinkSteps;
    this.shrinkAttempts = shrinkAttempts;
    this.counterexample = counterexample;
    this.choices = choices;
    this.original = original;
    if (originalFailure != failure) {
      addSuppressed(originalFailure);
    }
  }

  private static String message(long seed, int tryNumber, int tries, int size, int shrinkSteps,
      int shrinkAttempts, Object counterexample, Choices choices, Object original,
      Throwable failure, String replay) {
    return "Property failed on try " + tryNumber + " of " + tries + " (seed " + seed + ", size "
        + size + ")\n"
        + "  counterexample: " + counterexample + "\n"
        + "  shrunk in " + shrinkSteps + " steps (" + shrinkAttempts + " attempts) from original: "
        + original + "\n"
        + "  choices: " + choices + "\n"
        + "  failure: " + failure + "\n"
        + "  replay with " + replay;
  }

  /**
   * Returns the seed the property ran with; running it again with this seed, the same number of
   * tries and the same maximum size fails in the same way.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the try on which the property first failed, counting from 1; try 1 is the simplest
   * value the generator can produce.
   *
   * @return the number of tries it took to find a counterexample
   */
  public int tryNumber() {
    return tryNumber;
  }

  /**
   * Returns the number of tries the property was to run if it held.
   *
   * @return the number of tries
   */
  public int tries() {
    return tries;
  }

  /**
   * Returns the size at which the counterexample was generated and shrunk.
   *
   * @return the size, zero or more
   */
  public int size() {
    return size;
  }

  /**
   * Returns the number of shrink steps taken: how many times a smaller failing counterexample
   * replaced the one before.
   *
   * @return the number of steps, zero if the original could not be shrunk
   */
  public int shrinkSteps() {
    return shrinkSteps;
  }

  /**
   * Returns the number of candidates run while shrinking, successful or not.
   *
   * @return the number of attempts, at most the property's maximum
   */
  public int shrinkAttempts() {
    return shrinkAttempts;
  }

  /**
   * Returns the shrunk counterexample: the value for which the property failed, or for a
   * property of two or three values, an unmodifiable list of them.
   *
   * @return the shrunk counterexample
   */
  public Object counterexample() {
    return counterexample;
  }

  /**
   * Returns the choices that generate the shrunk counterexample, when replayed through the same
   * generator at the same {@linkplain #size() size}.
   *
   * @return the shrunk choices
   */
  public Choices choices() {
    return choices;
  }

  /**
   * Returns the original counterexample, the first value found for which the property failed,
   * in the same form as {@link #counterexample()}.
   *
   * @return the original counterexample
   */
  public Object original() {
    return original;
  }
}
