package io.github.commissioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageCommandTest {
  @Test
  void aPrimaryCareTrustSplitInTwoIn2006() {
    Cli run = Cli.run("", "lineage", "5DD", "--format", "csv");
    assertEquals(0, run.exit());
    List<String> lines = run.out().lines().toList();
    assertEquals(LineageCommand.CSV_HEADER, lines.get(0));
    assertTrue(lines.contains("organisation,5DD,,,PRIMARY_CARE_TRUST,PRIMARY_CARE_TRUST 5DD,"
        + "2001-04-01,2006-09-30"), run.out());
    assertEquals(List.of(
        "successor,5NE,2006-10-01,1/2,PRIMARY_CARE_TRUST,Cumbria Teaching,2006-10-01,2013-03-31",
        "successor,5NF,2006-10-01,1/2,PRIMARY_CARE_TRUST,North Lancashire Teaching,2006-10-01,"
            + "2013-03-31"),
        lines.stream().filter(line -> line.startsWith("successor,")).toList());
  }

  @Test
  void theTextShowsTheSameSuccessors() {
    Cli run = Cli.run("", "lineage", "5DD", "--date", "2010-01-01");
    assertEquals(0, run.exit());
    String text = run.out();
    assertTrue(text.startsWith("Code 5DD\n"), text);
    assertTrue(text.contains("\n  2006-10-01  5NE        1/2        PRIMARY_CARE_TRUST"), text);
    assertTrue(text.contains("\n  2006-10-01  5NF        1/2        PRIMARY_CARE_TRUST"), text);
    assertTrue(text.contains("\nAll descendants (2), nearest first:\n  5NE 5NF\n"), text);
    assertTrue(text.contains("\nCarriers of 5DD's duties on 2010-01-01 (code, share, kind, name):\n"
        + "  5NE        1/2"), text);
  }

  @Test
  void aGroupCarriedOnByItsSuccessor() {
    Cli run = Cli.run("", "lineage", "00K", "--date", "2021-01-01", "--format", "csv");
    assertEquals(0, run.exit());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("successor,16C,2020-04-01,1/1,"
        + "CLINICAL_COMMISSIONING_GROUP,")), run.out());
    assertEquals(List.of("carrier,16C,2021-01-01,1/1,CLINICAL_COMMISSIONING_GROUP"),
        lines.stream().filter(line -> line.startsWith("carrier,"))
            .map(line -> String.join(",", Arrays.asList(line.split(",")).subList(0, 5))).toList());
    Cli text = Cli.run("", "lineage", "00K", "--date", "2021-01-01");
    assertTrue(text.out().contains("\nCarriers of 00K's duties on 2021-01-01 (code, share, kind,"
        + " name):\n  16C        1/1        CLINICAL_COMMISSIONING_GROUP"), text.out());
  }

  @Test
  void theDefaultDateIsTheLatestInTheData() {
    Cli run = Cli.run("", "lineage", "00K");
    assertTrue(run.out().contains("\nCarriers of 00K's duties on 2023-02-28"), run.out());
    assertTrue(run.out().contains("\n  16C        1/1        SUB_ICB_LOCATION"), run.out());
  }

  @Test
  void anUnknownCodeIsRefused() {
    Cli run = Cli.run("", "lineage", "ZZZ");
    assertEquals(1, run.exit());
    assertEquals(List.of("commissioning: no organisation has had the code 'ZZZ' and no succession"
        + " names it"), run.errLines());
  }

  @Test
  void aMalformedCodeOrFormatIsAUsageError() {
    Cli run = Cli.run("", "lineage", "5D-D");
    assertEquals(2, run.exit());
    assertEquals(List.of("commissioning: lineage: '5D-D' is not a well-formed ODS code"
        + " (try --help)"), run.errLines());
    assertEquals(2, Cli.run("", "lineage", "5DD", "--format", "xml").exit());
    assertEquals(2, Cli.run("", "lineage").exit());
    assertEquals(2, Cli.run("", "lineage", "5DD", "--date", "yesterday").exit());
  }
}
