package io.github.commissioning.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks every kind of transition makes of its own arguments, with the rule each breaks. */
class TransitionChecksTest {
  private static final LocalDate D = LocalDate.of(2010, 10, 1);
  private static final OdsCode PCT = OdsCode.of("5E1");
  private static final OdsCode OTHER = OdsCode.of("5D9");
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final OdsCode SHA = OdsCode.of("Q30");
  private static final DutySelection ACUTE = DutySelection.of(CommissioningFunction.ACUTE_ELECTIVE);

  private static String refused(Executable executable) {
    ViolationException refused = assertThrows(ViolationException.class, executable);
    assertEquals(1, refused.violations().size());
    return refused.violations().get(0).toString();
  }

  @Test
  void aChangeBetweenTwoBodiesCannotNameOneTwice() {
    List<Executable> twice = List.of(
        () -> Close.of(D, PCT, PCT),
        () -> new Delegate(D, PCT, PCT, ACUTE),
        () -> new EndDelegation(D, PCT, PCT, ACUTE),
        () -> new EndRelationship(D, RelationshipType.PART_OF, PCT, PCT),
        () -> new JoinConsortium(D, PCT, PCT),
        () -> new LeaveConsortium(D, PCT, PCT),
        () -> MovePractice.of(D, PRACTICE, PCT, PCT),
        () -> new Recode(D, PCT, PCT),
        () -> new Succeed(D, PCT, PCT, Share.WHOLE),
        () -> TransferDuties.of(D, PCT, PCT, CommissioningFunction.ACUTE_ELECTIVE));
    for (Executable change : twice) {
      String violation = refused(change);
      assertTrue(violation.startsWith("STATE_MISMATCH: ") && violation.endsWith(" names 5E1 twice"),
          violation);
    }
  }

  @Test
  void moneyMovedWithAChangeIsNeverNegative() {
    Money debt = Money.ofPence(-1);
    assertEquals("MONEY_NEGATIVE: The money moving with practice A81001 must not be negative: " + debt,
        refused(() -> new MovePractice(D, PRACTICE, PCT, OTHER, debt)));
    assertEquals("MONEY_NEGATIVE: Running costs must not be negative: " + debt,
        refused(() -> new CutRunningCosts(D, PCT, FinancialYear.of(2010), debt)));
    assertEquals(Money.ofPence(5), new MovePractice(D, PRACTICE, PCT, OTHER, Money.ofPence(5)).money());
  }

  @Test
  void aNewBodyOpensOnTheDayWithRelationshipsFromTheDay() {
    Organisation late = Organisation.of(OdsCode.of("5QX"), "Tees", OrganisationKind.PRIMARY_CARE_TRUST,
        D.plusDays(1));
    assertEquals("DATE_OUTSIDE_LIFETIME: New body 5QX must open on the date of the change, 2010-10-01,"
        + " not 2010-10-02", refused(() -> new Establish(D, late, ImmutableSet.of())));
    Organisation tees = Organisation.of(OdsCode.of("5QX"), "Tees", OrganisationKind.PRIMARY_CARE_TRUST, D);
    Relationship elsewhere = Relationship.of(RelationshipType.PART_OF, PCT, SHA, D);
    assertEquals("STATE_MISMATCH: Relationship " + elsewhere + " does not involve the new body 5QX",
        refused(() -> new Establish(D, tees, ImmutableSet.of(elsewhere))));
    Relationship late2 = Relationship.of(RelationshipType.PART_OF, PCT, SHA, D.plusDays(1));
    assertEquals("NOT_IN_FORCE: Relationship " + late2 + " must start on the date of the change, 2010-10-01",
        refused(() -> new Relate(D, late2)));
  }

  @Test
  void onlyPracticesFormConsortiaOfTheRightKind() {
    Organisation consortium = Organisation.of(OdsCode.of("GPC01"), "GPs", OrganisationKind.GP_CONSORTIUM, D);
    assertEquals("STATE_MISMATCH: The practices forming GPC01 must not be empty",
        refused(() -> FormConsortium.of(consortium, List.of())));
    Organisation trust = Organisation.of(OdsCode.of("5QX"), "Tees", OrganisationKind.PRIMARY_CARE_TRUST, D);
    assertEquals("RELATIONSHIP_KIND: Practices cannot form a PRIMARY_CARE_TRUST; they form one of "
        + FormConsortium.KINDS, refused(() -> FormConsortium.of(trust, List.of(PRACTICE))));
    Organisation late = Organisation.of(OdsCode.of("GPC01"), "GPs", OrganisationKind.GP_CONSORTIUM,
        D.plusDays(1));
    assertEquals("DATE_OUTSIDE_LIFETIME", refused(() -> new FormConsortium(D, late,
        ImmutableSet.of(PRACTICE), ImmutableSet.of())).split(":")[0]);
    Relationship elsewhere = Relationship.of(RelationshipType.PART_OF, PCT, SHA, D);
    assertEquals("STATE_MISMATCH", refused(() -> FormConsortium.of(consortium, List.of(PRACTICE),
        elsewhere)).split(":")[0]);
  }

  @Test
  void aSplitPartThatIsNewHasThePartsCodeAndANameIsNeverBlank() {
    Organisation tees = Organisation.of(OdsCode.of("5QX"), "Tees", OrganisationKind.PRIMARY_CARE_TRUST, D);
    assertEquals("STATE_MISMATCH: The new successor 5QX must have the part's code 5QY",
        refused(() -> new SplitPart(OdsCode.of("5QY"), Optional.of(tees), ImmutableSet.of(), Share.WHOLE)));
    assertEquals("CODE_FORMAT: Renaming 5E1 needs a name that is not blank",
        refused(() -> new Rename(D, PCT, " ")));
  }

  @Test
  void partiesAndConsentsOfAMerger() {
    Merge absorption = Merge.into(D, PCT, OTHER);
    assertEquals(ImmutableSet.of(OTHER, PCT), absorption.parties());
    assertEquals(ImmutableSet.of(OTHER, PCT), absorption.withConsentOfAll().consents());
    Merge intoNew = Merge.intoNew(Organisation.of(OdsCode.of("5QX"), "Tees",
        OrganisationKind.PRIMARY_CARE_TRUST, D), PCT, OTHER);
    assertEquals(ImmutableSet.of(PCT, OTHER), intoNew.parties());
    assertEquals(ImmutableSet.of(PCT, OTHER), intoNew.withConsentOfAll().consents());
  }

  @Test
  void onlyAllocatingAddsMoney() {
    assertTrue(new Allocate(D, Allocation.of(PCT, FinancialYear.of(2010), Money.ofPounds(1))).addsMoney());
    assertFalse(new Rename(D, PCT, "x").addsMoney());
    assertFalse(Close.of(D, PCT, OTHER).addsMoney());
  }
}
