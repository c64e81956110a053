package io.github.commissioning.model.soak;

import static io.github.commissioning.model.soak.Expect.that;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.ods.ImportException;
import io.github.commissioning.model.ods.ImportResult;
import io.github.commissioning.model.ods.OdsFormats;
import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.model.ods.OdsFormatsTestSupport;
import io.github.commissioning.model.ods.OdsSource;
import io.github.commissioning.model.ods.RecordFormat;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.testkit.soak.Soak;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * The soak of the ODS readers: files of each format made of real lines, truncated, garbled, with
 * fields dropped, swapped or replaced, with binary junk, odd line ends, overlong and endless
 * lines, read strictly and leniently; and small sets of real extracts with garbled rows, loaded
 * into a history.
 */
final class FileFeeds {
  static final String FILE = "soak.csv";
  private static final Set<String> READER_RULES = Set.of(Invariant.RECORD_MALFORMED.name(),
      Invariant.INPUT_TOO_LARGE.name());
  /** The bundled file each format reads, for sample lines. */
  private static final Map<RecordFormat<?>, String> SAMPLES = samples();
  private static final List<String> FIELD_JUNK = List.of("", " ", "\"", "\"\"", "\"\"\"",
      "99999999", "20191399", "00000000", "20190229", "99991231", "00010101", "-1", "1e9", "ÿ",
      "\u0000", ",,,", "\"a,b\"", "\"unclosed", "A81001", "5E1", "2013-04-01", "0", "1",
      "100.0000000001", "101", "999999999", "1000000000", "RO98|RO319", "RO98|", "|", "RO",
      "E38000001", "e38000001", "   5E1   ", "\t", "\r", "x".repeat(300));

  private FileFeeds() {}

  private static Map<RecordFormat<?>, String> samples() {
    Map<RecordFormat<?>, String> files = new LinkedHashMap<>();
    files.put(OdsFormats.MEMBERSHIP, OdsExtracts.MEMBERSHIP);
    files.put(OdsFormats.SUCCESSORS, OdsExtracts.SUCCESSORS);
    files.put(OdsFormats.COMMISSIONERS, OdsExtracts.CCGS);
    files.put(OdsFormats.PRACTICES, OdsExtracts.PRACTICES_2023);
    files.put(OdsFormats.PCOS_2012, OdsExtracts.PCOS_2012);
    files.put(OdsFormats.SHAS_2012, OdsExtracts.SHAS_2012);
    files.put(OdsFormats.CCGS_2013, OdsExtracts.CCGS_2013);
    files.put(OdsFormats.AREA_TEAMS_2013, OdsExtracts.AREA_TEAMS_2013);
    files.put(OdsFormats.AREA_TEAM_CODES_2013, OdsExtracts.AREA_TEAM_CODES_2013);
    files.put(OdsFormats.ICBS_2024, OdsExtracts.ICBS_2024);
    files.put(OdsFormats.PCO_TO_SHA_2012, OdsExtracts.PCO_TO_SHA_2012);
    files.put(OdsFormats.CCG_TO_AREA_TEAM_2013, OdsExtracts.CCG_TO_AREA_TEAM_2013);
    files.put(OdsFormats.CCG_TO_STP_2021, OdsExtracts.CCG_TO_STP_2021);
    files.put(OdsFormats.SUB_ICB_TO_ICB_2022, OdsExtracts.SUB_ICB_TO_ICB_2022);
    files.put(OdsFormats.PCT_TO_CCG_2013, OdsExtracts.PCT_TO_CCG_2013);
    files.put(OdsFormats.LIST_SIZES_2013, OdsExtracts.LIST_SIZES_2013);
    that(files.keySet().containsAll(OdsFormats.all()), "a format has no sample file");
    return files;
  }

