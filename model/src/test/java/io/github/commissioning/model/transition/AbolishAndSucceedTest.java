package io.github.commissioning.model.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.transition.Abolish;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.Succeed;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.testkit.assertion.ViolationAssertions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbolishAndSucceedTest {
  private static final LocalDate D = LocalDate.of(2010, 10, 1);
  private final Landscape sample = TestLandscapes.englandLike();

  @Test
  void aBodyThatHoldsNothingIsAbolishedAndItsOwnRelationshipsEnd() {
    OdsCode trust = OdsCode.of("RXX");
    Landscape withTrust = TransitionEngine.apply(sample, Establish.of(Organisation.of(trust,
        "New trust", OrganisationKind.NHS_TRUST, D), Relationship.of(RelationshipType.ACCOUNTABLE_TO,
        trust, SampleLandscapes.NORTH_EAST, D))).after();
    Applied abolished = TransitionEngine.apply(withTrust, new Abolish(D.plusDays(1), trust));
    assertFalse(abolished.after().require(trust).isOpenOn(D.plusDays(1)));
    assertEquals(List.of(new Effect.Closed(trust, OrganisationKind.NHS_TRUST)),
        abolished.effects(Effect.Closed.class));
    assertEquals(1, abolished.effects(Effect.RelationshipEnded.class).size());
    assertTrue(abolished.after().targetsOf(trust, RelationshipType.ACCOUNTABLE_TO).isEmpty());
  }

  @Test
  void aBodyThatStillHoldsThingsIsRefusedNamingWhat() {
    var refused = ViolationAssertions.assertRefused(Invariant.SUCCESSION, SampleLandscapes.STOCKTON,
        () -> TransitionEngine.apply(sample, new Abolish(D, SampleLandscapes.STOCKTON)));
    assertEquals(ImmutableSet.of("duties", "members or dependent bodies", "budgets", "contracts"),
        refused.violations().stream().map(v -> v.subjects().get(1))
            .collect(ImmutableSet.toImmutableSet()));
    assertEquals(TestLandscapes.englandLike(), sample);
  }

  @Test
  void aSuccessionIsRecordedWithoutMovingAnything() {
    Applied recorded = TransitionEngine.apply(sample, new Succeed(D, SampleLandscapes.HARTLEPOOL,
        SampleLandscapes.STOCKTON, Share.of(1, 2)));
    assertEquals(List.of(new Effect.Succeeded(SampleLandscapes.HARTLEPOOL, SampleLandscapes.STOCKTON,
        Share.of(1, 2), false)), recorded.effects());
    assertEquals(sample.duties(), recorded.after().duties());
  }

  @Test
  void aSuccessionNamingAnUnknownBodyIsRefused() {
    ViolationAssertions.assertRefused(Invariant.REFERENCE_UNKNOWN, "5ZZ",
        () -> TransitionEngine.apply(sample, new Succeed(D, OdsCode.of("5ZZ"),
            SampleLandscapes.STOCKTON, Share.WHOLE)));
  }
}
