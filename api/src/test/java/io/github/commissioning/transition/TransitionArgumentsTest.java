package io.github.commissioning.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Population;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks a merger, a split and a refused step make of their own arguments. */
class TransitionArgumentsTest {
  private static final LocalDate D = LocalDate.of(2010, 10, 1);
  private static final OdsCode HARTLEPOOL = OdsCode.of("5D9");
  private static final OdsCode STOCKTON = OdsCode.of("5E1");
  private static final OdsCode TEES_CODE = OdsCode.of("5QX");
  private static final Organisation TEES = Organisation.of(TEES_CODE, "Tees",
      OrganisationKind.PRIMARY_CARE_TRUST, D);
  private static final OdsCode SHA = OdsCode.of("Q30");

  /** The one violation, as "RULE: message". */
  private static String refused(Executable executable) {
    ViolationException refused = assertThrows(ViolationException.class, executable);
    assertEquals(1, refused.violations().size());
    return refused.violations().get(0).toString();
  }

  private static Merge merge(Optional<Organisation> established, OdsCode into,
      ImmutableSet<Relationship> relationships, ImmutableSet<OdsCode> consents, OdsCode... merging) {
    return new Merge(D, ImmutableSet.copyOf(merging), into, established, relationships, consents);
  }

  @Test
  void aMergerNeedsEnoughBodiesAndCannotMergeIntoOneOfThem() {
    assertEquals("SUCCESSION: A merger into a new body needs at least two merging bodies, not [5D9]",
        refused(() -> Merge.intoNew(TEES, HARTLEPOOL)));
    assertEquals("SUCCESSION: A merger into 5E1 needs at least one body to absorb, not []",
        refused(() -> Merge.into(D, STOCKTON)));
    assertEquals("SUCCESSION: Body 5E1 cannot both merge and be the body merged into",
        refused(() -> Merge.into(D, STOCKTON, STOCKTON, HARTLEPOOL)));
    assertEquals(ImmutableSet.of(HARTLEPOOL), Merge.into(D, STOCKTON, HARTLEPOOL).merging());
  }

  @Test
  void aNewBodyHasTheMergedCodeAndOpensOnTheDay() {
    assertEquals("STATE_MISMATCH: The new body 5QX must have the merged code 5QY",
        refused(() -> merge(Optional.of(TEES), OdsCode.of("5QY"), ImmutableSet.of(), ImmutableSet.of(),
            HARTLEPOOL, STOCKTON)));
    assertEquals("DATE_OUTSIDE_LIFETIME: New body 5QX must open on the date of the change, 2010-10-02,"
        + " not 2010-10-01", refused(() -> new Merge(D.plusDays(1), ImmutableSet.of(HARTLEPOOL, STOCKTON),
            TEES_CODE, Optional.of(TEES), ImmutableSet.of(), ImmutableSet.of())));
    Organisation closing = Organisation.of(TEES_CODE, "Tees", OrganisationKind.PRIMARY_CARE_TRUST,
        Period.of(D, D.plusYears(1)));
    assertEquals("DATE_OUTSIDE_LIFETIME: New body 5QX must not already have a closing date",
        refused(() -> Merge.intoNew(closing, HARTLEPOOL, STOCKTON)));
  }

  @Test
  void aMergersRelationshipsInvolveTheNewBodyFromTheDay() {
    Relationship unrelated = Relationship.of(RelationshipType.PART_OF, HARTLEPOOL, SHA, D);
    assertEquals("STATE_MISMATCH: Relationship " + unrelated + " does not involve the new body 5QX",
        refused(() -> merge(Optional.of(TEES), TEES_CODE, ImmutableSet.of(unrelated), ImmutableSet.of(),
            HARTLEPOOL, STOCKTON)));
    Relationship late = Relationship.of(RelationshipType.PART_OF, TEES_CODE, SHA, D.plusDays(1));
    assertEquals("NOT_IN_FORCE: Relationship " + late + " must start on the date of the change, 2010-10-01",
        refused(() -> merge(Optional.of(TEES), TEES_CODE, ImmutableSet.of(late), ImmutableSet.of(),
            HARTLEPOOL, STOCKTON)));
    Relationship ending = new Relationship(RelationshipType.PART_OF, TEES_CODE, SHA, Period.of(D, D.plusDays(9)));
    assertEquals("NOT_IN_FORCE: Relationship " + ending + " must start on the date of the change,"
        + " 2010-10-01", refused(() -> merge(Optional.of(TEES), TEES_CODE, ImmutableSet.of(ending),
            ImmutableSet.of(), HARTLEPOOL, STOCKTON)));
    Relationship up = Relationship.of(RelationshipType.PART_OF, TEES_CODE, SHA, D);
    Relationship down = Relationship.of(RelationshipType.ACCOUNTABLE_TO, SHA, TEES_CODE, D);
    assertEquals(ImmutableSet.of(up, down), merge(Optional.of(TEES), TEES_CODE, ImmutableSet.of(up, down),
        ImmutableSet.of(), HARTLEPOOL, STOCKTON).relationships());
    assertEquals("STATE_MISMATCH: Absorption into existing body 5E1 cannot add relationships; use Relate",
        refused(() -> merge(Optional.empty(), STOCKTON, ImmutableSet.of(up), ImmutableSet.of(), HARTLEPOOL)));
  }

