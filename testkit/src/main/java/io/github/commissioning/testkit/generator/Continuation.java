package io.github.commissioning.testkit.generator;

import io.github.commissioning.testkit.property.Source;

/**
 * Decides whether to generate one more of something, by a recorded draw before each one rather
 * than a count drawn up front, so that shrinking can drop any one of them by deleting its draws.
 */
final class Continuation {
  private Continuation() {}

  /**
   * Tells whether to generate another element.
   *
   * @param source the source
   * @param sofar how many have been generated
   * @param min the fewest allowed
   * @param max the most allowed
   * @return true to generate another
   */
  static boolean another(Source source, int sofar, int min, int max) {
    if (sofar < min) {
      return true;
    }
    if (sofar >= max) {
      return false;
    }
    // Expect about half the room at full size, fewer at small sizes.
    double expected = Math.max(1.0, (max - min) * Math.min(source.size(), 100) / 200.0);
    return source.drawBoolean(expected / (expected + 1));
  }
}
