package io.github.commissioning.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.duty.Population;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.Period;
import io.github.commissioning.transition.Abolish;
import io.github.commissioning.transition.AuthoriseFoundationTrust;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.EndRelationship;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Recode;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.SplitPart;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of change the chronicle reads, and each contradiction it reports and skips. */
class ChronicleChangesTest {
  private static final LocalDate OPENED = LocalDate.of(2001, 4, 1);
  private static final LocalDate DAY = LocalDate.of(2006, 10, 1);
  private static final LocalDate EVE = DAY.minusDays(1);

  private static final OdsCode P1 = OdsCode.of("A81001");
  private static final OdsCode P2 = OdsCode.of("A81002");
  private static final OdsCode P3 = OdsCode.of("A81003");
  private static final OdsCode PCT = OdsCode.of("5E1");
  private static final OdsCode OTHER = OdsCode.of("5E2");
  private static final OdsCode NEW = OdsCode.of("5QX");
  private static final OdsCode SHA = OdsCode.of("Q30");
  private static final OdsCode UNKNOWN = OdsCode.of("5ZZ");

  private final List<Violation> problems = new ArrayList<>();

  /** Two PCTs in one SHA: P1 and P2 in 5E1, P3 in 5E2. */
  private static List<Transition> start() {
    List<Transition> changes = new ArrayList<>();
    changes.add(Establish.of(Organisation.of(SHA, "North East", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, OPENED)));
    for (OdsCode pct : List.of(PCT, OTHER)) {
      changes.add(Establish.of(Organisation.of(pct, "PCT " + pct, OrganisationKind.PRIMARY_CARE_TRUST, OPENED)));
      changes.add(Relate.of(Relationship.of(RelationshipType.PART_OF, pct, SHA, OPENED)));
    }
    for (OdsCode practice : List.of(P1, P2, P3)) {
      changes.add(Establish.of(Organisation.of(practice, "Practice " + practice, OrganisationKind.GP_PRACTICE, OPENED)));
      changes.add(Relate.of(Relationship.of(RelationshipType.MEMBER_OF, practice,
          practice.equals(P3) ? OTHER : PCT, OPENED)));
    }
    return changes;
  }

  private History index(Transition... more) {
    List<Transition> changes = start();
    changes.addAll(List.of(more));
    return History.index(changes, problems::add);
  }

  private static Optional<OdsCode> parent(History history, OdsCode practice, LocalDate day) {
    return history.membershipOn(practice, day).map(Membership::parent);
  }

  private List<String> problemMessages() {
    return problems.stream().map(v -> v.code() + ": " + v.message()).toList();
  }

  @Test
  void aCloseHandsPracticesAndLineageToTheSuccessorAndEndsTheBodysOwnParent() {
    History history = index(Close.of(DAY, PCT, OTHER));
    assertEquals(List.of(), problems);
    assertEquals(Optional.of(PCT), parent(history, P1, EVE));
    assertEquals(Optional.of(OTHER), parent(history, P1, DAY));
    assertEquals(Optional.of(OTHER), parent(history, P2, DAY));
    assertEquals(List.of(Organisation.of(PCT, "PCT 5E1", OrganisationKind.PRIMARY_CARE_TRUST,
        Period.of(OPENED, EVE))), history.organisations(PCT));
    assertEquals(Optional.of(SHA), history.parentOn(PCT, EVE));
    assertEquals(Optional.empty(), history.parentOn(PCT, DAY));
    assertEquals(List.of(new Succession(PCT, OTHER, DAY, Share.WHOLE, false)),
        history.lineage().successorsOf(PCT));
    assertEquals(List.of(P1, P2, P3), history.membersOn(OTHER, DAY));
  }

