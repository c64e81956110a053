package io.github.commissioning.landscape;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests the default methods of {@link Landscape} against a minimal in-memory implementation. */
class LandscapeTest {
  private static final LocalDate DATE = LocalDate.of(2010, 4, 1);
  private static final OdsCode SHA = OdsCode.of("Q30");
  private static final OdsCode PCT = OdsCode.of("5QG");
  private static final OdsCode PRACTICE_A = OdsCode.of("A81001");
  private static final OdsCode PRACTICE_B = OdsCode.of("A81002");

  private static Landscape landscape() {
    LocalDate opened = LocalDate.of(2006, 7, 1);
    return new StubLandscape(DATE,
        List.of(
            Organisation.of(SHA, "South Central SHA", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
                opened),
            Organisation.of(PCT, "Berkshire West PCT", OrganisationKind.PRIMARY_CARE_TRUST,
                opened),
            Organisation.of(PRACTICE_A, "Surgery A", OrganisationKind.GP_PRACTICE, opened),
            Organisation.of(PRACTICE_B, "Surgery B", OrganisationKind.GP_PRACTICE, opened)),
        List.of(
            Relationship.of(RelationshipType.PART_OF, PCT, SHA, opened),
            Relationship.of(RelationshipType.MEMBER_OF, PRACTICE_B, PCT, opened),
            Relationship.of(RelationshipType.MEMBER_OF, PRACTICE_A, PCT, opened)));
  }

  @Test
  void requireReturnsTheOrganisation() {
    Landscape landscape = landscape();
    assertSame(landscape.organisation(PCT).orElseThrow(), landscape.require(PCT));
    assertEquals("Berkshire West PCT", landscape.require(PCT).name());
  }

  @Test
  void requireRefusesUnknownCodes() {
    assertViolation(() -> landscape().require(OdsCode.of("5QH")), Invariant.REFERENCE_UNKNOWN,
        "No organisation has code 5QH in the landscape of 2010-04-01", "5QH");
  }

  @Test
  void membersOfAreTheMemberOfSources() {
    assertEquals(ImmutableSet.of(PRACTICE_A, PRACTICE_B), landscape().membersOf(PCT));
    assertEquals(List.of(PRACTICE_A, PRACTICE_B), landscape().membersOf(PCT).asList());
    assertEquals(ImmutableSet.of(), landscape().membersOf(SHA));
  }

  @Test
  void parentOfFollowsPartOf() {
    assertEquals(Optional.of(SHA), landscape().parentOf(PCT));
    assertEquals(Optional.empty(), landscape().parentOf(SHA));
    // membership is not parenthood
    assertEquals(Optional.empty(), landscape().parentOf(PRACTICE_A));
  }
}
