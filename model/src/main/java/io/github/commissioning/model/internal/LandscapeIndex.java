package io.github.commissioning.model.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.FinancialYear;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The lookup tables of a landscape's parts, built once from them, answering the queries of
 * {@link io.github.commissioning.landscape.Landscape}. Where the parts break an invariant (a
 * duplicate code, two holders of one duty) the first one wins, so that the invariant checks can
 * still run and report the break. Not part of the library's api: the module does not export it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LandscapeIndex implements LandscapeQueries {
  private record HolderYear(OdsCode holder, FinancialYear year) {}

  private record Edge(RelationshipType type, OdsCode code) {}

  private final ImmutableMap<OdsCode, Organisation> byCode;
  private final ImmutableSetMultimap<OrganisationKind, Organisation> openByKind;
  private final ImmutableSet<Population> populations;
  private final ImmutableMap<Duty, DutyAssignment> holders;
  private final ImmutableSetMultimap<OdsCode, DutyAssignment> dutiesByAccountable;
  private final ImmutableSetMultimap<HolderYear, Allocation> budgets;
  private final ImmutableMap<FinancialYear, Money> cashTotals;
  private final ImmutableSetMultimap<Edge, OdsCode> targets;
  private final ImmutableSetMultimap<Edge, OdsCode> sources;

  /**
   * Indexes the parts.
   *
   * @param snapshot the parts
   */
  public LandscapeIndex(LandscapeParts snapshot) {
    Map<OdsCode, Organisation> codes = new HashMap<>();
    ImmutableSetMultimap.Builder<OrganisationKind, Organisation> open = ImmutableSetMultimap.builder();
    for (Organisation organisation : snapshot.organisations()) {
      codes.putIfAbsent(organisation.code(), organisation);
      if (organisation.isOpenOn(snapshot.date())) {
        open.put(organisation.kind(), organisation);
      }
    }
    byCode = ImmutableMap.copyOf(codes);
    openByKind = open.orderValuesBy((a, b) -> a.code().compareTo(b.code())).build();

    ImmutableSetMultimap.Builder<Edge, OdsCode> out = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<Edge, OdsCode> in = ImmutableSetMultimap.builder();
    for (Relationship relationship : snapshot.relationships()) {
      out.put(new Edge(relationship.type(), relationship.from()), relationship.to());
      in.put(new Edge(relationship.type(), relationship.to()), relationship.from());
    }
    targets = out.orderValuesBy(OdsCode::compareTo).build();
    sources = in.orderValuesBy(OdsCode::compareTo).build();

    populations = populationsOf(openByKind.get(OrganisationKind.GP_PRACTICE), snapshot.areas());

    Map<Duty, DutyAssignment> held = new HashMap<>();
    ImmutableSetMultimap.Builder<OdsCode, DutyAssignment> byAccountable = ImmutableSetMultimap.builder();
    for (DutyAssignment assignment : snapshot.duties()) {
      held.putIfAbsent(assignment.duty(), assignment);
      byAccountable.put(assignment.accountable(), assignment);
    }
    holders = ImmutableMap.copyOf(held);
    dutiesByAccountable = byAccountable.build();

    ImmutableSetMultimap.Builder<HolderYear, Allocation> byHolder = ImmutableSetMultimap.builder();
    Map<FinancialYear, Money> totals = new HashMap<>();
    for (Allocation allocation : snapshot.allocations()) {
      byHolder.put(new HolderYear(allocation.holder(), allocation.year()), allocation);
      if (allocation.funding() == Funding.CASH) {
        totals.merge(allocation.year(), allocation.amount(), LandscapeIndex::saturatingPlus);
      }
    }
    budgets = byHolder.build();
    cashTotals = ImmutableMap.copyOf(totals);
  }

  /** Totals of a landscape that passed its checks never overflow; this only keeps a broken one indexable. */
  private static Money saturatingPlus(Money a, Money b) {
    return Money.ofPence(LandscapeStore.saturatingAdd(a.pence(), b.pence()));
  }

  /** Each open practice's list and each area's residents and unregistered patients, ordered. */
  static ImmutableSet<Population> populationsOf(Iterable<Organisation> openPractices,
      Iterable<Area> areas) {
    TreeSet<Population> all = new TreeSet<>();
    for (Organisation practice : openPractices) {
      if (practice.kind().can(Capacity.REGISTER_PATIENTS)) {
        all.add(Population.registeredListOf(practice.code()));
      }
    }
    for (Area area : areas) {
      all.add(Population.residentsOf(area));
      all.add(Population.unregisteredIn(area));
    }
    return ImmutableSet.copyOf(all);
  }

  @Override
  public Optional<Organisation> organisation(OdsCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  @Override
  public ImmutableSet<Organisation> open(OrganisationKind kind) {
    return openByKind.get(kind);
  }

  @Override
  public ImmutableSet<Population> populations() {
    return populations;
  }

  @Override
  public Optional<DutyAssignment> holderOf(Duty duty) {
    return Optional.ofNullable(holders.get(duty));
  }

  @Override
  public ImmutableSet<DutyAssignment> dutiesOf(OdsCode code) {
    return dutiesByAccountable.get(code);
  }

  @Override
  public ImmutableSet<Allocation> budgetsOf(OdsCode code, FinancialYear year) {
    return budgets.get(new HolderYear(code, year));
  }

  @Override
  public Money totalAllocated(FinancialYear year) {
    return cashTotals.getOrDefault(year, Money.ZERO);
  }

  @Override
  public ImmutableSet<OdsCode> targets(OdsCode code, RelationshipType type) {
    return targets.get(new Edge(type, code));
  }

  @Override
  public ImmutableSet<OdsCode> sources(OdsCode code, RelationshipType type) {
    return sources.get(new Edge(type, code));
  }

  @Override
  public Optional<OdsCode> primaryCareOrganisationOf(OdsCode practice) {
    for (OdsCode parent : targets(practice, RelationshipType.MEMBER_OF)) {
      Organisation organisation = byCode.get(parent);
      if (organisation != null && organisation.kind().can(Capacity.HAVE_PRACTICE_MEMBERS)) {
        return Optional.of(parent);
      }
    }
    return Optional.empty();
  }
}
