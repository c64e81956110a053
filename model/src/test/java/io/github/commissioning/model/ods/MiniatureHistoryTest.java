package io.github.commissioning.model.ods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.history.History;
import io.github.commissioning.model.history.Membership;
import io.github.commissioning.model.history.Succession;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.time.Period;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The import's rules, one by one, on a handful of records in the published formats: fast enough
 * to run for every change, where the real-history tests check the whole.
 */
class MiniatureHistoryTest {
  private static final LocalDate APRIL_2013 = LocalDate.of(2013, 4, 1);
  private static final LocalDate APRIL_2020 = LocalDate.of(2020, 4, 1);

  private static final OdsCode DENSHAM = OdsCode.of("A81001");
  private static final OdsCode FOLLOWER = OdsCode.of("A81004");
  private static final OdsCode CLOSED = OdsCode.of("A81003");
  private static final OdsCode PRISON = OdsCode.of("Y01234");
  private static final OdsCode CARE_TRUST_PRACTICE = OdsCode.of("B82001");
  private static final OdsCode PCG = OdsCode.of("4QP36");
  private static final OdsCode PCT = OdsCode.of("5E1");
  private static final OdsCode CARE_TRUST = OdsCode.of("TAC");
  private static final OdsCode CCG = OdsCode.of("00K");
  private static final OdsCode MERGED = OdsCode.of("16C");
  private static final OdsCode HUB = OdsCode.of("13Q");
  private static final OdsCode ICB = OdsCode.of("QHM");
  private static final OdsCode SHA = OdsCode.of("Q30");
  private static final OdsCode EARLY_SHA = OdsCode.of("Q09");
  private static final OdsCode AUTHORITY = OdsCode.of("QAB");

