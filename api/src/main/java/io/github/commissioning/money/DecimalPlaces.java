package io.github.commissioning.money;

import static com.google.common.base.Preconditions.checkArgument;

/** The number of decimal places a share may be written to: enough for any, and bounded. */
final class DecimalPlaces {
  /** The most decimal places: far past any long's precision, and cheap to compute. */
  static final int MAX = 100;

  private DecimalPlaces() {}

  /** Checks a number of decimal places, since a huge one would take for ever to compute. */
  static int check(int scale) {
    checkArgument(scale >= 0 && scale <= MAX,
        "A share is written to 0 to %s decimal places, not %s", MAX, scale);
    return scale;
  }
}
