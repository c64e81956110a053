package io.github.commissioning.testkit.property;

/** How collections decide their sizes. */
final class Sizes {
  /** How many duplicates in a row a set generator accepts before it stops looking. */
  static final int DUPLICATE_TRIES = 100;

  private Sizes() {}

  /**
   * Returns the chance of adding one more optional element, chosen so that the number of optional
   * elements is geometric with mean half the lesser of the size and the room.
   */
  static double continuation(int size, int room) {
    double mean = Math.min(size, room) / 2.0;
    return mean / (mean + 1);
  }
}