  /** The lines of a bundled extract that pass a filter (the header always does), as bytes. */
  static List<byte[]> lines(String file, int max, Predicate<String> wanted) {
    List<byte[]> lines = new ArrayList<>();
    try (InputStream in = OdsExtracts.open(file)) {
      String[] all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
          .replace("\r", "").split("\n");
      for (int i = 0; i < all.length && lines.size() < max; i++) {
        if (i == 0 || wanted.test(all[i])) {
          lines.add(all[i].getBytes(StandardCharsets.ISO_8859_1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** A file to read: its format, its bytes, and whether endless junk follows them. */
  record FileInput(RecordFormat<?> format, byte[] bytes, boolean endless) {
    InputStream open() {
      InputStream head = new ByteArrayInputStream(bytes);
      return endless ? new SequenceInputStream(head, OdsFormatsTestSupport.endless((byte) 'x'))
          : head;
    }

    @Override
    public String toString() {
      return format.name() + (endless ? " (then endless junk) " : " ")
          + new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  static void feed(Soak soak, Budget budget) {
    Map<RecordFormat<?>, List<byte[]>> sampleLines = new HashMap<>();
    SAMPLES.forEach((format, file) -> sampleLines.put(format, lines(file, 60, line -> true)));
    Gen<FileInput> files = Gen.elements(List.copyOf(SAMPLES.keySet())).flatMap(format ->
        source -> garbledFile(format, sampleLines.get(format), sampleLines, source));
    soak.feed("RecordFormat.read (strict)", budget.thousandths(110), files, input -> {
      try {
        List<?> records = input.format().read(input.open(), FILE);
        that(!input.endless(), "read endless input to its end");
        return records.isEmpty() ? "accepted no records" : "accepted";
      } catch (ImportException refused) {
        problemsNamed(refused.file(), refused.problems());
        throw refused;
      }
    });
    soak.feed("RecordFormat.readLenient", budget.thousandths(110), files, input -> {
      ImportResult<?> result = input.format().readLenient(input.open(), FILE);
      problemsNamed(result.file(), result.problems());
      try {
        List<?> strict = input.format().read(input.open(), FILE);
        that(result.isClean() && strict.equals(result.records()), "strict read "
            + strict.size() + " records where lenient read " + result.records().size() + " with "
            + result.problems().size() + " problems");
      } catch (ImportException refused) {
        that(!result.isClean() && refused.problems().get(0).equals(result.problems().get(0)),
            "strict refused with " + refused.problems().get(0) + " where lenient found "
            + result.problems());
      }
      return result.isClean() ? "clean" : "problems: " + String.join("+", result.problems()
          .stream().map(Violation::code).distinct().sorted().toList());
    });
  }

  /** Fails unless every problem names the file, a line, a field and a value, by a reader's rule. */
  private static void problemsNamed(String file, List<Violation> problems) {
    that(file.equals(FILE), "the problems name the file " + file);
    that(problems.size() <= 10_001, problems.size() + " problems");
    for (Violation problem : problems) {
      that(READER_RULES.contains(problem.code()), "a problem breaks " + problem.code());
      List<String> subjects = problem.subjects();
      that(subjects.size() == 4 && subjects.get(0).equals(FILE)
          && subjects.get(1).matches("[1-9][0-9]*") && subjects.get(2).matches("[0-9]+:[A-Za-z0-9 +-]+"),
          "a problem does not name file, line, field and value: " + subjects);
      that(problem.message().startsWith(FILE + " line " + subjects.get(1)),
          "a problem's message does not start with the file and line: " + problem.message());
      that(subjects.get(3).replaceAll("\\\\u[0-9A-F]{4}", "?").length() <= 103,
          "a problem shows a value of " + subjects.get(3).length() + " characters");
    }
  }

  /** A file of the format: some of its sample lines, garbled, with odd line ends now and then. */
  private static FileInput garbledFile(RecordFormat<?> format, List<byte[]> lines,
      Map<RecordFormat<?>, List<byte[]>> others, Source source) {
    List<RecordFormat<?>> formats = List.copyOf(others.keySet());
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    if (source.drawInt(30) == 0) {
      file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    int count = source.drawInt(8);
    String[] ends = {"\n", "\r\n", "\r", "\n\n", ""};
    for (int i = 0; i < count; i++) {
      byte[] line;
      if (i == 0 && format.hasHeader() && source.drawInt(5) != 0) {
        line = lines.get(0);
      } else {
        line = lines.get(source.drawInt(lines.size() - 1));
      }
      if (source.drawInt(9) < 7) {
        List<byte[]> donor = others.get(formats.get(source.drawInt(formats.size() - 1)));
        line = garble(line, donor.get(source.drawInt(donor.size() - 1)), source);
      }
      file.writeBytes(line);
      String end = source.drawInt(10) == 0 ? ends[source.drawInt(ends.length - 1)] : "\n";
      if (i < count - 1 || source.drawBoolean(0.7)) {
        file.writeBytes(end.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    boolean endless = source.drawInt(1500) == 0;
    return new FileInput(format, file.toByteArray(), endless);
  }

  /** One line garbled one of many ways, sometimes with a field from another file's line. */
  static byte[] garble(byte[] line, byte[] donor, Source source) {
    String text = new String(line, StandardCharsets.ISO_8859_1);
    List<String> fields = new ArrayList<>(Arrays.asList(text.split(",", -1)));
    List<String> donorFields = Arrays.asList(new String(donor, StandardCharsets.ISO_8859_1)
        .split(",", -1));
    int at = source.drawInt(Math.max(fields.size() - 1, 0));
    switch (source.drawInt(11)) {
      case 0 -> text = text.substring(0, source.drawInt(text.length()));
      case 1 -> {
        fields.remove(at);
        text = String.join(",", fields);
      }
      case 2 -> {
        fields.add(at, fields.get(at));
        text = String.join(",", fields);
      }
      case 3 -> {
        int other = source.drawInt(fields.size() - 1);
        String swapped = fields.get(at);
        fields.set(at, fields.get(other));
        fields.set(other, swapped);
        text = String.join(",", fields);
      }
      case 4 -> {
        String junk = FIELD_JUNK.get(source.drawInt(FIELD_JUNK.size() - 1));
        fields.set(at, source.drawBoolean(0.5) ? junk : "\"" + junk.replace("\"", "\"\"") + "\"");
        text = String.join(",", fields);
      }
      case 5 -> {
        StringBuilder bytes = new StringBuilder(text);
        for (int i = source.drawInt(3); i >= 0; i--) {
          bytes.insert(source.drawInt(bytes.length()), (char) source.drawInt(255));
        }
        text = bytes.toString();
      }
      case 6 -> {
        StringBuilder junk = new StringBuilder();
        for (int i = source.drawInt(200); i > 0; i--) {
          junk.append((char) source.drawInt(255));
        }
        text = junk.toString().replace("\n", "");
      }
      case 7 -> {
        fields.set(at, donorFields.get(source.drawInt(donorFields.size() - 1)));
        text = String.join(",", fields);
      }
      case 8 -> text = source.drawInt(20) == 0
          ? text + "9".repeat(RecordFormat.MAX_LINE_LENGTH - text.length() + source.drawInt(2))
          : text + ",".repeat(1 + source.drawInt(30));
      case 9 -> text = source.drawBoolean(0.5) ? text.replace("\"", "")
          : text.substring(0, at < text.length() ? at : 0) + "\"" + text.substring(
              at < text.length() ? at : 0);
      default -> {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
          if (Character.isDigit(chars[i]) && source.drawInt(4) == 0) {
            chars[i] = (char) ('0' + source.drawInt(9));
          }
        }
        text = new String(chars);
      }
    }
    return text.replace("\n", "").getBytes(StandardCharsets.ISO_8859_1);
  }

  // ---- whole histories from small sets of real extracts --------------------------------------

  /** The extracts OdsHistory reads, cut down to the practices of one area and the bodies named. */
  static Map<String, List<byte[]>> smallExtracts() {
    Map<String, List<byte[]>> files = new LinkedHashMap<>();
    Predicate<String> northEast = line -> line.startsWith("\"A81") || line.startsWith("\"A82");
    for (String name : OdsHistory.FILES) {
      boolean practices = name.startsWith("epcmem") || name.startsWith("epraccur");
      boolean successors = name.startsWith("ods_succ_plus");
      files.put(name, lines(name, practices ? 600 : 1000, practices ? northEast
          : successors ? line -> line.matches("(0[0-9A-Z]|5[A-Z0-9]),.*") : line -> true));
    }
    return files;
  }

  /** A set of extracts with a few rows garbled. */
  record Extracts(Map<String, byte[]> files, String garbled) {
    OdsSource source() {
      return name -> {
        byte[] bytes = files.get(name);
        if (bytes == null) {
          throw new java.nio.file.NoSuchFileException(name);
        }
        return new ByteArrayInputStream(bytes);
      };
    }

    @Override
    public String toString() {
      return garbled;
    }
  }

  static void feedHistories(Soak soak, Budget budget) {
    Map<String, List<byte[]>> small = smallExtracts();
    List<String> names = List.copyOf(small.keySet());
    Gen<Extracts> extracts = source -> {
      Map<String, List<byte[]>> lines = new LinkedHashMap<>();
      small.forEach((name, list) -> lines.put(name, new ArrayList<>(list)));
      StringBuilder garbled = new StringBuilder();
      for (int i = source.drawInt(4); i >= 0; i--) {
        String name = names.get(source.drawInt(names.size() - 1));
        List<byte[]> file = lines.get(name);
        int row = source.drawInt(file.size() - 1);
        List<byte[]> donor = small.get(names.get(source.drawInt(names.size() - 1)));
        byte[] bad = garble(file.get(row), donor.get(source.drawInt(donor.size() - 1)), source);
        file.set(row, bad);
        garbled.append(name).append(" line ").append(row + 1).append(": ")
            .append(new String(bad, StandardCharsets.ISO_8859_1)).append("; ");
      }
      Map<String, byte[]> files = new LinkedHashMap<>();
      lines.forEach((name, list) -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        list.forEach(line -> {
          bytes.writeBytes(line);
          bytes.write('\n');
        });
        files.put(name, bytes.toByteArray());
      });
      return new Extracts(files, garbled.toString());
    };
    soak.feed("OdsHistory.load (lenient)", budget.thousandths(1), extracts, input -> {
      List<Violation> problems = new ArrayList<>();
      History history;
      try {
        history = OdsHistory.load(input.source(), problems::add);
      } catch (ViolationException refused) {
        throw new AssertionError("a lenient load threw instead of reporting: " + refused, refused);
      }
      problems.forEach(Expect::named);
      that(history.count(OrganisationKind.GP_PRACTICE, LocalDate.of(2010, 6, 1)) > 0,
          "no practice open in 2010");
      return problems.isEmpty() ? "loaded" : "loaded, reporting " + String.join("+", problems
          .stream().map(Violation::code).distinct().sorted().toList());
    });
  }
}
