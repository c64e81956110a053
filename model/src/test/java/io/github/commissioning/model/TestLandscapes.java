package io.github.commissioning.model;

import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.fixture.SampleLandscapes;

/** Builds snapshots from the testkit's drafts, for the model's own tests. */
public final class TestLandscapes {
  private TestLandscapes() {}

  /**
   * Builds a snapshot from a draft.
   *
   * @param draft the parts
   * @return the snapshot
   */
  public static LandscapeSnapshot create(LandscapeDraft draft) {
    return LandscapeSnapshot.copyOf(draft);
  }

  /**
   * Returns the England-like sample as a snapshot.
   *
   * @return the sample on 2010-06-01
   */
  public static LandscapeSnapshot englandLike() {
    return create(SampleLandscapes.englandLike());
  }
}
