package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_PRACTICES;
import static io.github.commissioning.model.transition.Engine.Q30;
import static io.github.commissioning.model.transition.Engine.Q36;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.RYJ;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.TEES_OPENED;
import static io.github.commissioning.model.transition.Engine.UNKNOWN_PCT;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.ended;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static io.github.commissioning.organisation.RelationshipType.ACCOUNTABLE_TO;
import static io.github.commissioning.organisation.RelationshipType.COMMISSIONED_BY;
import static io.github.commissioning.organisation.RelationshipType.MEMBER_OF;
import static io.github.commissioning.organisation.RelationshipType.PART_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.policy.Policies;
import io.github.commissioning.model.policy.ReformRule;
import io.github.commissioning.policy.Policy;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.EndRelationship;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyAndRelationshipTest {
  private static final Policy TARIFFS = Policy.of("tariffs only", ReformRule.PRICES_WITHIN_TARIFF);

  // ---- ChangePolicy ----------------------------------------------------------------------------

  @Test
  void changingThePolicyPutsItsRulesInForce() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, new ChangePolicy(D, TARIFFS));

    assertEquals(ImmutableList.of(new Effect.PolicyChanged("none", "tariffs only")), applied.effects());
    Landscape after = applied.after();
    assertEquals(TARIFFS, after.policy());
    assertEquals(sample.organisations(), after.organisations());
    assertEquals(sample.duties(), after.duties());

    Contract aboveTariff = Contract.builder().commissioner(HARTLEPOOL).provider(RVW)
        .service(CommissioningFunction.ACUTE_ELECTIVE).year(YEAR).price(pence(101))
        .tariff(pence(100)).build();
    refused(after, ReformRule.PRICES_WITHIN_TARIFF.name(), HARTLEPOOL,
        new SignContract(D.plusDays(1), aboveTariff));
    Applied back = applyChecked(after, new ChangePolicy(D.plusDays(1), Policy.NONE));
    assertEquals(ImmutableList.of(new Effect.PolicyChanged("tariffs only", "none")), back.effects());
    applyChecked(back.after(), new SignContract(D.plusDays(2), aboveTariff));
  }

  @Test
  void refusesAPolicyTheLandscapeBreaksAndAnEarlyDate() {
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-05-31",
        new ChangePolicy(LocalDate.of(2010, 5, 31), TARIFFS));
    Landscape sample = sample();
    assertRefused(ReformRule.PCTS_KEEP_RESIDUAL_ROLE.name(), STOCKTON,
        () -> TransitionEngine.apply(sample, new ChangePolicy(D, Policies.WHITE_PAPER_2010)));
    Engine.assertSampleUnchanged(sample);
  }

  // ---- Relate ----------------------------------------------------------------------------------

  @Test
  void relatingStartsARelationship() {
    Relationship commissioned = Relationship.of(COMMISSIONED_BY, RVW, HARTLEPOOL, D);
    Applied applied = applyToSample(Relate.of(commissioned));

    assertEquals(ImmutableList.of(new Effect.RelationshipStarted(commissioned)), applied.effects());
    assertEquals(ImmutableSet.of(RVW), applied.after().sourcesOf(HARTLEPOOL, COMMISSIONED_BY));
    assertEquals(sample().relationships().size() + 1, applied.after().relationships().size());
  }

  @Test
  void refusesRelatingUnknownOrClosedBodies() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT,
        Relate.of(Relationship.of(COMMISSIONED_BY, RVW, UNKNOWN_PCT, D)));
    Landscape closed = applyToSample(Close.of(D, HARTLEPOOL, STOCKTON)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL,
        Relate.of(Relationship.of(COMMISSIONED_BY, RVW, HARTLEPOOL, D.plusDays(1))));
  }

  @Test
  void refusesRelationshipsTheKindsDoNotAllowOrASecondParent() {
    refusedOnSample(Invariant.RELATIONSHIP_KIND, HARTLEPOOL,
        Relate.of(Relationship.of(COMMISSIONED_BY, HARTLEPOOL, RVW, D)));
    refusedOnSample(Invariant.RELATIONSHIP_MULTIPLE, HARTLEPOOL,
        Relate.of(Relationship.of(PART_OF, HARTLEPOOL, Q36, D)));
    refusedOnSample(Invariant.RELATIONSHIP_MULTIPLE, HARTLEPOOL_PRACTICES.get(0),
        Relate.of(Relationship.of(MEMBER_OF, HARTLEPOOL_PRACTICES.get(0), STOCKTON, D)));
  }

  @Test
  void refusesARelationshipNotStartingOnTheDateOfTheChange() {
    assertRefused(Invariant.NOT_IN_FORCE, RVW, () -> new Relate(D,
        Relationship.of(COMMISSIONED_BY, RVW, HARTLEPOOL, D.minusDays(1))));
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-05-01",
        Relate.of(Relationship.of(COMMISSIONED_BY, RVW, HARTLEPOOL, LocalDate.of(2010, 5, 1))));
  }

  // ---- EndRelationship -------------------------------------------------------------------------

  @Test
  void endingARelationshipRecordsItsLastDay() {
    Applied applied = applyToSample(new EndRelationship(D, ACCOUNTABLE_TO, RYJ, Q36));

    assertEquals(ImmutableList.of(ended(ACCOUNTABLE_TO, RYJ, Q36, LocalDate.of(2007, 10, 1), D)),
        applied.effects());
    assertTrue(applied.after().targetsOf(RYJ, ACCOUNTABLE_TO).isEmpty());
    assertEquals(sample().relationships().size() - 1, applied.after().relationships().size());
  }

  @Test
  void refusesEndingARelationshipNotInForce() {
    refusedOnSample(Invariant.STATE_MISMATCH, RVW, new EndRelationship(D, ACCOUNTABLE_TO, RVW, Q30));
    refusedOnSample(Invariant.STATE_MISMATCH, HARTLEPOOL,
        new EndRelationship(D, PART_OF, HARTLEPOOL, Q36));
  }

  @Test
  void refusesEndingAPracticesOnlyMembership() {
    refusedOnSample(Invariant.PRACTICE_UNATTACHED, HARTLEPOOL_PRACTICES.get(0),
        new EndRelationship(D, MEMBER_OF, HARTLEPOOL_PRACTICES.get(0), HARTLEPOOL));
  }

  @Test
  void refusesEndingARelationshipOfABodyWithItselfAndEarlyDates() {
    assertRefused(Invariant.STATE_MISMATCH, Q30, () -> new EndRelationship(D, PART_OF, Q30, Q30));
    refusedOnSample(Invariant.TRANSITION_DATE, TEES_OPENED,
        new EndRelationship(TEES_OPENED, ACCOUNTABLE_TO, RYJ, Q36));
  }
}
