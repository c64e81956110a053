package io.github.commissioning.testkit.property;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/** Runs a property: generates, tests, and shrinks and reports the first failure. */
final class Runner {
  /** The seed a {@link Seed} annotation sets for the test running on this thread. */
  private static final ThreadLocal<@Nullable Long> ANNOTATED_SEED = new ThreadLocal<>();

  private Runner() {}

  /** Runs an action with the seed of a {@link Seed} annotation in force on this thread. */
  static <X extends Throwable> void withAnnotatedSeed(long seed, ThrowingRunnable<X> action)
      throws X {
    @Nullable Long previous = ANNOTATED_SEED.get();
    ANNOTATED_SEED.set(seed);
    try {
      action.run();
    } finally {
      if (previous == null) {
        ANNOTATED_SEED.remove();
      } else {
        ANNOTATED_SEED.set(previous);
      }
    }
  }

  /** An action that may throw. */
  @FunctionalInterface
  interface ThrowingRunnable<X extends Throwable> {
    void run() throws X;
  }

  /**
   * Tests values of a generator, the all-minimal one first and then at sizes growing from try to
   * try; shrinks the first that fails and throws a {@link PropertyFailure}.
   *
   * @param presenter turns a value into the counterexample to report
   * @param test returns how the property failed for a value, or null if it held
   */
  static <T> void run(Gen<T> gen, Settings settings, Function<? super T, ?> presenter,
      Function<? super T, @Nullable Throwable> test) {
    boolean seedFromProperty = settings.seed() == null && ANNOTATED_SEED.get() == null
        && System.getProperty(Property.SEED_PROPERTY) != null;
    long seed = seed(settings);
    boolean triesFromProperty = settings.tries() == null
        && System.getProperty(Property.TRIES_PROPERTY) != null;
    int tries = tries(settings);
    SplitMix64 seeds = new SplitMix64(seed);
    for (int index = 0; index < tries; index++) {
      long trySeed = seeds.nextLong();
      int size = tries == 1 ? 0 : (int) ((long) settings.maxSize() * index / (tries - 1));
      Source source = index == 0 ? Source.replaying(Choices.of(), size)
          : Source.seeded(trySeed, size);
      T value;
      try {
        value = gen.generate(source);
      } catch (RuntimeException e) {
        if (index != 0) {
          throw generatorFailed(e, seed, index + 1);
        }
        // The all-minimal choices give no value (a filter, a set of distinct elements): try at
        // random instead.
        source = Source.seeded(trySeed, size);
        try {
          value = gen.generate(source);
        } catch (RuntimeException again) {
          throw generatorFailed(again, seed, index + 1);
        }
      }
      Throwable failure = test.apply(value);
      if (failure != null) {
        Shrinker.Example<T> original = new Shrinker.Example<>(source.choices(), value, failure);
        Shrinker<T> shrinker =
            new Shrinker<>(gen, size, test, settings.maxShrinks(), original);
        Shrinker.Example<T> shrunk = shrinker.shrink();
        String replay = "-D" + Property.SEED_PROPERTY + "=" + seed
            + (triesFromProperty ? " -D" + Property.TRIES_PROPERTY + "=" + tries : "")
            + (seedFromProperty || triesFromProperty ? "" : " or @Seed(" + seed + "L)");
        throw new PropertyFailure(seed, index + 1, tries, size, shrinker.steps(),
            shrinker.attempts(), presenter.apply(shrunk.value()), shrunk.choices(),
            presenter.apply(value), shrunk.failure(), failure, replay);
      }
    }
  }

  /** Runs a property of a value; returns what it threw, or null if it returned normally. */
  static @Nullable Throwable failureOf(Runnable property) {
    try {
      property.run();
      return null;
    } catch (AssertionError | RuntimeException | StackOverflowError failure) {
      return failure;
    }
  }

  /** Tests a property of a value; returns what it threw, a failure if it was false, or null. */
  static @Nullable Throwable failureOfTest(BooleanSupplier property) {
    try {
      return property.getAsBoolean() ? null : new AssertionFailedError("property was false");
    } catch (AssertionError | RuntimeException | StackOverflowError failure) {
      return failure;
    }
  }

  private static GenerationException generatorFailed(RuntimeException e, long seed, int tryNumber) {
    return new GenerationException("the generator failed on try " + tryNumber + " (seed " + seed
        + "): " + e, e);
  }

  /**
   * Returns the seed: the one given to the property, else that of a {@link Seed} annotation on
   * the running test, else the system property, else one chosen at random.
   */
  static long seed(Settings settings) {
    if (settings.seed() != null) {
      return settings.seed();
    }
    @Nullable Long annotated = ANNOTATED_SEED.get();
    if (annotated != null) {
      return annotated;
    }
    String property = System.getProperty(Property.SEED_PROPERTY);
    if (property != null) {
      try {
        return Long.parseLong(property.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("system property " + Property.SEED_PROPERTY
            + " must be a long, not '" + property + "'", e);
      }
    }
    return new SplittableRandom().nextLong();
  }

  /** Returns the number of tries: the one given to the property, else the system property. */
  static int tries(Settings settings) {
    if (settings.tries() != null) {
      return settings.tries();
    }
    String property = System.getProperty(Property.TRIES_PROPERTY);
    if (property == null) {
      return Property.DEFAULT_TRIES;
    }
    try {
      int tries = Integer.parseInt(property.trim());
      if (tries >= 1) {
        return tries;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("system property " + Property.TRIES_PROPERTY
        + " must be a whole number at least 1, not '" + property + "'");
  }
}
