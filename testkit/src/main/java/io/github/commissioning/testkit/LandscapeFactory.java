package io.github.commissioning.testkit;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.violation.ViolationException;

/**
 * How an implementation of the api turns a {@link LandscapeDraft} into a {@link Landscape}: the
 * one thing an implementation supplies to run the testkit's contract suite against itself.
 */
@FunctionalInterface
public interface LandscapeFactory {
  /**
   * Builds a landscape from a draft, checking every structural invariant.
   *
   * @param draft the parts
   * @return the landscape, holding exactly the draft's parts
   * @throws ViolationException listing every broken invariant if the draft is unsound
   */
  Landscape create(LandscapeDraft draft);
}
