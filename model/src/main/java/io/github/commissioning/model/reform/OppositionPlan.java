package io.github.commissioning.model.reform;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.model.policy.Policies;
import io.github.commissioning.model.policy.ReformRule;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.AuthoriseFoundationTrust;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.ConvertToCash;
import io.github.commissioning.transition.Delegate;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.RepriceContract;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.transition.TransferDuties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2009 opposition plan as a reorganisation of England in 2010: every practice a
 * practice-based commissioner with an indicative budget, later real cash; practices federated into
 * consortiums that contract with acute providers through their primary care trust, below the PbR
 * tariff; a voluntary merger of two trusts; an underspend reinvested in patient care; one
 * practice's patients choosing another commissioner; authorities' specialised commissioning
 * franchised to private contractors; half the acute providers becoming foundation trusts. The
 * city-region variant instead makes every provider a foundation trust and merges the trusts and
 * authorities into about 40 strategic commissioning bodies.
 */
final class OppositionPlan {
  /** The first day of the 2010/11 financial year, when the plan starts. */
  static final LocalDate START = LocalDate.of(2010, 4, 1);
  /** Half way through the year, when indicative budgets become cash. */
  static final LocalDate CASH = LocalDate.of(2010, 10, 1);
  /** When the city-region bodies would form, and the plan's refusals are tried. */
  static final LocalDate LATER = LocalDate.of(2011, 1, 4);
  /** The money given to practices as indicative budgets: the GBP 60bn of the 2010 plan. */
  static final Money TO_PRACTICES = WhitePaperPlan.TO_CONSORTIA;
  /** The consortiums practices federate into: as many as the 2010 plan's consortia. */
  static final int CONSORTIUMS = WhitePaperPlan.CONSORTIA;
  /** The strategic commissioning bodies of the city-region variant. */
  static final int CITY_REGIONS = 40;
  /** Negotiated acute prices, in percent of the PbR tariff. */
  static final int NEGOTIATED_PERCENT = 95;
  /** The underspend one practice reinvests, in percent of its budget. */
  static final int UNDERSPEND_PERCENT = 1;

  /** The services practices commission with their indicative budgets. */
  static final ImmutableSet<CommissioningFunction> PRACTICE_FUNCTIONS = ImmutableSet.of(
      CommissioningFunction.ACUTE_ELECTIVE, CommissioningFunction.COMMUNITY,
      CommissioningFunction.MENTAL_HEALTH, CommissioningFunction.URGENT_AND_EMERGENCY);

  private final England2010 england;
  private final List<Transition> steps = new ArrayList<>();
  private final Map<OdsCode, Money> budgets;
  private final ImmutableList<Consortia.Group> consortiums;

  private OppositionPlan(England2010 england) {
    this.england = england;
    Map<OdsCode, Long> weights = new LinkedHashMap<>();
    for (OdsCode pco : england.primaryCareOrganisations()) {
      england.practicesOf(pco).forEach(p -> weights.put(p, england.weightedPopulation(p)));
    }
    this.budgets = Capitation.apportion(TO_PRACTICES, weights);
    this.consortiums = Consortia.of(england, CONSORTIUMS);
  }

  static Plan plan(England2010 england, boolean cityRegions) {
    OppositionPlan plan = new OppositionPlan(england);
    plan.steps.add(new ChangePolicy(START, Policies.OPPOSITION_2009));
    plan.practiceBasedCommissioning();
    plan.federate();
    plan.providers(cityRegions);
    plan.cashBudgets();
    OdsCode[] merged = plan.voluntaryMerger();
    OdsCode reinvesting = plan.reinvestUnderspend();
    plan.patientChoosesCommissioner();
    if (cityRegions) {
      plan.cityRegions();
    }
    String name = "The 2009 opposition plan" + (cityRegions ? ", with 40 city-region bodies" : "");
    return new Plan(Reorganisation.of(name, START, plan.steps),
        plan.trials(merged, reinvesting, cityRegions), ImmutableMap.of(), 0);
  }

  private void practiceBasedCommissioning() {
    for (OdsCode pco : england.primaryCareOrganisations()) {
      for (OdsCode practice : england.practicesOf(pco)) {
        steps.add(new Allocate(START, Allocation.builder().holder(practice).accountingOfficer(pco)
            .year(England2010.YEAR).ringFence(RingFence.GENERAL).funding(Funding.INDICATIVE)
            .amount(budgets.get(practice)).build()));
        steps.add(new Delegate(START, pco, practice, new DutySelection(PRACTICE_FUNCTIONS,
            ImmutableSet.of(Population.registeredListOf(practice)))));
      }
    }
  }