  @Test
  void aCloseNamingACodeThatIsNotOpenIsReportedAndChangesNothing() {
    History history = index(Close.of(DAY, PCT, UNKNOWN));
    assertEquals(List.of("REFERENCE_UNKNOWN: Close on 2006-10-01 names 5ZZ, which is not open"),
        problemMessages());
    assertEquals(List.of(UNKNOWN.toString(), DAY.toString()), problems.get(0).subjects());
    assertEquals(Optional.of(PCT), parent(history, P1, DAY));
    assertEquals(1, history.organisations(PCT).size());
    assertEquals(2, history.count(OrganisationKind.PRIMARY_CARE_TRUST, DAY));
  }

  @Test
  void aMergerIntoANewBodyMovesEveryPracticeAndClosesTheMergingBodies() {
    History history = index(Merge.intoNew(Organisation.of(NEW, "Tees", OrganisationKind.PRIMARY_CARE_TRUST, DAY),
        PCT, OTHER));
    assertEquals(List.of(), problems);
    assertEquals(List.of(P1, P2, P3), history.membersOn(NEW, DAY));
    assertEquals(List.of(), history.membersOn(NEW, EVE));
    assertEquals(1, history.count(OrganisationKind.PRIMARY_CARE_TRUST, DAY));
    assertEquals(2, history.count(OrganisationKind.PRIMARY_CARE_TRUST, EVE));
    assertEquals(List.of(Succession.of(PCT, NEW, DAY)), history.lineage().successorsOf(PCT));
    assertEquals(List.of(Succession.of(OTHER, NEW, DAY)), history.lineage().successorsOf(OTHER));
  }

  @Test
  void aMergerIntoAnExistingBodyMovesThePracticesOfTheMergingOne() {
    History history = index(Merge.into(DAY, OTHER, PCT));
    assertEquals(List.of(), problems);
    assertEquals(Optional.of(OTHER), parent(history, P1, DAY));
    assertEquals(Optional.of(OTHER), parent(history, P3, DAY));
    assertEquals(Optional.empty(), history.organisation(PCT, DAY));
    assertEquals(Optional.of(SHA), history.parentOn(OTHER, DAY));
  }

  @Test
  void aMergerThatCannotBeRecordedIsReportedAndSkipped() {
    History intoOpenCode = index(Merge.intoNew(Organisation.of(OTHER, "Again",
        OrganisationKind.PRIMARY_CARE_TRUST, DAY), PCT, NEW));
    assertEquals(List.of("REFERENCE_UNKNOWN: Merge on 2006-10-01 names 5QX, which is not open"),
        problemMessages());
    assertEquals(Optional.of(PCT), parent(intoOpenCode, P1, DAY));

    problems.clear();
    History duplicate = index(Establish.of(Organisation.of(NEW, "Early", OrganisationKind.PRIMARY_CARE_TRUST, OPENED)),
        Merge.intoNew(Organisation.of(NEW, "Tees", OrganisationKind.PRIMARY_CARE_TRUST, DAY), PCT, OTHER));
    assertEquals(List.of("CODE_DUPLICATE: Merge on 2006-10-01 opens 5QX, which is already open"),
        problemMessages());
    assertEquals(Optional.of(PCT), parent(duplicate, P1, DAY));

    problems.clear();
    History intoUnknown = index(Merge.into(DAY, UNKNOWN, PCT));
    assertEquals(List.of("REFERENCE_UNKNOWN: Merge on 2006-10-01 names 5ZZ, which is not open"),
        problemMessages());
    assertEquals(Optional.of(PCT), parent(intoUnknown, P1, DAY));
  }

