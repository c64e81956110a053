package io.github.commissioning.model.reform;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.model.policy.Policies;
import io.github.commissioning.model.policy.ReformRule;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.AppointAccountingOfficer;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.CutRunningCosts;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.transition.TransferDuties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 2010 white paper as a reorganisation of England in 2010: GP consortia formed from every
 * practice, accountable to a new national board, taking on the commissioning of their practices'
 * lists with GBP 60bn; GP contracting and performance management passing from primary care trusts
 * to the board; the trusts keeping public health, the patient champion role and residual services;
 * management costs cut by 2013/14.
 */
final class WhitePaperPlan {
  /** The white paper's publication, on which the plan's changes are dated. */
  static final LocalDate DATE = LocalDate.of(2010, 7, 12);
  /** The introduction of the bill that was to move public health to local authorities. */
  static final LocalDate PUBLIC_HEALTH_DATE = LocalDate.of(2011, 1, 19);
  /** The consortia the plan makes: within the 500 to 600 the article expects. */
  static final int CONSORTIA = 550;
  /** The money that moves to consortia with their duties: GBP 60bn. */
  static final Money TO_CONSORTIA = Money.ofPounds(60_000_000_000L);
  /** The national board, under the code NHS England has held since. */
  static final OdsCode BOARD = OdsCode.parse("X24");
  /** The cut in management costs by 2013/14 required nationally, and in two regions. */
  static final int NATIONAL_CUT = 30;
  static final ImmutableMap<String, Integer> REGIONAL_CUTS = ImmutableMap.of(
      "Q36", 50, // London
      "Q37", 40); // South East Coast

  /** The functions consortia take on for their practices' lists. */
  static final ImmutableSet<CommissioningFunction> CONSORTIUM_FUNCTIONS = ImmutableSet.of(
      CommissioningFunction.ACUTE_ELECTIVE, CommissioningFunction.URGENT_AND_EMERGENCY,
      CommissioningFunction.COMMUNITY, CommissioningFunction.MENTAL_HEALTH,
      CommissioningFunction.CONTRACT_MANAGEMENT);

  /** The functions the board takes from primary care trusts. */
  static final ImmutableSet<CommissioningFunction> BOARD_FUNCTIONS = ImmutableSet.of(
      CommissioningFunction.PRIMARY_MEDICAL_CONTRACTING,
      CommissioningFunction.GP_PERFORMANCE_MANAGEMENT);

  /** The board's four regional offices, under NHS England's 2013 codes, by the SHAs they cover. */
  private static final ImmutableMap<String, String> REGION_OF_SHA = ImmutableMap.<String, String>builder()
      .put("Q30", "Y54").put("Q31", "Y54").put("Q32", "Y54")
      .put("Q33", "Y55").put("Q34", "Y55").put("Q35", "Y55")
      .put("Q36", "Y56")
      .put("Q37", "Y57").put("Q38", "Y57").put("Q39", "Y57").buildOrThrow();
  private static final ImmutableMap<String, String> REGION_NAMES = ImmutableMap.of(
      "Y54", "North of England", "Y55", "Midlands and East of England", "Y56", "London",
      "Y57", "South of England");

  /** Who answers for consortia's budgets: the two options the article reports. */
  enum AccountingOfficer { CONSORTIUM_CHIEFS, REGIONAL_OFFICES }

  private final England2010 england;
  private final List<Transition> steps = new ArrayList<>();

  private WhitePaperPlan(England2010 england) {
    this.england = england;
  }

  static Plan plan(England2010 england, AccountingOfficer officer, boolean publicHealthToCouncils) {
    WhitePaperPlan plan = new WhitePaperPlan(england);
    plan.steps.add(new ChangePolicy(DATE, Policies.WHITE_PAPER_2010));
    plan.establishBoard();
    ImmutableList<Consortia.Group> consortia = Consortia.of(england, CONSORTIA);
    plan.formConsortia(consortia, officer);
    plan.moveToBoard();
    plan.cutRunningCosts();
    if (publicHealthToCouncils) {
      plan.steps.addAll(PublicHealthMove.steps(england, PUBLIC_HEALTH_DATE));
    }
    String name = "The 2010 white paper, accounting officers "
        + (officer == AccountingOfficer.CONSORTIUM_CHIEFS ? "the consortium chiefs"
        : "the board's regional offices")
        + (publicHealthToCouncils ? ", public health to local authorities" : "");
    Map<OdsCode, Integer> regional = new LinkedHashMap<>();
    REGIONAL_CUTS.forEach((sha, cut) -> regional.put(OdsCode.parse(sha), cut));
    LocalDate after = publicHealthToCouncils ? PUBLIC_HEALTH_DATE : DATE;
    return new Plan(Reorganisation.of(name, DATE, plan.steps), plan.trials(consortia, after),
        ImmutableMap.copyOf(regional), NATIONAL_CUT);
  }