  /** A record of the 27 standard ODS fields, with the given ones filled in. */
  private static String standard(Map<Integer, String> fields) {
    List<String> all = new ArrayList<>(Collections.nCopies(27, ""));
    fields.forEach(all::set);
    return all.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(",")) + "\n";
  }

  private static String practice(String code, String name, String opened, String closed,
      String status, String commissioner, String joined, String setting) {
    Map<Integer, String> fields = new HashMap<>(Map.of(0, code, 1, name, 10, opened, 11, closed,
        12, status, 14, commissioner, 15, joined, 21, "0", 25, setting));
    return standard(fields);
  }

  private static String commissioner(String code, String name, String opened, String closed,
      String role) {
    return standard(Map.of(0, code, 1, name, 10, opened, 11, closed, 13, role, 21, "1"));
  }

  /** The files of a small world around one Stockton practice. */
  private static Map<String, String> files() {
    Map<String, String> files = new HashMap<>();
    files.put("epcmem_2019-08-30.csv", String.join("\n",
        "\"A81001\",\"4QP36\",\"W\",\"19990401\",\"20010331\",\"0\"",
        "\"A81001\",\"5E1\",\"W\",\"20010401\",\"20130331\",\"0\"",
        "\"A81001\",\"00K\",\"W\",\"20130401\",\"\",\"0\"",
        "\"A81004\",\"5E1\",\"W\",\"20010401\",\"20130331\",\"0\"",
        "\"A81004\",\"00K\",\"W\",\"20130401\",\"\",\"0\"",
        "\"A81003\",\"5E1\",\"W\",\"20010401\",\"20130331\",\"0\"",
        "\"A81003\",\"00K\",\"W\",\"20130401\",\"20171031\",\"0\"",
        "\"B82001\",\"TAC\",\"W\",\"20020401\",\"20130331\",\"0\"",
        "\"Y01234\",\"13Q\",\"W\",\"20130401\",\"20150331\",\"0\"",
        "\"A81005\",\"01A\",\"W\",\"20130401\",\"\",\"0\"",
        // Out of order, two back to back and one after a gap.
        "\"A81007\",\"00K\",\"W\",\"20170401\",\"20180331\",\"0\"",
        "\"A81007\",\"00K\",\"W\",\"20130401\",\"20150331\",\"0\"",
        "\"A81007\",\"00K\",\"W\",\"20150401\",\"20160331\",\"0\"",
        "\"A81008\",\"5QA\",\"W\",\"20070401\",\"20090331\",\"0\"",
        "\"A81009\",\"5QB\",\"W\",\"20020401\",\"20060630\",\"0\"",
        "\"W91001\",\"7A1\",\"W\",\"20030401\",\"\",\"0\"",
        "\"Y02000\",\"12G\",\"W\",\"20130401\",\"20150331\",\"0\"",
        "\"A81010\",\"00K\",\"W\",\"20130401\",\"20140331\",\"0\"") + "\n");
    files.put("epraccur_2019-08-30.csv",
        practice("A81001", "THE DENSHAM SURGERY", "19740401", "", "A", "00K", "20130401", "4")
        + practice("A81004", "KNOWN 2019", "19740401", "", "A", "00K", "20130401", "4")
        + practice("A81003", "VICTORIA MEDICAL PRACTICE", "19740401", "20171031", "C", "00K",
            "20130401", "4")
        + practice("A81010", "A PHARMACY", "19990401", "20140331", "C", "00K", "20130401", "1"));
    files.put("epraccur_2023-02-28.csv",
        practice("A81001", "THE DENSHAM SURGERY", "19740401", "", "A", "16C", "20200401", "4")
        // The file's membership is stale: the snapshot names another commissioner.
        + practice("A81005", "STALE IN THE FILE", "19740401", "", "A", "16C", "20130401", "4")
        // Not in the membership file at all: the snapshot's commissioner, joined and left.
        + standard(Map.ofEntries(Map.entry(0, "A81006"), Map.entry(1, "OPENED AND CLOSED"),
            Map.entry(10, "19740401"), Map.entry(11, "20210331"), Map.entry(12, "C"),
            Map.entry(14, "16C"), Map.entry(15, "20200401"), Map.entry(16, "20210331"),
            Map.entry(21, "0"), Map.entry(25, "4"))));
    files.put("eccg_2024-25.csv",
        commissioner("00K", "NHS HARTLEPOOL AND STOCKTON-ON-TEES CCG", "20130401", "20200331", "")
        + commissioner("16C", "NHS TEES VALLEY ICB - 16C", "20200401", "", "")
        + commissioner("01A", "NHS EAST LANCASHIRE CCG", "20130401", "", "")
        + commissioner("13Q", "NATIONAL COMMISSIONING HUB 1", "20130401", "", "RO218")
        + commissioner("A4R1E", "A REPORTING ENTITY", "20240401", "", "RO327"));
    files.put("ons_ccg_apr_2013.csv", "CCG13CD,CCG13CDH,CCG13NM\n"
        + "E38000075,00K,NHS Hartlepool and Stockton-on-Tees\n");
    files.put("ons_sicbl22_to_icb22.csv",
        "sicbl22_code,sicbl22_code_h,sicbl22_name,icb22_code,icb22_code_h,icb22_name\n"
        + "E38000247,16C,NHS North East and North Cumbria ICB - 16C,E54000050,QHM,"
        + "NHS North East and North Cumbria Integrated Care Board\n");
    files.put("ons_icb_names_codes_dec_2024.csv", "ICB24CD,ICB24CDH,ICB24NM,ObjectId\n"
        + "E54000050,QHM,NHS North East and North Cumbria Integrated Care Board,1\n");
    files.put("ons_pco_2012.csv", "\"PCO12CD\",\"PCO12CDO\",\"PCO12NM\"\n"
        + "\"E16000020\",\"5E1\",\"Stockton-on-Tees Teaching\"\n");
    files.put("ons_sha_2012.csv", "\"SHA12CD\",\"SHA12CDO\",\"SHA12NM\"\n"
        + "\"E18000001\",\"Q30\",\"North East\"\n");
    files.put("ons_pco12_sha12_lookup.csv",
        "\"PCO12CD\",\"PCO12CDO\",\"PCO12NM\",\"SHA12CD\",\"SHA12CDO\",\"SHA12NM\"\n"
        + "\"E16000020\",\"5E1\",\"Stockton-on-Tees Teaching\",\"E18000001\",\"Q30\",\"North East\"\n"
        // Named twice: the first SHA wins.
        + "\"E16000020\",\"5E1\",\"Stockton-on-Tees Teaching\",\"E18000002\",\"Q31\",\"North West\"\n"
        + "\"E16000090\",\"5QA\",\"Opened late\",\"E18000001\",\"Q30\",\"North East\"\n"
        + "\"E16000091\",\"5QB\",\"Closed early\",\"E18000001\",\"Q30\",\"North East\"\n");
    files.put("ods_succ_plus_succarc_2022-10.csv", "old_code,new_code,effective_date\n"
        + "00K,16C,2020-04-01\n"
        + "Q09,Q30,2006-07-01\n"
        + "QAB,Q09,2002-04-01\n"
        + "4QP36,5E1,2001-04-01\n"
        + "TAC,00K,2013-04-01\n"
        + "TAC,13Q,2013-04-01\n");
    files.put("ods_successors_full_xml_2023-09.csv", "from,to,legal_start\n"
        + "16C,16C,2022-07-01\n"
        + "00K,16C,2020-04-01\n");
    return files;
  }

  private static OdsSource source(Map<String, String> files) {
    return name -> {
      String text = files.get(name);
      if (text == null) {
        throw new FileNotFoundException(name);
      }
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    };
  }

  private static History load(Map<String, String> files, List<Violation> problems) {
    return OdsHistory.load(source(files), problems::add);
  }

  /** The small world with one more row in the membership file. */
  private static History withMembership(String row, List<Violation> problems) {
    Map<String, String> files = files();
    files.put("epcmem_2019-08-30.csv", files.get("epcmem_2019-08-30.csv") + row + "\n");
    return load(files, problems);
  }

  private static History clean() {
    List<Violation> problems = new ArrayList<>();
    History history = load(files(), problems);
    assertEquals(List.of(), problems);
    return history;
  }

  private static Optional<String> commissioner(History history, OdsCode practice, LocalDate day) {
    return history.commissionerOf(practice, day).map(o -> o.code() + " " + o.kind());
  }

  @Test
  void aPracticesCommissionerIsKnownOnEveryDayFromItsPcgToItsSubIcbLocation() {
    History history = clean();
    assertEquals(Optional.of("4QP36 PRIMARY_CARE_GROUP"),
        commissioner(history, DENSHAM, LocalDate.of(2001, 3, 31)));
    assertEquals(Optional.of("5E1 PRIMARY_CARE_TRUST"),
        commissioner(history, DENSHAM, LocalDate.of(2001, 4, 1)));
    assertEquals(Optional.of("5E1 PRIMARY_CARE_TRUST"),
        commissioner(history, DENSHAM, APRIL_2013.minusDays(1)));
    assertEquals(Optional.of("00K CLINICAL_COMMISSIONING_GROUP"),
        commissioner(history, DENSHAM, APRIL_2013));
    // The 2023 snapshot moves the practice on the day it gives, after the membership file ends.
    assertEquals(Optional.of("00K CLINICAL_COMMISSIONING_GROUP"),
        commissioner(history, DENSHAM, APRIL_2020.minusDays(1)));
    assertEquals(Optional.of("16C CLINICAL_COMMISSIONING_GROUP"),
        commissioner(history, DENSHAM, APRIL_2020));
    assertEquals(Optional.of("16C CLINICAL_COMMISSIONING_GROUP"),
        commissioner(history, DENSHAM, OdsHistory.ICB_DAY.minusDays(1)));
    assertEquals(Optional.of("16C SUB_ICB_LOCATION"),
        commissioner(history, DENSHAM, OdsHistory.ICB_DAY));
    assertEquals(Optional.empty(), commissioner(history, DENSHAM, LocalDate.of(1999, 3, 31)));
  }

  @Test
  void aPracticeOfACcgThatMergedAfterTheFileEndedFollowsTheMerger() {
    History history = clean();
    assertEquals(List.of(
        new Membership(FOLLOWER, PCT, Period.of(LocalDate.of(2001, 4, 1), APRIL_2013.minusDays(1))),
        new Membership(FOLLOWER, CCG, Period.of(APRIL_2013, APRIL_2020.minusDays(1))),
        new Membership(FOLLOWER, MERGED, Period.from(APRIL_2020))),
        history.memberships(FOLLOWER));
  }

  @Test
  void aPracticeThatClosedLeavesWithItsLastMembershipAndDoesNotFollowTheMerger() {
    History history = clean();
    assertEquals(List.of(Organisation.of(CLOSED, "VICTORIA MEDICAL PRACTICE",
        OrganisationKind.GP_PRACTICE, Period.of(LocalDate.of(2001, 4, 1), LocalDate.of(2017, 10, 31)))),
        history.organisations(CLOSED));
    assertEquals(Optional.of(CCG), history.membershipOn(CLOSED, LocalDate.of(2017, 10, 31))
        .map(Membership::parent));
    assertEquals(Optional.empty(), history.membershipOn(CLOSED, LocalDate.of(2017, 11, 1)));
    assertEquals(Optional.empty(), history.membershipOn(CLOSED, APRIL_2020));
  }

  @Test
  void bodiesAreKnownByTheirCodesAndNamedFromOnsWhereItNamesThem() {
    History history = clean();
    assertEquals(List.of(Organisation.of(PCG, "PRIMARY_CARE_GROUP 4QP36",
        OrganisationKind.PRIMARY_CARE_GROUP, Period.of(LocalDate.of(1999, 4, 1),
            LocalDate.of(2001, 3, 31)))), history.organisations(PCG));
    assertEquals(List.of(Organisation.of(PCT, "Stockton-on-Tees Teaching",
        OrganisationKind.PRIMARY_CARE_TRUST, Period.of(LocalDate.of(2001, 4, 1),
            APRIL_2013.minusDays(1)))), history.organisations(PCT));
    assertEquals(List.of(Organisation.of(CARE_TRUST, "CARE_TRUST TAC", OrganisationKind.CARE_TRUST,
        Period.of(LocalDate.of(2002, 4, 1), APRIL_2013.minusDays(1)))), history.organisations(CARE_TRUST));
    // The CCG of 2013 has the name ONS gave it then, not the file's latest.
    assertEquals(List.of(Organisation.of(CCG, "NHS Hartlepool and Stockton-on-Tees",
        OrganisationKind.CLINICAL_COMMISSIONING_GROUP, Period.of(APRIL_2013, APRIL_2020.minusDays(1)))),
        history.organisations(CCG));
    assertEquals(List.of(
        Organisation.of(MERGED, "NHS TEES VALLEY ICB - 16C", OrganisationKind.CLINICAL_COMMISSIONING_GROUP,
            Period.of(APRIL_2020, OdsHistory.ICB_DAY.minusDays(1))),
        Organisation.of(MERGED, "NHS TEES VALLEY ICB - 16C", OrganisationKind.SUB_ICB_LOCATION,
            OdsHistory.ICB_DAY)), history.organisations(MERGED));
    assertEquals(List.of(Organisation.of(HUB, "NATIONAL COMMISSIONING HUB 1",
        OrganisationKind.COMMISSIONING_HUB, APRIL_2013)), history.organisations(HUB));
    assertEquals(List.of(Organisation.of(ICB, "NHS North East and North Cumbria Integrated Care Board",
        OrganisationKind.INTEGRATED_CARE_BOARD, OdsHistory.ICB_DAY)), history.organisations(ICB));
    assertEquals(List.of(), history.organisations(OdsCode.of("A4R1E")));
  }

  @Test
  void practicesAreGpPracticesUnlessTheirSnapshotOrAYCodeSaysOtherwise() {
    History history = clean();
    assertEquals(List.of(Organisation.of(PRISON, "Practice Y01234",
        OrganisationKind.PRESCRIBING_COST_CENTRE, Period.of(APRIL_2013, LocalDate.of(2015, 3, 31)))),
        history.organisations(PRISON));
    assertEquals(List.of(Organisation.of(CARE_TRUST_PRACTICE, "Practice B82001",
        OrganisationKind.GP_PRACTICE, Period.of(LocalDate.of(2002, 4, 1), APRIL_2013.minusDays(1)))),
        history.organisations(CARE_TRUST_PRACTICE));
    assertEquals(Optional.of("13Q COMMISSIONING_HUB"), commissioner(history, PRISON, APRIL_2013));
  }

  @Test
  void strategicHealthAuthoritiesAndTheirPctsComeFromOnsAndSuccessorRecords() {
    History history = clean();
    assertEquals(List.of(Organisation.of(SHA, "North East", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
        Period.of(LocalDate.of(2006, 7, 1), APRIL_2013.minusDays(1)))), history.organisations(SHA));
    assertEquals(List.of(Organisation.of(EARLY_SHA, "Strategic health authority Q09",
        OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, Period.of(LocalDate.of(2002, 4, 1),
            LocalDate.of(2006, 6, 30)))), history.organisations(EARLY_SHA));
    assertEquals(List.of(Organisation.of(AUTHORITY, "Health authority QAB",
        OrganisationKind.HEALTH_AUTHORITY, Period.of(LocalDate.of(1996, 4, 1),
            LocalDate.of(2002, 3, 31)))), history.organisations(AUTHORITY));
    // The PCT is part of the first SHA the lookup names, from 2006 until both ended.
    assertEquals(Optional.empty(), history.parentOn(PCT, LocalDate.of(2006, 6, 30)));
    assertEquals(Optional.of(SHA), history.parentOn(PCT, LocalDate.of(2006, 7, 1)));
    assertEquals(Optional.of(SHA), history.parentOn(PCT, APRIL_2013.minusDays(1)));
    assertEquals(Optional.empty(), history.parentOn(PCT, APRIL_2013));
    assertEquals(Optional.of(ICB), history.parentOn(MERGED, OdsHistory.ICB_DAY));
    assertEquals(Optional.empty(), history.parentOn(MERGED, OdsHistory.ICB_DAY.minusDays(1)));
    assertEquals(1, history.count(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, LocalDate.of(2006, 6, 30)));
    assertEquals(1, history.count(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, LocalDate.of(2006, 7, 1)));
    assertEquals(0, history.count(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY, APRIL_2013));
  }

  @Test
  void successorRecordsBecomeLineageSharedEquallyAndWithoutSelfSuccessions() {
    History history = clean();
    assertEquals(List.of(new Succession(CARE_TRUST, CCG, APRIL_2013, Share.of(1, 2), false),
        new Succession(CARE_TRUST, HUB, APRIL_2013, Share.of(1, 2), false)),
        history.lineage().successorsOf(CARE_TRUST));
    // Recorded in both files, 00K's succession is one edge; 16C's record of itself is none.
    assertEquals(List.of(Succession.of(CCG, MERGED, APRIL_2020)), history.lineage().successorsOf(CCG));
    assertEquals(List.of(), history.lineage().successorsOf(MERGED));
    assertEquals(Map.of(MERGED, Share.WHOLE), history.lineage().carriersOn(CCG,
        LocalDate.of(2021, 1, 1), (code, day) -> history.organisation(code, day).isPresent()));
  }

  @Test
  void theChangesAreDatedInOrderAndIndexToTheSameHistory() {
    List<Violation> problems = new ArrayList<>();
    var changes = OdsHistory.changes(source(files()), problems::add);
    assertEquals(List.of(), problems);
    for (int i = 1; i < changes.size(); i++) {
      assertTrue(!changes.get(i).date().isBefore(changes.get(i - 1).date()), changes.get(i)::toString);
    }
    History indexed = History.index(changes, problems::add);
    assertEquals(List.of(), problems);
    assertEquals(clean().memberships(DENSHAM), indexed.memberships(DENSHAM));
  }

  @Test
  void aMembershipParentOfNoKnownKindIsReportedAndLeftOut() {
    List<Violation> problems = new ArrayList<>();
    History history = withMembership("\"C81001\",\"X99\",\"W\",\"20010401\",\"\",\"0\"", problems);
    Violation unknown = problems.get(0);
    assertEquals("RECORD_INCONSISTENT", unknown.code());
    assertEquals("Membership parent X99 has a code of no known kind of commissioner",
        unknown.message());
    assertEquals(List.of("X99"), unknown.subjects());
    assertEquals(List.of(), history.organisations(OdsCode.of("X99")));
  }

  @Test
  void aPracticeCodeThatDoesNotFitItsKindIsReportedAndLeftOut() {
    List<Violation> problems = new ArrayList<>();
    // A five-character code is no GP practice's.
    History history = withMembership("\"A8100\",\"5E1\",\"W\",\"20010401\",\"20130331\",\"0\"",
        problems);
    Violation misfit = problems.get(0);
    assertEquals("RECORD_INCONSISTENT", misfit.code());
    assertEquals("Practice code A8100 does not fit a GP_PRACTICE", misfit.message());
    assertEquals(List.of(), history.organisations(OdsCode.of("A8100")));
  }

  @Test
  void theStrictLoadRefusesAMalformedRecordNamingItsFileAndLine() {
    Map<String, String> files = files();
    files.put("ons_sha_2012.csv", files.get("ons_sha_2012.csv") + "\"E18000002\",\"Q31\"\n");
    ViolationException refused = assertThrows(ViolationException.class,
        () -> OdsHistory.load(source(files)));
    assertEquals(1, refused.violations().size(), refused::getMessage);
    assertTrue(refused.violations().get(0).message().contains("ons_sha_2012.csv"),
        refused::getMessage);
    assertTrue(refused.violations().get(0).message().contains("line 3"), refused::getMessage);
  }

  @Test
  void theStrictLoadOfSoundFilesGivesTheLenientHistory() {
    History strict = OdsHistory.load(source(files()));
    assertEquals(clean().memberships(FOLLOWER), strict.memberships(FOLLOWER));
  }

  @Test
  void aMissingFileIsAnUncheckedIoErrorNamingIt() {
    Map<String, String> files = files();
    files.remove("ons_sha_2012.csv");
    java.io.UncheckedIOException missing = assertThrows(java.io.UncheckedIOException.class,
        () -> OdsHistory.load(source(files), v -> { }));
    assertTrue(missing.getMessage().startsWith("Cannot read ons_sha_2012.csv: "), missing::getMessage);
  }

  private static List<Membership> memberships(History history, String practice) {
    return history.memberships(OdsCode.of(practice));
  }

  @Test
  void theSnapshotOverrulesAStaleMembershipFromTheDayAfterTheFileEnds() {
    OdsCode stale = OdsCode.of("A81005");
    assertEquals(List.of(
        new Membership(stale, OdsCode.of("01A"), Period.of(APRIL_2013, OdsHistory.MEMBERSHIP_FILE_DATE)),
        new Membership(stale, MERGED, Period.from(OdsHistory.MEMBERSHIP_FILE_DATE.plusDays(1)))),
        memberships(clean(), "A81005"));
  }

  @Test
  void aPracticeOnlyTheSnapshotHasBelongsFromItsJoiningToItsLeaving() {
    History history = clean();
    assertEquals(List.of(new Membership(OdsCode.of("A81006"), MERGED,
        Period.of(APRIL_2020, LocalDate.of(2021, 3, 31)))), memberships(history, "A81006"));
    assertEquals(List.of(Organisation.of(OdsCode.of("A81006"), "OPENED AND CLOSED",
        OrganisationKind.GP_PRACTICE, Period.of(APRIL_2020, LocalDate.of(2021, 3, 31)))),
        history.organisations(OdsCode.of("A81006")));
  }

  @Test
  void backToBackRowsOfOneBodyAreOneMembershipAndAGapIsALeaving() {
    OdsCode practice = OdsCode.of("A81007");
    assertEquals(List.of(
        new Membership(practice, CCG, Period.of(APRIL_2013, LocalDate.of(2016, 3, 31))),
        new Membership(practice, CCG, Period.of(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31)))),
        memberships(clean(), "A81007"));
  }

  @Test
  void aPctIsPartOfItsShaOnlyWhileBothWereOpen() {
    History history = clean();
    OdsCode late = OdsCode.of("5QA");
    assertEquals(Optional.empty(), history.parentOn(late, LocalDate.of(2007, 3, 31)));
    assertEquals(Optional.of(SHA), history.parentOn(late, LocalDate.of(2007, 4, 1)));
    assertEquals(Optional.of(SHA), history.parentOn(late, LocalDate.of(2009, 3, 31)));
    assertEquals(Optional.empty(), history.parentOn(late, LocalDate.of(2009, 4, 1)));
    assertEquals(Optional.empty(), history.parentOn(OdsCode.of("5QB"), LocalDate.of(2006, 6, 30)));
    assertEquals(List.of(Organisation.of(OdsCode.of("5QB"), "PRIMARY_CARE_TRUST 5QB",
        OrganisationKind.PRIMARY_CARE_TRUST, Period.of(LocalDate.of(2002, 4, 1), LocalDate.of(2006, 6, 30)))),
        history.organisations(OdsCode.of("5QB")));
  }

  @Test
  void welshBoardsHubsAndOtherCostCentresAreKnownByTheirCodesOrSnapshot() {
    History history = clean();
    assertEquals(Optional.of("7A1 WELSH_LOCAL_HEALTH_BOARD"),
        commissioner(history, OdsCode.of("W91001"), LocalDate.of(2010, 1, 1)));
    assertEquals(List.of(Organisation.of(OdsCode.of("12G"), "COMMISSIONING_HUB 12G",
        OrganisationKind.COMMISSIONING_HUB, Period.of(APRIL_2013, LocalDate.of(2015, 3, 31)))),
        history.organisations(OdsCode.of("12G")));
    assertEquals(List.of(Organisation.of(OdsCode.of("A81010"), "A PHARMACY",
        OrganisationKind.PRESCRIBING_COST_CENTRE, Period.of(APRIL_2013, LocalDate.of(2014, 3, 31)))),
        history.organisations(OdsCode.of("A81010")));
    assertEquals(List.of(Organisation.of(OdsCode.of("01A"), "NHS EAST LANCASHIRE CCG",
        OrganisationKind.CLINICAL_COMMISSIONING_GROUP, Period.of(APRIL_2013, OdsHistory.ICB_DAY.minusDays(1)))),
        history.organisations(OdsCode.of("01A")));
  }

  @Test
  void coverIsTheSmallestPeriodHoldingBoth() {
    LocalDate a = LocalDate.of(2001, 4, 1);
    LocalDate b = LocalDate.of(2005, 4, 1);
    assertEquals(Period.of(a, b.plusDays(9)), OdsHistory.cover(Period.of(a, b), Period.of(b, b.plusDays(9))));
    assertEquals(Period.of(a, b.plusDays(9)), OdsHistory.cover(Period.of(b, b.plusDays(9)), Period.of(a, b)));
    assertEquals(Period.of(a, b.plusDays(9)), OdsHistory.cover(Period.of(a, b.plusDays(9)), Period.of(b, b)));
    assertEquals(Period.from(a), OdsHistory.cover(Period.of(b, b), Period.from(a)));
    assertEquals(Period.from(a), OdsHistory.cover(Period.from(a), Period.of(b, b)));
  }
}