  @Test
  void aSplitMovesEachListToItsPartAndTheRestToTheFirstPart() {
    History history = index(Split.of(DAY, PCT,
        SplitPart.to(OTHER, Share.of(1, 3), Population.registeredListOf(P1)),
        SplitPart.toNew(Organisation.of(NEW, "New", OrganisationKind.PRIMARY_CARE_TRUST, DAY),
            Share.of(2, 3), Population.registeredListOf(P2))));
    assertEquals(List.of(), problems);
    assertEquals(Optional.of(OTHER), parent(history, P1, DAY));
    assertEquals(Optional.of(NEW), parent(history, P2, DAY));
    assertEquals(Optional.of(PCT), parent(history, P2, EVE));
    assertEquals(List.of(new Succession(PCT, OTHER, DAY, Share.of(1, 3), false),
        new Succession(PCT, NEW, DAY, Share.of(2, 3), false)), history.lineage().successorsOf(PCT));
    assertEquals(Optional.empty(), history.organisation(PCT, DAY));
    assertEquals(Optional.empty(), history.parentOn(PCT, DAY));
  }

  @Test
  void aSplitNamingABodyThatIsNotOpenIsReportedAndSkipped() {
    History history = index(Split.of(DAY, PCT,
        SplitPart.to(OTHER, Share.of(1, 2), Population.registeredListOf(P1)),
        SplitPart.to(UNKNOWN, Share.of(1, 2), Population.registeredListOf(P2))));
    assertEquals(List.of("REFERENCE_UNKNOWN: Split on 2006-10-01 names 5ZZ, which is not open"),
        problemMessages());
    assertEquals(Optional.of(PCT), parent(history, P1, DAY));
    assertEquals(Optional.of(PCT), history.organisation(PCT, DAY).map(Organisation::code));

    problems.clear();
    index(Split.of(DAY, UNKNOWN, SplitPart.to(OTHER, Share.of(1, 2)), SplitPart.to(PCT, Share.of(1, 2))));
    assertEquals(List.of("REFERENCE_UNKNOWN: Split on 2006-10-01 names 5ZZ, which is not open"),
        problemMessages());
  }

  @Test
  void aRecodeMovesTheBodyItsPracticesAndItsParentToTheNewCode() {
    OdsCode careTrust = OdsCode.of("TQX");
    History history = index(Recode.asKind(DAY, PCT, careTrust, OrganisationKind.CARE_TRUST));
    assertEquals(List.of(), problems);
    assertEquals(Optional.of(Organisation.of(careTrust, "PCT 5E1", OrganisationKind.CARE_TRUST, DAY)),
        history.organisation(careTrust, DAY));
    assertEquals(Optional.of(careTrust), parent(history, P1, DAY));
    assertEquals(Optional.of(SHA), history.parentOn(careTrust, DAY));
    assertEquals(Optional.empty(), history.parentOn(PCT, DAY));
    assertEquals(List.of(new Succession(PCT, careTrust, DAY, Share.WHOLE, true)),
        history.lineage().successorsOf(PCT));
  }

  @Test
  void aRecodedPracticeKeepsItsMembershipUnderItsNewCode() {
    OdsCode recoded = OdsCode.of("A81099");
    History history = index(new Recode(DAY, P1, recoded));
    assertEquals(List.of(), problems);
    assertEquals(Optional.of(PCT), parent(history, recoded, DAY));
    assertEquals(Optional.empty(), parent(history, P1, DAY));
    assertEquals(Optional.of(OrganisationKind.GP_PRACTICE),
        history.organisation(recoded, DAY).map(Organisation::kind));
  }

  @Test
  void aRecodeThatCannotBeRecordedIsReportedAndSkipped() {
    index(new Recode(DAY, UNKNOWN, NEW));
    assertEquals(List.of("REFERENCE_UNKNOWN: Code 5ZZ is recoded on 2006-10-01 but is not open"),
        problemMessages());
    problems.clear();
    History history = index(new Recode(DAY, PCT, OTHER));
    assertEquals(List.of("CODE_DUPLICATE: Code 5E1 is recoded on 2006-10-01 as 5E2, which is already open"),
        problemMessages());
    assertEquals(Optional.of(PCT), parent(history, P1, DAY));
  }

