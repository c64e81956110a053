package io.github.commissioning.model.soak;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.model.history.History;
import io.github.commissioning.model.ods.OdsHistory;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.soak.Soak;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bad-input soak of the api, the engine and the ODS readers: every public entry point is fed
 * generated bad input (see TESTING.md, "Bad-input soak") and must answer with its documented
 * outcome, never a bare runtime exception, a stack overflow, a hang or a changed landscape. The
 * default build runs a small soak; {@code -Psoak} runs a million inputs.
 */
class BadInputSoakTest {
  /** The seed of the soak unless {@value Soak#SEED_PROPERTY} gives another. */
  static final long DEFAULT_SEED = 20_261_126L;

  @Test
  void everyEntryPointGivesItsDocumentedOutcomeInASmallSoak() {
    soak(2_000);
  }

  @Test
  @Tag("soak")
  void everyEntryPointGivesItsDocumentedOutcomeForAMillionBadInputs() {
    soak(Soak.inputs(1_000_000));
  }

  private static void soak(int inputs) {
    Soak soak = Soak.seeded(Soak.seed(DEFAULT_SEED)).withCallLimit(Duration.ofSeconds(60))
        .documenting(ValueFeeds::attributeNotSet);
    Budget budget = new Budget(inputs);
    ValueFeeds.feed(soak, budget);
    EngineFeeds.feed(soak, budget, EngineFeeds.pool());
    FileFeeds.feed(soak, budget);
    FileFeeds.feedHistories(soak, budget);
    History history = OdsHistory.load(OdsExtracts::open);
    HistoryFeeds.feed(soak, budget, history, knownCodes(history));
    System.out.println(soak.report());
    soak.assertClean();
    assertTrue(soak.inputsTried() >= inputs, soak.inputsTried() + " inputs tried, not " + inputs);
  }

  /** Codes the history knows: the bodies open on a few days and everything they descend from. */
  private static List<OdsCode> knownCodes(History history) {
    TreeSet<OdsCode> codes = new TreeSet<>();
    for (LocalDate day : List.of(LocalDate.of(2001, 4, 1), LocalDate.of(2010, 6, 1),
        LocalDate.of(2013, 4, 1), LocalDate.of(2022, 7, 1))) {
      for (OrganisationKind kind : List.of(OrganisationKind.PRIMARY_CARE_TRUST,
          OrganisationKind.CLINICAL_COMMISSIONING_GROUP, OrganisationKind.SUB_ICB_LOCATION)) {
        history.lineage().edges().stream().filter(edge -> history.organisation(edge.successor(),
            day).map(o -> o.kind() == kind).orElse(false)).limit(200)
            .forEach(edge -> codes.add(edge.successor()));
      }
    }
    for (OdsCode code : List.copyOf(codes)) {
      codes.addAll(history.lineage().ancestorsOf(code));
      history.membersOn(code, LocalDate.of(2010, 6, 1)).stream().limit(5).forEach(codes::add);
      history.membersOn(code, LocalDate.of(2021, 1, 1)).stream().limit(5).forEach(codes::add);
    }
    codes.addAll(List.of(OdsCode.of("A81001"), OdsCode.of("5E1"), OdsCode.of("00K"),
        OdsCode.of("16C")));
    return new ArrayList<>(codes);
  }
}
