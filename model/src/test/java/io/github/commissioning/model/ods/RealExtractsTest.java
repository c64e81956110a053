package io.github.commissioning.model.ods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.organisation.OdsCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every bundled extract reads with no problems, with the counts and values the sources give. */
class RealExtractsTest {
  private static final OdsCode A81001 = OdsCode.of("A81001");

  static <T> ImmutableList<T> readClean(RecordFormat<T> format, String name) {
    try (InputStream in = OdsExtracts.open(name)) {
      ImportResult<T> result = format.readLenient(in, name);
      assertEquals(List.of(), result.problems(), name);
      return result.records();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> ImmutableList<T> readStrict(RecordFormat<T> format, String name) {
    try (InputStream in = OdsExtracts.open(name)) {
      return format.read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyExtractReadsWithTheCountTheSourcesGive() {
    assertEquals(47_822, readClean(OdsFormats.MEMBERSHIP, OdsExtracts.MEMBERSHIP).size());
    assertEquals(25_480, readClean(OdsFormats.SUCCESSORS, OdsExtracts.SUCCESSORS).size());
    assertEquals(1_652, readClean(OdsFormats.SUCCESSORS, OdsExtracts.SUCCESSORS_2023).size());
    assertEquals(320, readClean(OdsFormats.COMMISSIONERS, OdsExtracts.CCGS).size());
    assertEquals(14_303, readClean(OdsFormats.PRACTICES, OdsExtracts.PRACTICES_2019).size());
    assertEquals(15_663, readClean(OdsFormats.PRACTICES, OdsExtracts.PRACTICES_2023).size());
    assertEquals(151, readClean(OdsFormats.PCOS_2012, OdsExtracts.PCOS_2012).size());
    assertEquals(10, readClean(OdsFormats.SHAS_2012, OdsExtracts.SHAS_2012).size());
    assertEquals(155, readClean(OdsFormats.PCO_TO_SHA_2012, OdsExtracts.PCO_TO_SHA_2012).size());
    assertEquals(211, readClean(OdsFormats.CCGS_2013, OdsExtracts.CCGS_2013).size());
    assertEquals(211, readClean(OdsFormats.CCG_TO_AREA_TEAM_2013,
        OdsExtracts.CCG_TO_AREA_TEAM_2013).size());
    assertEquals(25, readClean(OdsFormats.AREA_TEAMS_2013, OdsExtracts.AREA_TEAMS_2013).size());
    assertEquals(25, readClean(OdsFormats.AREA_TEAM_CODES_2013,
        OdsExtracts.AREA_TEAM_CODES_2013).size());
    assertEquals(237, readClean(OdsFormats.PCT_TO_CCG_2013, OdsExtracts.PCT_TO_CCG_2013).size());
    assertEquals(106, readClean(OdsFormats.CCG_TO_STP_2021, OdsExtracts.CCG_TO_STP_2021).size());
    assertEquals(106, readClean(OdsFormats.SUB_ICB_TO_ICB_2022,
        OdsExtracts.SUB_ICB_TO_ICB_2022).size());
    assertEquals(42, readClean(OdsFormats.ICBS_2024, OdsExtracts.ICBS_2024).size());
    assertEquals(9_754, readClean(OdsFormats.LIST_SIZES_2013, OdsExtracts.LIST_SIZES_2013).size());
  }

  @Test
  void strictReadsAgreeWithLenientOnes() {
    assertEquals(readClean(OdsFormats.MEMBERSHIP, OdsExtracts.MEMBERSHIP),
        readStrict(OdsFormats.MEMBERSHIP, OdsExtracts.MEMBERSHIP));
    assertEquals(readClean(OdsFormats.PRACTICES, OdsExtracts.PRACTICES_2019),
        readStrict(OdsFormats.PRACTICES, OdsExtracts.PRACTICES_2019));
  }

  @Test
  void theDenshamSurgeryWentFromPcgToPctToCcg() {
    List<MembershipRecord> densham = readClean(OdsFormats.MEMBERSHIP, OdsExtracts.MEMBERSHIP)
        .stream().filter(m -> m.practice().equals(A81001)).collect(Collectors.toList());
    assertEquals(List.of(
        new MembershipRecord(A81001, OdsCode.of("5E1"), LocalDate.of(2001, 4, 1),
            Optional.of(LocalDate.of(2013, 3, 31))),
        new MembershipRecord(A81001, OdsCode.of("00K"), LocalDate.of(2013, 4, 1),
            Optional.empty()),
        new MembershipRecord(A81001, OdsCode.of("4QP36"), LocalDate.of(1999, 4, 1),
            Optional.of(LocalDate.of(2001, 3, 31)))), densham);
    assertTrue(densham.get(1).isMemberOn(LocalDate.of(2024, 1, 1)));
    assertFalse(densham.get(0).isMemberOn(LocalDate.of(2013, 4, 1)));
  }

  /** The sources say each practice's memberships follow one another day by day; they do. */
  @Test
  void membershipIntervalsPerPracticeAreContiguous() {
    Map<OdsCode, List<MembershipRecord>> byPractice = new TreeMap<>();
    for (MembershipRecord m : readClean(OdsFormats.MEMBERSHIP, OdsExtracts.MEMBERSHIP)) {
      byPractice.computeIfAbsent(m.practice(), p -> new ArrayList<>()).add(m);
    }
    TreeSet<OdsCode> broken = new TreeSet<>();
    for (List<MembershipRecord> spells : byPractice.values()) {
      spells.sort(Comparator.comparing(MembershipRecord::joined));
      for (int i = 0; i + 1 < spells.size(); i++) {
        Optional<LocalDate> left = spells.get(i).left();
        if (left.isEmpty() || !left.get().plusDays(1).equals(spells.get(i + 1).joined())) {
          broken.add(spells.get(i).practice());
        }
      }
    }
    assertEquals(16_773, byPractice.size());
    assertEquals(Set.of(), broken);
  }

  /** No PCT's postcode percentages sum to anything but exactly 100. */
  @Test
  void everyPctsPostcodesSplitIntoExactlyOneHundredPerCent() {
    Map<OdsCode, BigDecimal> sums = new TreeMap<>();
    Map<OdsCode, Integer> parts = new TreeMap<>();
    for (PostcodeShareRecord share : readClean(OdsFormats.PCT_TO_CCG_2013,
        OdsExtracts.PCT_TO_CCG_2013)) {
      OdsCode pct = share.pct().odsCode().orElseThrow();
      sums.merge(pct, share.percent(), BigDecimal::add);
      parts.merge(pct, 1, Integer::sum);
    }
    Map<OdsCode, BigDecimal> notWhole = sums.entrySet().stream()
        .filter(e -> e.getValue().compareTo(BigDecimal.valueOf(100)) != 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(Map.of(), notWhole);
    assertEquals(151, sums.size());
    assertEquals(44, parts.values().stream().filter(n -> n > 1).count());
  }

  @Test
  void practiceFilesTellGpPracticesApart() {
    ImmutableList<PracticeRecord> practices2023 = readClean(OdsFormats.PRACTICES,
        OdsExtracts.PRACTICES_2023);
    assertEquals(8_641, practices2023.stream().filter(PracticeRecord::isGpPractice).count());
    assertEquals(8_201, readClean(OdsFormats.PRACTICES, OdsExtracts.PRACTICES_2019).stream()
        .filter(PracticeRecord::isGpPractice).count());
    PracticeRecord densham = practices2023.get(0);
    assertEquals(A81001, densham.code());
    assertEquals("THE DENSHAM SURGERY", densham.name());
    assertEquals(Optional.of(OdsCode.of("QHM")), densham.highLevelHealthGeography());
    assertEquals(Optional.of("TS18 1HU"), densham.postcode());
    assertEquals(LocalDate.of(1974, 4, 1), densham.opened());
    assertEquals(PracticeRecord.Status.ACTIVE, densham.status());
    assertEquals(Optional.of(OdsCode.of("16C")), densham.commissioner());
    assertEquals(Optional.of(LocalDate.of(2020, 4, 1)), densham.joinedCommissioner());
    assertEquals(Optional.empty(), densham.leftCommissioner());
    PracticeRecord victoria = practices2023.get(2);
    assertEquals(PracticeRecord.Status.CLOSED, victoria.status());
    assertEquals(Optional.of(LocalDate.of(2017, 10, 31)), victoria.closed());
  }

  @Test
  void commissionersCarryTheirRolesAndDates() {
    ImmutableList<CommissionerRecord> ccgs = readClean(OdsFormats.COMMISSIONERS, OdsExtracts.CCGS);
    CommissionerRecord darlington = ccgs.get(0);
    assertEquals(OdsCode.of("00C"), darlington.code());
    assertEquals(Optional.of(OdsCode.of("QHM")), darlington.highLevelHealthGeography());
    assertEquals(Optional.of(LocalDate.of(2020, 3, 31)), darlington.closed());
    // Open on 1 April, leaving out the commissioning hubs (role RO218).
    assertEquals(211, ccgs.stream().filter(c -> c.isOpenOn(LocalDate.of(2013, 4, 1))
        && !c.roles().contains("RO218")).count());
    assertEquals(106, ccgs.stream().filter(c -> c.isOpenOn(LocalDate.of(2021, 4, 1))
        && !c.roles().contains("RO218")).count());
    assertEquals(106, ccgs.stream().filter(c -> c.roles().contains("RO319")).count());
    assertEquals(6, ccgs.stream().filter(c -> c.roles().equals(ImmutableSet.of("RO319", "RO326")))
        .count());
  }

  /** The 2022 successor file holds 39 records that name one code as its own successor. */
  @Test
  void successorFilesHoldSelfSuccessions() {
    assertEquals(39, readClean(OdsFormats.SUCCESSORS, OdsExtracts.SUCCESSORS).stream()
        .filter(SuccessionRecord::isSelfSuccession).count());
    // 35 predecessor-successor pairs appear twice in it, with different dates.
    assertEquals(35, readClean(OdsFormats.SUCCESSORS, OdsExtracts.SUCCESSORS).stream()
        .collect(Collectors.groupingBy(s -> List.of(s.predecessor(), s.successor()),
            Collectors.counting())).values().stream().filter(n -> n > 1).count());
    assertEquals(0, readClean(OdsFormats.SUCCESSORS, OdsExtracts.SUCCESSORS_2023).stream()
        .filter(SuccessionRecord::isSelfSuccession).count());
    assertEquals(new SuccessionRecord(OdsCode.of("03A"), OdsCode.of("X2C4Y"),
        LocalDate.of(2021, 4, 1)), readClean(OdsFormats.SUCCESSORS, OdsExtracts.SUCCESSORS).get(0));
  }

  @Test
  void onsListsAndLookupsCarryBothCodes() {
    OnsBody southGlos = readClean(OdsFormats.PCO_TO_SHA_2012, OdsExtracts.PCO_TO_SHA_2012).get(0)
        .child();
    assertEquals(new OnsBody(OdsCode.of("E16000001"), Optional.of(OdsCode.of("5A3")),
        "South Gloucestershire"), southGlos);
    ImmutableList<OnsLookupRecord> pcoToSha = readClean(OdsFormats.PCO_TO_SHA_2012,
        OdsExtracts.PCO_TO_SHA_2012);
    assertEquals(Map.of("5K3", 2L, "5LH", 2L, "5N9", 2L, "5QG", 2L), pcoToSha.stream()
        .collect(Collectors.groupingBy(r -> r.child().odsCode().orElseThrow().value(),
            Collectors.counting())).entrySet().stream().filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    OnsBody westLondon = readClean(OdsFormats.CCGS_2013, OdsExtracts.CCGS_2013).stream()
        .filter(c -> c.odsCode().equals(Optional.of(OdsCode.of("08Y")))).findFirst().orElseThrow();
    assertEquals("NHS West London (Kensington and Chelsea, Queen\u2019s Park and Paddington)",
        westLondon.name());
    OnsLookupRecord airedale = readClean(OdsFormats.CCG_TO_AREA_TEAM_2013,
        OdsExtracts.CCG_TO_AREA_TEAM_2013).get(0);
    assertEquals("NHS Airedale, Wharfedale and Craven", airedale.child().name());
    assertEquals(OdsCode.of("E40000001"), airedale.grandparent().orElseThrow().onsCode());
    assertEquals(new OnsBody(OdsCode.of("E39000001"), Optional.of(OdsCode.of("Q44")),
        "Cheshire, Warrington and Wirral"), readClean(OdsFormats.AREA_TEAM_CODES_2013,
        OdsExtracts.AREA_TEAM_CODES_2013).get(0));
    assertEquals(42, readClean(OdsFormats.SUB_ICB_TO_ICB_2022, OdsExtracts.SUB_ICB_TO_ICB_2022)
        .stream().map(r -> r.parent().odsCode().orElseThrow()).distinct().count());
    assertEquals(42, readClean(OdsFormats.CCG_TO_STP_2021, OdsExtracts.CCG_TO_STP_2021)
        .stream().map(r -> r.parent().onsCode()).distinct().count());
  }

  @Test
  void listSizesCountPatientsByBandAndSex() {
    ImmutableList<ListSizeRecord> lists = readClean(OdsFormats.LIST_SIZES_2013,
        OdsExtracts.LIST_SIZES_2013);
    assertEquals(56_025_327L, lists.stream().mapToLong(l -> l.patients().total()).sum());
    ListSizeRecord first = lists.get(0);
    assertEquals(OdsCode.of("Y03644"), first.practice());
    assertEquals(OdsCode.of("5P200"), first.pco());
    assertEquals(OdsCode.of("5P2"), first.commissioner());
    for (ListSizeRecord list : lists) {
      long byBand = 0;
      for (RegisteredPatients.AgeBand band : RegisteredPatients.AgeBand.values()) {
        byBand += list.patients().inBand(band);
      }
      assertEquals(list.patients().total(), byBand);
      assertEquals(list.patients().total(),
          list.patients().totalMales() + list.patients().totalFemales());
    }
  }
}