  private void establishBoard() {
    OdsCode dh = OdsCode.parse(England2010.DEPARTMENT_OF_HEALTH);
    steps.add(Establish.of(Organisation.of(BOARD, "NHS Commissioning Board",
        OrganisationKind.NATIONAL_BOARD, DATE),
        Relationship.of(RelationshipType.ACCOUNTABLE_TO, BOARD, dh, DATE)));
    REGION_NAMES.forEach((code, name) -> steps.add(Establish.of(Organisation.of(
        OdsCode.parse(code), name, OrganisationKind.REGIONAL_OFFICE, DATE),
        Relationship.of(RelationshipType.PART_OF, OdsCode.parse(code), BOARD, DATE))));
  }

  private void formConsortia(List<Consortia.Group> consortia, AccountingOfficer officer) {
    Map<OdsCode, Long> weights = new LinkedHashMap<>();
    for (Consortia.Group group : consortia) {
      weights.put(group.code(), group.practices().stream()
          .mapToLong(england::weightedPopulation).sum());
    }
    Map<OdsCode, Money> money = Capitation.apportion(TO_CONSORTIA, weights);
    for (Consortia.Group group : consortia) {
      OdsCode code = group.code();
      steps.add(FormConsortium.of(group.body(england, DATE), group.practices(),
          Relationship.of(RelationshipType.ACCOUNTABLE_TO, code, BOARD, DATE)));
      steps.add(new TransferDuties(DATE, group.pco(), code, new DutySelection(CONSORTIUM_FUNCTIONS,
          group.practices().stream().map(Population::registeredListOf)
              .collect(ImmutableSet.toImmutableSet())), money.get(code)));
      if (officer == AccountingOfficer.REGIONAL_OFFICES) {
        steps.add(new AppointAccountingOfficer(DATE, code, England2010.YEAR, RingFence.GENERAL,
            Funding.CASH, regionalOfficeOf(group.pco())));
      }
    }
  }

  OdsCode regionalOfficeOf(OdsCode pco) {
    return OdsCode.parse(REGION_OF_SHA.get(england.strategicHealthAuthorityOf(pco).value()));
  }

  private void moveToBoard() {
    for (OdsCode pco : england.primaryCareOrganisations()) {
      steps.add(new TransferDuties(DATE, pco, BOARD, DutySelection.of(BOARD_FUNCTIONS), Money.ZERO));
    }
  }

  /** Cuts every trust's and authority's running costs in three equal steps to 2013/14. */
  private void cutRunningCosts() {
    Map<OdsCode, RunningCost> baseline = england.landscape().runningCosts().stream()
        .filter(c -> c.year().equals(England2010.YEAR))
        .collect(Collectors.toMap(RunningCost::body, Function.identity(), (a, b) -> a,
            LinkedHashMap::new));
    baseline.forEach((body, cost) -> {
      OdsCode sha = england.landscape().require(body).kind()
          == OrganisationKind.STRATEGIC_HEALTH_AUTHORITY ? body
          : england.strategicHealthAuthorityOf(body);
      int cut = REGIONAL_CUTS.getOrDefault(sha.value(), NATIONAL_CUT);
      for (int year = 1; year <= 3; year++) {
        FinancialYear when = England2010.YEAR.plusYears(year);
        // Rounded down to the penny, so each year's cut is at least its share of the target.
        Money to = Money.ofPence(Math.multiplyExact(cost.amount().pence(), 300 - cut * year) / 300);
        steps.add(new CutRunningCosts(DATE, body, when, to));
      }
    });
  }

  /** The changes the white paper's rules refuse once it is in force. */
  private ImmutableList<Trial> trials(List<Consortia.Group> consortia, LocalDate date) {
    Consortia.Group first = consortia.get(0);
    Consortia.Group other = consortia.stream().filter(g -> !g.pco().equals(first.pco()))
        .findFirst().orElseThrow();
    OdsCode practice = first.practices().get(0);
    return ImmutableList.of(
        new Trial("Primary care trust " + first.pco() + " takes acute commissioning back from "
            + first.code(), new TransferDuties(date, first.code(), first.pco(),
            DutySelection.of(CommissioningFunction.ACUTE_ELECTIVE), Money.ZERO),
            ReformRule.PCTS_KEEP_RESIDUAL_ROLE.name()),
        new Trial("Patients of practice " + practice + " choose consortium " + other.code(),
            new TransferDuties(date, first.code(), other.code(), new DutySelection(
                ImmutableSet.of(CommissioningFunction.ACUTE_ELECTIVE),
                ImmutableSet.of(Population.registeredListOf(practice))), Money.ZERO),
            ReformRule.COMMISSIONER_FOLLOWS_PRACTICE.name()));
  }
}
