package io.github.commissioning.testkit.property;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * How a property is run; a seed or a number of tries left null is resolved when the property
 * runs (see {@link Runner}).
 */
record Settings(@Nullable Long seed, @Nullable Integer tries, int maxSize, int maxShrinks) {
  static final Settings DEFAULTS =
      new Settings(null, null, Property.DEFAULT_MAX_SIZE, Property.DEFAULT_MAX_SHRINKS);

  Settings withSeed(long newSeed) {
    return new Settings(newSeed, tries, maxSize, maxShrinks);
  }

  Settings withTries(int newTries) {
    checkArgument(newTries >= 1, "tries must be at least 1, not %s", newTries);
    return new Settings(seed, newTries, maxSize, maxShrinks);
  }

  Settings withMaxSize(int newMaxSize) {
    checkArgument(newMaxSize >= 0, "maxSize must be zero or more, not %s", newMaxSize);
    return new Settings(seed, tries, newMaxSize, maxShrinks);
  }

  Settings withMaxShrinks(int newMaxShrinks) {
    checkArgument(newMaxShrinks >= 0, "maxShrinks must be zero or more, not %s", newMaxShrinks);
    return new Settings(seed, tries, maxSize, newMaxShrinks);
  }
}
