package io.github.commissioning.model.transition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.policy.Policy;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A private, mutable copy of a landscape's parts on which transitions are carried out, one after
 * another, recording each one's {@link Effect}s. Nothing outside the engine ever sees it: it ends
 * as a new {@link LandscapeSnapshot}, which checks every structural invariant, or is thrown away.
 */
final class Workspace implements LandscapeParts {
  record BudgetKey(OdsCode holder, FinancialYear year, RingFence ringFence, Funding funding) {
    static BudgetKey of(Allocation allocation) {
      return new BudgetKey(allocation.holder(), allocation.year(), allocation.ringFence(),
          allocation.funding());
    }
  }

  record ContractKey(OdsCode commissioner, OdsCode provider,
      CommissioningFunction service, FinancialYear year) {
    static ContractKey of(Contract contract) {
      return new ContractKey(contract.commissioner(), contract.provider(), contract.service(),
          contract.year());
    }
  }

  record CostKey(OdsCode body, FinancialYear year) {}

  /** An immutable copy of the parts as they stand. */
  record Parts(LocalDate date, Policy policy, ImmutableSet<Organisation> organisations,
      ImmutableSet<Relationship> relationships, ImmutableSet<Area> areas,
      ImmutableSet<DutyAssignment> duties, ImmutableSet<Allocation> allocations,
      ImmutableSet<Contract> contracts, ImmutableSet<RunningCost> runningCosts)
      implements LandscapeParts {}

  private LocalDate date;
  private LocalDate stateDate;
  private Policy policy;
  private final ImmutableSet<Area> areas;
  private final Map<OdsCode, Organisation> organisations = new LinkedHashMap<>();
  private final Set<Relationship> relationships = new LinkedHashSet<>();
  private final Map<Duty, DutyAssignment> duties = new LinkedHashMap<>();
  private final Map<BudgetKey, Allocation> budgets = new LinkedHashMap<>();
  private final Map<ContractKey, Contract> contracts = new LinkedHashMap<>();
  private final Map<CostKey, RunningCost> runningCosts = new LinkedHashMap<>();
  private List<Effect> effects = new ArrayList<>();
  private final List<Violation> problems = new ArrayList<>();

  /** Copies a landscape's parts; the first change is then {@linkplain #begin begun} on them. */
  Workspace(Landscape before) {
    this.date = before.date();
    this.stateDate = before.date();
    this.areas = before.areas();
    this.policy = before.policy();
    before.organisations().forEach(o -> organisations.put(o.code(), o));
    relationships.addAll(before.relationships());
    before.duties().forEach(d -> duties.put(d.duty(), d));
    before.allocations().forEach(a -> budgets.put(BudgetKey.of(a), a));
    before.contracts().forEach(c -> contracts.put(ContractKey.of(c), c));
    before.runningCosts().forEach(c -> runningCosts.put(new CostKey(c.body(), c.year()), c));
  }

  /**
   * Begins carrying out a change dated {@code changeDate} on the state the changes before it left,
   * which is then dated the day of the last change (or the landscape's date, for the first).
   */
  void begin(LocalDate changeDate) {
    stateDate = date;
    date = changeDate;
    effects = new ArrayList<>();
    problems.clear();
  }

  /** The date of the change being carried out, or of the state if none has begun. */
  @Override
  public LocalDate date() {
    return date;
  }

  /** The date of the state the change being carried out applies to. */
  LocalDate stateDate() {
    return stateDate;
  }

  @Override
  public Policy policy() {
    return policy;
  }

  @Override
  public Collection<Organisation> organisations() {
    return Collections.unmodifiableCollection(organisations.values());
  }

  @Override
  public Collection<Relationship> relationships() {
    return Collections.unmodifiableSet(relationships);
  }

  @Override
  public Collection<Area> areas() {
    return areas;
  }

  @Override
  public Collection<DutyAssignment> duties() {
    return Collections.unmodifiableCollection(duties.values());
  }

  @Override
  public Collection<Allocation> allocations() {
    return Collections.unmodifiableCollection(budgets.values());
  }

  @Override
  public Collection<Contract> contracts() {
    return Collections.unmodifiableCollection(contracts.values());
  }

  @Override
  public Collection<RunningCost> runningCosts() {
    return Collections.unmodifiableCollection(runningCosts.values());
  }

  FinancialYear year() {
    return FinancialYear.containing(date);
  }

