package io.github.commissioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsCommandTest {
  static Map<String, Integer> counts(Cli run) {
    List<String> lines = run.out().lines().toList();
    assertEquals("kind,count", lines.get(0));
    Map<String, Integer> counts = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      counts.put(fields[0], Integer.valueOf(fields[1]));
    }
    return counts;
  }

  @Test
  void tenAuthoritiesAndOneHundredAndFiftyTwoPrimaryCareTrustsIn2010() {
    Cli run = Cli.run("", "counts", "--date", "2010-03-31");
    assertEquals(0, run.exit());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("kind,count\nSTRATEGIC_HEALTH_AUTHORITY,10\n"), run.out());
    Map<String, Integer> counts = counts(run);
    assertEquals(152, counts.get("PRIMARY_CARE_TRUST") + counts.get("CARE_TRUST"));
    assertTrue(run.out().endsWith("\n"));
  }

  @Test
  void twoHundredAndElevenGroupsIn2013() {
    Cli run = Cli.run("", "counts", "--date=2013-04-01");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("\nCLINICAL_COMMISSIONING_GROUP,211\n"), run.out());
    assertEquals(null, counts(run).get("PRIMARY_CARE_TRUST"));
  }

  @Test
  void fortyTwoBoardsAndOneHundredAndSixLocationsIn2022() {
    Cli run = Cli.run("", "counts", "--date", "2022-07-01");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("\nINTEGRATED_CARE_BOARD,42\nSUB_ICB_LOCATION,106\n"), run.out());
  }

  @Test
  void aBadOrMissingDateIsOneLineAndExitTwo() {
    Cli bad = Cli.run("", "counts", "--date", "2013-02-30");
    assertEquals(2, bad.exit());
    assertEquals(List.of("commissioning: counts option --date '2013-02-30' is not a valid ISO date"
        + " (YYYY-MM-DD) (try --help)"), bad.errLines());
    assertEquals("", bad.out());
    Cli missing = Cli.run("", "counts");
    assertEquals(2, missing.exit());
    assertEquals(List.of("commissioning: counts needs --date YYYY-MM-DD (try --help)"),
        missing.errLines());
    assertEquals(2, Cli.run("", "counts", "--date").exit());
    assertEquals(2, Cli.run("", "counts", "--date", "2013-04-01", "extra").exit());
  }
}