  @Test
  void aChangeGivingABodyACodeNotOfItsKindIsReportedAndSkipped() {
    History history = index(Recode.asKind(DAY, PCT, NEW, OrganisationKind.CARE_TRUST),
        new AuthoriseFoundationTrust(DAY, OTHER));
    assertEquals(List.of("CODE_FORMAT", "CODE_FORMAT"), problems.stream().map(Violation::code).toList());
    assertEquals(List.of(NEW.toString(), "CARE_TRUST"), problems.get(0).subjects());
    assertEquals(List.of(OTHER.toString(), "FOUNDATION_TRUST"), problems.get(1).subjects());
    assertEquals(Optional.of(PCT), parent(history, P1, DAY));
    assertEquals(Optional.empty(), history.organisation(NEW, DAY));
    assertEquals(List.of(Organisation.of(OTHER, "PCT 5E2", OrganisationKind.PRIMARY_CARE_TRUST, OPENED)),
        history.organisations(OTHER));
  }

  @Test
  void aRenameAndAnAuthorisationStartANewEntryForTheSameCode() {
    OdsCode trust = OdsCode.of("RTD");
    History history = index(
        Establish.of(Organisation.of(trust, "Trust", OrganisationKind.NHS_TRUST, OPENED)),
        new Rename(DAY, PCT, "Renamed"),
        new AuthoriseFoundationTrust(DAY, trust));
    assertEquals(List.of(), problems);
    assertEquals(List.of(
        Organisation.of(PCT, "PCT 5E1", OrganisationKind.PRIMARY_CARE_TRUST, Period.of(OPENED, EVE)),
        Organisation.of(PCT, "Renamed", OrganisationKind.PRIMARY_CARE_TRUST, DAY)),
        history.organisations(PCT));
    assertEquals(Optional.of(OrganisationKind.FOUNDATION_TRUST),
        history.organisation(trust, DAY).map(Organisation::kind));
    assertEquals(Optional.of(OrganisationKind.NHS_TRUST),
        history.organisation(trust, EVE).map(Organisation::kind));

    problems.clear();
    index(new Rename(DAY, UNKNOWN, "Nobody"));
    assertEquals(List.of("REFERENCE_UNKNOWN: Code 5ZZ changes on 2006-10-01 but is not open"),
        problemMessages());
  }

  @Test
  void aConsortiumFormedOpens() {
    Organisation consortium = Organisation.of(OdsCode.of("00K"), "Consortium",
        OrganisationKind.GP_CONSORTIUM, DAY);
    History history = index(FormConsortium.of(consortium, List.of(P1, P2)));
    assertEquals(List.of(), problems);
    assertEquals(Optional.of(consortium), history.organisation(consortium.code(), DAY));
    assertEquals(Optional.empty(), history.organisation(consortium.code(), EVE));
  }

  @Test
  void openingAnOpenCodeOrClosingOneThatIsNotOpenOrOpenedThatDayIsReported() {
    OdsCode brief = OdsCode.of("5QB");
    History history = index(
        Establish.of(Organisation.of(PCT, "Twice", OrganisationKind.PRIMARY_CARE_TRUST, DAY)),
        new Abolish(DAY, UNKNOWN),
        Establish.of(Organisation.of(brief, "Brief", OrganisationKind.PRIMARY_CARE_TRUST, DAY)),
        new Abolish(DAY, brief));
    assertEquals(List.of(
        "CODE_DUPLICATE: Code 5E1 opens on 2006-10-01 but is already open as PRIMARY_CARE_TRUST"
            + " 5E1 (PCT 5E1, 2001-04-01/)",
        "REFERENCE_UNKNOWN: Code 5ZZ closes on 2006-10-01 but is not open",
        "DATE_OUTSIDE_LIFETIME: Code 5QB closes on 2006-10-01, the day it opened"),
        problemMessages());
    assertEquals(Optional.of("PCT 5E1"), history.organisation(PCT, DAY).map(Organisation::name));
    assertEquals(Optional.of(brief), history.organisation(brief, DAY.plusDays(1)).map(Organisation::code));
  }

