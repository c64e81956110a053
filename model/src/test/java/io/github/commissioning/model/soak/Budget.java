package io.github.commissioning.model.soak;

/**
 * Shares a soak's inputs between its entry points: each asks for a number of thousandths of the
 * total, rounded up, so that the parts add up to at least the total when the thousandths add up
 * to a thousand.
 */
record Budget(int total) {
  int thousandths(int perMille) {
    return (int) Math.max(1, ((long) total * perMille + 999) / 1000);
  }
}
