package io.github.commissioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommissioningTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Commissioning.run(List.of(args), InputStream.nullInputStream(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void describeSummarisesTheSample() {
    assertEquals(0, run("describe"));
    String text = out();
    assertTrue(text.startsWith("Landscape on 2010-06-01 (england-like sample): every structural"
        + " invariant holds"), text);
    assertTrue(text.contains(String.format("  %-40s %6d%n", "PRIMARY_CARE_TRUST", 4)), text);
    assertTrue(text.contains(String.format("  %-40s %6d%n", "GP_PRACTICE", 20)), text);
    assertTrue(text.contains("Duties: 188, held by {PRIMARY_CARE_TRUST=188}, 1 delegated"), text);
    assertTrue(text.contains("Budgets for 2010/11: cash £2,026,500,000.00, indicative £4,200,000.00"),
        text);
    assertEquals("", err());
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    assertEquals(0, run("--help"));
    assertTrue(out().startsWith("Usage: commissioning COMMAND"));
  }

  @Test
  void helpListsEveryCommandWithItsOptions() {
    assertEquals(0, run("help"));
    for (String usage : new String[] {"describe [SAMPLE]", "map [--ods DIR]",
        "counts --date DATE [--ods DIR]",
        "lineage CODE [--date DATE] [--format text|csv] [--ods DIR]",
        "help, --help"}) {
      assertTrue(out().contains("\n  " + usage + " ") || out().contains("\n  " + usage + "\n"),
          usage);
    }
  }

  @Test
  void noCommandIsAOneLineUsageError() {
    assertEquals(2, run());
    assertEquals("commissioning: no command given; commands: describe, map, counts, lineage, help"
        + " (try --help)\n", err());
    assertEquals("", out());
  }

  @Test
  void unknownCommandIsOneLineWithoutStackTrace() {
    assertEquals(2, run("replay-everything"));
    assertEquals("commissioning: unknown command 'replay-everything' (try --help)\n", err());
  }

  /** Regression, found by the bad-input soak: a newline in an argument made the error two lines. */
  @Test
  void argumentsWithLineBreaksAreQuotedOnOneLine() {
    assertEquals(2, run("--date=2013-04-01\n"));
    assertEquals("commissioning: unknown command '--date=2013-04-01?' (try --help)\n", err());
    err.reset();
    assertEquals(2, run("lineage", "5E1\r\nforged line", "--date", "2013-04-01"));
    assertEquals("commissioning: lineage: '5E1??forged line' is not a well-formed ODS code"
        + " (try --help)\n", err());
    err.reset();
    assertEquals(2, run("counts", "--date", "2013-04-01\u2028"));
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().contains("'2013-04-01?'"), err());
  }

  @Test
  void unknownSampleNamesTheChoices() {
    assertEquals(2, run("describe", "mars"));
    assertEquals("commissioning: no sample named 'mars'; samples: england-like (try --help)\n", err());
  }

  @Test
  void tooManyArgumentsIsAUsageError() {
    assertEquals(2, run("describe", "england-like", "extra"));
    assertEquals("commissioning: describe takes at most one sample name (try --help)\n", err());
  }
}
