package io.github.commissioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.model.reform.England2010;
import io.github.commissioning.model.reform.Replayed;
import io.github.commissioning.model.reform.SeedReform;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReplayCommandTest {
  private static Replayed whitePaper;

  @BeforeAll
  static void replay() throws IOException {
    whitePaper = SeedReform.WHITE_PAPER_2010.replay(England2010.load(OdsExtracts::open));
  }

  @Test
  void listNamesEveryScenario() {
    Cli run = Cli.run("", "replay", "--list");
    assertEquals(0, run.exit());
    assertEquals(List.of("opposition-2009", "opposition-2009-city-regions", "white-paper-2010",
        "white-paper-2010-regional-offices", "white-paper-2010-public-health"),
        run.out().lines().map(line -> line.substring(0, line.indexOf('\t'))).toList());
  }

  @Test
  void anUnknownScenarioOrFormatIsOneLineAndExitTwo() {
    Cli unknown = Cli.run("", "replay", "white-paper-2011");
    assertEquals(2, unknown.exit());
    assertEquals(List.of("commissioning: no scenario is named 'white-paper-2011'; replay --list"
        + " shows them (try --help)"), unknown.errLines());
    Cli format = Cli.run("", "replay", "white-paper-2010", "--format", "xml");
    assertEquals(2, format.exit());
    assertEquals(1, format.errLines().size());
    assertTrue(format.err().contains("text|json|mermaid"), format.err());
  }

  @Test
  void theJsonReportHasEveryFigureUnderItsKey() {
    String json = ReplayCommand.json(whitePaper);
    assertTrue(json.startsWith("{\"scenario\":\"white-paper-2010\",\"name\":\"The 2010 white paper,"
        + " accounting officers the consortium chiefs\",\"from\":\"2010-03-31\",\"to\":\"2010-07-12\","
        + "\"steps\":1742,\"policy\":\"2010 white paper\","), json);
    assertTrue(json.contains("\"opened\":{\"GP_CONSORTIUM\":549,\"NATIONAL_BOARD\":1,"
        + "\"REGIONAL_OFFICE\":4}"), json);
    assertTrue(json.contains("\"moneyReceivedPence\":{\"GP_CONSORTIUM\":6000000000000}"), json);
    assertTrue(json.contains("{\"description\":\"Patients of practice L81014 choose consortium"
        + " C5A41\",\"rule\":\"COMMISSIONER_FOLLOWS_PRACTICE\",\"refused\":true,\"violations\":["
        + "\"COMMISSIONER_FOLLOWS_PRACTICE\"]}"), json);
    assertTrue(json.contains("{\"region\":\"Q36\",\"name\":\"London\",\"targetPercent\":50,"
        + "\"beforePence\":46813164024,\"afterPence\":23406582004,\"achievedPercent\":\"50.00\","
        + "\"met\":true}"), json);
    assertTrue(json.contains("\"enacted\":{\"date\":\"2013-04-01\",\"clinicalCommissioningGroups\""
        + ":211,\"consortiaInScenario\":549,\"open\":{"), json);
    assertTrue(json.endsWith("\"coverage\":{\"populationsBefore\":10023,\"populationsAfter\":10023,"
        + "\"dutiesBefore\":78816,\"dutiesAfter\":78816}}\n"), json);
    assertEquals(json.chars().filter(c -> c == '{').count(),
        json.chars().filter(c -> c == '}').count());
  }

  @Test
  void theMermaidDiagramDrawsMoneyAndDutiesBetweenKinds() {
    String chart = ReplayCommand.mermaid(whitePaper);
    assertTrue(chart.startsWith("flowchart LR\n"), chart);
    assertTrue(chart.contains("  PRIMARY_CARE_TRUST -- \"£58,771,985,003.17\" --> GP_CONSORTIUM\n"),
        chart);
    assertTrue(chart.contains("  PRIMARY_CARE_TRUST -. \"47640 duties\" .-> GP_CONSORTIUM\n"),
        chart);
  }

  @Test
  void theTextReportNamesTheRefusalsAndTheTargets() {
    String text = ReplayCommand.text(whitePaper);
    assertTrue(text.contains("  refused PCTS_KEEP_RESIDUAL_ROLE: Primary care trust 5A3 takes"
        + " acute commissioning back from C5A31\n"), text);
    assertTrue(text.contains("Enacted instead on 2013-04-01: 211 clinical commissioning groups"
        + " (this scenario: 549 GP consortia).\n"), text);
  }
}