  @Test
  void joiningWhileStillWithAnotherBodyOrLeavingABodyNotJoinedIsReported() {
    History history = index(
        Relate.of(Relationship.of(RelationshipType.MEMBER_OF, P1, OTHER, DAY)),
        new EndRelationship(DAY, RelationshipType.MEMBER_OF, P3, PCT),
        new EndRelationship(DAY, RelationshipType.PART_OF, SHA, PCT),
        MovePractice.of(DAY, P2, OTHER, PCT));
    assertEquals(List.of(
        "RECORD_INCONSISTENT: A81001 joins 5E2 on 2006-10-01 but is still with 5E1",
        "STATE_MISMATCH: A81003 leaves 5E1 on 2006-10-01 but is with 5E2",
        "STATE_MISMATCH: Q30 leaves 5E1 on 2006-10-01 but is with no body",
        "STATE_MISMATCH: A81002 leaves 5E2 on 2006-10-01 but is with 5E1"),
        problemMessages());
    assertEquals(Optional.of(PCT), parent(history, P1, DAY));
    assertEquals(Optional.of(PCT), parent(history, P2, DAY));
  }

  @Test
  void aMembershipThatEndsTheDayItBeganLeavesNoPeriod() {
    OdsCode practice = OdsCode.of("A81005");
    History history = index(
        Establish.of(Organisation.of(practice, "Short", OrganisationKind.GP_PRACTICE, DAY)),
        Relate.of(Relationship.of(RelationshipType.MEMBER_OF, practice, PCT, DAY)),
        new EndRelationship(DAY, RelationshipType.MEMBER_OF, practice, PCT),
        Relate.of(Relationship.of(RelationshipType.MEMBER_OF, practice, OTHER, DAY)));
    assertEquals(List.of(), problems);
    assertEquals(List.of(new Membership(practice, OTHER, Period.from(DAY))), history.memberships(practice));
  }

  @Test
  void aBodyAbolishedWithBodiesStillPartOfItIsReportedAtTheEndOfThatDayOnce() {
    History history = index(
        new EndRelationship(DAY, RelationshipType.MEMBER_OF, P1, PCT),
        new EndRelationship(DAY, RelationshipType.MEMBER_OF, P2, PCT),
        new Abolish(DAY, SHA),
        Establish.of(Organisation.of(NEW, "Later", OrganisationKind.PRIMARY_CARE_TRUST, DAY.plusDays(1))),
        Establish.of(Organisation.of(OdsCode.of("5QY"), "Later still", OrganisationKind.PRIMARY_CARE_TRUST,
            DAY.plusDays(2))));
    assertEquals(List.of("RECORD_INCONSISTENT: Q30 was abolished on 2006-10-01 but 0 practices and"
        + " 2 bodies are still in it"), problemMessages());
    assertEquals(List.of(SHA.toString(), DAY.toString()), problems.get(0).subjects());
    assertEquals(Optional.empty(), history.organisation(SHA, DAY));
  }

  @Test
  void strandedPracticesAreReportedEvenIfTheyMoveTheNextDay() {
    index(new Abolish(DAY, OTHER), MovePractice.of(DAY.plusDays(1), P3, OTHER, PCT));
    assertEquals(List.of("RECORD_INCONSISTENT: 5E2 was abolished on 2006-10-01 but 1 practices and"
        + " 0 bodies are still in it"), problemMessages());
  }

  @Test
  void theHistoryKeepsEndedMembershipsAndParentsAndClosedBodies() {
    History history = index(Close.of(DAY, PCT, OTHER));
    assertEquals(List.of(new Membership(P1, PCT, Period.of(OPENED, EVE)),
        new Membership(P1, OTHER, Period.from(DAY))), history.memberships(P1));
    assertEquals(2, history.organisations(PCT).size() + history.organisations(OTHER).size());
    assertEquals(Optional.of(SHA), history.parentOn(PCT, OPENED));
  }
}
