package io.github.commissioning.testkit.property;

/**
 * Thrown when a generator cannot produce a value: a {@link Gen#filter filter} rejected every
 * value it was allowed to try, a {@link Gen#setOf set} could not find enough distinct elements, or
 * a generator drew more choices than a {@link Source} allows.
 *
 * <p>This is a fault of the generator, not a failure of the property under test: the runner
 * reports it as it is, without shrinking, and while shrinking it only means a candidate was not
 * usable.
 */
public final class GenerationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message saying what could not be generated.
   *
   * @param message what could not be generated, and why
   */
  public GenerationException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the exception that caused it.
   *
   * @param message what could not be generated, and why
   * @param cause the exception the generator threw
   */
  public GenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
