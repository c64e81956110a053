package io.github.commissioning.model.ods;

import static io.github.commissioning.model.ods.MalformedInputTest.FILE;
import static io.github.commissioning.model.ods.MalformedInputTest.GOOD_MEMBERSHIP;
import static io.github.commissioning.model.ods.MalformedInputTest.SUCCESSOR_HEADER;
import static io.github.commissioning.model.ods.MalformedInputTest.lenient;
import static io.github.commissioning.model.ods.MalformedInputTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a wrong, short, long, unreadable or missing header, or a missing record, is reported. */
class HeaderProblemsTest {
  private static final String RECORD = "5QX,5QY,2021-04-01";

  private static Violation onlyProblem(RecordFormat<?> format, String text) {
    ImportResult<?> result = lenient(format, text);
    assertEquals(1, result.problems().size(), result.problems()::toString);
    return result.problems().get(0);
  }

  @Test
  void aWrongColumnIsNamedWithTheHeaderExpected() {
    Violation problem = onlyProblem(OdsFormats.SUCCESSORS, lines("old_code,successor,effective_date", RECORD));
    assertEquals("test.csv line 1, field 2 (successor): 'successor' is not the header expected:"
        + " column 2 should be 'new_code' in old_code,new_code,effective_date", problem.message());
  }

  @Test
  void aShortHeaderNamesTheFirstMissingColumn() {
    Violation problem = onlyProblem(OdsFormats.SUCCESSORS, lines("old_code,new_code", RECORD));
    assertEquals(List.of(FILE, "1", "3:effective", ""), problem.subjects());
    assertEquals("test.csv line 1, field 3 (effective): '' is not the header expected:"
        + " column 3 should be 'effective_date' in old_code,new_code,effective_date", problem.message());
  }

  @Test
  void aLongHeaderNamesTheFirstExtraColumn() {
    Violation problem = onlyProblem(OdsFormats.SUCCESSORS,
        lines(SUCCESSOR_HEADER + ",note", RECORD));
    assertEquals(List.of(FILE, "1", "4:extra", "note"), problem.subjects());
    assertEquals("test.csv line 1, field 4 (extra): 'note' is not the header expected:"
        + " column 4 should be nothing in old_code,new_code,effective_date", problem.message());
  }

  @Test
  void aHeaderThatCannotBeSplitIsMalformed() {
    Violation problem = onlyProblem(OdsFormats.SUCCESSORS, lines("\"old_code,new_code,effective_date",
        RECORD));
    assertEquals(Invariant.RECORD_MALFORMED.name(), problem.code());
    assertEquals(List.of(FILE, "1", "1:header"), problem.subjects().subList(0, 3));
  }

  @Test
  void aHeaderInAnyCaseWithSpacesOrAByteOrderMarkIsAccepted() throws IOException {
    assertEquals(List.of(new SuccessionRecord(OdsCode.of("5QX"), OdsCode.of("5QY"),
        LocalDate.of(2021, 4, 1))), OdsFormats.SUCCESSORS.read(new StringReader(
            "\uFEFF OLD_CODE , New_Code,effective_DATE\n" + RECORD), FILE));
  }

  @Test
  void anEmptyFileOrOneWithoutRecordsSaysSo() {
    assertEquals("test.csv line 1, field 1 (predecessor): '' is not the expected header"
        + " old_code,new_code,effective_date: the file is empty",
        onlyProblem(OdsFormats.SUCCESSORS, "").message());
    assertEquals("test.csv line 2: the record '' is missing: the file holds no records after its"
        + " header", onlyProblem(OdsFormats.SUCCESSORS, SUCCESSOR_HEADER).message());
    assertEquals("test.csv line 1: the record '' is missing: the file holds no records",
        onlyProblem(OdsFormats.MEMBERSHIP, "").message());
    assertEquals("test.csv line 3: the record '' is missing: the file holds no records",
        onlyProblem(OdsFormats.MEMBERSHIP, "\n\n").message());
  }

  @Test
  void aCleanReadSaysSoAndAFormatIsKnownByItsName() {
    ImportResult<MembershipRecord> clean = lenient(OdsFormats.MEMBERSHIP, GOOD_MEMBERSHIP);
    assertTrue(clean.isClean());
    assertFalse(lenient(OdsFormats.MEMBERSHIP, "").isClean());
    assertEquals("successors", OdsFormats.SUCCESSORS.name());
    assertEquals("RecordFormat[epcmem]", OdsFormats.MEMBERSHIP.toString());
  }

  @Test
  void aRecordWithTheWrongNumberOfFieldsSaysHowManyItHas() {
    assertEquals("test.csv line 1: the record 'A81001' has 1 field where 6 are expected",
        onlyProblem(OdsFormats.MEMBERSHIP, "A81001").message());
    assertEquals("test.csv line 1: the record 'A81001,5E1' has 2 fields where 6 are expected",
        onlyProblem(OdsFormats.MEMBERSHIP, "A81001,5E1").message());
  }

  @Test
  void aValueIsShownWholeUpToTheLimitAndCutAfterIt() {
    String limit = "x".repeat(Fields.SHOWN);
    assertEquals(limit, Fields.show(limit));
    assertEquals(limit + "...", Fields.show(limit + "y"));
  }

  @Test
  void anImportExceptionCountsTheProblemsBeyondTheFirst() {
    Violation one = Violation.of(Invariant.RECORD_MALFORMED, "first", FILE);
    Violation two = Violation.of(Invariant.RECORD_MALFORMED, "second", FILE);
    assertEquals("Cannot import f.csv: first", new ImportException("f.csv", List.of(one)).getMessage());
    assertEquals("Cannot import f.csv: first (and 1 more problem)",
        new ImportException("f.csv", List.of(one, two)).getMessage());
    assertEquals("Cannot import f.csv: first (and 2 more problems)",
        new ImportException("f.csv", List.of(one, two, two)).getMessage());
  }
}
