package io.github.commissioning.model.transition;

import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.testkit.LandscapeFactory;
import io.github.commissioning.testkit.ReorganisationApplier;
import io.github.commissioning.testkit.TransitionApplier;
import io.github.commissioning.testkit.contract.TransitionContract;

/** Runs the testkit's transition contract against the reference engine. */
class TransitionEngineContractTest extends TransitionContract {
  @Override
  protected LandscapeFactory factory() {
    return TestLandscapes::create;
  }

  @Override
  protected TransitionApplier applier() {
    return TransitionEngine::apply;
  }

  @Override
  protected ReorganisationApplier reorganiser() {
    return TransitionEngine::apply;
  }
}
