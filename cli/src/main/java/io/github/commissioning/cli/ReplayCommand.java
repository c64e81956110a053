package io.github.commissioning.cli;

import io.github.commissioning.data.OdsExtracts;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.reform.CostTarget;
import io.github.commissioning.model.reform.England2010;
import io.github.commissioning.model.reform.Replayed;
import io.github.commissioning.model.reform.SeedReform;
import io.github.commissioning.model.reform.Trial;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Reorganised;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code replay SCENARIO}: applies a seed reform to England on 31 March 2010 and reports what it
 * did, as text for people, JSON for tools, or a Mermaid diagram of the flows of money and duties.
 */
final class ReplayCommand {
  static final String FORMATS = "text|json|mermaid";

  private ReplayCommand() {}

  static int run(List<String> args, PrintStream out) {
    if (args.equals(List.of("--list"))) {
      for (SeedReform reform : SeedReform.values()) {
        out.println(reform.id() + "\t" + reform.summary());
      }
      return Commissioning.OK;
    }
    Options options = Options.parse("replay", args, Set.of("--format"), 1);
    SeedReform reform = SeedReform.byId(options.positional(0)).orElseThrow(() ->
        CommandException.usage("no scenario is named '" + options.positional(0)
            + "'; replay --list shows them"));
    String format = options.get("--format").orElse("text");
    if (!Set.of("text", "json", "mermaid").contains(format)) {
      throw CommandException.usage("--format must be one of " + FORMATS + ", not '" + format + "'");
    }
    Replayed replayed = reform.replay(england());
    out.print(switch (format) {
      case "json" -> json(replayed);
      case "mermaid" -> mermaid(replayed);
      default -> text(replayed);
    });
    out.flush();
    return Commissioning.OK;
  }

  private static England2010 england() {
    try {
      return England2010.load(OdsExtracts::open);
    } catch (IOException | UncheckedIOException e) {
      throw CommandException.of(Commissioning.REFUSED, "cannot read the bundled data: "
          + e.getMessage());
    }
  }

  // ---- text ----------------------------------------------------------------------------------

  static String text(Replayed replayed) {
    Reorganised done = replayed.reorganised();
    StringBuilder text = new StringBuilder();
    text.append(done.reorganisation().name()).append('\n')
        .append(replayed.reform().summary()).append('\n')
        .append("Applied to England on ").append(done.before().date()).append(" in ")
        .append(done.steps().size()).append(" steps, ending ").append(done.after().date())
        .append(" under the policy '").append(done.after().policy().name()).append("'.\n\n");
    section(text, "Bodies open, before and after", counts(done));
    section(text, "Bodies opened, by kind", done.openedByKind());
    section(text, "Bodies closed, by kind", done.closedByKind());
    section(text, "Duties moved, by function", done.dutiesMovedByFunction());
    section(text, "Money received, by kind of body", done.moneyReceivedByKind());
    section(text, "Money given, by kind of body", done.moneyGivenByKind());
    section(text, "Money moved, by ring-fence", done.moneyMovedByRingFence());
    text.append("Policy checks (changes the policy must refuse)\n");
    for (Trial.Outcome trial : replayed.trials()) {
      text.append("  ").append(trial.refusedAsExpected() ? "refused " : "NOT REFUSED ")
          .append(trial.trial().rule()).append(": ").append(trial.trial().description())
          .append('\n');
    }
    text.append('\n');
    if (!replayed.costTargets().isEmpty()) {
      text.append("Running costs, 2010/11 to 2013/14, against the targets\n");
      for (CostTarget target : replayed.costTargets()) {
        text.append(String.format("  %-26s %15s -> %15s  cut %6s%% (target %d%%) %s%n",
            target.name(), target.before(), target.after(), target.achievedPercent(),
            target.targetPercent(), target.met() ? "met" : "MISSED"));
      }
      text.append('\n');
    }
    text.append("Coverage: ").append(done.before().populations().size()).append(" -> ")
        .append(done.after().populations().size()).append(" populations, ")
        .append(done.before().duties().size()).append(" -> ").append(done.after().duties().size())
        .append(" duties; both landscapes are checked, so every function for every population has"
            + " exactly one accountable body.\n\n");
    text.append("Enacted instead on ").append(Replayed.ENACTED).append(": ")
        .append(replayed.groupsEnacted()).append(" clinical commissioning groups (this scenario: ")
        .append(replayed.consortia()).append(" GP consortia).\n");
    section(text, "Bodies open on " + Replayed.ENACTED + " in the real history (which records no"
        + " money)", replayed.enacted());
    return text.toString();
  }

  private static void section(StringBuilder text, String title, Map<?, ?> rows) {
    text.append(title).append('\n');
    if (rows.isEmpty()) {
      text.append("  none\n");
    }
    rows.forEach((key, value) -> text.append("  ").append(key).append(": ").append(value)
        .append('\n'));
    text.append('\n');
  }

