package io.github.commissioning.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.testkit.property.Weighted;
import io.github.commissioning.testkit.soak.Soak;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input soak of the command-line tool: every command with generated bad arguments, bad
 * {@code --ods} folders and bad standard input must exit 0, 1 or 2 with errors on standard error
 * one line each and never a stack trace (see TESTING.md, "Bad-input soak"). The default build
 * runs a small soak; {@code -Psoak} a hundred thousand command lines.
 */
class CliSoakTest {
  static final long DEFAULT_SEED = 20_261_126L;
  private static final Pattern STACK_TRACE = Pattern.compile(
      "Exception|Error:|\\tat |\\bat io\\.|\\bat java\\.");

  @TempDir
  static Path temporary;
  private static List<String> folders;

  @BeforeAll
  static void makeFolders() throws IOException {
    folders = Folders.make(temporary);
  }

  @Test
  void everyCommandExitsWithOneLineErrorsInASmallSoak() {
    soak(500);
  }

  @Test
  @Tag("soak")
  void everyCommandExitsWithOneLineErrorsForAHundredThousandBadCommandLines() {
    soak(Soak.inputs(100_000));
  }

  private static void soak(int inputs) {
    Soak soak = Soak.seeded(Soak.seed(DEFAULT_SEED)).withCallLimit(Duration.ofSeconds(60));
    soak.feed("commissioning (command lines)", inputs * 7 / 10, Runs.commandLines(folders),
        CliSoakTest::check);
    soak.feed("commissioning map (standard input)", inputs - inputs * 7 / 10, Runs.mapInputs(),
        CliSoakTest::check);
    System.out.println(soak.report());
    soak.assertClean();
    assertTrue(soak.inputsTried() >= inputs, soak.inputsTried() + " inputs tried");
  }

