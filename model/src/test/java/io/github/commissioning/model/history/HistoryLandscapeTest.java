package io.github.commissioning.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.time.Period;
import io.github.commissioning.transition.Merge;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which records of a history a day's landscape takes, and what a replay keeps of ended periods. */
class HistoryLandscapeTest {
  private static final LocalDate OPENED = LocalDate.of(2002, 4, 1);
  private static final LocalDate DAY = LocalDate.of(2010, 6, 1);
  private static final OdsCode PCT = OdsCode.of("5E1");
  private static final OdsCode SHA = OdsCode.of("Q30");
  private static final OdsCode OLD_SHA = OdsCode.of("Q09");
  private static final OdsCode LATER_SHA = OdsCode.of("Q31");
  private static final OdsCode CENTRE = OdsCode.of("Y01234");
  private static final OdsCode GONE = OdsCode.of("13Q");

  private static History history() {
    return History.builder()
        .organisation(Organisation.of(PCT, "PCT", OrganisationKind.PRIMARY_CARE_TRUST, OPENED))
        .organisation(Organisation.of(SHA, "SHA", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, OPENED))
        .organisation(Organisation.of(OLD_SHA, "Old SHA", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
            Period.of(OPENED, DAY.minusYears(1))))
        .organisation(Organisation.of(LATER_SHA, "Later SHA", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
            DAY.plusYears(1)))
        .organisation(Organisation.of(CENTRE, "Prison", OrganisationKind.PRESCRIBING_COST_CENTRE, OPENED))
        // In force on the day between open bodies: kept.
        .relationship(new Relationship(RelationshipType.PART_OF, PCT, SHA, Period.from(OPENED)))
        // Ended before the day, to a body that closed, to one not yet open: left out.
        .relationship(new Relationship(RelationshipType.ACCOUNTABLE_TO, PCT, SHA,
            Period.of(OPENED, DAY.minusDays(1))))
        .relationship(new Relationship(RelationshipType.ACCOUNTABLE_TO, SHA, OLD_SHA, Period.from(OPENED)))
        .relationship(new Relationship(RelationshipType.ACCOUNTABLE_TO, SHA, LATER_SHA, Period.from(OPENED)))
        // A cost centre in a body the history does not have: left out.
        .membership(new Membership(CENTRE, GONE, Period.from(OPENED)))
        .build();
  }

  @Test
  void aDaysLandscapeHasOnlyRelationshipsInForceBetweenBodiesOpenThatDay() {
    LandscapeSnapshot day = history().at(DAY);
    assertEquals(List.of(new Relationship(RelationshipType.PART_OF, PCT, SHA, Period.from(OPENED))),
        day.relationships().asList());
    assertEquals(Optional.of(SHA), day.parentOf(PCT));
    assertEquals(java.util.Set.of(PCT, SHA, CENTRE), day.organisations().stream().map(Organisation::code)
        .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void aReplayKeepsTheParentsThatEnded() {
    LocalDate merger = LocalDate.of(2010, 10, 1);
    OdsCode tees = OdsCode.of("5QX");
    History replayed = History.replay(TestLandscapes.englandLike(), List.of(Merge.intoNew(
        Organisation.of(tees, "Tees PCT", OrganisationKind.PRIMARY_CARE_TRUST, merger),
        SampleLandscapes.HARTLEPOOL, SampleLandscapes.STOCKTON)));
    assertEquals(Optional.of(SampleLandscapes.NORTH_EAST),
        replayed.parentOn(SampleLandscapes.STOCKTON, merger.minusDays(1)));
    assertEquals(Optional.empty(), replayed.parentOn(SampleLandscapes.STOCKTON, merger));
  }
}
