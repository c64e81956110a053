package io.github.commissioning.cli;

import com.google.common.collect.ImmutableMap;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The sample landscapes the tool can describe, by name. */
final class Samples {
  private static final ImmutableMap<String, Supplier<LandscapeDraft>> BY_NAME =
      ImmutableMap.of("england-like", SampleLandscapes::englandLike);

  private Samples() {}

  static Set<String> names() {
    return BY_NAME.keySet();
  }

  static Optional<LandscapeDraft> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name)).map(Supplier::get);
  }
}
