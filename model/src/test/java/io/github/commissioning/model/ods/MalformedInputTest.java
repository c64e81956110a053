package io.github.commissioning.model.ods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad input is reported with the file, line, field and value in a lenient read, and
 * thrown, with the same problem, by a strict one.
 */
class MalformedInputTest {
  static final String FILE = "test.csv";
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static final String GOOD_MEMBERSHIP = "\"A81001\",\"5E1\",\"W\",\"20010401\",\"20130331\",\"0\"";
  static final String GOOD_PRACTICE = "\"A81001\",\"THE DENSHAM SURGERY\",\"Y63\",\"QHM\","
      + "\"THE HEALTH CENTRE\",\"LAWSON STREET\",\"STOCKTON-ON-TEES\",\"CLEVELAND\",\"\","
      + "\"TS18 1HU\",\"19740401\",\"\",\"A\",\"B\",\"16C\",\"20200401\",\"\",\"01642 672351\","
      + "\"\",\"\",\"\",\"0\",\"\",\"16C\",\"\",\"4\",\"\"";
  static final String SUCCESSOR_HEADER = "old_code,new_code,effective_date";
  static final String LIST_SIZE_HEADER = "Regional Office Name,Regional Office Code,"
      + "Area Team Name,Area Team Code,PCO Name,PCO Code,Practice Name,Practice Code,"
      + "Male 0-4,Female 0-4,Male 5-14,Female 5-14,Male 15-24,Female 15-24,Male 25-34,"
      + "Female 25-34,Male 35-44,Female 35-44,Male 45-54,Female 45-54,Male 55-64,Female 55-64,"
      + "Male 65-74,Female 65-74,Male 75+,Female 75+";
  static final String GOOD_LIST_SIZE = "EASTERN,Y09,EAST OF ENGLAND,Q35,BEDFORDSHIRE,5P200,"
      + "SOME PRACTICE,E81001,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18";

