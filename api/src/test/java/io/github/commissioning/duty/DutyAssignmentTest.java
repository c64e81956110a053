package io.github.commissioning.duty;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DutyAssignmentTest {
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final OdsCode PCT = OdsCode.of("5QG");
  private static final LocalDate SINCE = LocalDate.of(2013, 4, 1);
  private static final Duty DUTY =
      Duty.of(CommissioningFunction.ACUTE_ELECTIVE, Population.registeredListOf(PRACTICE));

  @Test
  void ofHasNoDelegate() {
    DutyAssignment assignment = DutyAssignment.of(DUTY, PCT, SINCE);
    assertEquals(DUTY, assignment.duty());
    assertEquals(PCT, assignment.accountable());
    assertEquals(Optional.empty(), assignment.delegate());
    assertEquals(SINCE, assignment.since());
    assertEquals("ACUTE_ELECTIVE for list of A81001 held by 5QG since 2013-04-01",
        assignment.toString());
  }

  @Test
  void delegatedToKeepsAccountabilityAndLeavesTheOriginalUnchanged() {
    DutyAssignment original = DutyAssignment.of(DUTY, PCT, SINCE);
    DutyAssignment delegated = original.delegatedTo(PRACTICE);
    assertEquals(Optional.of(PRACTICE), delegated.delegate());
    assertEquals(PCT, delegated.accountable());
    assertEquals(DUTY, delegated.duty());
    assertEquals(SINCE, delegated.since());
    assertEquals(Optional.empty(), original.delegate());
    assertNotEquals(original, delegated);
    assertEquals("ACUTE_ELECTIVE for list of A81001 held by 5QG (delegated to A81001) since "
        + "2013-04-01", delegated.toString());
  }

  @Test
  void delegatedToAnotherDelegateReplacesIt() {
    DutyAssignment delegated =
        DutyAssignment.of(DUTY, PCT, SINCE).delegatedTo(PRACTICE).delegatedTo(OdsCode.of("PBC01"));
    assertEquals(Optional.of(OdsCode.of("PBC01")), delegated.delegate());
  }

  @Test
  void constructorWithDelegate() {
    DutyAssignment assignment = new DutyAssignment(DUTY, PCT, Optional.of(PRACTICE), SINCE);
    assertEquals(DutyAssignment.of(DUTY, PCT, SINCE).delegatedTo(PRACTICE), assignment);
  }

  @Test
  void delegatedToRefusesTheAccountableBody() {
    DutyAssignment original = DutyAssignment.of(DUTY, PCT, SINCE);
    assertViolation(() -> original.delegatedTo(OdsCode.of("5QG")), Invariant.DUTY_HOLDER_KIND,
        "Body 5QG cannot delegate ACUTE_ELECTIVE for list of A81001 to itself",
        "5QG", "ACUTE_ELECTIVE");
    assertEquals(Optional.empty(), original.delegate());
  }

  @Test
  void constructorRefusesDelegateEqualToAccountable() {
    assertViolation(() -> new DutyAssignment(DUTY, PCT, Optional.of(PCT), SINCE),
        Invariant.DUTY_HOLDER_KIND,
        "Body 5QG cannot delegate ACUTE_ELECTIVE for list of A81001 to itself",
        "5QG", "ACUTE_ELECTIVE");
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> DutyAssignment.of(null, PCT, SINCE));
    assertThrows(NullPointerException.class, () -> DutyAssignment.of(DUTY, null, SINCE));
    assertThrows(NullPointerException.class, () -> DutyAssignment.of(DUTY, PCT, null));
    assertThrows(NullPointerException.class, () -> new DutyAssignment(DUTY, PCT, null, SINCE));
    assertThrows(NullPointerException.class,
        () -> DutyAssignment.of(DUTY, PCT, SINCE).delegatedTo(null));
  }

  @Test
  void equalsAndHashCode() {
    DutyAssignment a = DutyAssignment.of(DUTY, PCT, SINCE);
    DutyAssignment b = new DutyAssignment(
        Duty.of(CommissioningFunction.ACUTE_ELECTIVE,
            Population.registeredListOf(OdsCode.of("A81001"))),
        OdsCode.of("5QG"), Optional.empty(), LocalDate.of(2013, 4, 1));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, DutyAssignment.of(DUTY, PCT, SINCE.plusDays(1)));
    assertNotEquals(a, DutyAssignment.of(DUTY, OdsCode.of("5QH"), SINCE));
  }
}