  @Test
  void consentIsRecordedOnlyForPartiesToTheMerger() {
    assertEquals("STATE_MISMATCH: Consent of Q30 is recorded, but it takes no part in the merger into 5E1",
        refused(() -> Merge.into(D, STOCKTON, HARTLEPOOL).withConsentOf(SHA)));
    Merge agreed = Merge.into(D, STOCKTON, HARTLEPOOL).withConsentOf(STOCKTON).withConsentOf(HARTLEPOOL);
    assertEquals(ImmutableSet.of(STOCKTON, HARTLEPOOL), agreed.consents());
  }

  @Test
  void aSplitNeedsTwoDistinctSuccessorsDistinctPopulationsAndWholeShares() {
    SplitPart half = SplitPart.to(HARTLEPOOL, Share.of(1, 2));
    assertEquals("SUCCESSION: Splitting 5E1 needs at least two successors, not 1",
        refused(() -> Split.of(D, STOCKTON, SplitPart.to(HARTLEPOOL, Share.WHOLE))));
    assertEquals("SUCCESSION: Splitting 5E1 names successor 5D9 twice or as itself",
        refused(() -> Split.of(D, STOCKTON, half, half)));
    assertEquals("SUCCESSION: Splitting 5E1 names successor 5E1 twice or as itself",
        refused(() -> Split.of(D, STOCKTON, half, SplitPart.to(STOCKTON, Share.of(1, 2)))));
    Population list = Population.registeredListOf(OdsCode.of("A81001"));
    assertEquals("SUCCESSION: Splitting 5E1 gives the " + list + " to more than one successor",
        refused(() -> Split.of(D, STOCKTON, SplitPart.to(HARTLEPOOL, Share.of(1, 2), list),
            SplitPart.to(TEES_CODE, Share.of(1, 2), list))));
    assertEquals("SHARES_NOT_WHOLE: Splitting 5E1: the shares [1/2, 1/3] must add up to exactly one",
        refused(() -> Split.of(D, STOCKTON, half, SplitPart.to(TEES_CODE, Share.of(1, 3)))));
    assertEquals("DATE_OUTSIDE_LIFETIME: New body 5QX must open on the date of the change, 2010-10-02,"
        + " not 2010-10-01", refused(() -> Split.of(D.plusDays(1), STOCKTON, half,
            SplitPart.toNew(TEES, Share.of(1, 2)))));
    Split split = Split.of(D, STOCKTON, half, SplitPart.toNew(TEES, Share.of(1, 2), list));
    assertEquals(List.of(HARTLEPOOL, TEES_CODE), split.parts().stream().map(SplitPart::successor).toList());
    assertEquals(Optional.of(TEES), split.parts().get(1).established());
    assertEquals(ImmutableSet.of(list), split.parts().get(1).populations());
  }

  @Test
  void aRefusedStepNamesTheReorganisationTheStepAndItsNumber() {
    Transition step = Merge.into(D, STOCKTON, HARTLEPOOL);
    ViolationException cause = ViolationException.of(Invariant.REFERENCE_UNKNOWN, "5D9 is unknown",
        HARTLEPOOL);
    StepRefusedException refused = new StepRefusedException("Tees", 3, step, cause);
    assertEquals("Tees", refused.reorganisation());
    assertEquals(3, refused.stepNumber());
    assertEquals(step.toString(), refused.step());
    assertSame(cause, refused.getCause());
    assertEquals(cause.violations(), refused.violations());
    assertTrue(refused.broke("REFERENCE_UNKNOWN"));
    assertFalse(refused.broke("SUCCESSION"));
    assertEquals("Step 3 of 'Tees' (" + step + ") was refused, so none of it applies: "
        + cause.getMessage(), refused.getMessage());
  }
}