  /** Bodies open before and after, by kind, as "before -> after". */
  private static Map<OrganisationKind, String> counts(Reorganised done) {
    Map<OrganisationKind, String> counts = new TreeMap<>();
    for (OrganisationKind kind : OrganisationKind.values()) {
      int before = done.before().open(kind).size();
      int after = done.after().open(kind).size();
      if (before + after > 0) {
        counts.put(kind, before + " -> " + after);
      }
    }
    return counts;
  }

  // ---- JSON ----------------------------------------------------------------------------------

  static String json(Replayed replayed) {
    Reorganised done = replayed.reorganised();
    Json json = new Json();
    json.open();
    json.field("scenario", replayed.reform().id());
    json.field("name", done.reorganisation().name());
    json.field("from", done.before().date().toString());
    json.field("to", done.after().date().toString());
    json.field("steps", done.steps().size());
    json.field("policy", done.after().policy().name());
    json.counts("openBefore", kinds(done.before()));
    json.counts("openAfter", kinds(done.after()));
    json.counts("opened", done.openedByKind());
    json.counts("closed", done.closedByKind());
    json.counts("dutiesMoved", done.dutiesMovedByFunction());
    json.pence("moneyReceivedPence", done.moneyReceivedByKind());
    json.pence("moneyGivenPence", done.moneyGivenByKind());
    json.pence("moneyMovedByRingFencePence", done.moneyMovedByRingFence());
    json.name("policyChecks").array();
    for (Trial.Outcome trial : replayed.trials()) {
      json.open();
      json.field("description", trial.trial().description());
      json.field("rule", trial.trial().rule());
      json.field("refused", trial.refusedAsExpected());
      json.name("violations").array();
      trial.violations().forEach(v -> json.value(v.code()));
      json.endArray();
      json.close();
    }
    json.endArray();
    json.name("costTargets").array();
    for (CostTarget target : replayed.costTargets()) {
      json.open();
      json.field("region", target.region().map(OdsCode::value).orElse("England"));
      json.field("name", target.name());
      json.field("targetPercent", target.targetPercent());
      json.field("beforePence", target.before().pence());
      json.field("afterPence", target.after().pence());
      json.field("achievedPercent", target.achievedPercent().toPlainString());
      json.field("met", target.met());
      json.close();
    }
    json.endArray();
    json.name("enacted").open();
    json.field("date", Replayed.ENACTED.toString());
    json.field("clinicalCommissioningGroups", replayed.groupsEnacted());
    json.field("consortiaInScenario", replayed.consortia());
    json.counts("open", replayed.enacted());
    json.close();
    json.name("coverage").open();
    json.field("populationsBefore", done.before().populations().size());
    json.field("populationsAfter", done.after().populations().size());
    json.field("dutiesBefore", done.before().duties().size());
    json.field("dutiesAfter", done.after().duties().size());
    json.close();
    json.close();
    return json + "\n";
  }

  private static Map<OrganisationKind, Integer> kinds(Landscape landscape) {
    Map<OrganisationKind, Integer> counts = new TreeMap<>();
    for (OrganisationKind kind : OrganisationKind.values()) {
      int open = landscape.open(kind).size();
      if (open > 0) {
        counts.put(kind, open);
      }
    }
    return counts;
  }

  // ---- Mermaid -------------------------------------------------------------------------------

  /** A flowchart of money (solid, GBP) and duties (dotted, counts) between kinds of body. */
  static String mermaid(Replayed replayed) {
    Reorganised done = replayed.reorganised();
    Map<String, Money> money = new TreeMap<>();
    for (Effect.MoneyMoved moved : done.effects(Effect.MoneyMoved.class)) {
      if (moved.from().isPresent() && moved.to().isPresent()) {
        money.merge(edge(done, moved.from().get(), moved.to().get()), moved.amount(), Money::plus);
      }
    }
    Map<String, Long> duties = done.effects(Effect.DutyMoved.class).stream().collect(
        Collectors.groupingBy(moved -> edge(done, moved.from(), moved.to()), TreeMap::new,
            Collectors.counting()));
    StringBuilder chart = new StringBuilder("flowchart LR\n");
    chart.append("  %% ").append(done.reorganisation().name()).append('\n');
    money.forEach((edge, amount) -> chart.append("  ").append(edge.replace(">", " -- \""
        + amount + "\" --> ")).append('\n'));
    duties.forEach((edge, count) -> chart.append("  ").append(edge.replace(">", " -. \""
        + count + " duties\" .-> ")).append('\n'));
    return chart.toString();
  }

  private static String edge(Reorganised done, OdsCode from, OdsCode to) {
    return kindOf(done, from) + ">" + kindOf(done, to);
  }

  private static String kindOf(Reorganised done, OdsCode code) {
    return done.after().organisation(code).or(() -> done.before().organisation(code))
        .map(Organisation::kind).map(OrganisationKind::name).orElse("UNKNOWN");
  }
}
