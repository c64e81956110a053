package io.github.commissioning.model.history;

import static io.github.commissioning.organisation.OrganisationKind.CARE_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.CLINICAL_COMMISSIONING_GROUP;
import static io.github.commissioning.organisation.OrganisationKind.INTEGRATED_CARE_BOARD;
import static io.github.commissioning.organisation.OrganisationKind.PRIMARY_CARE_TRUST;
import static io.github.commissioning.organisation.OrganisationKind.STRATEGIC_HEALTH_AUTHORITY;
import static io.github.commissioning.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static io.github.commissioning.organisation.OrganisationKind.GP_PRACTICE;
import static io.github.commissioning.organisation.OrganisationKind.PRIMARY_CARE_GROUP;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.model.ods.MembershipRecord;
import io.github.commissioning.model.ods.OdsFormats;
import io.github.commissioning.model.ods.PracticeRecord;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.violation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real history rebuilt from the bundled ODS and ONS extracts. */
class RealHistoryTest {
  private static History history;
  private static final List<Violation> PROBLEMS = new ArrayList<>();

  @BeforeAll
  static void load() {
    history = OdsHistory.load(OdsExtracts::open, PROBLEMS::add);
  }

  private static int count(io.github.commissioning.organisation.OrganisationKind kind, String date) {
    return history.count(kind, LocalDate.parse(date));
  }

  @Test
  void theRecordsAgree() {
    assertEquals(List.of(), PROBLEMS);
  }

  @Test
  void tenShasAnd152PrimaryCareOrganisationsBeforeApril2010And151After() {
    assertEquals(10, count(STRATEGIC_HEALTH_AUTHORITY, "2010-03-31"));
    assertEquals(152, count(PRIMARY_CARE_TRUST, "2010-03-31") + count(CARE_TRUST, "2010-03-31"));
    assertEquals(151, count(PRIMARY_CARE_TRUST, "2010-04-01") + count(CARE_TRUST, "2010-04-01"));
  }

  @Test
  void cliniclCommissioningGroupsOnEachFirstOfApril() {
    assertEquals(211, count(CLINICAL_COMMISSIONING_GROUP, "2013-04-01"));
    assertEquals(209, count(CLINICAL_COMMISSIONING_GROUP, "2015-04-01"));
    assertEquals(207, count(CLINICAL_COMMISSIONING_GROUP, "2017-04-01"));
    assertEquals(195, count(CLINICAL_COMMISSIONING_GROUP, "2018-04-01"));
    assertEquals(191, count(CLINICAL_COMMISSIONING_GROUP, "2019-04-01"));
    assertEquals(135, count(CLINICAL_COMMISSIONING_GROUP, "2020-04-01"));
    assertEquals(106, count(CLINICAL_COMMISSIONING_GROUP, "2021-04-01"));
    assertEquals(0, count(PRIMARY_CARE_TRUST, "2013-04-01"));
  }

  @Test
  void fortyTwoBoardsAndOneHundredAndSixSubIcbLocationsFromJuly2022() {
    assertEquals(42, count(INTEGRATED_CARE_BOARD, "2022-07-01"));
    assertEquals(106, count(SUB_ICB_LOCATION, "2022-07-01"));
    assertEquals(0, count(CLINICAL_COMMISSIONING_GROUP, "2022-07-01"));
    assertEquals(106, count(CLINICAL_COMMISSIONING_GROUP, "2022-06-30"));
  }

  private static List<MembershipRecord> membershipRows() throws IOException {
    try (var in = OdsExtracts.open(OdsExtracts.MEMBERSHIP)) {
      return OdsFormats.MEMBERSHIP.read(in, OdsExtracts.MEMBERSHIP);
    }
  }

