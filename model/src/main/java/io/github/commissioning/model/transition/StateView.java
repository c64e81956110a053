package io.github.commissioning.model.transition;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.internal.LandscapeIndex;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.policy.Policy;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state part-way through a reorganisation, seen as a landscape so that a policy can judge the
 * next step against it. It reads the workspace as it stands when created and must not outlive the
 * policy check: single lookups by code read the workspace directly, anything else an index built
 * on first use.
 */
final class StateView implements Landscape {
  private final Workspace work;
  private final LocalDate date;
  private final Supplier<Contents> contents;

  /** The parts copied once and indexed, for the queries that need more than one lookup. */
  private record Contents(Workspace.Parts parts, LandscapeIndex index) {}

  StateView(Workspace work) {
    this.work = work;
    this.date = work.date();
    this.contents = Suppliers.memoize(() -> {
      Workspace.Parts parts = work.parts();
      return new Contents(parts, new LandscapeIndex(parts));
    });
  }

  private LandscapeIndex index() {
    return contents.get().index();
  }

  private Workspace.Parts parts() {
    return contents.get().parts();
  }

  @Override
  public LocalDate date() {
    return date;
  }

  @Override
  public Policy policy() {
    return work.policy();
  }

  @Override
  public ImmutableSet<Organisation> organisations() {
    return parts().organisations();
  }

  @Override
  public Optional<Organisation> organisation(OdsCode code) {
    return Optional.ofNullable(work.organisation(checkNotNull(code, "code")));
  }

  @Override
  public ImmutableSet<Organisation> open(OrganisationKind kind) {
    return index().open(checkNotNull(kind, "kind"));
  }

  @Override
  public ImmutableSet<Relationship> relationships() {
    return parts().relationships();
  }

  @Override
  public ImmutableSet<OdsCode> targetsOf(OdsCode code, RelationshipType type) {
    return index().targets(checkNotNull(code, "code"), checkNotNull(type, "type"));
  }

  @Override
  public ImmutableSet<OdsCode> sourcesOf(OdsCode code, RelationshipType type) {
    return index().sources(checkNotNull(code, "code"), checkNotNull(type, "type"));
  }

  @Override
  public Optional<OdsCode> primaryCareOrganisationOf(OdsCode practice) {
    return index().primaryCareOrganisationOf(checkNotNull(practice, "practice"));
  }

  @Override
  public ImmutableSet<Area> areas() {
    return parts().areas();
  }

  @Override
  public ImmutableSet<Population> populations() {
    return index().populations();
  }

  @Override
  public ImmutableSet<DutyAssignment> duties() {
    return parts().duties();
  }

  @Override
  public Optional<DutyAssignment> holderOf(Duty duty) {
    return work.holderOf(checkNotNull(duty, "duty"));
  }

  @Override
  public ImmutableSet<DutyAssignment> dutiesOf(OdsCode code) {
    return index().dutiesOf(checkNotNull(code, "code"));
  }

  @Override
  public ImmutableSet<Allocation> allocations() {
    return parts().allocations();
  }

  @Override
  public ImmutableSet<Allocation> budgetsOf(OdsCode code, FinancialYear year) {
    return index().budgetsOf(checkNotNull(code, "code"), checkNotNull(year, "year"));
  }

  @Override
  public Money totalAllocated(FinancialYear year) {
    return index().totalAllocated(checkNotNull(year, "year"));
  }

  @Override
  public ImmutableSet<Contract> contracts() {
    return parts().contracts();
  }

  @Override
  public ImmutableSet<RunningCost> runningCosts() {
    return parts().runningCosts();
  }
}
