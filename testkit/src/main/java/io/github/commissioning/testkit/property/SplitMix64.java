package io.github.commissioning.testkit.property;

/**
 * The SplitMix64 generator, written out here so that a seed gives the same numbers on every JVM,
 * whatever its version of {@code java.util}. Not thread-safe.
 */
final class SplitMix64 {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  SplitMix64(long seed) {
    this.state = seed;
  }

  /** Returns the next 64 random bits. */
  long nextLong() {
    state += GOLDEN_GAMMA;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Returns a uniformly distributed number from zero to {@code max} inclusive; max is not negative. */
  long nextLong(long max) {
    if (max == Long.MAX_VALUE) {
      return nextLong() >>> 1;
    }
    long bound = max + 1;
    long bits = nextLong() >>> 1;
    if ((bound & max) == 0) {
      return bits & max;
    }
    // Rejects the last, incomplete multiple of bound so every result is equally likely.
    long result = bits % bound;
    while (bits - result + max < 0) {
      bits = nextLong() >>> 1;
      result = bits % bound;
    }
    return result;
  }

  /** Returns a uniformly distributed number in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }
}