  ImmutableList<Effect> effects() {
    return ImmutableList.copyOf(effects);
  }

  /** Copies the parts as they stand. */
  Parts parts() {
    return new Parts(date, policy, ImmutableSet.copyOf(organisations.values()),
        ImmutableSet.copyOf(relationships), areas, ImmutableSet.copyOf(duties.values()),
        ImmutableSet.copyOf(budgets.values()), ImmutableSet.copyOf(contracts.values()),
        ImmutableSet.copyOf(runningCosts.values()));
  }

  // ---- problems found while applying ---------------------------------------------------------

  void problem(Invariant invariant, String message, Object... subjects) {
    problems.add(Violation.of(invariant, message, subjects));
  }

  /** The problems found in the change being carried out. */
  ImmutableList<Violation> problems() {
    return ImmutableList.copyOf(problems);
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Throws every problem found so far, if any: the transition does not apply. */
  void refuseIfProblems() {
    if (!problems.isEmpty()) {
      throw new ViolationException(problems);
    }
  }

  /** Returns the body if it exists and is open on the change's date, recording why not otherwise. */
  Optional<Organisation> open(OdsCode code, String role) {
    Organisation found = organisations.get(code);
    if (found == null) {
      problem(Invariant.REFERENCE_UNKNOWN, role + " names " + code + ", which is not an organisation"
          + " of the landscape", code);
      return Optional.empty();
    }
    if (!found.isOpenOn(date) || !found.isOpenOn(stateDate)) {
      problem(Invariant.REFERENCE_CLOSED, role + " names " + code + ", which is not open on " + date,
          code, date);
      return Optional.empty();
    }
    return Optional.of(found);
  }

  /** Records a problem if a code is already taken, as a new body's code must not be. */
  void unused(OdsCode code, String role) {
    if (organisations.containsKey(code)) {
      problem(Invariant.CODE_DUPLICATE, role + " uses code " + code + ", which "
          + organisations.get(code).name() + " already has", code);
    }
  }

  // ---- organisations -------------------------------------------------------------------------

  Organisation organisation(OdsCode code) {
    return organisations.get(code);
  }

  void establish(Organisation body) {
    organisations.put(body.code(), body);
    effects.add(new Effect.Opened(body.code(), body.kind()));
  }

  void replace(Organisation body) {
    organisations.put(body.code(), body);
  }

  void closeBody(OdsCode code) {
    Organisation body = organisations.get(code);
    if (!body.operational().start().isBefore(date)) {
      problem(Invariant.DATE_OUTSIDE_LIFETIME, "Body " + code + " opened on "
          + body.operational().start() + " and cannot close before it has been open a day, on "
          + date, code, date);
      return;
    }
    organisations.put(code, body.closedOn(date.minusDays(1)));
    effects.add(new Effect.Closed(code, body.kind()));
  }

  void record(Effect effect) {
    effects.add(effect);
  }

  void policy(Policy newPolicy) {
    effects.add(new Effect.PolicyChanged(policy.name(), newPolicy.name()));
    policy = newPolicy;
  }

  // ---- relationships -------------------------------------------------------------------------

  List<Relationship> relationships(Predicate<Relationship> wanted) {
    return relationships.stream().filter(wanted).toList();
  }

  /** Starts a relationship, recording a problem for each end that is not a body here. */
  void start(Relationship relationship) {
    for (OdsCode end : List.of(relationship.from(), relationship.to())) {
      if (!organisations.containsKey(end)) {
        problem(Invariant.REFERENCE_UNKNOWN, "The " + relationship.type() + " relationship from "
            + relationship.from() + " to " + relationship.to() + " names " + end
            + ", which is not an organisation of the landscape", end);
      }
    }
    relationships.add(relationship);
    effects.add(new Effect.RelationshipStarted(relationship));
  }

  void end(Relationship relationship) {
    relationships.remove(relationship);
    if (relationship.period().start().isBefore(date)) {
      effects.add(new Effect.RelationshipEnded(relationship.endedOn(date.minusDays(1))));
    }
  }

  /** Ends a relationship and starts the same one pointing at another body. */
  void repoint(Relationship relationship, OdsCode newTarget) {
    end(relationship);
    if (relationships(r -> r.type() == relationship.type() && r.from().equals(relationship.from())
        && r.to().equals(newTarget)).isEmpty()) {
      start(Relationship.of(relationship.type(), relationship.from(), newTarget, date));
    }
    if (relationship.type() == RelationshipType.MEMBER_OF) {
      effects.add(new Effect.MembershipChanged(relationship.from(), Optional.of(relationship.to()),
          Optional.of(newTarget)));
    }
  }

  Optional<OdsCode> primaryCareOrganisationOf(OdsCode practice) {
    return relationships(r -> r.type() == RelationshipType.MEMBER_OF && r.from().equals(practice))
        .stream().map(Relationship::to)
        .filter(to -> organisations.containsKey(to)
            && organisations.get(to).kind().can(Capacity.HAVE_PRACTICE_MEMBERS))
        .findFirst();
  }

  // ---- duties --------------------------------------------------------------------------------

  Optional<DutyAssignment> holderOf(Duty duty) {
    return Optional.ofNullable(duties.get(duty));
  }

  /** The duties for one population, found by key rather than by search. */
  List<DutyAssignment> dutiesFor(Population population) {
    List<DutyAssignment> found = new ArrayList<>();
    for (CommissioningFunction function : CommissioningFunction.forPopulation(population.type())) {
      DutyAssignment held = duties.get(Duty.of(function, population));
      if (held != null) {
        found.add(held);
      }
    }
    return found;
  }

  /** The duties a selection names population by population, found by key rather than search. */
  List<DutyAssignment> dutiesFor(DutySelection selection) {
    List<DutyAssignment> found = new ArrayList<>();
    for (Population population : selection.populations()) {
      for (CommissioningFunction function : selection.functions()) {
        if (function.appliesTo(population.type())) {
          DutyAssignment held = duties.get(Duty.of(function, population));
          if (held != null) {
            found.add(held);
          }
        }
      }
    }
    return found;
  }

  List<DutyAssignment> duties(Predicate<DutyAssignment> wanted) {
    return duties.values().stream().filter(wanted).toList();
  }

  void moveDuty(DutyAssignment assignment, OdsCode to) {
    duties.put(assignment.duty(), new DutyAssignment(assignment.duty(), to, assignment.delegate()
        .filter(d -> !d.equals(to)), date));
    effects.add(new Effect.DutyMoved(assignment.duty(), assignment.accountable(), to));
  }

  /** Gives a duty to a body, as for a new practice's list. */
  void assign(DutyAssignment assignment) {
    duties.put(assignment.duty(), assignment);
  }

  /** Ends a duty whose population no longer exists, such as the list of a practice that closed. */
  void endDuty(DutyAssignment assignment) {
    duties.remove(assignment.duty());
    effects.add(new Effect.DutyEnded(assignment.duty(), assignment.accountable()));
  }

  /** Keys a duty to another population, such as a recoded practice's list; the holder stays. */
  void rekey(DutyAssignment assignment, Duty renamed) {
    duties.remove(assignment.duty());
    duties.put(renamed, new DutyAssignment(renamed, assignment.accountable(), assignment.delegate(),
        assignment.since()));
  }

  void delegate(DutyAssignment assignment, Optional<OdsCode> delegate) {
    duties.put(assignment.duty(), new DutyAssignment(assignment.duty(), assignment.accountable(),
        delegate, assignment.since()));
    effects.add(new Effect.DelegationChanged(assignment.duty(), assignment.delegate(), delegate));
  }

  // ---- money ---------------------------------------------------------------------------------

  List<Allocation> budgets(Predicate<Allocation> wanted) {
    return budgets.values().stream().filter(wanted).toList();
  }

  Optional<Allocation> budget(BudgetKey key) {
    return Optional.ofNullable(budgets.get(key));
  }

  /** Adds new money to a budget, creating it if need be. */
  void allocate(Allocation allocation) {
    BudgetKey key = BudgetKey.of(allocation);
    Allocation existing = budgets.get(key);
    budgets.put(key, existing == null ? allocation
        : existing.withAmount(existing.amount().plus(allocation.amount())));
    effects.add(new Effect.MoneyMoved(Optional.empty(), Optional.of(allocation.holder()),
        allocation.year(), allocation.ringFence(), allocation.funding(), allocation.amount()));
  }

  /**
   * Moves money from one budget into another, creating the receiving budget (answered for by
   * {@code officer}) if it does not exist; records a problem if the source holds too little.
   */
  void moveMoney(BudgetKey from, BudgetKey to, Money amount, OdsCode officer) {
    Allocation source = budgets.get(from);
    if (amount.isZero()) {
      moveEmptyBudget(from, to, officer, source);
      return;
    }
    Money held = source == null ? Money.ZERO : source.amount();
    if (held.compareTo(amount) < 0) {
      problem(Invariant.INSUFFICIENT_FUNDS, "Moving " + amount + " from " + from.holder() + "'s "
          + from.funding() + " " + from.ringFence() + " budget for " + from.year() + ", which holds "
          + held, from.holder(), amount, held);
      return;
    }
    Money left = held.minus(amount);
    if (left.isZero()) {
      budgets.remove(from);
    } else {
      budgets.put(from, source.withAmount(left));
    }
    Allocation target = budgets.get(to);
    budgets.put(to, target != null ? target.withAmount(target.amount().plus(amount))
        : Allocation.builder().holder(to.holder()).accountingOfficer(officer).year(to.year())
            .ringFence(to.ringFence()).funding(to.funding()).amount(amount).build());
    effects.add(new Effect.MoneyMoved(Optional.of(from.holder()), Optional.of(to.holder()), to.year(),
        to.ringFence(), to.funding(), amount));
  }

  /** A budget of nothing still passes on, so that no closed body is left holding one. */
  private void moveEmptyBudget(BudgetKey from, BudgetKey to, OdsCode officer,
      @Nullable Allocation source) {
    if (source == null || !source.amount().isZero() || from.equals(to)) {
      return;
    }
    budgets.remove(from);
    budgets.putIfAbsent(to, Allocation.builder().holder(to.holder()).accountingOfficer(officer)
        .year(to.year()).ringFence(to.ringFence()).funding(to.funding()).amount(Money.ZERO).build());
  }

  void removeBudget(BudgetKey key) {
    budgets.remove(key);
  }

  void replaceBudget(Allocation allocation) {
    budgets.put(BudgetKey.of(allocation), allocation);
  }

  // ---- contracts and running costs -----------------------------------------------------------

  List<Contract> contracts(Predicate<Contract> wanted) {
    return contracts.values().stream().filter(wanted).toList();
  }

  Optional<Contract> contract(ContractKey key) {
    return Optional.ofNullable(contracts.get(key));
  }

  void removeContract(Contract contract) {
    contracts.remove(ContractKey.of(contract));
  }

  /** Puts a contract in place of another (or none), merging prices if the key is already taken. */
  void putContract(Optional<Contract> before, Contract after) {
    before.ifPresent(this::removeContract);
    ContractKey key = ContractKey.of(after);
    Contract existing = contracts.get(key);
    Contract merged = existing == null ? after : combined(existing, after);
    contracts.put(key, merged);
    effects.add(new Effect.ContractChanged(before, Optional.of(merged)));
  }

  /** Two contracts for the same thing become one: prices add up, and so do tariffs. */
  private static Contract combined(Contract existing, Contract added) {
    Contract.Builder builder = Contract.builder();
    builder.from(existing).price(existing.price().plus(added.price()));
    if (existing.tariff().isPresent() && added.tariff().isPresent()) {
      builder.tariff(existing.tariff().get().plus(added.tariff().get()));
    } else if (existing.tariff().isEmpty() && added.tariff().isPresent()) {
      builder.tariff(added.tariff().get());
    }
    if (existing.arrangedBy().isEmpty()) {
      added.arrangedBy().ifPresent(builder::arrangedBy);
    }
    return builder.build();
  }

  Optional<RunningCost> runningCost(OdsCode body, FinancialYear year) {
    return Optional.ofNullable(runningCosts.get(new CostKey(body, year)));
  }

  List<RunningCost> runningCosts(OdsCode body) {
    return runningCosts.values().stream().filter(c -> c.body().equals(body)).toList();
  }

  void setRunningCost(OdsCode body, FinancialYear year, Money amount) {
    RunningCost old = runningCosts.get(new CostKey(body, year));
    Money from = old == null ? Money.ZERO : old.amount();
    if (amount.isZero()) {
      runningCosts.remove(new CostKey(body, year));
    } else {
      runningCosts.put(new CostKey(body, year), RunningCost.of(body, year, amount));
    }
    effects.add(new Effect.RunningCostChanged(body, year, from, amount));
  }

  // ---- result --------------------------------------------------------------------------------

  /** Builds the new landscape, which checks every structural invariant. */
  LandscapeSnapshot build() {
    refuseIfProblems();
    return LandscapeSnapshot.copyOf(this);
  }
}
