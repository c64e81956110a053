package io.github.commissioning.model.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.transition.Applied;
import org.junit.jupiter.api.Test;

/** The generators reach England's scale of 2010: 10 SHAs, 150 PCTs, about 8,000 practices. */
class EnglandSizedLandscapeTest {
  @Test
  void anEnglandSizedLandscapeBuildsAndChanges() {
    LandscapeDraft draft = Landscapes.ofShape(10, 15, 53).generate(Source.seeded(2010L));
    Landscape england = TestLandscapes.create(draft);
    assertEquals(10, england.open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY).size());
    assertEquals(150, england.open(OrganisationKind.PRIMARY_CARE_TRUST).size());
    assertEquals(7_950, england.open(OrganisationKind.GP_PRACTICE).size());
    assertEquals(7_950 * 8 + 150 * 7, england.duties().size());
    Applied changed = TransitionEngine.apply(england,
        Transitions.validFor(england).generate(Source.seeded(1L)));
    assertEquals(7_950, changed.after().open(OrganisationKind.GP_PRACTICE).size());
  }
}
