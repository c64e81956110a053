package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DOH;
import static io.github.commissioning.model.transition.Engine.Q30;
import static io.github.commissioning.model.transition.Engine.Q36;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.UNKNOWN_PCT;
import static io.github.commissioning.model.transition.Engine.X24;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.establishBoard;
import static io.github.commissioning.model.transition.Engine.pct;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static io.github.commissioning.organisation.RelationshipType.ACCOUNTABLE_TO;
import static io.github.commissioning.organisation.RelationshipType.PART_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EstablishTest {

  @Test
  void establishesTheNationalBoardWithItsRelationships() {
    Applied applied = applyToSample(establishBoard(D));

    assertEquals(List.of(new Effect.Opened(X24, OrganisationKind.NATIONAL_BOARD),
        new Effect.RelationshipStarted(Relationship.of(PART_OF, X24, DOH, D)),
        new Effect.RelationshipStarted(Relationship.of(ACCOUNTABLE_TO, X24, DOH, D))),
        applied.effects());
    Landscape after = applied.after();
    Organisation board = after.require(X24);
    assertEquals(OrganisationKind.NATIONAL_BOARD, board.kind());
    assertTrue(board.isOpenOn(D));
    assertEquals(Optional.of(DOH), after.parentOf(X24));
    assertEquals(ImmutableSet.of(DOH), after.targetsOf(X24, ACCOUNTABLE_TO));
    assertEquals(ImmutableSet.of(X24), after.open(OrganisationKind.NATIONAL_BOARD).stream()
        .map(Organisation::code).collect(ImmutableSet.toImmutableSet()));
    Landscape before = applied.before();
    assertEquals(before.organisations().size() + 1, after.organisations().size());
    assertEquals(before.duties(), after.duties());
    assertEquals(before.allocations(), after.allocations());
    assertEquals(before.contracts(), after.contracts());
    assertEquals(before.totalAllocated(YEAR), after.totalAllocated(YEAR));
  }

  @Test
  void establishesAPrimaryCareTrustThatHoldsNothingYet() {
    Organisation pct = pct("5QX", "New PCT", D);
    Applied applied = applyToSample(Establish.of(pct, Relationship.of(PART_OF, pct.code(), Q36, D)));

    assertEquals(List.of(new Effect.Opened(pct.code(), OrganisationKind.PRIMARY_CARE_TRUST),
        new Effect.RelationshipStarted(Relationship.of(PART_OF, pct.code(), Q36, D))),
        applied.effects());
    assertEquals(Optional.of(Q36), applied.after().parentOf(pct.code()));
    assertTrue(applied.after().dutiesOf(pct.code()).isEmpty());
    assertTrue(applied.after().membersOf(pct.code()).isEmpty());
  }

  @Test
  void refusesACodeAlreadyInUse() {
    refusedOnSample(Invariant.CODE_DUPLICATE, STOCKTON,
        Establish.of(pct(STOCKTON.value(), "Another Stockton", D)));
  }

  @Test
  void refusesARelationshipToAnUnknownBody() {
    Organisation pct = pct("5QX", "New PCT", D);
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT,
        Establish.of(pct, Relationship.of(ACCOUNTABLE_TO, UNKNOWN_PCT, pct.code(), D)));
  }

  @Test
  void refusesARelationshipToAClosedBody() {
    Landscape withoutQ30 = applyToSample(Close.of(D, Q30, Q36)).after();
    Organisation pct = pct("5QX", "New PCT", D.plusDays(1));
    refused(withoutQ30, Invariant.REFERENCE_CLOSED.name(), Q30,
        Establish.of(pct, Relationship.of(PART_OF, pct.code(), Q30, D.plusDays(1))));
  }

  @Test
  void refusesARelationshipOfKindsThatCannotBeJoined() {
    Organisation board = Organisation.of(X24, "Board", OrganisationKind.NATIONAL_BOARD, D);
    refusedOnSample(Invariant.RELATIONSHIP_KIND, X24,
        Establish.of(board, Relationship.of(PART_OF, X24, Q30, D)));
  }

  @Test
  void refusesAParentThatMakesTwo() {
    Organisation pct = pct("5QX", "New PCT", D);
    refusedOnSample(Invariant.RELATIONSHIP_MULTIPLE, pct.code(), Establish.of(pct,
        Relationship.of(PART_OF, pct.code(), Q30, D), Relationship.of(PART_OF, pct.code(), Q36, D)));
  }

  @Test
  void refusesAnEstablishmentDatedBeforeTheLandscape() {
    LocalDate early = LocalDate.of(2010, 5, 31);
    refusedOnSample(Invariant.TRANSITION_DATE, early, Establish.of(pct("5QX", "Early", early)));
  }

  @Test
  void refusesABodyNotOpeningOnTheDateOfTheChange() {
    Organisation pct = pct("5QX", "New PCT", D);
    assertRefused(Invariant.DATE_OUTSIDE_LIFETIME, pct.code(),
        () -> new Establish(D.plusDays(1), pct, ImmutableSet.of()));
    Organisation alreadyClosed = pct.closedOn(D.plusDays(30));
    assertRefused(Invariant.DATE_OUTSIDE_LIFETIME, pct.code(),
        () -> Establish.of(alreadyClosed));
  }

  @Test
  void refusesRelationshipsThatDoNotInvolveTheBodyOrStartOnAnotherDay() {
    Organisation pct = pct("5QX", "New PCT", D);
    assertRefused(Invariant.STATE_MISMATCH, pct.code(),
        () -> Establish.of(pct, Relationship.of(PART_OF, STOCKTON, Q30, D)));
    assertRefused(Invariant.NOT_IN_FORCE, pct.code(),
        () -> Establish.of(pct, Relationship.of(PART_OF, pct.code(), Q30, D.minusDays(1))));
  }

  @Test
  void theNewLandscapeBuildsOnTheOldAndLeavesItAlone() {
    Landscape sample = sample();
    Landscape withBoard = applyChecked(sample, establishBoard(D)).after();
    assertFalse(sample.organisation(X24).isPresent());
    assertTrue(withBoard.organisation(X24).isPresent());
    assertEquals(OdsCode.of("X24"), withBoard.require(X24).code());
  }
}