  /** One run of the tool: its command line and standard input. */
  record Run(List<String> args, byte[] input) {
    @Override
    public String toString() {
      return args + " < " + new String(input, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Runs the tool and checks it answered as documented: exit 0 with nothing on standard error,
   * or 1 or 2 with errors one line each, each starting {@code commissioning:}, never a stack
   * trace; only {@code map} reports more than one line (one per bad row), and never on exit 2.
   */
  static String check(Run run) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Commissioning.run(run.args(), new ByteArrayInputStream(run.input()),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String errors = err.toString(StandardCharsets.UTF_8);
    List<String> lines = errors.lines().toList();
    boolean map = !run.args().isEmpty() && run.args().get(0).equals("map");
    if (STACK_TRACE.matcher(errors).find()) {
      throw new AssertionError("a stack trace or exception name on standard error: " + errors);
    }
    if (exit == 0) {
      if (!errors.isEmpty()) {
        throw new AssertionError("exit 0 with errors: " + errors);
      }
      return "exit 0";
    }
    if (exit != 1 && exit != 2) {
      throw new AssertionError("exit " + exit);
    }
    if (lines.isEmpty() || !lines.stream().allMatch(line -> line.startsWith("commissioning: ")
        && line.length() > "commissioning: ".length())) {
      throw new AssertionError("exit " + exit + " without one-line errors: " + errors);
    }
    if (lines.size() > 1 && (!map || exit == 2)) {
      throw new AssertionError("exit " + exit + " with " + lines.size() + " lines: " + errors);
    }
    String command = run.args().isEmpty() ? "no command" : Commands.known(run.args().get(0));
    return "exit " + exit + " (" + command + ")";
  }

  /** Folders for {@code --ods}: missing, a file, empty, a file missing, and garbled extracts. */
  static final class Folders {
    private Folders() {}

    static List<String> make(Path root) throws IOException {
      List<String> made = new ArrayList<>();
      made.add(root.resolve("nowhere").toString());
      Path file = Files.writeString(root.resolve("a-file.csv"), "practice,date\n");
      made.add(file.toString());
      made.add(Files.createDirectories(root.resolve("empty")).toString());
      Source source = Source.seeded(DEFAULT_SEED);
      for (int i = 0; i < 8; i++) {
        Path folder = Files.createDirectories(root.resolve("extracts-" + i));
        for (String name : OdsHistory.FILES) {
          if (i == 1 && name.equals(OdsExtracts.PCOS_2012)) {
            continue; // one file missing
          }
          List<String> lines = head(name, 300);
          if (i >= 2) {
            for (int garbled = source.drawInt(3); garbled >= 0; garbled--) {
              int at = source.drawInt(lines.size() - 1);
              lines.set(at, Runs.garble(lines.get(at), source));
            }
          }
          Files.write(folder.resolve(name), String.join("\n", lines)
              .getBytes(StandardCharsets.ISO_8859_1));
        }
        made.add(folder.toString());
      }
      Path junk = Files.createDirectories(root.resolve("binary"));
      for (String name : OdsHistory.FILES) {
        byte[] bytes = new byte[500];
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) source.drawInt(255);
        }
        Files.write(junk.resolve(name), bytes);
      }
      made.add(junk.toString());
      return List.copyOf(made);
    }

    /** The first lines of a bundled extract. */
    private static List<String> head(String name, int count) {
      try (InputStream in = OdsExtracts.open(name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        return new ArrayList<>(Arrays.asList(text.split("\r?\n")).subList(0,
            Math.min(count, (int) text.lines().count())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The command names, and a word for anything else. */
  static final class Commands {
    static final List<String> NAMES = List.of("describe", "map", "counts", "lineage", "help",
        "--help");

    private Commands() {}

    static String known(String command) {
      return NAMES.contains(command) ? command : "unknown command";
    }
  }

  /** Generators of command lines and of standard input for {@code map}. */
  static final class Runs {
    static final List<String> DATES = List.of("2013-04-01", "2010-06-01", "1999-04-01",
        "2023-02-28", "0000-01-01", "9999-12-31", "2013-02-29", "2013-13-01", "2013-4-1",
        "20130401", "2013/04/01", " 2013-04-01", "+2013-04-01", "", "yesterday", "2013-04-01x",
        "٢٠١٣-٠٤-٠١", "2013-04-01\n");
    static final List<String> CODES = List.of("A81001", "a81001", "5E1", "00K", "16C", "Q30",
        "X24", "QHM", "ZZZ99", "Y99999", "", " ", "5E1!", "ABCDEFGHIJ", "5e1", "\"5E1\"",
        "A81001,5E1", "\u0000", "é", "-", "--date", "5E1 ");
    static final List<String> FORMATS = List.of("text", "csv", "CSV", "json", "", "text,csv");
    static final List<String> WORDS = List.of("describe", "map", "counts", "lineage", "help",
        "--help", "england-like", "mars", "-", "--", "-x", "--date", "--format", "--ods",
        "--date=2013-04-01", "--date=", "--format=csv", "--ods=", "--bogus", "--bogus=1",
        "replay-everything", "");

    private Runs() {}

    static Gen<Run> commandLines(List<String> folders) {
      Gen<String> words = Gen.frequency(Weighted.of(4, Gen.elements(WORDS)),
          Weighted.of(3, Gen.elements(DATES)), Weighted.of(3, Gen.elements(CODES)),
          Weighted.of(1, Gen.elements(FORMATS)));
      Gen<String> command = Gen.frequency(Weighted.of(2, Gen.constant("map")),
          Weighted.of(3, Gen.constant("lineage")), Weighted.of(3, Gen.constant("counts")),
          Weighted.of(1, Gen.constant("describe")), Weighted.of(1, Gen.elements(WORDS)));
      Gen<List<String>> options = source -> {
        List<String> args = new ArrayList<>();
        for (int i = source.drawInt(3); i > 0; i--) {
          switch (source.drawInt(5)) {
            case 0 -> args.addAll(List.of("--date", DATES.get(source.drawInt(DATES.size() - 1))));
            case 1 -> args.addAll(List.of("--format",
                FORMATS.get(source.drawInt(FORMATS.size() - 1))));
            case 2 -> {
              if (source.drawInt(4) == 0) {
                args.addAll(List.of("--ods", folders.get(source.drawInt(folders.size() - 1))));
              } else {
                args.add("--date=" + DATES.get(source.drawInt(DATES.size() - 1)));
              }
            }
            case 3 -> args.add(CODES.get(source.drawInt(CODES.size() - 1)));
            default -> args.add(words.generate(source));
          }
        }
        return args;
      };
      return command.flatMap(first -> options.flatMap(rest -> mapInput().map(input -> {
        List<String> args = new ArrayList<>();
        if (!first.isEmpty() || rest.isEmpty()) {
          args.add(first);
        }
        args.addAll(rest);
        return new Run(List.copyOf(args), input);
      })));
    }

    static Gen<Run> mapInputs() {
      return mapInput().map(input -> new Run(List.of("map"), input));
    }

    static final List<String> HEADERS = List.of("practice,date", "date,practice",
        "id,practice,note,date", "Practice,Date", "practice", "date", "", "\uFEFFpractice,date",
        "practice,date,practice", "\"practice\",\"date\"", "\"practice,date", "practice;date",
        " practice , date ", "practice,date\r");
    static final List<String> ROWS = List.of("A81001,2010-06-01", "A81001,2013-04-01",
        "a81001,2021-01-01", "A81001,1950-01-01", "ZZ9999,2010-06-01", "A81001,2010-02-30",
        "A81001,", ",2010-06-01", "A81001", "A81001,2010-06-01,extra", "\"A81001\",\"2010-06-01\"",
        "\"A81,001\",2010-06-01", "\"A81001,2010-06-01", "A81001\",2010-06-01", "", " ", ",",
        "A810011111,2010-06-01", "A81001,2010-06-01\r", "\u0000\u0001,\u00ff",
        "A81001,9999-12-31", "A81001,0000-01-01");

    /** Standard input: a header, then rows good, bad or junk. */
    static Gen<byte[]> mapInput() {
      return source -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (source.drawInt(40) == 0) {
          return bytes.toByteArray(); // nothing at all
        }
        bytes.writeBytes(HEADERS.get(source.drawInt(HEADERS.size() - 1))
            .getBytes(StandardCharsets.UTF_8));
        bytes.write('\n');
        for (int i = source.drawInt(8); i > 0; i--) {
          String row = ROWS.get(source.drawInt(ROWS.size() - 1));
          if (source.drawInt(4) == 0) {
            row = garble(row, source);
          }
          bytes.writeBytes(row.getBytes(StandardCharsets.ISO_8859_1));
          if (source.drawInt(3000) == 0) {
            bytes.writeBytes("9".repeat(LineInput.MAX_LENGTH + 1).getBytes(StandardCharsets.US_ASCII));
          }
          if (i > 1 || source.drawBoolean(0.8)) {
            bytes.writeBytes((source.drawInt(8) == 0 ? "\r\n" : "\n")
                .getBytes(StandardCharsets.US_ASCII));
          }
        }
        return bytes.toByteArray();
      };
    }

    /** A line garbled: cut short, a byte or a quote or a comma put in, or junk instead. */
    static String garble(String line, Source source) {
      int at = source.drawInt(line.length());
      return switch (source.drawInt(4)) {
        case 0 -> line.substring(0, at);
        case 1 -> line.substring(0, at) + (char) source.drawInt(255) + line.substring(at);
        case 2 -> line.substring(0, at) + (source.drawBoolean(0.5) ? "\"" : ",")
            + line.substring(at);
        default -> {
          StringBuilder junk = new StringBuilder();
          for (int i = source.drawInt(60); i > 0; i--) {
            junk.append((char) (1 + source.drawInt(254)));
          }
          yield junk.toString().replace("\n", "");
        }
      };
    }
  }
}
