package io.github.commissioning.model.landscape;

import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.testkit.LandscapeFactory;
import io.github.commissioning.testkit.contract.LandscapeContract;

/** Runs the testkit's contract suite against the reference implementation. */
class LandscapeSnapshotContractTest extends LandscapeContract {
  @Override
  protected LandscapeFactory factory() {
    return TestLandscapes::create;
  }
}