  @Test
  void everyRowOfTheMembershipFileIsReproducedOnItsFirstAndLastDay() throws IOException {
    int checked = 0;
    List<String> misses = new ArrayList<>();
    for (MembershipRecord row : membershipRows()) {
      // The last day the row speaks for: its leaving day, or the file's date while it is open
      // (a row that starts after the file's date speaks only for its first day).
      LocalDate last = row.left().orElse(row.joined().isAfter(OdsHistory.MEMBERSHIP_FILE_DATE)
          ? row.joined() : OdsHistory.MEMBERSHIP_FILE_DATE);
      for (LocalDate day : List.of(row.joined(), last)) {
        Optional<OdsCode> parent = history.membershipOn(row.practice(), day).map(Membership::parent);
        if (!parent.equals(Optional.of(row.parent()))) {
          misses.add(row.practice() + " " + row.parent() + " on " + day + " gave " + parent.orElse(null));
        }
        checked++;
      }
    }
    assertEquals(2 * 47_822, checked);
    // One row names a CCG after it closed: P84676 stayed with 00W until 2017-07-04 in the file,
    // but 00W merged into 14L on 2017-04-01, so the history moves it with the merger.
    assertEquals(List.of("P84676 00W on 2017-07-04 gave 14L"), misses);
  }

  @Test
  void april2013Moved8092GpPracticesFrom151PctsTo211CcgsWith47PctsSplitting() {
    LocalDate before = LocalDate.of(2013, 3, 31);
    LocalDate after = LocalDate.of(2013, 4, 1);
    Map<OdsCode, Set<OdsCode>> ccgsByPct = new TreeMap<>();
    Set<OdsCode> ccgs = new TreeSet<>();
    int moved = 0;
    for (Organisation practice : history.at(after).open(GP_PRACTICE)) {
      Optional<Organisation> from = history.commissionerOf(practice.code(), before);
      Optional<Organisation> to = history.commissionerOf(practice.code(), after);
      if (from.isPresent() && to.isPresent()
          && EnumSet.of(PRIMARY_CARE_TRUST, CARE_TRUST).contains(from.get().kind())
          && to.get().kind() == CLINICAL_COMMISSIONING_GROUP) {
        moved++;
        ccgsByPct.computeIfAbsent(from.get().code(), k -> new TreeSet<>()).add(to.get().code());
        ccgs.add(to.get().code());
      }
    }
    assertEquals(8_092, moved);
    assertEquals(151, ccgsByPct.size());
    assertEquals(211, ccgs.size());
    assertEquals(47, ccgsByPct.values().stream().filter(set -> set.size() > 1).count());
  }

  @Test
  void the2023SnapshotsSubIcbLocationsAreReproducedForEveryActiveGpPractice() throws IOException {
    LocalDate day = LocalDate.of(2023, 2, 28);
    int active = 0;
    List<String> misses = new ArrayList<>();
    try (var in = OdsExtracts.open(OdsExtracts.PRACTICES_2023)) {
      for (PracticeRecord practice : OdsFormats.PRACTICES.read(in, OdsExtracts.PRACTICES_2023)) {
        if (!practice.isGpPractice() || practice.status() != PracticeRecord.Status.ACTIVE) {
          continue;
        }
        active++;
        Optional<Organisation> found = history.commissionerOf(practice.code(), day);
        boolean welsh = found.map(o -> o.kind() == OrganisationKind.WELSH_LOCAL_HEALTH_BOARD)
            .orElse(false);
        if (!found.map(Organisation::code).equals(practice.commissioner())
            || !(welsh || found.get().kind() == SUB_ICB_LOCATION)) {
          misses.add(practice.code() + " " + practice.commissioner() + " "
              + found.map(o -> o.code() + " " + o.kind()));
        }
      }
    }
    System.out.printf("2023 snapshot: %d active GP practices, %d reproduced, misses %s%n", active,
        active - misses.size(), misses.stream().limit(20).toList());
    assertEquals(List.of(), misses.stream().limit(20).toList(), misses.size() + " misses");
  }

  @Test
  void theLandscapeOfKeyDaysIsSound() {
    for (String day : List.of("1999-04-01", "2002-04-01", "2006-10-01", "2010-03-31", "2013-04-01",
        "2019-04-01", "2022-07-01", "2023-02-28")) {
      var landscape = history.at(LocalDate.parse(day));
      assertEquals(landscape.open(GP_PRACTICE).size() * 8L,
          landscape.duties().size(), day);
    }
  }

  @Test
  void the2006SplitsOf5ddAnd5dvHaveTwoSuccessorsEach() {
    for (String split : List.of("5DD", "5DV")) {
      List<Succession> successors = history.lineage().successorsOf(OdsCode.of(split)).stream()
          .filter(s -> s.effective().equals(LocalDate.of(2006, 10, 1))).toList();
      assertEquals(2, successors.size(), split + " " + successors);
      assertTrue(successors.stream().allMatch(s -> s.share().equals(Share.of(1, 2))));
    }
  }

