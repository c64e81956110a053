package io.github.commissioning.benchmarks;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.model.reform.England2010;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.property.Source;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The landscapes workloads 1 and 2 build and change: England on 31 March 2010, built from the
 * bundled real data, and a generated landscape ten times its size in practices.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EnglandSizedLandscapes {
  private EnglandSizedLandscapes() {}

  /**
   * Returns England's landscape of 2010 as parts not yet checked, so that building a snapshot
   * from them does the whole work.
   *
   * @return 10 SHAs, 152 primary care organisations and 9,719 practices, every duty covered
   */
  public static LandscapeParts england() {
    try {
      return LandscapeDraft.from(England2010.load(OdsExtracts::open).landscape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a generated landscape about ten times England's size in practices: the largest shape
   * the testkit's generator makes with ten SHAs.
   *
   * @return 10 SHAs, 300 PCTs and 79,500 practices
   */
  public static LandscapeParts tenTimesEngland() {
    return Landscapes.ofShape(10, 30, 265).generate(Source.seeded(2010L));
  }
}
