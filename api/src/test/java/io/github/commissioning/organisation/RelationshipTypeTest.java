package io.github.commissioning.organisation;

import static io.github.commissioning.organisation.OrganisationKind.CARE_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.CLINICAL_COMMISSIONING_GROUP;
import static io.github.commissioning.organisation.OrganisationKind.COMMISSIONING_SUPPORT_UNIT;
import static io.github.commissioning.organisation.OrganisationKind.GP_PRACTICE;
import static io.github.commissioning.organisation.OrganisationKind.HEALTH_AUTHORITY;
import static io.github.commissioning.organisation.OrganisationKind.NHS_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.PRIMARY_CARE_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.STRATEGIC_HEALTH_AUTHORITY;
import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.violation.Invariant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationshipTypeTest {

  @ParameterizedTest(name = "{1} {0} {2} allowed")
  @CsvSource({
      "MEMBER_OF, GP_PRACTICE, PRIMARY_CARE_TRUST",
      "MEMBER_OF, GP_PRACTICE, CLINICAL_COMMISSIONING_GROUP",
      "MEMBER_OF, GP_PRACTICE, PRIMARY_CARE_GROUP",
      "MEMBER_OF, GP_PRACTICE, CARE_TRUST",
      "MEMBER_OF, GP_PRACTICE, GP_CONSORTIUM",
      "MEMBER_OF, PRESCRIBING_COST_CENTRE, PRIMARY_CARE_TRUST",
      "PART_OF, PRIMARY_CARE_TRUST, STRATEGIC_HEALTH_AUTHORITY",
      "PART_OF, PRIMARY_CARE_TRUST, HEALTH_AUTHORITY",
      "PART_OF, STRATEGIC_HEALTH_AUTHORITY, DEPARTMENT_OF_HEALTH",
      "PART_OF, SUB_ICB_LOCATION, INTEGRATED_CARE_BOARD",
      "PART_OF, AREA_TEAM, REGIONAL_OFFICE",
      "ACCOUNTABLE_TO, CLINICAL_COMMISSIONING_GROUP, NATIONAL_BOARD",
      "ACCOUNTABLE_TO, NHS_TRUST, STRATEGIC_HEALTH_AUTHORITY",
      "COMMISSIONED_BY, NHS_TRUST, PRIMARY_CARE_TRUST",
      "COMMISSIONED_BY, FOUNDATION_TRUST, CLINICAL_COMMISSIONING_GROUP",
      "COMMISSIONED_BY, GP_PRACTICE, PRIMARY_CARE_TRUST",
      "HOSTED_BY, CLINICAL_COMMISSIONING_GROUP, COMMISSIONING_SUPPORT_UNIT",
  })
  void allows(RelationshipType type, OrganisationKind from, OrganisationKind to) {
    assertTrue(type.allows(from, to));
    assertDoesNotThrow(() -> type.check(from, to));
  }

  @ParameterizedTest(name = "{1} {0} {2} refused")
  @CsvSource({
      "PART_OF, GP_PRACTICE, STRATEGIC_HEALTH_AUTHORITY",
      "PART_OF, STRATEGIC_HEALTH_AUTHORITY, PRIMARY_CARE_TRUST",
      "PART_OF, GP_PRACTICE, PRIMARY_CARE_TRUST",
      "MEMBER_OF, PRIMARY_CARE_TRUST, STRATEGIC_HEALTH_AUTHORITY",
      "MEMBER_OF, GP_PRACTICE, STRATEGIC_HEALTH_AUTHORITY",
      "MEMBER_OF, GP_PRACTICE, GP_PRACTICE",
      "MEMBER_OF, NHS_TRUST, PRIMARY_CARE_TRUST",
      "ACCOUNTABLE_TO, STRATEGIC_HEALTH_AUTHORITY, PRIMARY_CARE_TRUST",
      "COMMISSIONED_BY, PRIMARY_CARE_TRUST, NHS_TRUST",
      "COMMISSIONED_BY, NHS_TRUST, FOUNDATION_TRUST",
      "COMMISSIONED_BY, CARE_TRUST, CARE_TRUST",
      "HOSTED_BY, COMMISSIONING_SUPPORT_UNIT, CLINICAL_COMMISSIONING_GROUP",
  })
  void refuses(RelationshipType type, OrganisationKind from, OrganisationKind to) {
    assertFalse(type.allows(from, to));
    assertViolation(() -> type.check(from, to), Invariant.RELATIONSHIP_KIND,
        "A " + from.name() + " cannot be " + type.name() + " a " + to.name(),
        type.name(), from.name(), to.name());
  }

  @Test
  void checkMessageForPracticePartOfStrategicHealthAuthority() {
    assertViolation(() -> RelationshipType.PART_OF.check(GP_PRACTICE, STRATEGIC_HEALTH_AUTHORITY),
        Invariant.RELATIONSHIP_KIND,
        "A GP_PRACTICE cannot be PART_OF a STRATEGIC_HEALTH_AUTHORITY",
        "PART_OF", "GP_PRACTICE", "STRATEGIC_HEALTH_AUTHORITY");
  }

  @Test
  void checkMessageForStrategicHealthAuthorityPartOfPrimaryCareTrust() {
    assertViolation(() -> RelationshipType.PART_OF.check(STRATEGIC_HEALTH_AUTHORITY,
            PRIMARY_CARE_TRUST),
        Invariant.RELATIONSHIP_KIND,
        "A STRATEGIC_HEALTH_AUTHORITY cannot be PART_OF a PRIMARY_CARE_TRUST",
        "PART_OF", "STRATEGIC_HEALTH_AUTHORITY", "PRIMARY_CARE_TRUST");
  }

  @Test
  void noTypeJoinsAKindToItself() {
    for (RelationshipType type : RelationshipType.values()) {
      for (OrganisationKind kind : OrganisationKind.values()) {
        assertFalse(type.allows(kind, kind), type + " " + kind);
      }
    }
  }

  @Test
  void commissionedByNeedsAProviderAndACommissioner() {
    for (OrganisationKind from : OrganisationKind.values()) {
      for (OrganisationKind to : OrganisationKind.values()) {
        if (RelationshipType.COMMISSIONED_BY.allows(from, to)) {
          assertTrue(from.can(Capacity.PROVIDE_SERVICES), from.name());
          assertTrue(to.can(Capacity.HOLD_DUTIES) || to.can(Capacity.TAKE_DELEGATION), to.name());
        }
      }
    }
  }

  @Test
  void memberOfTargetsHavePracticeMembersOrCommissionForPractices() {
    assertEquals(EnumSet.of(OrganisationKind.PRIMARY_CARE_GROUP, PRIMARY_CARE_TRUST, CARE_TRUST,
            CLINICAL_COMMISSIONING_GROUP, OrganisationKind.COMMISSIONING_HUB,
            OrganisationKind.SUB_ICB_LOCATION, OrganisationKind.WELSH_LOCAL_HEALTH_BOARD,
            OrganisationKind.STRATEGIC_COMMISSIONING_BODY, OrganisationKind.PRACTICE_BASED_COMMISSIONER,
            OrganisationKind.PRACTICE_FEDERATION, OrganisationKind.GP_CONSORTIUM),
        RelationshipType.MEMBER_OF.allowedTargets(GP_PRACTICE));
  }

  @Test
  void allowedTargets() {
    assertEquals(Set.of(HEALTH_AUTHORITY, STRATEGIC_HEALTH_AUTHORITY),
        RelationshipType.PART_OF.allowedTargets(PRIMARY_CARE_TRUST));
    assertEquals(Set.of(), RelationshipType.PART_OF.allowedTargets(GP_PRACTICE));
    assertEquals(Set.of(), RelationshipType.MEMBER_OF.allowedTargets(PRIMARY_CARE_TRUST));
    assertTrue(RelationshipType.HOSTED_BY.allowedTargets(CLINICAL_COMMISSIONING_GROUP)
        .contains(COMMISSIONING_SUPPORT_UNIT));
    assertTrue(RelationshipType.COMMISSIONED_BY.allowedTargets(NHS_TRUST)
        .contains(PRIMARY_CARE_TRUST));
  }

  @Test
  void allowedTargetsAgreesWithAllows() {
    for (RelationshipType type : RelationshipType.values()) {
      for (OrganisationKind from : OrganisationKind.values()) {
        Set<OrganisationKind> targets = type.allowedTargets(from);
        for (OrganisationKind to : OrganisationKind.values()) {
          assertEquals(type.allows(from, to), targets.contains(to), type + " " + from + " " + to);
        }
      }
    }
  }

  @Test
  void allowedTargetsIsImmutable() {
    Set<OrganisationKind> targets = RelationshipType.PART_OF.allowedTargets(PRIMARY_CARE_TRUST);
    assertThrows(UnsupportedOperationException.class, () -> targets.add(GP_PRACTICE));
  }

  @Test
  void singleParent() {
    assertTrue(RelationshipType.PART_OF.singleParent());
    assertTrue(RelationshipType.ACCOUNTABLE_TO.singleParent());
    assertFalse(RelationshipType.MEMBER_OF.singleParent());
    assertFalse(RelationshipType.COMMISSIONED_BY.singleParent());
    assertFalse(RelationshipType.HOSTED_BY.singleParent());
  }

  @Test
  void nullKindsAreRejected() {
    assertThrows(NullPointerException.class,
        () -> RelationshipType.PART_OF.allows(null, PRIMARY_CARE_TRUST));
    assertThrows(NullPointerException.class,
        () -> RelationshipType.PART_OF.allows(PRIMARY_CARE_TRUST, null));
    assertThrows(NullPointerException.class,
        () -> RelationshipType.PART_OF.check(null, PRIMARY_CARE_TRUST));
    assertThrows(NullPointerException.class,
        () -> RelationshipType.PART_OF.allowedTargets(null));
  }
}
