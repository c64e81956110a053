package io.github.commissioning.cli;

import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.duty.PopulationType;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.time.FinancialYear;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** {@code describe}: builds a landscape, which checks it, and summarises it. */
final class Describe {
  private Describe() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() > 1) {
      return Commissioning.usage(err, "describe takes at most one sample name");
    }
    String name = args.isEmpty() ? "england-like" : args.get(0);
    Optional<LandscapeDraft> draft = Samples.named(name);
    if (draft.isEmpty()) {
      return Commissioning.usage(err, "no sample named '" + name + "'; samples: "
          + String.join(", ", Samples.names()));
    }
    Landscape landscape = LandscapeSnapshot.copyOf(draft.get());
    out.println("Landscape on " + landscape.date() + " (" + name + " sample): every structural"
        + " invariant holds");
    bodies(landscape, out);
    populations(landscape, out);
    duties(landscape, out);
    money(landscape, out);
    return Commissioning.OK;
  }

  private static void bodies(Landscape landscape, PrintStream out) {
    out.println();
    out.println("Open bodies by kind:");
    for (OrganisationKind kind : OrganisationKind.values()) {
      int count = landscape.open(kind).size();
      if (count > 0) {
        out.printf("  %-40s %6d%n", kind, count);
      }
    }
  }

  private static void populations(Landscape landscape, PrintStream out) {
    Map<PopulationType, Integer> byType = new EnumMap<>(PopulationType.class);
    for (Population population : landscape.populations()) {
      byType.merge(population.type(), 1, Integer::sum);
    }
    out.println();
    out.println("Populations: " + landscape.populations().size() + " " + byType);
  }

  private static void duties(Landscape landscape, PrintStream out) {
    Map<OrganisationKind, Integer> byHolderKind = new EnumMap<>(OrganisationKind.class);
    int delegated = 0;
    for (DutyAssignment assignment : landscape.duties()) {
      byHolderKind.merge(landscape.require(assignment.accountable()).kind(), 1, Integer::sum);
      delegated += assignment.delegate().isPresent() ? 1 : 0;
    }
    out.println("Duties: " + landscape.duties().size() + ", held by " + byHolderKind + ", "
        + delegated + " delegated");
  }

  private static void money(Landscape landscape, PrintStream out) {
    out.println();
    TreeSet<FinancialYear> years = new TreeSet<>();
    landscape.allocations().forEach(allocation -> years.add(allocation.year()));
    for (FinancialYear year : years) {
      Money indicative = Money.sum(landscape.allocations().stream()
          .filter(a -> a.year().equals(year) && a.funding() == Funding.INDICATIVE)
          .map(Allocation::amount).toList());
      out.println("Budgets for " + year + ": cash " + landscape.totalAllocated(year)
          + ", indicative " + indicative);
    }
    out.println("Contracts: " + landscape.contracts().size() + ", running costs reported by "
        + landscape.runningCosts().size() + " bodies");
  }
}
