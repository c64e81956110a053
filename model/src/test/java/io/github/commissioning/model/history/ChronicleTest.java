package io.github.commissioning.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.transition.Abolish;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Indexing changes into a history without landscapes. */
class ChronicleTest {
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final OdsCode PCT = OdsCode.of("5E1");
  private static final OdsCode CCG = OdsCode.of("00K");
  private static final LocalDate OPENED = LocalDate.of(2001, 4, 1);
  private static final LocalDate APRIL_2013 = LocalDate.of(2013, 4, 1);

  private static List<Transition> changes() {
    return List.of(
        Establish.of(Organisation.of(PRACTICE, "The Densham Surgery", OrganisationKind.GP_PRACTICE, OPENED)),
        Establish.of(Organisation.of(PCT, "Stockton", OrganisationKind.PRIMARY_CARE_TRUST, OPENED)),
        Relate.of(Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, PCT, OPENED)),
        Establish.of(Organisation.of(CCG, "Hartlepool and Stockton", OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
            APRIL_2013)),
        MovePractice.of(APRIL_2013, PRACTICE, PCT, CCG),
        new Abolish(APRIL_2013, PCT));
  }

  @Test
  void changesBecomePeriods() {
    List<Violation> problems = new ArrayList<>();
    History history = History.index(changes(), problems::add);
    assertEquals(List.of(), problems);
    assertEquals(Optional.of(PCT), history.membershipOn(PRACTICE, APRIL_2013.minusDays(1)).map(Membership::parent));
    assertEquals(Optional.of(CCG), history.membershipOn(PRACTICE, APRIL_2013).map(Membership::parent));
    assertEquals(1, history.count(OrganisationKind.PRIMARY_CARE_TRUST, APRIL_2013.minusDays(1)));
    assertEquals(0, history.count(OrganisationKind.PRIMARY_CARE_TRUST, APRIL_2013));
    assertEquals(List.of(PRACTICE), history.at(APRIL_2013).membersOf(CCG).asList());
  }

  @Test
  void contradictionsAreReportedAndSkipped() {
    List<Transition> changes = new ArrayList<>(changes());
    changes.add(MovePractice.of(APRIL_2013.plusDays(1), PRACTICE, PCT, CCG));
    changes.add(new Abolish(OPENED, OdsCode.of("5QQ")));
    List<Violation> problems = new ArrayList<>();
    History history = History.index(changes, problems::add);
    assertEquals(List.of("STATE_MISMATCH", "TRANSITION_DATE"),
        problems.stream().map(Violation::code).toList());
    assertEquals(Optional.of(CCG), history.membershipOn(PRACTICE, APRIL_2013.plusDays(5))
        .map(Membership::parent));
  }

  @Test
  void aBodyAbolishedWithPracticesStillInItIsReportedUnlessItsCodeOpensAgainThatDay() {
    List<Transition> stranded = List.of(
        Establish.of(Organisation.of(PRACTICE, "P", OrganisationKind.GP_PRACTICE, OPENED)),
        Establish.of(Organisation.of(PCT, "PCT", OrganisationKind.PRIMARY_CARE_TRUST, OPENED)),
        Relate.of(Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, PCT, OPENED)),
        new Abolish(APRIL_2013, PCT));
    List<Violation> problems = new ArrayList<>();
    History.index(stranded, problems::add);
    assertEquals(List.of("RECORD_INCONSISTENT"), problems.stream().map(Violation::code).toList());

    List<Transition> carriedOn = new ArrayList<>(stranded);
    carriedOn.add(Establish.of(Organisation.of(PCT, "Same code, new body",
        OrganisationKind.PRIMARY_CARE_TRUST, APRIL_2013)));
    problems.clear();
    History history = History.index(carriedOn, problems::add);
    assertEquals(List.of(), problems);
    assertEquals("Same code, new body", history.commissionerOf(PRACTICE, APRIL_2013).orElseThrow().name());
  }
}
