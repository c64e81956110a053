package io.github.commissioning.model.shrinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Property;
import io.github.commissioning.testkit.property.PropertyFailure;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Merge;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shrinking measured on a planted fault in the domain: a property that wrongly claims no two
 * mergers in a sequence of changes touch the same primary care trust. The counterexample must
 * shrink through dependent generation (landscape, then changes valid for it) to the smallest case:
 * no practices and exactly the two mergers, among three (the minimum) or four PCTs.
 */
class PlantedFaultShrinkingTest {
  /** Landscapes and changes as a test author would generate them. */
  private static final Gen<Scenario> SCENARIOS = Landscapes.pctEra(3, 5, 6)
      .map(TestLandscapes::create)
      .flatMap(start -> Transitions.sequences(start, 12, TransitionEngine::apply)
          .map(steps -> new Scenario(start, steps)));

  record Scenario(Landscape start, List<Applied> steps) {
    @Override
    public String toString() {
      return start.open(OrganisationKind.PRIMARY_CARE_TRUST).size() + " PCTs, "
          + start.open(OrganisationKind.GP_PRACTICE).size() + " practices, steps "
          + steps.stream().map(s -> s.transition().getClass().getSimpleName()).toList();
    }
  }

  private static boolean mergersTouchDistinctTrusts(Scenario scenario) {
    Set<OdsCode> touched = new HashSet<>();
    for (Applied step : scenario.steps()) {
      if (step.transition() instanceof Merge merge) {
        for (OdsCode party : merge.parties()) {
          if (!touched.add(party)) {
            return false;
          }
        }
        touched.add(merge.into());
      }
    }
    return true;
  }

  @ParameterizedTest
  @ValueSource(longs = {20100601L, 20130401L, 20220701L})
  void twoMergersTouchingOneTrustShrinkToTheMinimalCase(long seed) {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(SCENARIOS).withSeed(seed).withTries(2000)
            .checkThat(PlantedFaultShrinkingTest::mergersTouchDistinctTrusts));
    Scenario shrunk = (Scenario) failure.counterexample();
    System.out.printf("planted fault 'two mergers touch one PCT', seed %d: found on try %d, shrunk in"
        + " %d steps (%d attempts) to %s; original %s%n", seed, failure.tryNumber(), failure.shrinkSteps(),
        failure.shrinkAttempts(), shrunk, failure.original());
    // The fault needs three PCTs (a merger into a new body, then a merger of that body with a
    // third): either three at the start and exactly the two mergers, or two at the start and the
    // third established first. One seed stops at four PCTs, where dropping one would shift both
    // mergers' picks at once.
    long mergers = shrunk.steps().stream().filter(s -> s.transition() instanceof Merge).count();
    long established = shrunk.steps().stream()
        .filter(s -> s.transition() instanceof io.github.commissioning.transition.Establish).count();
    assertEquals(2, mergers, shrunk::toString);
    assertEquals(shrunk.steps().size(), mergers + established, shrunk::toString);
    assertTrue(established <= 1, shrunk::toString);
    assertEquals(0, shrunk.start().open(OrganisationKind.GP_PRACTICE).size(), shrunk::toString);
    assertTrue(shrunk.start().open(OrganisationKind.PRIMARY_CARE_TRUST).size() + established <= 4,
        shrunk::toString);
    assertTrue(failure.shrinkSteps() > 0);
  }
}
