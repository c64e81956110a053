package io.github.commissioning.model.reform;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Reorganised;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The reforms of the two seed articles, each a scenario that can be replayed on
 * {@linkplain England2010 England in 2010}: the 2009 opposition plan (and the city-region variant
 * its party denied) and the 2010 white paper (with either accounting officer the article reports,
 * and with public health then moving to local authorities).
 */
public enum SeedReform {
  /** The 2009 opposition plan. */
  OPPOSITION_2009("Every practice a practice-based commissioner with a cash budget, federated"
      + " into consortiums; voluntary mergers; acute prices below tariff; franchised authorities") {
    @Override
    public Plan plan(England2010 england) {
      return OppositionPlan.plan(checkNotNull(england, "england"), false);
    }
  },
  /** The 2009 opposition plan with authorities and trusts merged into 40 city-region bodies. */
  OPPOSITION_2009_CITY_REGIONS("The opposition plan, with strategic health authorities and"
      + " primary care trusts merged into about 40 strategic commissioning bodies") {
    @Override
    public Plan plan(England2010 england) {
      return OppositionPlan.plan(checkNotNull(england, "england"), true);
    }
  },
  /** The 2010 white paper, consortium chiefs answering for consortia's budgets. */
  WHITE_PAPER_2010("About 550 GP consortia accountable to a national board commission with GBP 60bn;"
      + " trusts keep public health and residual services; consortium chiefs are accounting"
      + " officers; management costs cut 30% (40% South East Coast, 50% London)") {
    @Override
    public Plan plan(England2010 england) {
      return WhitePaperPlan.plan(checkNotNull(england, "england"),
          WhitePaperPlan.AccountingOfficer.CONSORTIUM_CHIEFS, false);
    }
  },
  /** The 2010 white paper, the board's regional offices answering for consortia's budgets. */
  WHITE_PAPER_2010_REGIONAL_OFFICES("The white paper, with the national board's four regional"
      + " offices as accounting officers for consortia's budgets") {
    @Override
    public Plan plan(England2010 england) {
      return WhitePaperPlan.plan(checkNotNull(england, "england"),
          WhitePaperPlan.AccountingOfficer.REGIONAL_OFFICES, false);
    }
  },
  /** The 2010 white paper, then public health moving to local authorities. */
  WHITE_PAPER_2010_PUBLIC_HEALTH("The white paper, followed by public health and its GBP 4bn"
      + " moving from primary care trusts to local authorities") {
    @Override
    public Plan plan(England2010 england) {
      return WhitePaperPlan.plan(checkNotNull(england, "england"),
          WhitePaperPlan.AccountingOfficer.CONSORTIUM_CHIEFS, true);
    }
  };

  private final String summary;

  SeedReform(String summary) {
    this.summary = summary;
  }

  /**
   * Returns the scenario's name on the command line, such as {@code white-paper-2010}.
   *
   * @return the name, lower case with hyphens
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns what the scenario does, in a sentence.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Obtains the scenario with a command-line name.
   *
   * @param id the name, such as {@code opposition-2009}
   * @return the scenario, if there is one of that name
   */
  public static Optional<SeedReform> byId(String id) {
    checkNotNull(id, "id");
    return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Makes the reform concrete for a landscape of England in 2010.
   *
   * @param england the landscape
   * @return the reorganisation, the changes its policy must refuse, and its cost targets
   */
  public abstract Plan plan(England2010 england);

  /**
   * Replays the reform on England in 2010: applies its reorganisation, tries the changes its
   * policy must refuse on the result, and measures the running costs against its targets.
   *
   * @param england the landscape
   * @return the outcome
   * @throws io.github.commissioning.transition.StepRefusedException if a step of the plan is
   *     refused, which a correct plan never is
   */
  public Replayed replay(England2010 england) {
    Plan plan = plan(england);
    Reorganised reorganised = TransitionEngine.apply(england.landscape(), plan.reorganisation());
    ImmutableList<Trial.Outcome> trials = plan.trials().stream()
        .map(trial -> trial.tryOn(reorganised.after())).collect(ImmutableList.toImmutableList());
    return new Replayed(this, reorganised, trials, costTargets(plan, england, reorganised.after()),
        enacted(england));
  }

  private static ImmutableSortedMap<OrganisationKind, Integer> enacted(England2010 england) {
    ImmutableSortedMap.Builder<OrganisationKind, Integer> counts = ImmutableSortedMap.naturalOrder();
    for (OrganisationKind kind : OrganisationKind.values()) {
      int count = england.history().count(kind, Replayed.ENACTED);
      if (count > 0) {
        counts.put(kind, count);
      }
    }
    return counts.buildOrThrow();
  }

  private static ImmutableList<CostTarget> costTargets(Plan plan, England2010 england,
      Landscape after) {
    if (plan.nationalCostTarget() == 0 && plan.regionalCostTargets().isEmpty()) {
      return ImmutableList.of();
    }
    FinancialYear last = England2010.YEAR.plusYears(England2010.PLANNED_YEARS - 1);
    ImmutableList.Builder<CostTarget> targets = ImmutableList.builder();
    Money allBefore = Money.ZERO;
    Money allAfter = Money.ZERO;
    for (Organisation sha : england.landscape().open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY)) {
      Money before = regionCosts(england, england.landscape(), sha.code(), England2010.YEAR);
      Money after2014 = regionCosts(england, after, sha.code(), last);
      allBefore = allBefore.plus(before);
      allAfter = allAfter.plus(after2014);
      int target = plan.regionalCostTargets().getOrDefault(sha.code(), plan.nationalCostTarget());
      targets.add(new CostTarget(Optional.of(sha.code()), sha.name(), target, before, after2014));
    }
    targets.add(new CostTarget(Optional.empty(), "England", plan.nationalCostTarget(), allBefore,
        allAfter));
    return targets.build();
  }

  /** The running costs of an authority and its trusts in a year. */
  private static Money regionCosts(England2010 england, Landscape landscape, OdsCode sha,
      FinancialYear year) {
    Money total = Money.ZERO;
    for (RunningCost cost : landscape.runningCosts()) {
      if (cost.year().equals(year) && inRegion(england, cost.body(), sha)) {
        total = total.plus(cost.amount());
      }
    }
    return total;
  }

  private static boolean inRegion(England2010 england, OdsCode body, OdsCode sha) {
    if (body.equals(sha)) {
      return true;
    }
    return england.primaryCareOrganisations().contains(body)
        && england.strategicHealthAuthorityOf(body).equals(sha);
  }
}
