package io.github.commissioning.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order of edges, which successions are in force on a day, and shares past a long's reach. */
class LineageDetailTest {
  private static final LocalDate Y2015 = LocalDate.of(2015, 4, 1);
  private static final LocalDate Y2016 = LocalDate.of(2016, 4, 1);
  private static final OdsCode HUB = OdsCode.of("12J");
  private static final OdsCode FIRST = OdsCode.of("13W");
  private static final OdsCode SECOND = OdsCode.of("14J");
  private static final OdsCode THIRD = OdsCode.of("14K");

  @Test
  void edgesOfOneDayAreOrderedBySuccessorThenPredecessor() {
    Lineage lineage = Lineage.of(List.of(Succession.of(HUB, THIRD, Y2016), Succession.of(HUB, SECOND, Y2016),
        Succession.of(SECOND, FIRST, Y2015), Succession.of(HUB, FIRST, Y2015)));
    assertEquals(List.of(Succession.of(HUB, FIRST, Y2015), Succession.of(HUB, SECOND, Y2016),
        Succession.of(HUB, THIRD, Y2016)), lineage.successorsOf(HUB));
    assertEquals(List.of(Succession.of(HUB, FIRST, Y2015), Succession.of(SECOND, FIRST, Y2015)),
        lineage.predecessorsOf(FIRST));
  }

  @Test
  void aLaterSuccessionOfACodeReplacesTheEarlierOne() {
    // 12J went to 13W in 2015, then to 14J in 2016.
    Lineage lineage = Lineage.of(List.of(Succession.of(HUB, FIRST, Y2015), Succession.of(HUB, SECOND, Y2016)));
    assertEquals(ImmutableMap.of(), lineage.carriersOn(HUB, Y2015.minusDays(1), (code, day) -> !code.equals(HUB)));
    assertEquals(ImmutableMap.of(FIRST, Share.WHOLE),
        lineage.carriersOn(HUB, Y2015, (code, day) -> !code.equals(HUB)));
    assertEquals(ImmutableMap.of(SECOND, Share.WHOLE),
        lineage.carriersOn(HUB, Y2016, (code, day) -> !code.equals(HUB)));
  }

  @Test
  void aChainIsFollowedToItsLastLink() {
    Lineage chain = Lineage.of(List.of(Succession.of(HUB, FIRST, Y2015), Succession.of(FIRST, SECOND, Y2016)));
    assertEquals(ImmutableMap.of(SECOND, Share.WHOLE),
        chain.carriersOn(HUB, Y2016, (code, day) -> code.equals(SECOND)));
  }

  @Test
  void sharesStayExactFractionsAndAddUpToAtMostTheWhole() {
    Lineage thirds = Lineage.of(List.of(
        new Succession(HUB, FIRST, Y2015, Share.of(1, 3), false),
        new Succession(HUB, SECOND, Y2015, Share.of(2, 3), false),
        Succession.of(FIRST, THIRD, Y2016), Succession.of(SECOND, THIRD, Y2016)));
    assertEquals(ImmutableMap.of(FIRST, Share.of(1, 3), SECOND, Share.of(2, 3)),
        thirds.carriersOn(HUB, Y2015, (code, day) -> !code.equals(HUB)));
    assertEquals(ImmutableMap.of(THIRD, Share.WHOLE),
        thirds.carriersOn(HUB, Y2016, (code, day) -> code.equals(THIRD)));
    // Two paths that each carry the whole (recorded twice over) still carry no more than the whole.
    Lineage twice = Lineage.of(List.of(Succession.of(HUB, FIRST, Y2015), Succession.of(HUB, SECOND, Y2015),
        Succession.of(FIRST, THIRD, Y2016), Succession.of(SECOND, THIRD, Y2016)));
    assertEquals(ImmutableMap.of(THIRD, Share.WHOLE),
        twice.carriersOn(HUB, Y2016, (code, day) -> code.equals(THIRD)));
  }

  @Test
  void aShareTooFineForALongIsGivenInBillionths() {
    Share fine = Share.of(1, 3_000_000_007L);
    Lineage lineage = Lineage.of(List.of(new Succession(HUB, FIRST, Y2015, fine, false),
        new Succession(FIRST, SECOND, Y2015, Share.of(1_000_000_000L, 3_000_000_019L), false)));
    // (1 / 3,000,000,007) x (1e9 / 3,000,000,019) is about 1.1e-10: 0 billionths.
    assertEquals(ImmutableMap.of(SECOND, Share.of(0, 1_000_000_000L)),
        lineage.carriersOn(HUB, Y2015, (code, day) -> code.equals(SECOND)));
    Lineage coarse = Lineage.of(List.of(new Succession(HUB, FIRST, Y2015, Share.of(7, 9), false),
        new Succession(FIRST, SECOND, Y2015, Share.of(3_000_000_000L, 3_000_000_019L), false)));
    // A product that still fits a long stays exact.
    assertEquals(ImmutableMap.of(SECOND, Share.of(7_000_000_000L, 9_000_000_057L)),
        coarse.carriersOn(HUB, Y2015, (code, day) -> code.equals(SECOND)));
  }

  @Test
  void aSuccessionShowsItsShareAndRecodeOnlyWhenTheyAreNotTheUsual() {
    assertEquals("12J -> 13W from 2015-04-01", Succession.of(HUB, FIRST, Y2015).toString());
    assertEquals("12J -> 13W from 2015-04-01 (1/3) (recode)",
        new Succession(HUB, FIRST, Y2015, Share.of(1, 3), true).toString());
    assertEquals("A81001 in 12J 2015-04-01/", new Membership(OdsCode.of("A81001"), HUB,
        Period.from(Y2015)).toString());
  }

  @Test
  void recordsGivenTwiceCountOnceAndOverlapsAreReportedWithTheLaterLeftOut() {
    Organisation hub = Organisation.of(HUB, "Hub", OrganisationKind.COMMISSIONING_HUB, Y2015);
    Organisation clash = Organisation.of(HUB, "Clash", OrganisationKind.COMMISSIONING_HUB, Y2016);
    Membership member = new Membership(OdsCode.of("Y01234"), HUB, Period.from(Y2015));
    History twice = History.builder().organisation(hub).organisation(hub).membership(member)
        .membership(member).build();
    assertEquals(List.of(hub), twice.organisations(HUB));
    assertEquals(List.of(member), twice.memberships(member.practice()));

    List<Violation> problems = new ArrayList<>();
    History lenient = History.builder().organisation(hub).organisation(clash).membership(member)
        .build(problems::add);
    assertEquals(List.of("Code 12J names two organisations at once: " + hub + " and " + clash),
        problems.stream().map(Violation::message).toList());
    assertEquals(List.of(hub), lenient.organisations(HUB));
    assertEquals(Optional.of(hub), lenient.organisation(HUB, Y2016));
  }

  @Test
  void timelinesAreSortedWhateverOrderTheRecordsCameIn() {
    Organisation later = Organisation.of(HUB, "Later", OrganisationKind.COMMISSIONING_HUB, Y2016);
    Organisation earlier = Organisation.of(HUB, "Earlier", OrganisationKind.COMMISSIONING_HUB,
        Period.of(Y2015, Y2016.minusDays(1)));
    History history = History.builder().organisation(later).organisation(earlier).build();
    assertEquals(List.of(earlier, later), history.organisations(HUB));
    assertEquals(Optional.of(earlier), history.organisation(HUB, Y2015));
    assertEquals(Optional.of(later), history.organisation(HUB, Y2016));
  }
}
