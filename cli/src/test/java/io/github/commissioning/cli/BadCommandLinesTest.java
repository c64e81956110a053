package io.github.commissioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every command, given bad arguments, files or input, answers with exactly one line on standard
 * error naming the problem, a non-zero exit code, and no stack trace.
 */
class BadCommandLinesTest {
  @TempDir
  static Path folder;

  /**
   * Runs the tool with arguments separated by spaces: DIR stands for a folder of junk files,
   * FILE for a file, NOWHERE for a folder that is not there, and _ for a space.
   */
  private static Cli run(String input, String arguments) throws IOException {
    Path junk = folder.resolve("junk");
    if (!Files.exists(junk)) {
      Files.createDirectories(junk);
      for (String name : io.github.commissioning.model.ods.OdsHistory.FILES) {
        Files.writeString(junk.resolve(name), "\u0000\u0001 not a CSV file,\"\n");
      }
      Files.writeString(folder.resolve("file.csv"), "practice,date\n");
    }
    List<String> args = new ArrayList<>();
    for (String arg : arguments.isEmpty() ? new String[0] : arguments.split(" ")) {
      args.add(arg.replace("DIR", junk.toString()).replace("FILE",
          folder.resolve("file.csv").toString()).replace("NOWHERE",
          folder.resolve("nowhere").toString()).replace("_", " "));
    }
    return Cli.run(input, args.toArray(new String[0]));
  }

  @ParameterizedTest(name = "{1} gives exit {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "|                                         |2|no command given",
      "|simulate                                 |2|unknown command 'simulate'",
      "|replay                                   |2|replay takes exactly one argument",
      "|replay white-paper-2011                  |2|no scenario is named 'white-paper-2011'",
      "|replay white-paper-2010 --format xml     |2|--format must be one of text",
      "|--date                                   |2|unknown command '--date'",
      "|describe mars                            |2|no sample named 'mars'",
      "|describe england-like extra              |2|describe takes at most one sample name",
      "|map                                      |2|map needs a CSV header line",
      "practice,when/n|map                       |2|the header has no 'date' column",
      "practice,date,date/n|map                  |2|the header has two 'date' columns",
      "\"practice,date/n|map                     |2|the header line is malformed",
      "practice,date/n|map extra                 |2|map takes no arguments besides its options",
      "practice,date/n|map --ods                 |2|map option --ods needs a value",
      "practice,date/n|map --ods NOWHERE         |2|is not a folder",
      "practice,date/n|map --ods FILE            |2|is not a folder",
      "practice,date/n|map --ods DIR             |1|were refused",
      "practice,date/nA81001,2013-02-30/n|map    |1|line 2: date '2013-02-30' is not a valid ISO date",
      "practice,date/nA8-001,2013-02-01/n|map    |1|line 2: practice 'A8-001' is not a well-formed ODS code",
      "practice,date/nA81001/n|map               |1|line 2: expected 2 fields, found 1",
      "|counts                                   |2|counts needs --date YYYY-MM-DD",
      "|counts --date 2013-02-30                 |2|'2013-02-30' is not a valid ISO date",
      "|counts --date=                           |2|'' is not a valid ISO date",
      "|counts --date 2013-04-01 --date 2013-04-01|2|option --date is given twice",
      "|counts --date 2013-04-01 --format csv    |2|counts has no option '--format'",
      "|counts --date 2013-04-01 extra           |2|counts takes no arguments besides its options",
      "|counts --date 2013-04-01 --ods DIR       |1|were refused",
      "|lineage                                  |2|lineage takes exactly one argument",
      "|lineage 5E1 5D9                          |2|lineage takes exactly one argument",
      "|lineage 5E1!                             |2|'5E1!' is not a well-formed ODS code",
      "|lineage _                                |2|'' is not a well-formed ODS code",
      "|lineage ZZZ                              |1|no organisation has had the code 'ZZZ'",
      "|lineage 5E1 --format json                |2|lineage --format is 'text' or 'csv', not 'json'",
      "|lineage 5E1 --date 2013-4-1              |2|'2013-4-1' is not a valid ISO date",
      "|lineage 5E1 --ods NOWHERE                |2|is not a folder"})
  void everyBadCommandLineIsOneLineOnStandardError(String input, String arguments, int exit,
      String problem) throws IOException {
    Cli run = run(input == null ? "" : input.replace("/n", "\n"),
        arguments == null ? "" : arguments.strip());
    assertEquals(exit, run.exit(), run::err);
    assertEquals(1, run.errLines().size(), run::err);
    String line = run.errLines().get(0);
    assertTrue(line.startsWith("commissioning: ") && line.contains(problem), line);
    assertFalse(run.err().contains("at io.") || run.err().contains("Exception in thread")
        || run.err().contains("Exception:"), run::err);
  }
}
