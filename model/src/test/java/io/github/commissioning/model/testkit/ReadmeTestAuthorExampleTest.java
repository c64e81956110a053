package io.github.commissioning.model.testkit;

import static io.github.commissioning.testkit.assertion.AppliedAssert.assertThat;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.assertion.LandscapeAssert;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Property;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.MovePractice;
import org.junit.jupiter.api.Test;

/** The README's example for test authors, kept compiling and passing. */
class ReadmeTestAuthorExampleTest {
  static Landscape build(LandscapeDraft draft) {
    return LandscapeSnapshot.copyOf(draft);
  }

  @Test
  void everyChangeKeepsTheLandscapeSoundAndConservesCash() {
    Gen<Applied> changes = Landscapes.pctEra(2, 4, 6).map(ReadmeTestAuthorExampleTest::build)
        .flatMap(landscape -> Transitions.validFor(landscape)
            .map(change -> TransitionEngine.apply(landscape, change)));

    Property.forAll(changes).withTries(200).check(applied -> {
      LandscapeAssert.assertThat(applied.after()).isSound(ReadmeTestAuthorExampleTest::build);
      if (!applied.transition().addsMoney()) {
        assertThat(applied).conservedCash();
      }
      if (applied.transition() instanceof MovePractice move) {
        assertThat(applied).movedMember(move.practice(), move.from(), move.to())
            .movedMoney(move.money(), move.from(), move.to());
        LandscapeAssert.assertThat(applied.after())
            .hasPrimaryCareOrganisation(move.practice(), move.to())
            .hasOpen(OrganisationKind.GP_PRACTICE,
                applied.before().open(OrganisationKind.GP_PRACTICE).size());
      }
    });
  }
}
