package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.ended;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static io.github.commissioning.model.transition.Engine.started;
import static io.github.commissioning.organisation.RelationshipType.ACCOUNTABLE_TO;
import static io.github.commissioning.organisation.RelationshipType.MEMBER_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.JoinConsortium;
import io.github.commissioning.transition.LeaveConsortium;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsortiumTest {
  private static final OdsCode GPC = OdsCode.of("GPC01");
  private static final Organisation CONSORTIUM = Organisation.of(GPC, "Tees Valley GPs",
      OrganisationKind.GP_CONSORTIUM, D);
  private static final List<OdsCode> FOUNDERS = STOCKTON_PRACTICES.subList(0, 3);
  private static final OdsCode JOINER = STOCKTON_PRACTICES.get(3);

  private static FormConsortium form() {
    return FormConsortium.of(CONSORTIUM, FOUNDERS,
        Relationship.of(ACCOUNTABLE_TO, GPC, STOCKTON, D));
  }

  private static Landscape formed() {
    return applyToSample(form()).after();
  }

  @Test
  void formingAConsortiumEstablishesItWithItsFoundingMembers() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, form());

    ImmutableList.Builder<Effect> expected = ImmutableList.<Effect>builder()
        .add(new Effect.Opened(GPC, OrganisationKind.GP_CONSORTIUM),
            started(ACCOUNTABLE_TO, GPC, STOCKTON, D));
    for (OdsCode practice : FOUNDERS) {
      expected.add(started(MEMBER_OF, practice, GPC, D),
          new Effect.MembershipChanged(practice, Optional.empty(), Optional.of(GPC)));
    }
    assertEquals(expected.build(), applied.effects());

    Landscape after = applied.after();
    assertEquals(ImmutableSet.copyOf(FOUNDERS), after.membersOf(GPC));
    assertEquals(ImmutableSet.of(STOCKTON), after.targetsOf(GPC, ACCOUNTABLE_TO));
    for (OdsCode practice : FOUNDERS) {
      assertEquals(Optional.of(STOCKTON), after.primaryCareOrganisationOf(practice),
          "a practice keeps its primary care trust");
      assertEquals(ImmutableSet.of(GPC, STOCKTON), after.targetsOf(practice, MEMBER_OF));
    }
    assertEquals(ImmutableSet.copyOf(STOCKTON_PRACTICES), after.membersOf(STOCKTON));
    assertEquals(sample.duties(), after.duties());
    assertEquals(sample.allocations(), after.allocations());
  }

  @Test
  void aPracticeJoinsAndLeaves() {
    Landscape formed = formed();
    LocalDate later = D.plusMonths(1);
    Applied joined = applyChecked(formed, new JoinConsortium(later, JOINER, GPC));
    assertEquals(ImmutableList.of(started(MEMBER_OF, JOINER, GPC, later),
        new Effect.MembershipChanged(JOINER, Optional.empty(), Optional.of(GPC))), joined.effects());
    assertEquals(4, joined.after().membersOf(GPC).size());

    LocalDate leaving = later.plusMonths(1);
    Applied left = applyChecked(joined.after(), new LeaveConsortium(leaving, JOINER, GPC));
    assertEquals(ImmutableList.of(ended(MEMBER_OF, JOINER, GPC, later, leaving),
        new Effect.MembershipChanged(JOINER, Optional.of(GPC), Optional.empty())), left.effects());
    assertEquals(ImmutableSet.copyOf(FOUNDERS), left.after().membersOf(GPC));
    assertEquals(Optional.of(STOCKTON), left.after().primaryCareOrganisationOf(JOINER));
  }

  @Test
  void refusesFormingWithACodeInUseOrAnUnknownPractice() {
    Organisation clash = Organisation.of(OdsCode.of("A81001"), "Clash",
        OrganisationKind.GP_CONSORTIUM, D);
    refusedOnSample(Invariant.CODE_DUPLICATE, "A81001", FormConsortium.of(clash, FOUNDERS));
    OdsCode unknown = OdsCode.of("A89999");
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, unknown,
        FormConsortium.of(CONSORTIUM, List.of(FOUNDERS.get(0), unknown)));
  }

  @Test
  void refusesMembersThatAreNotPractices() {
    refusedOnSample(Invariant.RELATIONSHIP_KIND, RVW, FormConsortium.of(CONSORTIUM, List.of(RVW)));
  }

  @Test
  void refusesAPracticeInTwoConsortia() {
    Landscape formed = formed();
    Organisation other = Organisation.of(OdsCode.of("GPC02"), "Other", OrganisationKind.GP_CONSORTIUM,
        D.plusDays(1));
    refused(formed, Invariant.RELATIONSHIP_MULTIPLE.name(), FOUNDERS.get(0),
        FormConsortium.of(other, List.of(FOUNDERS.get(0))));
  }

  @Test
  void refusesMalformedConsortiaWhenCreated() {
    Organisation pct = Engine.pct("5QX", "Not a consortium", D);
    assertRefused(Invariant.RELATIONSHIP_KIND, pct.code(), () -> FormConsortium.of(pct, FOUNDERS));
    assertRefused(Invariant.STATE_MISMATCH, "The practices forming GPC01",
        () -> FormConsortium.of(CONSORTIUM, List.of()));
    assertRefused(Invariant.DATE_OUTSIDE_LIFETIME, GPC, () -> new FormConsortium(D.plusDays(1),
        CONSORTIUM, ImmutableSet.copyOf(FOUNDERS), ImmutableSet.of()));
  }

  @Test
  void refusesJoiningABodyThatIsNotAConsortium() {
    refusedOnSample(Invariant.RELATIONSHIP_KIND, HARTLEPOOL, new JoinConsortium(D, JOINER, HARTLEPOOL));
  }

  @Test
  void refusesJoiningAnUnknownConsortiumOrLeavingOneItIsNotIn() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, GPC, new JoinConsortium(D, JOINER, GPC));
    Landscape formed = formed();
    refused(formed, Invariant.STATE_MISMATCH.name(), JOINER,
        new LeaveConsortium(D.plusDays(1), JOINER, GPC));
    refusedOnSample(Invariant.STATE_MISMATCH, FOUNDERS.get(0),
        new LeaveConsortium(D, FOUNDERS.get(0), GPC));
  }

  @Test
  void refusesAPracticeJoiningItselfAndEarlyDates() {
    assertRefused(Invariant.STATE_MISMATCH, JOINER, () -> new JoinConsortium(D, JOINER, JOINER));
    assertRefused(Invariant.STATE_MISMATCH, JOINER, () -> new LeaveConsortium(D, JOINER, JOINER));
    Landscape formed = formed();
    refused(formed, Invariant.TRANSITION_DATE.name(), D.minusDays(1),
        new JoinConsortium(D.minusDays(1), JOINER, GPC));
  }

  @Test
  void leavingTheLastMemberIsAllowed() {
    Landscape one = applyToSample(FormConsortium.of(CONSORTIUM, List.of(JOINER))).after();
    Applied left = applyChecked(one, new LeaveConsortium(D.plusDays(1), JOINER, GPC));
    assertTrue(left.after().membersOf(GPC).isEmpty());
    assertTrue(left.after().require(GPC).isOpenOn(D.plusDays(1)));
  }
}