  static <T> ImportResult<T> lenient(RecordFormat<T> format, String text) {
    try {
      return format.readLenient(new ByteArrayInputStream(text.getBytes(WINDOWS_1252)), FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that a lenient read finds exactly one problem, with the given subjects, and that a
   * strict read throws it.
   *
   * @return the good records the lenient read found
   */
  static <T> ImmutableList<T> assertOneProblem(RecordFormat<T> format, String text,
      Invariant rule, long line, String field, String value) {
    ImportResult<T> result = lenient(format, text);
    assertEquals(1, result.problems().size(), () -> result.problems().toString());
    Violation problem = result.problems().get(0);
    assertEquals(rule.name(), problem.code(), problem::toString);
    assertEquals(List.of(FILE, Long.toString(line), field, value), problem.subjects());
    assertTrue(problem.message().startsWith(FILE + " line " + line), problem::message);
    ImportException thrown = assertThrows(ImportException.class,
        () -> format.read(new StringReader(text), FILE));
    assertEquals(FILE, thrown.file());
    assertEquals(List.of(problem), thrown.problems());
    assertTrue(thrown.violates(rule));
    assertTrue(thrown.getMessage().contains(problem.message()), thrown::getMessage);
    return result.records();
  }

  static String membership(String practice, String parent, String joined, String left) {
    return "\"" + practice + "\",\"" + parent + "\",\"W\",\"" + joined + "\",\"" + left
        + "\",\"0\"";
  }

  static String lines(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  @Test
  void goodLinesReadWithEitherLineEnding() throws IOException {
    String text = GOOD_MEMBERSHIP + "\n" + membership("A81001", "00K", "20130401", "") + "\r\n"
        + "A81002,5e1,W,20010401,,1";
    ImmutableList<MembershipRecord> records = OdsFormats.MEMBERSHIP.read(
        new StringReader(text), FILE);
    assertEquals(List.of(
        new MembershipRecord(OdsCode.of("A81001"), OdsCode.of("5E1"), LocalDate.of(2001, 4, 1),
            Optional.of(LocalDate.of(2013, 3, 31))),
        new MembershipRecord(OdsCode.of("A81001"), OdsCode.of("00K"), LocalDate.of(2013, 4, 1),
            Optional.empty()),
        new MembershipRecord(OdsCode.of("A81002"), OdsCode.of("5E1"), LocalDate.of(2001, 4, 1),
            Optional.empty())), records);
  }

  @Test
  void tooFewOrTooManyFieldsAreReportedAsTheWholeRecord() {
    String short1 = "\"A81002\",\"5E1\",\"W\",\"20010401\",\"20130331\"";
    ImmutableList<MembershipRecord> good = assertOneProblem(OdsFormats.MEMBERSHIP,
        lines(GOOD_MEMBERSHIP, short1, GOOD_MEMBERSHIP), Invariant.RECORD_MALFORMED, 2,
        "0:record", short1);
    assertEquals(2, good.size());
    String long1 = GOOD_MEMBERSHIP + ",\"\"";
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(long1), Invariant.RECORD_MALFORMED, 1,
        "0:record", long1);
    assertOneProblem(OdsFormats.SUCCESSORS, lines(SUCCESSOR_HEADER, "5QX,5QY"),
        Invariant.RECORD_MALFORMED, 2, "0:record", "5QX,5QY");
  }

  @Test
  void badDatesNameTheirField() {
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(GOOD_MEMBERSHIP,
        membership("A81002", "5E1", "20130231", "")), Invariant.RECORD_MALFORMED, 2, "4:joined",
        "20130231");
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(membership("A81002", "5E1", "2013-04-01", "")),
        Invariant.RECORD_MALFORMED, 1, "4:joined", "2013-04-01");
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(membership("A81002", "5E1", "", "20130331")),
        Invariant.RECORD_MALFORMED, 1, "4:joined", "");
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(membership("A81002", "5E1", "20010401",
        "2013033")), Invariant.RECORD_MALFORMED, 1, "5:left", "2013033");
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(membership("A81002", "5E1", "20130401",
        "20130331")), Invariant.RECORD_MALFORMED, 1, "5:left", "20130331");
    assertOneProblem(OdsFormats.SUCCESSORS, lines(SUCCESSOR_HEADER, "5QX,5QY,2021-02-30"),
        Invariant.RECORD_MALFORMED, 2, "3:effective", "2021-02-30");
    assertOneProblem(OdsFormats.SUCCESSORS, lines("from,to,legal_start", "5QX,5QY,20210401"),
        Invariant.RECORD_MALFORMED, 2, "3:effective", "20210401");
  }

  @Test
  void badCodesNameTheirField() {
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(membership("A81002", "5q-g", "20010401", "")),
        Invariant.RECORD_MALFORMED, 1, "2:parent", "5q-g");
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(membership("", "5QG", "20010401", "")),
        Invariant.RECORD_MALFORMED, 1, "1:practice", "");
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(membership("A8100123456", "5QG", "20010401",
        "")), Invariant.RECORD_MALFORMED, 1, "1:practice", "A8100123456");
    assertOneProblem(OdsFormats.PCOS_2012, lines("PCO12CD,PCO12CDO,PCO12NM", "5A3,5A3,Glos"),
        Invariant.RECORD_MALFORMED, 2, "1:onsCode", "5A3");
  }

  @Test
  void badNumbersAndFlagsNameTheirField() {
    String noSetting = GOOD_PRACTICE.replace("\"4\",\"\"", "\"four\",\"\"");
    assertOneProblem(OdsFormats.PRACTICES, lines(noSetting), Invariant.RECORD_MALFORMED, 1,
        "26:prescribingSetting", "four");
    assertOneProblem(OdsFormats.PRACTICES, lines(GOOD_PRACTICE.replace("\"A\",\"B\"",
        "\"X\",\"B\"")), Invariant.RECORD_MALFORMED, 1, "13:status", "X");
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(GOOD_MEMBERSHIP.replace("\"0\"", "\"2\"")),
        Invariant.RECORD_MALFORMED, 1, "6:amended", "2");
    assertOneProblem(OdsFormats.LIST_SIZES_2013, lines(LIST_SIZE_HEADER,
        GOOD_LIST_SIZE.replace(",1,2,", ",-1,2,")), Invariant.RECORD_MALFORMED, 2,
        "9:males 0-4", "-1");
    assertOneProblem(OdsFormats.LIST_SIZES_2013, lines(LIST_SIZE_HEADER,
        GOOD_LIST_SIZE.replace(",18", ",99999999999")), Invariant.RECORD_MALFORMED, 2,
        "26:females 75+", "99999999999");
    assertOneProblem(OdsFormats.LIST_SIZES_2013, lines(LIST_SIZE_HEADER,
        GOOD_LIST_SIZE.replace("5P200", "5P2")), Invariant.RECORD_MALFORMED, 2, "6:pco", "5P2");
    String pctHeader = "pct_code,pct_ons_code,pct_name,ccg_code,ccg_ons_code,ccg_name,pcd_percent";
    assertOneProblem(OdsFormats.PCT_TO_CCG_2013, lines(pctHeader,
        "5A3,E16000001,South Gloucestershire,12A,E38000155,NHS South Gloucestershire CCG,100.5"),
        Invariant.RECORD_MALFORMED, 2, "7:percent", "100.5");
    assertOneProblem(OdsFormats.PCT_TO_CCG_2013, lines(pctHeader,
        "5A3,E16000001,South Gloucestershire,12A,E38000155,NHS South Gloucestershire CCG,1e2"),
        Invariant.RECORD_MALFORMED, 2, "7:percent", "1e2");
  }

  @Test
  void listSizesAreTotalledBySexAndBand() throws IOException {
    ListSizeRecord list = OdsFormats.LIST_SIZES_2013.read(
        new StringReader(lines(LIST_SIZE_HEADER, GOOD_LIST_SIZE)), FILE).get(0);
    RegisteredPatients patients = list.patients();
    assertEquals(1, patients.males(RegisteredPatients.AgeBand.AGED_0_TO_4));
    assertEquals(18, patients.females(RegisteredPatients.AgeBand.AGED_75_AND_OVER));
    assertEquals(81, patients.totalMales());
    assertEquals(90, patients.totalFemales());
    assertEquals(171, patients.total());
    assertEquals(OdsCode.of("5P2"), list.commissioner());
  }

  @Test
  void unbalancedOrStrayQuotesNameTheirField() {
    String open = "\"A81002\",\"5E1\",\"W\",\"20010401\",\"\",\"0";
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(GOOD_MEMBERSHIP, open, GOOD_MEMBERSHIP),
        Invariant.RECORD_MALFORMED, 2, "6:amended", "\"0");
    String afterClose = "\"A81002\",\"5E1\"x,\"W\",\"20010401\",\"\",\"0\"";
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(afterClose), Invariant.RECORD_MALFORMED, 1,
        "2:parent", "\"5E1\"x");
    String stray = "A81002,5E\"1,W,20010401,,0";
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(stray), Invariant.RECORD_MALFORMED, 1,
        "2:parent", "5E\"1");
  }

  @Test
  void quotedFieldsKeepCommasAndDoubledQuotes() throws IOException {
    ImmutableList<OnsBody> bodies = OdsFormats.CCGS_2013.read(new StringReader(
        lines("CCG13CD,CCG13CDH,CCG13NM", "E38000001,02N,\"NHS Airedale, \"\"Wharfedale\"\"\"")),
        FILE);
    assertEquals("NHS Airedale, \"Wharfedale\"", bodies.get(0).name());
  }

  @Test
  void aLineOverSixtyFourKibIsTooLarge() {
    String huge = GOOD_MEMBERSHIP + ",\"" + Strings.repeat("x", 70_000) + "\"";
    ImmutableList<MembershipRecord> good = assertOneProblem(OdsFormats.MEMBERSHIP,
        lines(GOOD_MEMBERSHIP, huge, GOOD_MEMBERSHIP), Invariant.INPUT_TOO_LARGE, 2, "0:record",
        huge.substring(0, 100) + "...");
    assertEquals(2, good.size());
    // A line of exactly the limit is not too large, even with CRLF: it is only malformed.
    String limit = GOOD_MEMBERSHIP + ",\""
        + Strings.repeat("x", RecordFormat.MAX_LINE_LENGTH - GOOD_MEMBERSHIP.length() - 3) + "\"";
    assertEquals(RecordFormat.MAX_LINE_LENGTH, limit.length());
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(limit), Invariant.RECORD_MALFORMED, 1,
        "0:record", limit.substring(0, 100) + "...");
  }

  @Test
  void nulBytesAndOtherJunkNameTheirField() {
    String nul = membership("A81002", "5E1", "2001\u00000401", "");
    assertOneProblem(OdsFormats.MEMBERSHIP, lines(GOOD_MEMBERSHIP, nul),
        Invariant.RECORD_MALFORMED, 2, "4:joined", "2001\\u00000401");
    ImportResult<MembershipRecord> binary = lenient(OdsFormats.MEMBERSHIP,
        "\u0000\u0000\u0001\u00ff\u0000\n" + GOOD_MEMBERSHIP);
    assertEquals(1, binary.records().size());
    assertEquals(List.of(FILE, "1", "1:practice", "\\u0000\\u0000\\u0001\u00ff\\u0000"),
        binary.problems().get(0).subjects());
    ImportResult<MembershipRecord> undecodable = OdsFormatsTestSupport.lenientBytes(
        OdsFormats.MEMBERSHIP, new byte[] {'"', 'A', (byte) 0x81, '"', ',', 'B'});
    assertEquals(List.of(FILE, "1", "1:practice", "A\\uFFFD"),
        undecodable.problems().get(0).subjects());
  }

  @Test
  void anEmptyFileHasNoRecords() {
    assertOneProblem(OdsFormats.MEMBERSHIP, "", Invariant.RECORD_MALFORMED, 1, "0:record", "");
    assertOneProblem(OdsFormats.MEMBERSHIP, "\r\n\n", Invariant.RECORD_MALFORMED, 3, "0:record",
        "");
    assertOneProblem(OdsFormats.SUCCESSORS, "", Invariant.RECORD_MALFORMED, 1, "1:predecessor",
        "");
  }

  @Test
  void aFileOfOnlyAHeaderHasNoRecords() {
    assertOneProblem(OdsFormats.SUCCESSORS, lines(SUCCESSOR_HEADER), Invariant.RECORD_MALFORMED,
        2, "0:record", "");
    assertOneProblem(OdsFormats.LIST_SIZES_2013, LIST_SIZE_HEADER, Invariant.RECORD_MALFORMED, 2,
        "0:record", "");
  }

  @Test
  void aWrongHeaderNamesTheFirstWrongColumn() {
    ImmutableList<SuccessionRecord> records = assertOneProblem(OdsFormats.SUCCESSORS,
        lines("old_code,successor,effective_date", "5QX,5QY,2021-04-01"),
        Invariant.RECORD_MALFORMED, 1, "2:successor", "successor");
    assertEquals(1, records.size());
    assertOneProblem(OdsFormats.SUCCESSORS, lines(GOOD_MEMBERSHIP), Invariant.RECORD_MALFORMED,
        1, "1:predecessor", "A81001");
    // Either published header is accepted, in any case, after a byte order mark.
    assertEquals(1, lenient(OdsFormats.SUCCESSORS, "\u00ef\u00bb\u00bfFROM,To,legal_start\n"
        + "5QX,5QY,2021-04-01").records().size());
  }

  @Test
  void aStreamOfMoreThanAMillionLinesIsStoppedNotReadForever() {
    ImportResult<MembershipRecord> endless = OdsFormatsTestSupport.lenientStream(
        OdsFormats.MEMBERSHIP, OdsFormatsTestSupport.endless((byte) '\n'));
    assertEquals(List.of(FILE, "1000001", "0:record", ""),
        endless.problems().get(0).subjects());
    assertEquals(Invariant.INPUT_TOO_LARGE.name(), endless.problems().get(0).code());
    assertThrows(ImportException.class, () -> OdsFormats.MEMBERSHIP.read(
        OdsFormatsTestSupport.endless((byte) '\n'), FILE));
  }

  /**
   * Regression: the limit was ten million records, which at about 230 bytes a record took more
   * than 2 GB, so endless good records ran a 1 GB heap out of memory before reaching it.
   */
  @Test
  void endlessGoodRecordsStopAtTheLimitWithinAModestHeap() {
    ImportResult<MembershipRecord> endless = OdsFormatsTestSupport.lenientStream(
        OdsFormats.MEMBERSHIP, OdsFormatsTestSupport.endless((GOOD_MEMBERSHIP + "\n")
            .getBytes(WINDOWS_1252)));
    assertEquals(RecordFormat.MAX_RECORDS, endless.records().size());
    assertEquals(1, endless.problems().size());
    assertEquals(Invariant.INPUT_TOO_LARGE.name(), endless.problems().get(0).code());
    assertEquals(List.of(FILE, Integer.toString(RecordFormat.MAX_RECORDS + 1), "0:record",
        GOOD_MEMBERSHIP), endless.problems().get(0).subjects());
  }

  @Test
  void endlessBadRecordsStopAfterTheMostProblems() {
    ImportResult<MembershipRecord> endless = OdsFormatsTestSupport.lenientStream(
        OdsFormats.MEMBERSHIP, OdsFormatsTestSupport.endless((byte) ',', (byte) '\n'));
    assertEquals(RecordFormat.MAX_PROBLEMS + 1, endless.problems().size());
    Violation last = endless.problems().get(RecordFormat.MAX_PROBLEMS);
    assertEquals(Invariant.INPUT_TOO_LARGE.name(), last.code());
    assertEquals(List.of(FILE, "10000", "0:record", ","), last.subjects());
  }

  /** Regression: an endless line used to be read to its end, that is for ever. */
  @Test
  void anEndlessLineStopsAStrictReadAtTheLineLimit() {
    ImportException thrown = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(ImportException.class, () -> OdsFormats.MEMBERSHIP.read(
            new SequenceInputStream(new ByteArrayInputStream(lines(GOOD_MEMBERSHIP)
                .getBytes(WINDOWS_1252)), OdsFormatsTestSupport.endless((byte) 'x')), FILE)));
    assertEquals(List.of(FILE, "2", "0:record", "x".repeat(100) + "..."),
        thrown.problems().get(0).subjects());
    assertEquals(Invariant.INPUT_TOO_LARGE.name(), thrown.problems().get(0).code());
    assertTrue(thrown.getMessage().contains("longer than 65536 characters"), thrown::getMessage);
  }

  /** Regression: a lenient read skipped an endless line for ever, looking for its end. */
  @Test
  void anEndlessLineStopsALenientReadAfterTheMostItSkips() {
    ImportResult<MembershipRecord> result = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> OdsFormatsTestSupport.lenientStream(OdsFormats.MEMBERSHIP, new SequenceInputStream(
            new ByteArrayInputStream(lines(GOOD_MEMBERSHIP).getBytes(WINDOWS_1252)),
            OdsFormatsTestSupport.endless((byte) 'x'))));
    assertEquals(1, result.records().size());
    assertEquals(List.of(Invariant.INPUT_TOO_LARGE.name(), Invariant.INPUT_TOO_LARGE.name()),
        result.problems().stream().map(Violation::code).toList());
    Violation stopped = result.problems().get(1);
    assertEquals(List.of(FILE, "2", "0:record", "x".repeat(100) + "..."), stopped.subjects());
    assertTrue(stopped.message().endsWith("goes on for more than " + RecordFormat.MAX_SKIPPED
        + " characters without a line end; reading stopped"), stopped::message);
  }

  @Test
  void aLongLineWithinTheSkipLimitIsSkippedAndReadingGoesOn() {
    String long1 = "x".repeat(RecordFormat.MAX_LINE_LENGTH * 3);
    String exact = "y".repeat(RecordFormat.MAX_LINE_LENGTH + 1);
    ImportResult<MembershipRecord> result = lenient(OdsFormats.MEMBERSHIP,
        lines(GOOD_MEMBERSHIP, long1, GOOD_MEMBERSHIP, exact) + GOOD_MEMBERSHIP);
    assertEquals(3, result.records().size());
    assertEquals(List.of("2", "4"), result.problems().stream().map(p -> p.subjects().get(1))
        .toList());
    assertTrue(result.problems().stream().allMatch(p -> p.is(Invariant.INPUT_TOO_LARGE)));
  }

  @Test
  void strictReadsThrowAtTheFirstProblemOnly() {
    String text = lines(membership("A81002", "5E1", "20130231", ""),
        membership("A81002", "5q-g", "20130201", ""));
    assertEquals(2, lenient(OdsFormats.MEMBERSHIP, text).problems().size());
    ImportException thrown = assertThrows(ImportException.class,
        () -> OdsFormats.MEMBERSHIP.read(new StringReader(text), FILE));
    assertEquals(1, thrown.problems().size());
    assertEquals("test.csv line 1, field 4 (joined): '20130231' is not a day of the calendar",
        thrown.problems().get(0).message());
    assertEquals("Cannot import test.csv: test.csv line 1, field 4 (joined): '20130231' is not a"
        + " day of the calendar", thrown.getMessage());
    ImportException all = assertThrows(ImportException.class,
        () -> lenient(OdsFormats.MEMBERSHIP, text).recordsOrThrow());
    assertEquals(2, all.problems().size());
  }
}
