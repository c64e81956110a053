package io.github.commissioning.model.ods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of randomly garbled lines, mixed with good ones, never make a lenient reader throw:
 * every problem names a line of the input, every non-blank line gives exactly one record or one
 * problem, and every good line still gives its record.
 */
class GarbledInputPropertyTest {
  private static final int LINES = 3_000;
  private static final int SAMPLES = 40;
  private static final long SEED = 20_130_401L;

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(OdsFormats.MEMBERSHIP, OdsExtracts.MEMBERSHIP),
        Arguments.of(OdsFormats.SUCCESSORS, OdsExtracts.SUCCESSORS),
        Arguments.of(OdsFormats.SUCCESSORS, OdsExtracts.SUCCESSORS_2023),
        Arguments.of(OdsFormats.COMMISSIONERS, OdsExtracts.CCGS),
        Arguments.of(OdsFormats.PRACTICES, OdsExtracts.PRACTICES_2019),
        Arguments.of(OdsFormats.PRACTICES, OdsExtracts.PRACTICES_2023),
        Arguments.of(OdsFormats.PCOS_2012, OdsExtracts.PCOS_2012),
        Arguments.of(OdsFormats.SHAS_2012, OdsExtracts.SHAS_2012),
        Arguments.of(OdsFormats.CCGS_2013, OdsExtracts.CCGS_2013),
        Arguments.of(OdsFormats.AREA_TEAMS_2013, OdsExtracts.AREA_TEAMS_2013),
        Arguments.of(OdsFormats.AREA_TEAM_CODES_2013, OdsExtracts.AREA_TEAM_CODES_2013),
        Arguments.of(OdsFormats.ICBS_2024, OdsExtracts.ICBS_2024),
        Arguments.of(OdsFormats.PCO_TO_SHA_2012, OdsExtracts.PCO_TO_SHA_2012),
        Arguments.of(OdsFormats.CCG_TO_AREA_TEAM_2013, OdsExtracts.CCG_TO_AREA_TEAM_2013),
        Arguments.of(OdsFormats.CCG_TO_STP_2021, OdsExtracts.CCG_TO_STP_2021),
        Arguments.of(OdsFormats.SUB_ICB_TO_ICB_2022, OdsExtracts.SUB_ICB_TO_ICB_2022),
        Arguments.of(OdsFormats.PCT_TO_CCG_2013, OdsExtracts.PCT_TO_CCG_2013),
        Arguments.of(OdsFormats.LIST_SIZES_2013, OdsExtracts.LIST_SIZES_2013));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("formats")
  <T> void garbledLinesAreReportedAndGoodLinesStayGood(RecordFormat<T> format, String extract) {
    List<byte[]> sample = firstLines(extract, SAMPLES + (format.hasHeader() ? 1 : 0));
    byte[] header = format.hasHeader() ? sample.remove(0) : null;
    ImmutableList<T> sampleRecords = readClean(format, header, sample);
    assertEquals(sample.size(), sampleRecords.size());

    Random random = new Random(SEED ^ extract.hashCode());
    List<byte[]> lines = new ArrayList<>();
    List<T> expected = new ArrayList<>(); // the records of the lines left good, in order
    List<Integer> goodLineNumbers = new ArrayList<>();
    int nonBlank = 0;
    if (header != null) {
      lines.add(header);
    }
    for (int i = 0; i < LINES; i++) {
      int pick = random.nextInt(sample.size());
      byte[] line = sample.get(pick);
      // Line 1 of a file without a header stays good, so that no junk looks like a byte order mark.
      if (random.nextInt(3) == 0 || lines.isEmpty()) {
        expected.add(sampleRecords.get(pick));
        goodLineNumbers.add(lines.size() + 1);
      } else {
        line = garble(line, random);
      }
      lines.add(line);
      if (!isBlank(line)) {
        nonBlank++;
      }
    }

    ImportResult<T> result;
    try {
      result = OdsFormatsTestSupport.lenientBytes(format, join(lines, random));
    } catch (Throwable thrown) {
      throw new AssertionError("A lenient read of garbled " + extract + " threw", thrown);
    }
    assertTrue(result.problems().size() <= LINES - goodLineNumbers.size() + 1);
    for (Violation problem : result.problems()) {
      assertTrue(problem.is(Invariant.RECORD_MALFORMED) || problem.is(Invariant.INPUT_TOO_LARGE),
          problem::toString);
      assertEquals(4, problem.subjects().size(), problem::toString);
      assertEquals(OdsFormatsTestSupport.FILE, problem.subjects().get(0));
      int line = Integer.parseInt(problem.subjects().get(1));
      assertTrue(line >= 1 && line <= lines.size(), problem::toString);
      assertTrue(!goodLineNumbers.contains(line), () -> "a good line was rejected: " + problem);
      assertTrue(problem.message().startsWith(OdsFormatsTestSupport.FILE + " line " + line),
          problem::message);
    }
    // Every non-blank line after the header gives exactly one record or one problem.
    int headerProblems = (int) result.problems().stream()
        .filter(p -> p.subjects().get(1).equals("1") && header != null).count();
    assertEquals(nonBlank, result.records().size() + result.problems().size() - headerProblems);
    assertSubsequence(expected, result.records());
    // The garbling bites: most garbled lines are rejected (about 80% are, for every format).
    assertTrue(result.problems().size() > (LINES - goodLineNumbers.size()) * 3 / 4,
        () -> result.problems().size() + " problems");
  }

  /** Garbles a line: truncates it, inserts junk, deletes commas or quotes, or swaps fields. */
  static byte[] garble(byte[] line, Random random) {
    byte[] garbled = line;
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      switch (random.nextInt(6)) {
        case 0 -> garbled = Arrays.copyOf(garbled, random.nextInt(garbled.length + 1));
        case 1 -> {
          int at = random.nextInt(garbled.length + 1);
          byte[] junk = new byte[1 + random.nextInt(4)];
          for (int i = 0; i < junk.length; i++) {
            int b;
            do {
              b = random.nextInt(256);
            } while (b == '\n');
            junk[i] = (byte) b;
          }
          garbled = insert(garbled, at, junk);
        }
        case 2 -> garbled = deleteOne(garbled, (byte) ',', random);
        case 3 -> garbled = deleteOne(garbled, (byte) '"', random);
        case 4 -> garbled = swapFields(garbled, random);
        default -> garbled = insert(garbled, random.nextInt(garbled.length + 1),
            new byte[] {(byte) (random.nextBoolean() ? ',' : '"')});
      }
    }
    return garbled;
  }

  private static byte[] insert(byte[] line, int at, byte[] junk) {
    byte[] result = new byte[line.length + junk.length];
    System.arraycopy(line, 0, result, 0, at);
    System.arraycopy(junk, 0, result, at, junk.length);
    System.arraycopy(line, at, result, at + junk.length, line.length - at);
    return result;
  }

  private static byte[] deleteOne(byte[] line, byte target, Random random) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < line.length; i++) {
      if (line[i] == target) {
        positions.add(i);
      }
    }
    if (positions.isEmpty()) {
      return line;
    }
    int at = positions.get(random.nextInt(positions.size()));
    byte[] result = new byte[line.length - 1];
    System.arraycopy(line, 0, result, 0, at);
    System.arraycopy(line, at + 1, result, at, line.length - at - 1);
    return result;
  }

  private static byte[] swapFields(byte[] line, Random random) {
    List<byte[]> fields = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= line.length; i++) {
      if (i == line.length || line[i] == ',') {
        fields.add(Arrays.copyOfRange(line, start, i));
        start = i + 1;
      }
    }
    int a = random.nextInt(fields.size());
    int b = random.nextInt(fields.size());
    byte[] kept = fields.get(a);
    fields.set(a, fields.get(b));
    fields.set(b, kept);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        joined.write(',');
      }
      joined.writeBytes(fields.get(i));
    }
    return joined.toByteArray();
  }

  /** A line the reader skips: empty once a final CR is removed. */
  private static boolean isBlank(byte[] line) {
    return line.length == 0 || (line.length == 1 && line[0] == '\r');
  }

  /** Joins lines with LF, or CRLF where the line does not already end with CR. */
  private static byte[] join(List<byte[]> lines, Random random) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      joined.writeBytes(line);
      boolean endsWithCr = line.length > 0 && line[line.length - 1] == '\r';
      if (!endsWithCr && random.nextBoolean()) {
        joined.write('\r');
      }
      joined.write('\n');
    }
    return joined.toByteArray();
  }

  private static <T> void assertSubsequence(List<T> expected, List<T> actual) {
    int at = 0;
    for (T record : expected) {
      while (at < actual.size() && !actual.get(at).equals(record)) {
        at++;
      }
      if (at == actual.size()) {
        fail("The record of a good line is missing: " + record);
      }
      at++;
    }
  }

  private static <T> ImmutableList<T> readClean(RecordFormat<T> format, byte[] header,
      List<byte[]> sample) {
    List<byte[]> lines = new ArrayList<>();
    if (header != null) {
      lines.add(header);
    }
    lines.addAll(sample);
    ImportResult<T> result = OdsFormatsTestSupport.lenientBytes(format,
        join(lines, new Random(0)));
    assertEquals(List.of(), result.problems());
    return result.records();
  }

  /** The first lines of an extract, as bytes, without their LF (a CR before it is kept). */
  private static List<byte[]> firstLines(String extract, int count) {
    List<byte[]> lines = new ArrayList<>();
    try (InputStream in = OdsExtracts.open(extract)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while (lines.size() < count && (b = in.read()) >= 0) {
        if (b == '\n') {
          lines.add(line.toByteArray());
          line.reset();
        } else {
          line.write(b);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
