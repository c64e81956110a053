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
import io.github.commissioning.model.internal.LandscapeStore.BudgetKey;
import io.github.commissioning.model.internal.LandscapeStore.ContractKey;
import io.github.commissioning.model.internal.LandscapeStore.CostKey;
import io.github.commissioning.model.internal.LandscapeStore;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Where transitions are carried out on a landscape's parts, one after another, recording each
 * one's {@link Effect}s and which parts it touched. The parts are held in a {@link LandscapeStore}:
 * each change makes a new store that shares everything untouched with the landscape's, so the
 * cost of a change does not grow with the landscape. Nothing outside the engine ever sees a
 * workspace: it ends as a new {@link LandscapeSnapshot} or is thrown away.
 */
final class Workspace implements LandscapeParts {
  private LocalDate date;
  private LocalDate stateDate;
  private Policy policy;
  private LandscapeStore store;
  private final Touched touched = new Touched();
  private List<Effect> effects = new ArrayList<>();
  private final List<Violation> problems = new ArrayList<>();

  /** What the changes carried out so far have added, replaced or removed, by key. */
  static final class Touched {
    final Set<OdsCode> organisations = new HashSet<>();
    final Set<Relationship> relationshipsAdded = new HashSet<>();
    final Set<Relationship> relationshipsRemoved = new HashSet<>();
    final Set<Duty> duties = new HashSet<>();
    final Set<BudgetKey> budgets = new HashSet<>();
    final Set<ContractKey> contracts = new HashSet<>();
    final Set<CostKey> runningCosts = new HashSet<>();
  }

  /**
   * Starts from a landscape's parts, which the changes then replace one by one in the store,
   * sharing the rest with the landscape's; the first change is then {@linkplain #begin begun}.
   */
  Workspace(Landscape before, LandscapeStore parts) {
    this.date = before.date();
    this.stateDate = before.date();
    this.policy = before.policy();
    this.store = parts;
  }

  /** Starts from a landscape's parts, indexed afresh unless it is a snapshot indexed before. */
  Workspace(Landscape before) {
    this(before, LandscapeStore.of(before, before instanceof LandscapeSnapshot));
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
    return store.organisationsInOrder();
  }

  @Override
  public Collection<Relationship> relationships() {
    return store.relationshipsInOrder();
  }

  @Override
  public Collection<Area> areas() {
    return store.areas();
  }

  @Override
  public Collection<DutyAssignment> duties() {
    return store.dutiesInOrder();
  }

  @Override
  public Collection<Allocation> allocations() {
    return store.allocationsInOrder();
  }

  @Override
  public Collection<Contract> contracts() {
    return store.contractsInOrder();
  }

  @Override
  public Collection<RunningCost> runningCosts() {
    return store.runningCostsInOrder();
  }

  FinancialYear year() {
    return FinancialYear.containing(date);
  }

  ImmutableList<Effect> effects() {
    return ImmutableList.copyOf(effects);
  }

  /** The parts as they stand, dated the change being carried out; later changes leave it as it is. */
  LandscapeStore store() {
    LandscapeStore now = store.date().equals(date) ? store : store.withDate(date);
    return now.policy().equals(policy) ? now : now.withPolicy(policy);
  }

  /** What the changes so far have touched. */
  Touched touched() {
    return touched;
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
    Organisation found = organisation(code);
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
    Organisation holder = organisation(code);
    if (holder != null) {
      problem(Invariant.CODE_DUPLICATE, role + " uses code " + code + ", which "
          + holder.name() + " already has", code);
    }
  }

  // ---- organisations -------------------------------------------------------------------------

  @Nullable Organisation organisation(OdsCode code) {
    return store.organisation(code).orElse(null);
  }

  void establish(Organisation body) {
    put(body);
    effects.add(new Effect.Opened(body.code(), body.kind()));
  }

  void replace(Organisation body) {
    put(body);
  }

  void closeBody(OdsCode code) {
    Organisation body = organisation(code);
    if (!body.operational().start().isBefore(date)) {
      problem(Invariant.DATE_OUTSIDE_LIFETIME, "Body " + code + " opened on "
          + body.operational().start() + " and cannot close before it has been open a day, on "
          + date, code, date);
      return;
    }
    put(body.closedOn(date.minusDays(1)));
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
    return store.relationshipsInOrder().stream().filter(wanted).toList();
  }

  /** The relationships a body is either end of that are wanted, found by key rather than search. */
  List<Relationship> relationshipsOf(OdsCode code, Predicate<Relationship> wanted) {
    return store.relationshipsOf(code).stream().filter(wanted).toList();
  }