  @Test
  void aPracticesCommissionersFromA1999PcgToA2021Ccg() {
    OdsCode densham = OdsCode.of("A81001");
    assertEquals(List.of("4QP36 1999-04-01/2001-03-31", "5E1 2001-04-01/2013-03-31",
            "00K 2013-04-01/2020-03-31", "16C 2020-04-01/"),
        history.memberships(densham).stream().map(m -> m.parent() + " " + m.period()).toList());
    assertEquals(PRIMARY_CARE_GROUP, history.commissionerOf(densham, LocalDate.of(1999, 4, 1))
        .orElseThrow().kind());
    assertEquals(CLINICAL_COMMISSIONING_GROUP, history.commissionerOf(densham,
        LocalDate.of(2021, 4, 1)).orElseThrow().kind());
    assertEquals(SUB_ICB_LOCATION, history.commissionerOf(densham, LocalDate.of(2022, 7, 1))
        .orElseThrow().kind());
    assertEquals("NHS Hartlepool and Stockton-on-Tees", history.commissionerOf(densham,
        LocalDate.of(2013, 4, 1)).orElseThrow().name());
    // 00K's duties were carried by 16C after the 2020 merger.
    assertEquals(java.util.Map.of(OdsCode.of("16C"), Share.WHOLE), history.lineage().carriersOn(
        OdsCode.of("00K"), LocalDate.of(2021, 1, 1),
        (code, date) -> history.organisation(code, date).isPresent()));
  }

  @Test
  void aSuccessorOpenedBeforeTheMergerCarriesItsPredecessorsFromTheMergerDay() {
    // Newcastle Gateshead CCG (13T) opened on 2014-11-26; the merger took effect on 2015-04-01.
    OdsCode merged = OdsCode.of("13T");
    assertTrue(history.organisation(merged, LocalDate.of(2015, 1, 1)).isPresent());
    OdsCode gateshead = OdsCode.of("00F");
    assertEquals(Map.of(gateshead, Share.WHOLE), history.lineage().carriersOn(gateshead,
        LocalDate.of(2015, 3, 31), (code, date) -> history.organisation(code, date).isPresent()));
    assertEquals(Map.of(merged, Share.WHOLE), history.lineage().carriersOn(gateshead,
        LocalDate.of(2015, 4, 1), (code, date) -> history.organisation(code, date).isPresent()));
  }

  @Test
  void aHubWithSuccessorEdgesThatStayedOpenStillCarriesItself() {
    OdsCode hub = OdsCode.of("13W");
    assertEquals(OrganisationKind.COMMISSIONING_HUB,
        history.organisations(hub).get(0).kind());
    assertTrue(history.lineage().successorsOf(hub).size() >= 2);
    assertEquals(Map.of(hub, Share.WHOLE), history.lineage().carriersOn(hub, LocalDate.of(2017, 1, 1),
        (code, date) -> history.organisation(code, date).isPresent()));
  }

  @Test
  void aMalformedFileIsReportedWithFileLineAndFieldLeniently() throws IOException {
    java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("ods");
    for (String name : OdsExtracts.names()) {
      try (var in = OdsExtracts.open(name)) {
        java.nio.file.Files.copy(in, folder.resolve(name));
      }
    }
    java.nio.file.Files.writeString(folder.resolve(OdsExtracts.MEMBERSHIP),
        "\"A81001\",\"5E1\",\"W\",\"20010431\",\"20130331\",\"0\"\n",
        java.nio.file.StandardOpenOption.APPEND);
    List<Violation> problems = new ArrayList<>();
    History lenient = OdsHistory.load(io.github.commissioning.model.ods.OdsSource.folder(folder),
        problems::add);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(List.of(OdsExtracts.MEMBERSHIP, "47823", "4:joined", "20010431"),
        problems.get(0).subjects());
    assertEquals(history.memberships(OdsCode.of("A81001")), lenient.memberships(OdsCode.of("A81001")));
    io.github.commissioning.violation.ViolationException strict = org.junit.jupiter.api.Assertions
        .assertThrows(io.github.commissioning.violation.ViolationException.class,
            () -> OdsHistory.load(io.github.commissioning.model.ods.OdsSource.folder(folder)));
    assertTrue(strict.violates(io.github.commissioning.violation.Invariant.RECORD_MALFORMED));
  }