  private void federate() {
    for (Consortia.Group group : consortiums) {
      OdsCode code = group.code();
      steps.add(FormConsortium.of(group.body(england, START), group.practices(),
          Relationship.of(RelationshipType.ACCOUNTABLE_TO, code, group.pco(), START)));
      Money budget = group.practices().stream().map(budgets::get).reduce(Money.ZERO, Money::plus);
      Money tariff = England2010.percent(budget, England2010.ACUTE_TARIFF_PERCENT);
      steps.add(new SignContract(START, Contract.builder().commissioner(code)
          .provider(england.acuteProviderOf(england.strategicHealthAuthorityOf(group.pco())))
          .service(CommissioningFunction.COMMUNITY).year(England2010.YEAR)
          .price(England2010.percent(tariff, NEGOTIATED_PERCENT)).tariff(tariff)
          .arrangedBy(group.pco()).build()));
    }
    for (Contract contract : england.landscape().contracts()) {
      steps.add(new RepriceContract(START, contract.commissioner(), contract.provider(),
          contract.service(), contract.year(),
          England2010.percent(contract.tariff().orElseThrow(), NEGOTIATED_PERCENT)));
    }
  }

  /** Franchises each authority's specialised commissioning; providers become foundation trusts. */
  private void providers(boolean cityRegions) {
    List<Organisation> shas = england.landscape().open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY)
        .asList();
    for (int i = 0; i < shas.size(); i++) {
      OdsCode sha = shas.get(i).code();
      if (!cityRegions) {
        OdsCode contractor = OdsCode.parse("FR" + sha.value());
        steps.add(Establish.of(Organisation.of(contractor, "Franchised contractor for "
            + shas.get(i).name() + " (modelled)", OrganisationKind.PRIVATE_COMMISSIONING_ORGANISATION,
            START), Relationship.of(RelationshipType.ACCOUNTABLE_TO, contractor, sha, START)));
        steps.add(new Delegate(START, sha, contractor,
            DutySelection.of(CommissioningFunction.SPECIALISED)));
      }
      if (cityRegions || i % 2 == 0) {
        steps.add(new AuthoriseFoundationTrust(START, england.acuteProviderOf(sha)));
      }
    }
  }

  private void cashBudgets() {
    for (OdsCode pco : england.primaryCareOrganisations()) {
      for (OdsCode practice : england.practicesOf(pco)) {
        steps.add(new ConvertToCash(CASH, practice, England2010.YEAR));
      }
    }
  }

  /**
   * The two smallest trusts (by registered patients) of the authority with the most trusts agree
   * to merge: the smaller joins the larger.
   *
   * @return the joining trust and the one it joins
   */
  private OdsCode[] voluntaryMerger() {
    OdsCode sha = england.primaryCareOrganisations().stream()
        .map(england::strategicHealthAuthorityOf).distinct()
        .max(Comparator.comparingLong(s -> trustsOf(s).size())).orElseThrow();
    List<OdsCode> smallest = trustsOf(sha).stream()
        .sorted(Comparator.comparingLong(this::patientsOf).thenComparing(c -> c)).limit(2).toList();
    OdsCode joining = smallest.get(0);
    OdsCode joined = smallest.get(1);
    steps.add(Merge.into(CASH, joined, joining).withConsentOfAll());
    return new OdsCode[] {joining, joined};
  }

  private List<OdsCode> trustsOf(OdsCode sha) {
    return england.primaryCareOrganisations().stream()
        .filter(pco -> england.strategicHealthAuthorityOf(pco).equals(sha)).toList();
  }

  private long patientsOf(OdsCode pco) {
    return england.practicesOf(pco).stream().mapToLong(england::registeredPatients).sum();
  }

  /** The practice with the largest budget reinvests part of it in patient care. */
  private OdsCode reinvestUnderspend() {
    OdsCode practice = budgets.entrySet().stream().max(Map.Entry.comparingByValue())
        .orElseThrow().getKey();
    Money underspend = England2010.percent(budgets.get(practice), UNDERSPEND_PERCENT);
    steps.add(new ReinvestUnderspend(CASH, practice, England2010.YEAR, underspend,
        RingFence.PATIENT_CARE));
    return practice;
  }

  /** The first practice's patients choose the consortium of another trust for acute care. */
  private void patientChoosesCommissioner() {
    Consortia.Group own = consortiums.get(0);
    Consortia.Group chosen = otherThan(own);
    OdsCode practice = own.practices().get(0);
    steps.add(new TransferDuties(CASH, own.pco(), chosen.code(), new DutySelection(
        ImmutableSet.of(CommissioningFunction.ACUTE_ELECTIVE),
        ImmutableSet.of(Population.registeredListOf(practice))), Money.ZERO));
  }

  private Consortia.Group otherThan(Consortia.Group own) {
    return consortiums.stream().filter(g -> !g.pco().equals(own.pco())).findFirst().orElseThrow();
  }

  /**
   * Merges each authority's trusts into its share of {@value #CITY_REGIONS} strategic commissioning
   * bodies (at least one, and at least two trusts in each), then closes the authority into the
   * first of them.
   */
  private void cityRegions() {
    OdsCode dh = OdsCode.parse(England2010.DEPARTMENT_OF_HEALTH);
    int trusts = england.primaryCareOrganisations().size();
    for (Organisation sha : england.landscape().open(OrganisationKind.STRATEGIC_HEALTH_AUTHORITY)) {
      List<OdsCode> members = new ArrayList<>(trustsOf(sha.code()));
      members.removeIf(code -> !england.landscape().organisation(code).isPresent()
          || mergedAway(code));
      long wanted = Math.round((double) trustsOf(sha.code()).size() * CITY_REGIONS / trusts);
      int bodies = (int) Math.max(1, Math.min(wanted, members.size() / 2));
      int size = (int) Math.ceil((double) members.size() / bodies);
      OdsCode first = null;
      int number = 1;
      for (List<OdsCode> run : Lists.partition(members, size)) {
        OdsCode code = OdsCode.parse("S" + sha.code().value() + number);
        Organisation body = Organisation.of(code, "Strategic commissioning body " + number
            + " of " + sha.name() + " (modelled)", OrganisationKind.STRATEGIC_COMMISSIONING_BODY,
            LATER);
        if (run.size() == 1 && first != null) {
          steps.add(Merge.into(LATER, first, run.get(0)).withConsentOfAll());
          continue;
        }
        steps.add(Merge.intoNew(body, run.toArray(OdsCode[]::new)).withConsentOfAll()
            .withRelationships(Relationship.of(RelationshipType.ACCOUNTABLE_TO, code, dh, LATER)));
        first = first == null ? code : first;
        number++;
      }
      steps.add(Close.of(LATER, sha.code(), first));
    }
  }

  private boolean mergedAway(OdsCode pco) {
    return steps.stream().anyMatch(s -> s instanceof Merge merge && merge.merging().contains(pco));
  }

  /** The changes the plan's rules refuse once it is in force. */
  private ImmutableList<Trial> trials(OdsCode[] merged, OdsCode reinvesting, boolean cityRegions) {
    ImmutableList.Builder<Trial> trials = ImmutableList.builder();
    Consortia.Group consortium = consortiums.get(consortiums.size() - 1);
    OdsCode provider = england.acuteProviderOf(england.strategicHealthAuthorityOf(consortium.pco()));
    Money tariff = Money.ofPounds(1_000_000);
    Contract.Builder aboveTariff = Contract.builder().commissioner(consortium.code())
        .provider(provider).service(CommissioningFunction.MENTAL_HEALTH).year(England2010.YEAR)
        .price(tariff.plus(Money.ofPounds(1))).tariff(tariff);
    if (!cityRegions) {
      aboveTariff.arrangedBy(consortium.pco());
    }
    trials.add(new Trial("Consortium " + consortium.code() + " agrees a price above the PbR tariff",
        new SignContract(LATER.plusDays(1), aboveTariff.build()),
        ReformRule.PRICES_WITHIN_TARIFF.name()));
    trials.add(new Trial("Practice " + reinvesting + " takes an underspend as practice profit",
        new ReinvestUnderspend(LATER.plusDays(1), reinvesting, England2010.YEAR,
            Money.ofPounds(1), RingFence.PRACTICE_PROFIT),
        ReformRule.UNDERSPENDS_FOR_PATIENT_CARE.name()));
    if (!cityRegions) {
      List<OdsCode> pair = england.primaryCareOrganisations().stream()
          .filter(c -> !c.equals(merged[0]) && !c.equals(merged[1])).limit(2).toList();
      trials.add(new Trial("Trust " + pair.get(1) + " is merged into " + pair.get(0)
          + " without consent", Merge.into(LATER.plusDays(1), pair.get(0), pair.get(1)),
          ReformRule.MERGERS_NEED_CONSENT.name()));
    }
    return trials.build();
  }
}