  /** Starts a relationship, recording a problem for each end that is not a body here. */
  void start(Relationship relationship) {
    for (OdsCode end : List.of(relationship.from(), relationship.to())) {
      if (organisation(end) == null) {
        problem(Invariant.REFERENCE_UNKNOWN, "The " + relationship.type() + " relationship from "
            + relationship.from() + " to " + relationship.to() + " names " + end
            + ", which is not an organisation of the landscape", end);
      }
    }
    add(relationship);
    effects.add(new Effect.RelationshipStarted(relationship));
  }

  void end(Relationship relationship) {
    remove(relationship);
    if (relationship.period().start().isBefore(date)) {
      effects.add(new Effect.RelationshipEnded(relationship.endedOn(date.minusDays(1))));
    }
  }

  /** Ends a relationship and starts the same one pointing at another body. */
  void repoint(Relationship relationship, OdsCode newTarget) {
    end(relationship);
    if (relationshipsOf(relationship.from(), r -> r.type() == relationship.type()
        && r.from().equals(relationship.from())
        && r.to().equals(newTarget)).isEmpty()) {
      start(Relationship.of(relationship.type(), relationship.from(), newTarget, date));
    }
    if (relationship.type() == RelationshipType.MEMBER_OF) {
      effects.add(new Effect.MembershipChanged(relationship.from(), Optional.of(relationship.to()),
          Optional.of(newTarget)));
    }
  }

  Optional<OdsCode> primaryCareOrganisationOf(OdsCode practice) {
    return relationshipsOf(practice,
        r -> r.type() == RelationshipType.MEMBER_OF && r.from().equals(practice))
        .stream().map(Relationship::to)
        .filter(to -> organisation(to) != null
            && organisation(to).kind().can(Capacity.HAVE_PRACTICE_MEMBERS))
        .findFirst();
  }

  // ---- duties --------------------------------------------------------------------------------

  Optional<DutyAssignment> holderOf(Duty duty) {
    return store.holderOf(duty);
  }

  /** The duties for one population, found by key rather than by search. */
  List<DutyAssignment> dutiesFor(Population population) {
    List<DutyAssignment> found = new ArrayList<>();
    for (CommissioningFunction function : CommissioningFunction.forPopulation(population.type())) {
      store.holderOf(Duty.of(function, population)).ifPresent(found::add);
    }
    return found;
  }

  /** The duties a selection names population by population, found by key rather than search. */
  List<DutyAssignment> dutiesFor(DutySelection selection) {
    List<DutyAssignment> found = new ArrayList<>();
    for (Population population : selection.populations()) {
      for (CommissioningFunction function : selection.functions()) {
        if (function.appliesTo(population.type())) {
          store.holderOf(Duty.of(function, population)).ifPresent(found::add);
        }
      }
    }
    return found;
  }

  /** The duties a body is accountable for that are wanted, found by key rather than search. */
  List<DutyAssignment> dutiesHeldBy(OdsCode holder, Predicate<DutyAssignment> wanted) {
    return store.dutiesOf(holder).stream().filter(wanted).toList();
  }

  List<DutyAssignment> duties(Predicate<DutyAssignment> wanted) {
    return store.dutiesInOrder().stream().filter(wanted).toList();
  }

  /**
   * Moves duties to new holders, all at once, so that each holder's set of duties changes once
   * however many of its duties move; a delegate that becomes the holder is dropped.
   */
  void moveDuties(List<DutyAssignment> held, Function<? super DutyAssignment, OdsCode> holderOf) {
    List<DutyAssignment> moved = new ArrayList<>(held.size());
    for (DutyAssignment assignment : held) {
      OdsCode to = holderOf.apply(assignment);
      moved.add(new DutyAssignment(assignment.duty(), to, assignment.delegate()
          .filter(d -> !d.equals(to)), date));
      effects.add(new Effect.DutyMoved(assignment.duty(), assignment.accountable(), to));
      touched.duties.add(assignment.duty());
    }
    store = store.withAssignments(moved);
  }

  /** Gives a duty to a body, as for a new practice's list. */
  void assign(DutyAssignment assignment) {
    put(assignment);
  }

  /** Ends a duty whose population no longer exists, such as the list of a practice that closed. */
  void endDuty(DutyAssignment assignment) {
    remove(assignment.duty());
    effects.add(new Effect.DutyEnded(assignment.duty(), assignment.accountable()));
  }

  /** Keys a duty to another population, such as a recoded practice's list; the holder stays. */
  void rekey(DutyAssignment assignment, Duty renamed) {
    remove(assignment.duty());
    put(new DutyAssignment(renamed, assignment.accountable(), assignment.delegate(),
        assignment.since()));
  }

  void delegate(DutyAssignment assignment, Optional<OdsCode> delegate) {
    put(new DutyAssignment(assignment.duty(), assignment.accountable(),
        delegate, assignment.since()));
    effects.add(new Effect.DelegationChanged(assignment.duty(), assignment.delegate(), delegate));
  }

  // ---- money ---------------------------------------------------------------------------------

  List<Allocation> budgets(Predicate<Allocation> wanted) {
    return store.allocationsInOrder().stream().filter(wanted).toList();
  }