  @Test
  void theRealHistoryIsAlsoItsChangesIn2013ThePctsWereAbolishedAndTheCcgsEstablished() {
    List<io.github.commissioning.transition.Transition> changes =
        OdsHistory.changes(OdsExtracts::open, v -> { });
    for (int i = 1; i < changes.size(); i++) {
      assertTrue(!changes.get(i).date().isBefore(changes.get(i - 1).date()), "date order at " + i);
    }
    LocalDate abolition = LocalDate.of(2013, 4, 1);
    Map<String, Long> byKind = changes.stream().filter(c -> c.date().equals(abolition))
        .collect(java.util.stream.Collectors.groupingBy(c -> c.getClass().getSimpleName(),
            TreeMap::new, java.util.stream.Collectors.counting()));
    System.out.println("changes on 2013-04-01: " + byKind + " of " + changes.size() + " in all");
    long pctsAbolished = changes.stream().filter(c -> c.date().equals(abolition)
        && c instanceof io.github.commissioning.transition.Abolish a
        && EnumSet.of(PRIMARY_CARE_TRUST, CARE_TRUST).contains(history.organisations(a.body()).get(0).kind()))
        .count();
    long ccgsEstablished = changes.stream().filter(c -> c.date().equals(abolition)
        && c instanceof io.github.commissioning.transition.Establish e
        && e.body().kind() == CLINICAL_COMMISSIONING_GROUP).count();
    assertEquals(151, pctsAbolished);
    assertEquals(211, ccgsEstablished);
  }

  @Test
  void everyOpenGpPracticeHasACommissionerOnEveryFirstOfTheMonth() {
    int checked = 0;
    for (LocalDate day = LocalDate.of(1999, 4, 1); !day.isAfter(LocalDate.of(2023, 2, 1));
        day = day.plusMonths(1)) {
      LocalDate on = day;
      List<String> unattached = new ArrayList<>();
      for (Organisation practice : gpPracticesOpenOn(on)) {
        if (history.commissionerOf(practice.code(), on).isEmpty()) {
          unattached.add(practice.code().value());
        }
        checked++;
      }
      assertEquals(List.of(), unattached.stream().limit(5).toList(),
          unattached.size() + " GP practices without a commissioner on " + on);
    }
    assertTrue(checked > 2_000_000, "checked " + checked);
  }

  private static List<Organisation> gpPracticesOpenOn(LocalDate day) {
    return GP_PRACTICES.stream().filter(p -> p.isOpenOn(day)).toList();
  }

  private static final List<Organisation> GP_PRACTICES = new ArrayList<>();

  @BeforeAll
  static void gpPractices() throws IOException {
    try (var in = OdsExtracts.open(OdsExtracts.MEMBERSHIP)) {
      Set<OdsCode> codes = new TreeSet<>();
      OdsFormats.MEMBERSHIP.read(in, OdsExtracts.MEMBERSHIP).forEach(r -> codes.add(r.practice()));
      for (OdsCode code : codes) {
        history.organisations(code).stream().filter(o -> o.kind() == GP_PRACTICE)
            .forEach(GP_PRACTICES::add);
      }
    }
  }

  @Test
  void theLandscapeOfEveryApril1AndJuly1IsSound() {
    for (int year = 1999; year <= 2022; year++) {
      for (LocalDate day : List.of(LocalDate.of(year, 4, 1), LocalDate.of(year, 7, 1))) {
        history.at(day);
      }
    }
    history.at(LocalDate.of(2021, 6, 1));
  }

  @Test
  void a2016SuccessionReplacesTheCodesEarlierOne() {
    // 12J went to the hub 13W in 2015, then to 14J in 2016: one carrier at a time, never 200%.
    Map<OdsCode, Share> carriers = history.lineage().carriersOn(OdsCode.of("12J"),
        LocalDate.of(2016, 4, 1), (code, date) -> history.organisation(code, date).isPresent());
    assertEquals(1, carriers.size(), carriers::toString);
  }

  @Test
  void the2023SnapshotWinsWhereTheMembershipFileIsStale() {
    assertEquals(Optional.of(OdsCode.of("05W")), history.commissionerOf(OdsCode.of("Y05211"),
        LocalDate.of(2023, 2, 28)).map(Organisation::code));
  }
}
