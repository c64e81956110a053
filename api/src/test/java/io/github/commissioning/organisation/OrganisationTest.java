package io.github.commissioning.organisation;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationTest {
  private static final OdsCode CODE = OdsCode.of("5QG");
  private static final String NAME = "Thames Valley PCT";
  private static final LocalDate OPENED = LocalDate.of(2002, 10, 1);

  private static Organisation pct() {
    return Organisation.of(CODE, NAME, OrganisationKind.PRIMARY_CARE_TRUST, OPENED);
  }

  @Test
  void ofWithOpeningDayIsStillOpen() {
    Organisation org = pct();
    assertEquals(CODE, org.code());
    assertEquals(NAME, org.name());
    assertEquals(OrganisationKind.PRIMARY_CARE_TRUST, org.kind());
    assertEquals(Period.from(OPENED), org.operational());
    assertTrue(org.operational().isOpenEnded());
  }

  @Test
  void ofWithPeriod() {
    Period period = Period.parse("2002-10-01/2013-03-31");
    Organisation org = Organisation.of(CODE, NAME, OrganisationKind.PRIMARY_CARE_TRUST, period);
    assertEquals(period, org.operational());
  }

  @Test
  void builder() {
    Organisation built = Organisation.builder()
        .code(CODE)
        .name(NAME)
        .kind(OrganisationKind.PRIMARY_CARE_TRUST)
        .operational(Period.from(OPENED))
        .build();
    assertEquals(pct(), built);
  }

  @Test
  void builderRefusesCodeThatDoesNotFitTheKind() {
    assertViolation(() -> Organisation.builder()
            .code(OdsCode.of("Q30"))
            .name("Thames Valley SHA")
            .kind(OrganisationKind.PRIMARY_CARE_TRUST)
            .operational(Period.from(OPENED))
            .build(),
        Invariant.CODE_FORMAT,
        "ODS code 'Q30' is not a code of a PRIMARY_CARE_TRUST: expected the form 5[A-Z0-9]{2}, "
            + "such as 5QG",
        "Q30", "PRIMARY_CARE_TRUST");
  }

  @Test
  void ofRefusesCodeThatDoesNotFitTheKind() {
    assertViolation(() -> Organisation.of(OdsCode.of("A8100"), "Surgery",
            OrganisationKind.GP_PRACTICE, OPENED),
        Invariant.CODE_FORMAT,
        "ODS code 'A8100' is not a code of a GP_PRACTICE: expected the form [A-Z][0-9]{5}, "
            + "such as A81001",
        "A8100", "GP_PRACTICE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n"})
  void refusesBlankName(String name) {
    assertViolation(() -> Organisation.of(CODE, name, OrganisationKind.PRIMARY_CARE_TRUST, OPENED),
        Invariant.CODE_FORMAT, "Organisation 5QG must have a name that is not blank", "5QG");
  }

  @Test
  void builderRefusesBlankName() {
    assertViolation(() -> Organisation.builder()
            .code(CODE)
            .name(" ")
            .kind(OrganisationKind.PRIMARY_CARE_TRUST)
            .operational(Period.from(OPENED))
            .build(),
        Invariant.CODE_FORMAT, "Organisation 5QG must have a name that is not blank", "5QG");
  }

  @Test
  void codeIsCheckedBeforeName() {
    assertViolation(() -> Organisation.of(OdsCode.of("Q30"), "", OrganisationKind.PRIMARY_CARE_TRUST,
            OPENED),
        Invariant.CODE_FORMAT,
        "ODS code 'Q30' is not a code of a PRIMARY_CARE_TRUST: expected the form 5[A-Z0-9]{2}, "
            + "such as 5QG",
        "Q30", "PRIMARY_CARE_TRUST");
  }

  @Test
  void builderRefusesMissingAttributes() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Organisation.builder().code(CODE).build());
    assertEquals("Cannot build Organisation, some of required attributes are not set "
        + "[name, kind, operational]", e.getMessage());
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class,
        () -> Organisation.of(null, NAME, OrganisationKind.PRIMARY_CARE_TRUST, OPENED));
    assertThrows(NullPointerException.class,
        () -> Organisation.of(CODE, null, OrganisationKind.PRIMARY_CARE_TRUST, OPENED));
    assertThrows(NullPointerException.class,
        () -> Organisation.of(CODE, NAME, null, OPENED));
    assertThrows(NullPointerException.class,
        () -> Organisation.of(CODE, NAME, OrganisationKind.PRIMARY_CARE_TRUST, (LocalDate) null));
    assertThrows(NullPointerException.class,
        () -> Organisation.of(CODE, NAME, OrganisationKind.PRIMARY_CARE_TRUST, (Period) null));
    assertThrows(NullPointerException.class, () -> pct().withName(null));
    assertThrows(NullPointerException.class, () -> pct().withOperational(null));
    assertThrows(NullPointerException.class, () -> pct().closedOn(null));
  }

  @Test
  void isOpenOnIncludesFirstAndLastDays() {
    Organisation org = pct().closedOn(LocalDate.of(2013, 3, 31));
    assertFalse(org.isOpenOn(LocalDate.of(2002, 9, 30)));
    assertTrue(org.isOpenOn(OPENED));
    assertTrue(org.isOpenOn(LocalDate.of(2013, 3, 31)));
    assertFalse(org.isOpenOn(LocalDate.of(2013, 4, 1)));
    assertTrue(pct().isOpenOn(LocalDate.of(2999, 1, 1)));
  }

  @Test
  void closedOnReturnsAClosedCopyAndLeavesTheOriginalOpen() {
    Organisation open = pct();
    Organisation closed = open.closedOn(LocalDate.of(2013, 3, 31));
    assertEquals(Period.of(OPENED, LocalDate.of(2013, 3, 31)), closed.operational());
    assertEquals(Period.from(OPENED), open.operational());
    assertEquals(open.code(), closed.code());
    assertEquals(open.name(), closed.name());
    assertEquals(open.kind(), closed.kind());
    assertNotEquals(open, closed);
  }

  @Test
  void closedOnTheOpeningDayIsAllowed() {
    assertEquals(Period.of(OPENED, OPENED), pct().closedOn(OPENED).operational());
  }

  @Test
  void closedOnRefusesADayBeforeItOpened() {
    assertViolation(() -> pct().closedOn(LocalDate.of(2002, 9, 30)), Invariant.PERIOD_ORDER,
        "Period ending 2002-09-30 must not end before it starts on 2002-10-01",
        "2002-10-01", "2002-09-30");
  }

  @Test
  void withNameReturnsARenamedCopy() {
    Organisation original = pct();
    Organisation renamed = original.withName("Berkshire West PCT");
    assertEquals("Berkshire West PCT", renamed.name());
    assertEquals(NAME, original.name());
    assertEquals(original.code(), renamed.code());
    assertEquals(original.kind(), renamed.kind());
    assertEquals(original.operational(), renamed.operational());
    assertNotEquals(original, renamed);
    assertEquals(original, original.withName(NAME));
  }

  @Test
  void withNameRefusesBlankName() {
    Organisation original = pct();
    assertViolation(() -> original.withName("  "), Invariant.CODE_FORMAT,
        "Organisation 5QG must have a name that is not blank", "5QG");
    assertEquals(NAME, original.name());
  }

  @Test
  void withOperationalReturnsACopy() {
    Organisation original = pct();
    Period period = Period.parse("2006-10-01/2013-03-31");
    Organisation moved = original.withOperational(period);
    assertEquals(period, moved.operational());
    assertEquals(Period.from(OPENED), original.operational());
    assertNotSame(original, moved);
    assertEquals(original.name(), moved.name());
  }

  @Test
  void equalsAndHashCode() {
    Organisation a = pct();
    Organisation b = Organisation.of(OdsCode.parse("5qg"), NAME, OrganisationKind.PRIMARY_CARE_TRUST,
        Period.parse("2002-10-01/"));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, a.withName("Other"));
    assertNotEquals(a, Organisation.of(OdsCode.of("5QH"), NAME,
        OrganisationKind.PRIMARY_CARE_TRUST, OPENED));
    assertNotEquals(a,
        Organisation.of(CODE, NAME, OrganisationKind.PRACTICE_BASED_COMMISSIONER, OPENED));
    assertNotEquals(a, a.closedOn(LocalDate.of(2013, 3, 31)));
  }

  @Test
  void toStringShowsKindCodeNameAndPeriod() {
    assertEquals("PRIMARY_CARE_TRUST 5QG (Thames Valley PCT, 2002-10-01/)", pct().toString());
  }
}
