package io.github.commissioning.model.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.MapMaker;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.policy.Policy;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A landscape's parts in persistent maps, with the indexes its queries need, such that a change
 * to one part makes a new store sharing everything else with the old one: changing a practice in
 * a landscape of a million parts costs a few lookups, not a copy. The parts keep the order in
 * which they were added; a part replaced keeps its place.
 *
 * <p>A store is {@linkplain #isChecked() checked} if it was made from a landscape that passed the
 * structural checks, or was marked so by the engine after checking a change to such a store; any
 * change makes an unchecked store. Seen as a {@link Landscape}, an unchecked store may break
 * invariants: the engine shows one to a policy judging a step part-way through a reorganisation.
 * Not part of the library's api: the module does not export it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LandscapeStore implements Landscape, LandscapeQueries {
  /** What identifies a budget: one per holder, year, ring-fence and kind of funding. */
  public record BudgetKey(OdsCode holder, FinancialYear year, RingFence ringFence, Funding funding) {
    /**
     * Obtains the key of an allocation.
     *
     * @param allocation the allocation
     * @return its key
     */
    public static BudgetKey of(Allocation allocation) {
      return new BudgetKey(allocation.holder(), allocation.year(), allocation.ringFence(),
          allocation.funding());
    }
  }

  /** What identifies a contract: one per commissioner, provider, service and year. */
  public record ContractKey(OdsCode commissioner, OdsCode provider,
      CommissioningFunction service, FinancialYear year) {
    /**
     * Obtains the key of a contract.
     *
     * @param contract the contract
     * @return its key
     */
    public static ContractKey of(Contract contract) {
      return new ContractKey(contract.commissioner(), contract.provider(), contract.service(),
          contract.year());
    }
  }

  /** What identifies a running cost: one per body and year. */
  public record CostKey(OdsCode body, FinancialYear year) {
    /**
     * Obtains the key of a running cost.
     *
     * @param cost the running cost
     * @return its key
     */
    public static CostKey of(RunningCost cost) {
      return new CostKey(cost.body(), cost.year());
    }
  }

  /**
   * A year's cash: the total, and the sum of the amounts' sizes (saturating), which bounds every
   * partial sum; while it is below {@code Long.MAX_VALUE} the total is exact and no order of
   * adding the amounts up overflows.
   */
  private record Cash(long total, long size) {
    static final Cash NONE = new Cash(0, 0);

    boolean exact() {
      return size != Long.MAX_VALUE;
    }

    Cash plus(long pence) {
      return new Cash(total + pence, saturatingAdd(size, pence == Long.MIN_VALUE ? Long.MAX_VALUE
          : Math.abs(pence)));
    }

    Cash minus(long pence) {
      return exact() ? new Cash(total - pence, size - Math.abs(pence)) : this;
    }
  }

  private static final ConcurrentMap<Landscape, LandscapeStore> OF_SNAPSHOTS =
      new MapMaker().weakKeys().makeMap();

  private final LocalDate date;
  private final Policy policy;
  private final ImmutableSet<Area> areas;
  private final OrderedMap<OdsCode, Organisation> organisations;
  private final OrderedMap<Relationship, Relationship> relationships;
  private final OrderedMap<Duty, DutyAssignment> duties;
  private final OrderedMap<BudgetKey, Allocation> budgets;
  private final OrderedMap<ContractKey, Contract> contracts;
  private final OrderedMap<CostKey, RunningCost> runningCosts;
  private final HashMapTrie<OdsCode, HashSetTrie<Relationship>> relationshipsByCode;
  private final HashMapTrie<OdsCode, HashSetTrie<Duty>> dutiesByAccountable;
  private final HashMapTrie<OdsCode, HashSetTrie<BudgetKey>> budgetsByHolder;
  private final OrderedMap<FinancialYear, Cash> cash;
  private final LocalDate nextChange;
  private final boolean checked;
  private volatile @Nullable Derived derived;
  private volatile @Nullable Sets sets;

  /** What only a scan of every body can tell, worked out on first use. */
  private record Derived(Map<OrganisationKind, ImmutableSet<Organisation>> open,
      ImmutableSet<Population> populations) {}

  private LandscapeStore(LocalDate date, Policy policy, ImmutableSet<Area> areas,
      OrderedMap<OdsCode, Organisation> organisations,
      OrderedMap<Relationship, Relationship> relationships,
      OrderedMap<Duty, DutyAssignment> duties, OrderedMap<BudgetKey, Allocation> budgets,
      OrderedMap<ContractKey, Contract> contracts, OrderedMap<CostKey, RunningCost> runningCosts,
      HashMapTrie<OdsCode, HashSetTrie<Relationship>> relationshipsByCode,
      HashMapTrie<OdsCode, HashSetTrie<Duty>> dutiesByAccountable,
      HashMapTrie<OdsCode, HashSetTrie<BudgetKey>> budgetsByHolder,
      OrderedMap<FinancialYear, Cash> cash, LocalDate nextChange, boolean checked) {
    this.date = date;
    this.policy = policy;
    this.areas = areas;
    this.organisations = organisations;
    this.relationships = relationships;
    this.duties = duties;
    this.budgets = budgets;
    this.contracts = contracts;
    this.runningCosts = runningCosts;
    this.relationshipsByCode = relationshipsByCode;
    this.dutiesByAccountable = dutiesByAccountable;
    this.budgetsByHolder = budgetsByHolder;
    this.cash = cash;
    this.nextChange = nextChange;
    this.checked = checked;
  }

  /** A copy of this store with some fields changed; unchecked, since something changed. */
  private final class Copy {
    LocalDate date = LandscapeStore.this.date;
    Policy policy = LandscapeStore.this.policy;
    OrderedMap<OdsCode, Organisation> organisations = LandscapeStore.this.organisations;
    OrderedMap<Relationship, Relationship> relationships = LandscapeStore.this.relationships;
    OrderedMap<Duty, DutyAssignment> duties = LandscapeStore.this.duties;
    OrderedMap<BudgetKey, Allocation> budgets = LandscapeStore.this.budgets;
    OrderedMap<ContractKey, Contract> contracts = LandscapeStore.this.contracts;
    OrderedMap<CostKey, RunningCost> runningCosts = LandscapeStore.this.runningCosts;
    HashMapTrie<OdsCode, HashSetTrie<Relationship>> relationshipsByCode =
        LandscapeStore.this.relationshipsByCode;
    HashMapTrie<OdsCode, HashSetTrie<Duty>> dutiesByAccountable =
        LandscapeStore.this.dutiesByAccountable;
    HashMapTrie<OdsCode, HashSetTrie<BudgetKey>> budgetsByHolder =
        LandscapeStore.this.budgetsByHolder;
    OrderedMap<FinancialYear, Cash> cash = LandscapeStore.this.cash;
    LocalDate nextChange = LandscapeStore.this.nextChange;

    LandscapeStore store(boolean isChecked) {
      return new LandscapeStore(date, policy, areas, organisations, relationships, duties, budgets,
          contracts, runningCosts, relationshipsByCode, dutiesByAccountable, budgetsByHolder, cash,
          nextChange, isChecked);
    }

    LandscapeStore store() {
      return store(false);
    }
  }

  // ---- obtaining a store ---------------------------------------------------------------------

  /**
   * Obtains the store of a landscape. A snapshot's store is the one it is a view of, if it is
   * {@linkplain StoreBacked one}, or else is made once and kept while the snapshot is reachable;
   * it is checked, since a snapshot cannot exist unsound. Any other landscape's is made afresh
   * and unchecked.
   *
   * @param landscape the landscape
   * @param isSnapshot whether the landscape is an immutable snapshot that passed the checks
   * @return its store
   */
  public static LandscapeStore of(Landscape landscape, boolean isSnapshot) {
    checkNotNull(landscape, "landscape");
    if (!isSnapshot) {
      return build(landscape, false);
    }
    if (landscape instanceof StoreBacked view) {
      return view.store();
    }
    LandscapeStore known = OF_SNAPSHOTS.get(landscape);
    if (known == null) {
      known = build(landscape, true);
      OF_SNAPSHOTS.putIfAbsent(landscape, known);
    }
    return known;
  }

  /**
   * Makes a store of the parts, in one pass.
   *
   * @param parts the parts
   * @param isChecked whether the parts are known to pass the structural checks
   * @return the store
   */
  public static LandscapeStore build(LandscapeParts parts, boolean isChecked) {
    checkNotNull(parts, "parts");
    LocalDate date = parts.date();
    LocalDate next = LocalDate.MAX;
    OrderedMap.Builder<OdsCode, Organisation> organisations = OrderedMap.builder();
    for (Organisation organisation : parts.organisations()) {
      organisations.put(organisation.code(), organisation);
      next = earlier(next, changeAfter(date, organisation.operational().end()));
    }
    OrderedMap.Builder<Relationship, Relationship> relationships = OrderedMap.builder();
    Map<OdsCode, HashSetTrie<Relationship>> byCode = new HashMap<>();
    for (Relationship relationship : parts.relationships()) {
      relationships.put(relationship, relationship);
      byCode.merge(relationship.from(), HashSetTrie.<Relationship>of().with(relationship),
          (a, b) -> a.with(relationship));
      byCode.merge(relationship.to(), HashSetTrie.<Relationship>of().with(relationship),
          (a, b) -> a.with(relationship));
      next = earlier(next, changeAfter(date, relationship.period().end()));
    }
    OrderedMap.Builder<Duty, DutyAssignment> duties = OrderedMap.builder();
    Map<Duty, DutyAssignment> held = new HashMap<>();
    for (DutyAssignment assignment : parts.duties()) {
      duties.put(assignment.duty(), assignment);
      held.put(assignment.duty(), assignment);
    }
    OrderedMap.Builder<BudgetKey, Allocation> budgets = OrderedMap.builder();
    Map<BudgetKey, Allocation> budgetsHeld = new HashMap<>();
    for (Allocation allocation : parts.allocations()) {
      budgets.put(BudgetKey.of(allocation), allocation);
      budgetsHeld.put(BudgetKey.of(allocation), allocation);
    }
    OrderedMap.Builder<ContractKey, Contract> contracts = OrderedMap.builder();
    parts.contracts().forEach(contract -> contracts.put(ContractKey.of(contract), contract));
    OrderedMap.Builder<CostKey, RunningCost> costs = OrderedMap.builder();
    parts.runningCosts().forEach(cost -> costs.put(CostKey.of(cost), cost));
    return new LandscapeStore(date, parts.policy(), ImmutableSet.copyOf(parts.areas()),
        organisations.build(), relationships.build(), duties.build(), budgets.build(),
        contracts.build(), costs.build(), HashMapTrie.copyOf(byCode),
        grouped(held.keySet(), duty -> held.get(duty).accountable()),
        grouped(budgetsHeld.keySet(), BudgetKey::holder), cashOf(budgetsHeld.values()), next,
        isChecked);
  }

  private static <T> HashMapTrie<OdsCode, HashSetTrie<T>> grouped(Collection<T> all,
      Function<T, OdsCode> by) {
    Map<OdsCode, HashSetTrie<T>> groups = new HashMap<>();
    for (T each : all) {
      groups.merge(by.apply(each), HashSetTrie.<T>of().with(each), (a, b) -> a.with(each));
    }
    return HashMapTrie.copyOf(groups);
  }

  private static <K, V> OrderedMap<K, V> mapOf(Map<K, V> map) {
    OrderedMap.Builder<K, V> builder = OrderedMap.builder();
    map.forEach(builder::put);
    return builder.build();
  }

  private static OrderedMap<FinancialYear, Cash> cashOf(Collection<Allocation> allocations) {
    Map<FinancialYear, Cash> totals = new HashMap<>();
    for (Allocation allocation : allocations) {
      if (allocation.funding() == Funding.CASH) {
        totals.merge(allocation.year(), Cash.NONE.plus(allocation.amount().pence()),
            (a, b) -> a.plus(allocation.amount().pence()));
      }
    }
    return mapOf(totals);
  }

  /** The first day after {@code date} on which a part ending on {@code end} no longer stands. */
  private static LocalDate changeAfter(LocalDate date, Optional<LocalDate> end) {
    return end.filter(last -> !last.isBefore(date)).map(last -> last.plusDays(1))
        .orElse(LocalDate.MAX);
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** The sum, or the nearest long if it overflows. */
  static long saturatingAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
  }

  // ---- what the store is ---------------------------------------------------------------------

  /**
   * Returns whether the parts are known to pass the structural checks.
   *
   * @return true if checked
   */
  public boolean isChecked() {
    return checked;
  }

  /**
   * Returns this store marked as checked: the engine calls this only once it has found a change
   * to a checked store to keep every structural invariant.
   *
   * @return a checked store with the same parts
   */
  public LandscapeStore checked() {
    return checked ? this : new Copy().store(true);
  }

  /**
   * Returns the first day after the store's date on which a body closes or a relationship ends:
   * until then, moving the date forward changes nothing's standing. {@link LocalDate#MAX} if
   * nothing is due to end. After changes, an earlier day than the true one may be given, never
   * a later one.
   *
   * @return that day
   */
  public LocalDate nextChange() {
    return nextChange;
  }

  /**
   * Returns whether every year's cash total can be added up in any order without overflow.
   *
   * @return true if no total is near overflowing
   */
  public boolean cashIsExact() {
    for (Cash year : cash.values()) {
      if (!year.exact()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the years for which cash has been allocated (some may now total nothing).
   *
   * @return those years
   */
  public Set<FinancialYear> cashYears() {
    return cash.keySet();
  }

  @Override
  public LocalDate date() {
    return date;
  }

  @Override
  public Policy policy() {
    return policy;
  }

  @Override
  public ImmutableSet<Organisation> organisations() {
    return sets().organisations();
  }

  @Override
  public ImmutableSet<Relationship> relationships() {
    return sets().relationships();
  }

  @Override
  public ImmutableSet<Area> areas() {
    return areas;
  }

  @Override
  public ImmutableSet<DutyAssignment> duties() {
    return sets().duties();
  }

  @Override
  public ImmutableSet<Allocation> allocations() {
    return sets().allocations();
  }

  @Override
  public ImmutableSet<Contract> contracts() {
    return sets().contracts();
  }

  @Override
  public ImmutableSet<RunningCost> runningCosts() {
    return sets().runningCosts();
  }

  /** The parts as immutable sets, made on first use: a change that no one looks at costs none. */
  private record Sets(ImmutableSet<Organisation> organisations,
      ImmutableSet<Relationship> relationships, ImmutableSet<DutyAssignment> duties,
      ImmutableSet<Allocation> allocations, ImmutableSet<Contract> contracts,
      ImmutableSet<RunningCost> runningCosts) {}

  private Sets sets() {
    Sets known = sets;
    if (known == null) {
      known = new Sets(ImmutableSet.copyOf(organisations.values()),
          ImmutableSet.copyOf(relationships.values()), ImmutableSet.copyOf(duties.values()),
          ImmutableSet.copyOf(budgets.values()), ImmutableSet.copyOf(contracts.values()),
          ImmutableSet.copyOf(runningCosts.values()));
      sets = known;
    }
    return known;
  }

  /**
   * Returns the organisations in order, as a view that costs nothing to make.
   *
   * @return the organisations
   */
  public Collection<Organisation> organisationsInOrder() {
    return organisations.values();
  }

  /**
   * Returns the relationships in order, as a view that costs nothing to make.
   *
   * @return the relationships
   */
  public Collection<Relationship> relationshipsInOrder() {
    return relationships.values();
  }

  /**
   * Returns the duty assignments in order, as a view that costs nothing to make.
   *
   * @return the assignments
   */
  public Collection<DutyAssignment> dutiesInOrder() {
    return duties.values();
  }

  /**
   * Returns the budgets in order, as a view that costs nothing to make.
   *
   * @return the budgets
   */
  public Collection<Allocation> allocationsInOrder() {
    return budgets.values();
  }

  /**
   * Returns the contracts in order, as a view that costs nothing to make.
   *
   * @return the contracts
   */
  public Collection<Contract> contractsInOrder() {
    return contracts.values();
  }

  /**
   * Returns the running costs in order, as a view that costs nothing to make.
   *
   * @return the running costs
   */
  public Collection<RunningCost> runningCostsInOrder() {
    return runningCosts.values();
  }

  // ---- lookups by key ------------------------------------------------------------------------

  /**
   * Returns the relationships a body is either end of.
   *
   * @param code the body
   * @return those relationships, in the order of the relationships
   */
  public List<Relationship> relationshipsOf(OdsCode code) {
    HashSetTrie<Relationship> found = relationshipsByCode.get(code);
    return found == null ? List.of() : inOrder(found, relationships);
  }

  /**
   * Returns whether the store holds a relationship.
   *
   * @param relationship the relationship
   * @return true if it is one of the parts
   */
  public boolean contains(Relationship relationship) {
    return relationships.containsKey(relationship);
  }

  /**
   * Returns the budgets a body holds, in the order of the allocations.
   *
   * @param holder the body
   * @return its budgets
   */
  public List<Allocation> budgetsHeldBy(OdsCode holder) {
    HashSetTrie<BudgetKey> keys = budgetsByHolder.get(holder);
    return keys == null ? List.of() : inOrder(keys, budgets);
  }

  /**
   * Returns a budget.
   *
   * @param key its key
   * @return the budget, if any
   */
  public Optional<Allocation> budget(BudgetKey key) {
    return Optional.ofNullable(budgets.get(key));
  }

  /**
   * Returns a contract.
   *
   * @param key its key
   * @return the contract, if any
   */
  public Optional<Contract> contract(ContractKey key) {
    return Optional.ofNullable(contracts.get(key));
  }

  /**
   * Returns a running cost.
   *
   * @param key its key
   * @return the running cost, if any
   */
  public Optional<RunningCost> runningCost(CostKey key) {
    return Optional.ofNullable(runningCosts.get(key));
  }

  /** The values of some keys of a map, in the map's order. */
  private static <K, V> List<V> inOrder(HashSetTrie<K> keys, OrderedMap<K, V> map) {
    long[] positions = new long[keys.size()];
    Map<Long, K> byPosition = new HashMap<>();
    int i = 0;
    for (K key : keys) {
      positions[i] = map.positionOf(key);
      byPosition.put(positions[i++], key);
    }
    Arrays.sort(positions);
    List<V> values = new ArrayList<>(positions.length);
    for (long position : positions) {
      values.add(map.get(byPosition.get(position)));
    }
    return values;
  }

  /**
   * Returns the relationships a body is either end of, in no particular order: for questions
   * that do not depend on it, answered without sorting.
   *
   * @param code the body
   * @return those relationships
   */
  public Iterable<Relationship> relationshipsAt(OdsCode code) {
    HashSetTrie<Relationship> found = relationshipsByCode.get(code);
    return found == null ? List.of() : found;
  }

  // ---- queries -------------------------------------------------------------------------------

  @Override
  public Optional<Organisation> organisation(OdsCode code) {
    return Optional.ofNullable(organisations.get(code));
  }

  @Override
  public ImmutableSet<Organisation> open(OrganisationKind kind) {
    return derived().open().getOrDefault(kind, ImmutableSet.of());
  }

  @Override
  public ImmutableSet<Population> populations() {
    return derived().populations();
  }

  private Derived derived() {
    Derived known = derived;
    if (known == null) {
      known = derive();
      derived = known;
    }
    return known;
  }

  private Derived derive() {
    Map<OrganisationKind, List<Organisation>> open = new EnumMap<>(OrganisationKind.class);
    for (Organisation organisation : organisations.values()) {
      if (organisation.isOpenOn(date)) {
        open.computeIfAbsent(organisation.kind(), k -> new ArrayList<>()).add(organisation);
      }
    }
    Map<OrganisationKind, ImmutableSet<Organisation>> sorted = new EnumMap<>(OrganisationKind.class);
    open.forEach((kind, bodies) -> {
      bodies.sort(Comparator.comparing(Organisation::code));
      sorted.put(kind, ImmutableSet.copyOf(bodies));
    });
    return new Derived(sorted, LandscapeIndex.populationsOf(
        sorted.getOrDefault(OrganisationKind.GP_PRACTICE, ImmutableSet.of()), areas));
  }

  /**
   * Returns whether a population is one of the landscape's, without listing them all: an open
   * GP practice's registered list, or an area's residents or unregistered patients.
   *
   * @param population the population
   * @return true if the landscape has it
   */
  public boolean hasPopulation(Population population) {
    Derived known = derived;
    if (known != null) {
      return known.populations().contains(population);
    }
    if (population instanceof Population.RegisteredList list) {
      Organisation body = organisations.get(list.practice());
      return body != null && body.kind() == OrganisationKind.GP_PRACTICE
          && body.kind().can(Capacity.REGISTER_PATIENTS) && body.isOpenOn(date);
    }
    for (Area area : areas) {
      if (population.equals(Population.residentsOf(area))
          || population.equals(Population.unregisteredIn(area))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<DutyAssignment> holderOf(Duty duty) {
    return Optional.ofNullable(duties.get(duty));
  }

  @Override
  public ImmutableSet<DutyAssignment> dutiesOf(OdsCode code) {
    HashSetTrie<Duty> held = dutiesByAccountable.get(code);
    return held == null ? ImmutableSet.of() : ImmutableSet.copyOf(inOrder(held, duties));
  }

  @Override
  public ImmutableSet<Allocation> budgetsOf(OdsCode code, FinancialYear year) {
    return budgetsHeldBy(code).stream().filter(budget -> budget.year().equals(year))
        .collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public Money totalAllocated(FinancialYear year) {
    Cash total = cash.get(year);
    if (total == null) {
      return Money.ZERO;
    }
    if (total.exact()) {
      return Money.ofPence(total.total());
    }
    long sum = 0;
    for (Allocation allocation : budgets.values()) {
      if (allocation.funding() == Funding.CASH && allocation.year().equals(year)) {
        sum = saturatingAdd(sum, allocation.amount().pence());
      }
    }
    return Money.ofPence(sum);
  }

  @Override
  public ImmutableSet<OdsCode> targets(OdsCode code, RelationshipType type) {
    return ends(code, type, true);
  }

  @Override
  public ImmutableSet<OdsCode> sources(OdsCode code, RelationshipType type) {
    return ends(code, type, false);
  }

  @Override
  public ImmutableSet<OdsCode> targetsOf(OdsCode code, RelationshipType type) {
    return targets(checkNotNull(code, "code"), checkNotNull(type, "type"));
  }

  @Override
  public ImmutableSet<OdsCode> sourcesOf(OdsCode code, RelationshipType type) {
    return sources(checkNotNull(code, "code"), checkNotNull(type, "type"));
  }

  private ImmutableSet<OdsCode> ends(OdsCode code, RelationshipType type, boolean outward) {
    TreeSet<OdsCode> found = new TreeSet<>();
    for (Relationship relationship : relationshipsAt(code)) {
      if (relationship.type() == type && (outward ? relationship.from() : relationship.to()).equals(code)) {
        found.add(outward ? relationship.to() : relationship.from());
      }
    }
    return ImmutableSet.copyOf(found);
  }

  @Override
  public Optional<OdsCode> primaryCareOrganisationOf(OdsCode practice) {
    OdsCode first = null;
    for (Relationship relationship : relationshipsAt(practice)) {
      if (relationship.type() == RelationshipType.MEMBER_OF && relationship.from().equals(practice)
          && (first == null || relationship.to().compareTo(first) < 0)) {
        Organisation parent = organisations.get(relationship.to());
        if (parent != null && parent.kind().can(Capacity.HAVE_PRACTICE_MEMBERS)) {
          first = relationship.to();
        }
      }
    }
    return Optional.ofNullable(first);
  }

  // ---- changes -------------------------------------------------------------------------------

  /**
   * Returns a store on another date.
   *
   * @param newDate the date
   * @return the store
   */
  public LandscapeStore withDate(LocalDate newDate) {
    Copy copy = new Copy();
    copy.date = checkNotNull(newDate, "newDate");
    return copy.store();
  }

  /**
   * Returns a store under another policy.
   *
   * @param newPolicy the policy
   * @return the store
   */
  public LandscapeStore withPolicy(Policy newPolicy) {
    Copy copy = new Copy();
    copy.policy = checkNotNull(newPolicy, "newPolicy");
    return copy.store();
  }

  /**
   * Returns a store with a body added, or put in place of the body with its code.
   *
   * @param organisation the body
   * @return the store
   */
  public LandscapeStore with(Organisation organisation) {
    Copy copy = new Copy();
    copy.organisations = organisations.with(organisation.code(), organisation);
    copy.nextChange = earlier(nextChange, changeAfter(date, organisation.operational().end()));
    return copy.store();
  }

  /**
   * Returns a store with a relationship added.
   *
   * @param relationship the relationship
   * @return the store
   */
  public LandscapeStore with(Relationship relationship) {
    Copy copy = new Copy();
    copy.relationships = relationships.with(relationship, relationship);
    copy.relationshipsByCode = withMember(withMember(relationshipsByCode, relationship.from(),
        relationship), relationship.to(), relationship);
    copy.nextChange = earlier(nextChange, changeAfter(date, relationship.period().end()));
    return copy.store();
  }

  /**
   * Returns a store without a relationship.
   *
   * @param relationship the relationship
   * @return the store
   */
  public LandscapeStore without(Relationship relationship) {
    if (!relationships.containsKey(relationship)) {
      return this;
    }
    Copy copy = new Copy();
    copy.relationships = relationships.without(relationship);
    copy.relationshipsByCode = withoutMember(withoutMember(relationshipsByCode, relationship.from(),
        relationship), relationship.to(), relationship);
    return copy.store();
  }

  /**
   * Returns a store with a duty assigned, in place of its assignment if it has one.
   *
   * @param assignment the assignment
   * @return the store
   */
  public LandscapeStore with(DutyAssignment assignment) {
    return withAssignments(List.of(assignment));
  }

  /**
   * Returns a store with duties assigned, each in place of its assignment if it has one, as
   * {@link #with(DutyAssignment)} one at a time would give, but changing each holder's set of
   * duties once however many of its duties come or go.
   *
   * @param assignments the assignments, in the order in which they take effect
   * @return the store
   */
  public LandscapeStore withAssignments(List<DutyAssignment> assignments) {
    OrderedMap<Duty, DutyAssignment> assigned = duties;
    Map<OdsCode, HashSetTrie<Duty>> changed = new HashMap<>();
    for (DutyAssignment assignment : assignments) {
      DutyAssignment old = assigned.get(assignment.duty());
      if (old != null) {
        changed.put(old.accountable(), heldBy(changed, old.accountable()).without(old.duty()));
      }
      changed.put(assignment.accountable(),
          heldBy(changed, assignment.accountable()).with(assignment.duty()));
      assigned = assigned.with(assignment.duty(), assignment);
    }
    HashMapTrie<OdsCode, HashSetTrie<Duty>> byAccountable = dutiesByAccountable;
    for (Map.Entry<OdsCode, HashSetTrie<Duty>> holder : changed.entrySet()) {
      byAccountable = withGroup(byAccountable, holder.getKey(), holder.getValue());
    }
    Copy copy = new Copy();
    copy.duties = assigned;
    copy.dutiesByAccountable = byAccountable;
    return copy.store();
  }

  /** A holder's duties as changed so far, or as they stand. */
  private HashSetTrie<Duty> heldBy(Map<OdsCode, HashSetTrie<Duty>> changed, OdsCode holder) {
    HashSetTrie<Duty> held = changed.get(holder);
    return held != null ? held : groupOf(dutiesByAccountable, holder);
  }

  /**
   * Returns a store without a duty's assignment.
   *
   * @param duty the duty
   * @return the store
   */
  public LandscapeStore without(Duty duty) {
    DutyAssignment old = duties.get(duty);
    if (old == null) {
      return this;
    }
    Copy copy = new Copy();
    copy.duties = duties.without(duty);
    copy.dutiesByAccountable = withoutMember(dutiesByAccountable, old.accountable(), duty);
    return copy.store();
  }

  /**
   * Returns a store with a budget, in place of the budget with its key if there is one.
   *
   * @param allocation the budget
   * @return the store
   */
  public LandscapeStore with(Allocation allocation) {
    BudgetKey key = BudgetKey.of(allocation);
    Copy copy = new Copy();
    Allocation old = budgets.get(key);
    copy.cash = withCash(old != null ? withoutCash(cash, old) : cash, allocation);
    copy.budgets = budgets.with(key, allocation);
    copy.budgetsByHolder = withMember(budgetsByHolder, key.holder(), key);
    return copy.store();
  }

  /**
   * Returns a store without a budget.
   *
   * @param key the budget's key
   * @return the store
   */
  public LandscapeStore without(BudgetKey key) {
    Allocation old = budgets.get(key);
    if (old == null) {
      return this;
    }
    Copy copy = new Copy();
    copy.cash = withoutCash(cash, old);
    copy.budgets = budgets.without(key);
    copy.budgetsByHolder = withoutMember(budgetsByHolder, key.holder(), key);
    return copy.store();
  }

  /**
   * Returns a store with a contract, in place of the contract with its key if there is one.
   *
   * @param contract the contract
   * @return the store
   */
  public LandscapeStore with(Contract contract) {
    Copy copy = new Copy();
    copy.contracts = contracts.with(ContractKey.of(contract), contract);
    return copy.store();
  }

  /**
   * Returns a store without a contract.
   *
   * @param key the contract's key
   * @return the store
   */
  public LandscapeStore without(ContractKey key) {
    Copy copy = new Copy();
    copy.contracts = contracts.without(key);
    return copy.store();
  }

  /**
   * Returns a store with a running cost, in place of the one with its key if there is one.
   *
   * @param cost the running cost
   * @return the store
   */
  public LandscapeStore with(RunningCost cost) {
    Copy copy = new Copy();
    copy.runningCosts = runningCosts.with(CostKey.of(cost), cost);
    return copy.store();
  }

  /**
   * Returns a store without a running cost.
   *
   * @param key the running cost's key
   * @return the store
   */
  public LandscapeStore without(CostKey key) {
    Copy copy = new Copy();
    copy.runningCosts = runningCosts.without(key);
    return copy.store();
  }

  private static <T> HashSetTrie<T> groupOf(HashMapTrie<OdsCode, HashSetTrie<T>> groups,
      OdsCode code) {
    HashSetTrie<T> group = groups.get(code);
    return group == null ? HashSetTrie.of() : group;
  }

  /** The groups with a code's group replaced; an empty group is dropped. */
  private static <T> HashMapTrie<OdsCode, HashSetTrie<T>> withGroup(
      HashMapTrie<OdsCode, HashSetTrie<T>> groups, OdsCode code, HashSetTrie<T> group) {
    return group.isEmpty() ? groups.without(code) : groups.with(code, group);
  }

  private static <T> HashMapTrie<OdsCode, HashSetTrie<T>> withMember(
      HashMapTrie<OdsCode, HashSetTrie<T>> groups, OdsCode code, T member) {
    return groups.with(code, groupOf(groups, code).with(member));
  }

  private static <T> HashMapTrie<OdsCode, HashSetTrie<T>> withoutMember(
      HashMapTrie<OdsCode, HashSetTrie<T>> groups, OdsCode code, T member) {
    return withGroup(groups, code, groupOf(groups, code).without(member));
  }

  private static OrderedMap<FinancialYear, Cash> withCash(OrderedMap<FinancialYear, Cash> cash,
      Allocation allocation) {
    if (allocation.funding() != Funding.CASH) {
      return cash;
    }
    Cash year = cash.get(allocation.year());
    return cash.with(allocation.year(), (year == null ? Cash.NONE : year)
        .plus(allocation.amount().pence()));
  }

  private static OrderedMap<FinancialYear, Cash> withoutCash(OrderedMap<FinancialYear, Cash> cash,
      Allocation allocation) {
    if (allocation.funding() != Funding.CASH) {
      return cash;
    }
    Cash year = cash.get(allocation.year());
    return year == null ? cash : cash.with(allocation.year(), year.minus(allocation.amount().pence()));
  }

  @Override
  public String toString() {
    return "LandscapeStore on " + date + " (" + organisations.size() + " organisations, "
        + relationships.size() + " relationships, " + duties.size() + " duties, "
        + budgets.size() + " budgets" + (checked ? ", checked)" : ")");
  }
}