  /** The budgets a body holds that are wanted, found by key rather than search. */
  List<Allocation> budgetsHeldBy(OdsCode holder, Predicate<Allocation> wanted) {
    return store.budgetsHeldBy(holder).stream().filter(wanted).toList();
  }

  Optional<Allocation> budget(BudgetKey key) {
    return store.budget(key);
  }

  /** Adds new money to a budget, creating it if need be. */
  void allocate(Allocation allocation) {
    BudgetKey key = BudgetKey.of(allocation);
    Allocation existing = store.budget(key).orElse(null);
    put(existing == null ? allocation
        : existing.withAmount(existing.amount().plus(allocation.amount())));
    effects.add(new Effect.MoneyMoved(Optional.empty(), Optional.of(allocation.holder()),
        allocation.year(), allocation.ringFence(), allocation.funding(), allocation.amount()));
  }

  /**
   * Moves money from one budget into another, creating the receiving budget (answered for by
   * {@code officer}) if it does not exist; records a problem if the source holds too little.
   */
  void moveMoney(BudgetKey from, BudgetKey to, Money amount, OdsCode officer) {
    Allocation source = store.budget(from).orElse(null);
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
      remove(from);
    } else {
      put(source.withAmount(left));
    }
    Allocation target = store.budget(to).orElse(null);
    put(target != null ? target.withAmount(target.amount().plus(amount))
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
    remove(from);
    if (store.budget(to).isEmpty()) {
      put(Allocation.builder().holder(to.holder()).accountingOfficer(officer).year(to.year())
          .ringFence(to.ringFence()).funding(to.funding()).amount(Money.ZERO).build());
    }
  }

  void removeBudget(BudgetKey key) {
    remove(key);
  }

  void replaceBudget(Allocation allocation) {
    put(allocation);
  }

  // ---- contracts and running costs -----------------------------------------------------------

  List<Contract> contracts(Predicate<Contract> wanted) {
    return store.contractsInOrder().stream().filter(wanted).toList();
  }

  Optional<Contract> contract(ContractKey key) {
    return store.contract(key);
  }

  void removeContract(Contract contract) {
    remove(ContractKey.of(contract));
  }

  /** Puts a contract in place of another (or none), merging prices if the key is already taken. */
  void putContract(Optional<Contract> before, Contract after) {
    before.ifPresent(this::removeContract);
    ContractKey key = ContractKey.of(after);
    Contract existing = store.contract(key).orElse(null);
    Contract merged = existing == null ? after : combined(existing, after);
    put(merged);
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
    return store.runningCost(new CostKey(body, year));
  }

  List<RunningCost> runningCosts(OdsCode body) {
    return store.runningCostsInOrder().stream().filter(c -> c.body().equals(body)).toList();
  }

  void setRunningCost(OdsCode body, FinancialYear year, Money amount) {
    RunningCost old = store.runningCost(new CostKey(body, year)).orElse(null);
    Money from = old == null ? Money.ZERO : old.amount();
    if (amount.isZero()) {
      remove(new CostKey(body, year));
    } else {
      put(RunningCost.of(body, year, amount));
    }
    effects.add(new Effect.RunningCostChanged(body, year, from, amount));
  }

  // ---- the store's parts, replaced one at a time -----------------------------------------

  private void put(Organisation body) {
    store = store.with(body);
    touched.organisations.add(body.code());
  }

  private void add(Relationship relationship) {
    store = store.with(relationship);
    touched.relationshipsAdded.add(relationship);
  }

  private void remove(Relationship relationship) {
    store = store.without(relationship);
    touched.relationshipsRemoved.add(relationship);
  }

  private void put(DutyAssignment assignment) {
    store = store.with(assignment);
    touched.duties.add(assignment.duty());
  }

  private void remove(Duty duty) {
    store = store.without(duty);
    touched.duties.add(duty);
  }

  private void put(Allocation allocation) {
    store = store.with(allocation);
    touched.budgets.add(BudgetKey.of(allocation));
  }

  private void remove(BudgetKey key) {
    store = store.without(key);
    touched.budgets.add(key);
  }

  private void put(Contract contract) {
    store = store.with(contract);
    touched.contracts.add(ContractKey.of(contract));
  }

  private void remove(ContractKey key) {
    store = store.without(key);
    touched.contracts.add(key);
  }

  private void put(RunningCost cost) {
    store = store.with(cost);
    touched.runningCosts.add(CostKey.of(cost));
  }

  private void remove(CostKey key) {
    store = store.without(key);
    touched.runningCosts.add(key);
  }

  // ---- result --------------------------------------------------------------------------------

  /** Builds the new landscape, which checks every structural invariant. */
  LandscapeSnapshot build() {
    refuseIfProblems();
    return LandscapeSnapshot.copyOf(this);
  }
}
