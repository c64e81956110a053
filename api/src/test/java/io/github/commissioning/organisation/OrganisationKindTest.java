package io.github.commissioning.organisation;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.violation.Invariant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OrganisationKindTest {

  @ParameterizedTest(name = "{0} accepts {1}")
  @CsvSource({
      "STRATEGIC_HEALTH_AUTHORITY, Q30",
      "STRATEGIC_HEALTH_AUTHORITY, Q39",
      "STRATEGIC_HEALTH_AUTHORITY, Q01",
      "PRIMARY_CARE_TRUST, 5QG",
      "PRIMARY_CARE_TRUST, 5E1",
      "CARE_TRUST, TAP",
      "GP_PRACTICE, A81001",
      "CLINICAL_COMMISSIONING_GROUP, 00C",
      "CLINICAL_COMMISSIONING_GROUP, X2C4Y",
      "CLINICAL_COMMISSIONING_GROUP, W2U3Z",
      "INTEGRATED_CARE_BOARD, QHM",
      "PRIMARY_CARE_GROUP, 4QP36",
      "HEALTH_AUTHORITY, QA2",
      "SUB_ICB_LOCATION, 00L",
      "SUB_ICB_LOCATION, X2C4Y",
      "LOCAL_AUTHORITY, E08000021",
      "LOCAL_AUTHORITY, 102",
      "NATIONAL_BOARD, X24",
      "WELSH_LOCAL_HEALTH_BOARD, 7A1",
      "WELSH_LOCAL_HEALTH_BOARD, 6A8",
      "NHS_TRUST, RR8",
      "PRESCRIBING_COST_CENTRE, Y02625",
      "COMMISSIONING_HUB, 13W",
      "COMMISSIONING_SUPPORT_UNIT, 0AR",
      "PRACTICE_BASED_COMMISSIONER, ABC",
      "PRACTICE_BASED_COMMISSIONER, ABC123",
  })
  void acceptsRealCodes(OrganisationKind kind, String value) {
    OdsCode code = OdsCode.of(value);
    assertTrue(kind.accepts(code));
    assertSame(code, kind.check(code));
  }

  @Test
  void checkRejectsSha30AsPrimaryCareTrust() {
    assertViolation(() -> OrganisationKind.PRIMARY_CARE_TRUST.check(OdsCode.of("Q30")),
        Invariant.CODE_FORMAT,
        "ODS code 'Q30' is not a code of a PRIMARY_CARE_TRUST: expected the form 5[A-Z0-9]{2}, "
            + "such as 5QG",
        "Q30", "PRIMARY_CARE_TRUST");
  }

  @Test
  void checkRejectsFiveDigitPractice() {
    assertViolation(() -> OrganisationKind.GP_PRACTICE.check(OdsCode.of("A8100")),
        Invariant.CODE_FORMAT,
        "ODS code 'A8100' is not a code of a GP_PRACTICE: expected the form [A-Z][0-9]{5}, "
            + "such as A81001",
        "A8100", "GP_PRACTICE");
  }

  @Test
  void checkRejectsLettersInStrategicHealthAuthority() {
    assertViolation(() -> OrganisationKind.STRATEGIC_HEALTH_AUTHORITY.check(OdsCode.of("QAB")),
        Invariant.CODE_FORMAT,
        "ODS code 'QAB' is not a code of a STRATEGIC_HEALTH_AUTHORITY: expected the form "
            + "Q[0-9]{2}, such as Q30",
        "QAB", "STRATEGIC_HEALTH_AUTHORITY");
  }

  @Test
  void checkRejectsPracticeCodeAsClinicalCommissioningGroup() {
    assertViolation(
        () -> OrganisationKind.CLINICAL_COMMISSIONING_GROUP.check(OdsCode.of("A81001")),
        Invariant.CODE_FORMAT,
        "ODS code 'A81001' is not a code of a CLINICAL_COMMISSIONING_GROUP: expected the form "
            + "[0-9]{2}[A-Z]|[A-Z][0-9][A-Z][0-9][A-Z], such as 00C",
        "A81001", "CLINICAL_COMMISSIONING_GROUP");
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @CsvSource({
      "PRIMARY_CARE_TRUST, Q30",
      "PRIMARY_CARE_TRUST, 5QGA",
      "PRIMARY_CARE_TRUST, 5Q",
      "PRIMARY_CARE_TRUST, TAP",
      "GP_PRACTICE, A8100",
      "GP_PRACTICE, A810011",
      "GP_PRACTICE, 181001",
      "GP_PRACTICE, AA1001",
      "STRATEGIC_HEALTH_AUTHORITY, QAB",
      "STRATEGIC_HEALTH_AUTHORITY, Q3",
      "STRATEGIC_HEALTH_AUTHORITY, Q300",
      "STRATEGIC_HEALTH_AUTHORITY, 5QG",
      "CARE_TRUST, 5QG",
      "CLINICAL_COMMISSIONING_GROUP, 0C0",
      "CLINICAL_COMMISSIONING_GROUP, 00CC",
      "CLINICAL_COMMISSIONING_GROUP, 00C4Y",
      "CLINICAL_COMMISSIONING_GROUP, X2C4",
      "CLINICAL_COMMISSIONING_GROUP, X2C45",
      "INTEGRATED_CARE_BOARD, 5QG",
      "PRIMARY_CARE_GROUP, 4QP3",
      "PRIMARY_CARE_GROUP, 4Q036",
      "PRIMARY_CARE_GROUP, Q4P36",
      "NATIONAL_BOARD, XA4",
      "WELSH_LOCAL_HEALTH_BOARD, 8A1",
      "LOCAL_AUTHORITY, E0800002",
      "PRACTICE_BASED_COMMISSIONER, AB",
      "PRACTICE_BASED_COMMISSIONER, ABCDEFG",
      "DEPARTMENT_OF_HEALTH, X2",
      "DEPARTMENT_OF_HEALTH, X2600A",
  })
  void checkRefusesCodesOfTheWrongForm(OrganisationKind kind, String value) {
    OdsCode code = OdsCode.of(value);
    assertFalse(kind.accepts(code));
    assertViolation(() -> kind.check(code), Invariant.CODE_FORMAT,
        "ODS code '" + value + "' is not a code of a " + kind.name() + ": expected the form "
            + kind.codeForm() + ", such as " + kind.exampleCode().value(),
        value, kind.name());
  }

  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void everyExampleCodeFitsItsOwnKind(OrganisationKind kind) {
    assertTrue(kind.accepts(kind.exampleCode()), kind + " " + kind.exampleCode());
    assertSame(kind.exampleCode(), kind.check(kind.exampleCode()));
  }

  @Test
  void everyExampleCodeFitsItsOwnKindLoop() {
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertTrue(kind.accepts(kind.exampleCode()), kind + " " + kind.exampleCode());
    }
  }

  @Test
  void exampleCodes() {
    assertEquals(OdsCode.of("5QG"), OrganisationKind.PRIMARY_CARE_TRUST.exampleCode());
    assertEquals(OdsCode.of("Q30"), OrganisationKind.STRATEGIC_HEALTH_AUTHORITY.exampleCode());
    assertEquals(OdsCode.of("A81001"), OrganisationKind.GP_PRACTICE.exampleCode());
    assertEquals(OdsCode.of("00C"), OrganisationKind.CLINICAL_COMMISSIONING_GROUP.exampleCode());
  }

  @Test
  void codeForm() {
    assertEquals("5[A-Z0-9]{2}", OrganisationKind.PRIMARY_CARE_TRUST.codeForm());
    assertEquals("Q[0-9]{2}", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY.codeForm());
    assertEquals("[A-Z][0-9]{5}", OrganisationKind.GP_PRACTICE.codeForm());
  }

  @Test
  void acceptsAndCheckRejectNull() {
    assertThrows(NullPointerException.class, () -> OrganisationKind.GP_PRACTICE.accepts(null));
    assertThrows(NullPointerException.class, () -> OrganisationKind.GP_PRACTICE.check(null));
  }

  @Test
  void ofRoleCode() {
    assertEquals(Optional.of(OrganisationKind.CLINICAL_COMMISSIONING_GROUP),
        OrganisationKind.ofRoleCode("RO98"));
    assertEquals(Optional.of(OrganisationKind.PRIMARY_CARE_TRUST),
        OrganisationKind.ofRoleCode("RO179"));
    assertEquals(Optional.of(OrganisationKind.GP_PRACTICE), OrganisationKind.ofRoleCode("RO76"));
    assertEquals(Optional.of(OrganisationKind.INTEGRATED_CARE_BOARD),
        OrganisationKind.ofRoleCode("RO318"));
  }

  @Test
  void ofRoleCodeIsEmptyForUnknownCodes() {
    assertEquals(Optional.empty(), OrganisationKind.ofRoleCode("RO999"));
    assertEquals(Optional.empty(), OrganisationKind.ofRoleCode("ro98"));
    assertEquals(Optional.empty(), OrganisationKind.ofRoleCode(" RO98"));
    assertEquals(Optional.empty(), OrganisationKind.ofRoleCode(""));
  }

  @Test
  void ofRoleCodeRejectsNull() {
    assertThrows(NullPointerException.class, () -> OrganisationKind.ofRoleCode(null));
  }

  @Test
  void roleCodes() {
    assertEquals(Optional.of("RO179"), OrganisationKind.PRIMARY_CARE_TRUST.roleCode());
    assertEquals(Optional.of("RO98"), OrganisationKind.CLINICAL_COMMISSIONING_GROUP.roleCode());
    assertEquals(Optional.empty(), OrganisationKind.STRATEGIC_HEALTH_AUTHORITY.roleCode());
    assertEquals(Optional.empty(), OrganisationKind.GP_CONSORTIUM.roleCode());
  }

  @Test
  void roleCodesAreUniqueAndRoundTrip() {
    Set<String> seen = new HashSet<>();
    for (OrganisationKind kind : OrganisationKind.values()) {
      kind.roleCode().ifPresent(role -> {
        assertTrue(seen.add(role), "duplicate role code " + role);
        assertEquals(Optional.of(kind), OrganisationKind.ofRoleCode(role));
      });
    }
  }

  @Test
  void capacities() {
    assertFalse(OrganisationKind.GP_PRACTICE.can(Capacity.HOLD_DUTIES));
    assertTrue(OrganisationKind.GP_PRACTICE.can(Capacity.REGISTER_PATIENTS));
    assertTrue(OrganisationKind.GP_PRACTICE.can(Capacity.TAKE_DELEGATION));
    assertTrue(OrganisationKind.PRIMARY_CARE_TRUST.can(Capacity.HOLD_DUTIES));
    assertTrue(OrganisationKind.PRIMARY_CARE_TRUST.can(Capacity.HAVE_PRACTICE_MEMBERS));
    assertFalse(OrganisationKind.PRIMARY_CARE_TRUST.can(Capacity.PROVIDE_SERVICES));
    assertTrue(OrganisationKind.CARE_TRUST.can(Capacity.PROVIDE_SERVICES));
    assertFalse(OrganisationKind.NHS_TRUST.can(Capacity.HOLD_BUDGETS));
    assertFalse(OrganisationKind.SUB_ICB_LOCATION.can(Capacity.HOLD_DUTIES));
    assertTrue(OrganisationKind.INTEGRATED_CARE_BOARD.can(Capacity.HOLD_DUTIES));
    assertFalse(OrganisationKind.PRIMARY_CARE_GROUP.can(Capacity.ACCOUNT_FOR_BUDGETS));
  }

  @Test
  void sustainabilityAndTransformationPartnershipCanDoNothing() {
    for (Capacity capacity : Capacity.values()) {
      assertFalse(OrganisationKind.SUSTAINABILITY_AND_TRANSFORMATION_PARTNERSHIP.can(capacity));
    }
  }

  @Test
  void onlyGpPracticesRegisterPatients() {
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertEquals(kind == OrganisationKind.GP_PRACTICE, kind.can(Capacity.REGISTER_PATIENTS),
          kind.name());
    }
  }

  @Test
  void canRejectsNull() {
    assertThrows(NullPointerException.class, () -> OrganisationKind.GP_PRACTICE.can(null));
  }
}
