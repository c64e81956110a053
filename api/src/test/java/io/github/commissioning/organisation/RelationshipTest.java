package io.github.commissioning.organisation;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelationshipTest {
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final OdsCode PCT = OdsCode.of("5E1");
  private static final LocalDate SINCE = LocalDate.of(2001, 4, 1);

  @Test
  void ofIsOpenEndedFromTheGivenDay() {
    Relationship r = Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, PCT, SINCE);
    assertEquals(RelationshipType.MEMBER_OF, r.type());
    assertEquals(PRACTICE, r.from());
    assertEquals(PCT, r.to());
    assertEquals(Period.from(SINCE), r.period());
    assertEquals("A81001 MEMBER_OF 5E1 (2001-04-01/)", r.toString());
  }

  @Test
  void constructorTakesAnyPeriod() {
    Period period = Period.parse("2001-04-01/2013-03-31");
    Relationship r = new Relationship(RelationshipType.MEMBER_OF, PRACTICE, PCT, period);
    assertEquals(period, r.period());
    assertEquals("A81001 MEMBER_OF 5E1 (2001-04-01/2013-03-31)", r.toString());
  }

  @Test
  void refusesABodyRelatedToItself() {
    assertViolation(() -> Relationship.of(RelationshipType.PART_OF, PCT, PCT, SINCE),
        Invariant.RELATIONSHIP_CYCLE, "Organisation 5E1 cannot be PART_OF itself",
        "5E1", "PART_OF");
  }

  @Test
  void constructorRefusesABodyRelatedToItself() {
    assertViolation(() -> new Relationship(RelationshipType.MEMBER_OF, PRACTICE,
            OdsCode.parse("a81001"), Period.from(SINCE)),
        Invariant.RELATIONSHIP_CYCLE, "Organisation A81001 cannot be MEMBER_OF itself",
        "A81001", "MEMBER_OF");
  }

  @Test
  void endedOnReturnsAClosedCopy() {
    Relationship open = Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, PCT, SINCE);
    Relationship ended = open.endedOn(LocalDate.of(2013, 3, 31));
    assertEquals(Period.of(SINCE, LocalDate.of(2013, 3, 31)), ended.period());
    assertEquals(Period.from(SINCE), open.period());
    assertEquals(open.type(), ended.type());
    assertEquals(open.from(), ended.from());
    assertEquals(open.to(), ended.to());
    assertNotEquals(open, ended);
  }

  @Test
  void endedOnTheFirstDayIsOneDayLong() {
    Relationship ended =
        Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, PCT, SINCE).endedOn(SINCE);
    assertEquals(Period.of(SINCE, SINCE), ended.period());
  }

  @Test
  void endedOnRefusesADayBeforeItStarted() {
    Relationship open = Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, PCT, SINCE);
    assertViolation(() -> open.endedOn(LocalDate.of(2001, 3, 31)), Invariant.PERIOD_ORDER,
        "Period ending 2001-03-31 must not end before it starts on 2001-04-01",
        "2001-04-01", "2001-03-31");
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class,
        () -> Relationship.of(null, PRACTICE, PCT, SINCE));
    assertThrows(NullPointerException.class,
        () -> Relationship.of(RelationshipType.MEMBER_OF, null, PCT, SINCE));
    assertThrows(NullPointerException.class,
        () -> Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, null, SINCE));
    assertThrows(NullPointerException.class,
        () -> Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, PCT, null));
    assertThrows(NullPointerException.class,
        () -> new Relationship(RelationshipType.MEMBER_OF, PRACTICE, PCT, null));
  }

  @Test
  void equalsAndHashCode() {
    Relationship a = Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, PCT, SINCE);
    Relationship b = new Relationship(RelationshipType.MEMBER_OF, OdsCode.of("A81001"),
        OdsCode.of("5E1"), Period.parse("2001-04-01/"));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Relationship.of(RelationshipType.PART_OF, PRACTICE, PCT, SINCE));
    assertNotEquals(a, Relationship.of(RelationshipType.MEMBER_OF, PCT, PRACTICE, SINCE));
  }
}
