package io.github.commissioning.benchmarks;

import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.property.Source;

/**
 * The landscapes workloads 1 and 2 build and change. Until the England 2010 fixture exists they
 * come from the testkit's shape-based generator with a fixed seed.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EnglandSizedLandscapes {
  private EnglandSizedLandscapes() {}

  /**
   * Returns England's landscape of 2010 as parts not yet checked, so that building a snapshot
   * from them does the whole work. This is the one place to switch to the real fixture: return
   * its parts (for a snapshot, {@code LandscapeDraft.from(snapshot)}, since
   * {@code LandscapeSnapshot.copyOf} returns a snapshot as it is).
   *
   * @return 10 SHAs, 150 PCTs and 7,950 practices, with every duty covered
   */
  public static LandscapeParts england() {
    return Landscapes.ofShape(10, 15, 53).generate(Source.seeded(2010L));
  }

  /**
   * Returns a landscape ten times England's size in practices: the largest shape the generator
   * makes with ten SHAs.
   *
   * @return 10 SHAs, 300 PCTs and 79,500 practices
   */
  public static LandscapeParts tenTimesEngland() {
    return Landscapes.ofShape(10, 30, 265).generate(Source.seeded(2010L));
  }
}
