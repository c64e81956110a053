package io.github.commissioning.landscape;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
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
import java.util.List;
import java.util.Optional;

/**
 * Just enough of a landscape for the api's own tests: bodies and relationships, searched on every
 * query, and nothing else (no duties, money or areas). The model's landscape is the real one.
 */
public final class StubLandscape implements Landscape {
  private final LocalDate date;
  private final List<Organisation> organisations;
  private final List<Relationship> relationships;

  /**
   * Creates the landscape.
   *
   * @param date its date
   * @param organisations its bodies
   * @param relationships its relationships
   */
  public StubLandscape(LocalDate date, List<Organisation> organisations,
      List<Relationship> relationships) {
    this.date = date;
    this.organisations = organisations;
    this.relationships = relationships;
  }

  @Override
  public LocalDate date() {
    return date;
  }

  @Override
  public Policy policy() {
    return Policy.NONE;
  }

  @Override
  public ImmutableSet<Organisation> organisations() {
    return ImmutableSet.copyOf(organisations);
  }

  @Override
  public Optional<Organisation> organisation(OdsCode code) {
    return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  @Override
  public ImmutableSet<Organisation> open(OrganisationKind kind) {
    return organisations.stream().filter(o -> o.kind() == kind && o.isOpenOn(date))
        .collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public ImmutableSet<Relationship> relationships() {
    return ImmutableSet.copyOf(relationships);
  }

  @Override
  public ImmutableSet<OdsCode> targetsOf(OdsCode code, RelationshipType type) {
    return relationships.stream().filter(r -> r.type() == type && r.from().equals(code))
        .map(Relationship::to).sorted().collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public ImmutableSet<OdsCode> sourcesOf(OdsCode code, RelationshipType type) {
    return relationships.stream().filter(r -> r.type() == type && r.to().equals(code))
        .map(Relationship::from).sorted().collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public Optional<OdsCode> primaryCareOrganisationOf(OdsCode practice) {
    return targetsOf(practice, RelationshipType.MEMBER_OF).stream()
        .filter(parent -> organisation(parent)
            .map(o -> o.kind().can(Capacity.HAVE_PRACTICE_MEMBERS)).orElse(false))
        .findFirst();
  }

  @Override
  public ImmutableSet<Area> areas() {
    return ImmutableSet.of();
  }

  @Override
  public ImmutableSet<Population> populations() {
    return ImmutableSet.of();
  }

  @Override
  public ImmutableSet<DutyAssignment> duties() {
    return ImmutableSet.of();
  }

  @Override
  public Optional<DutyAssignment> holderOf(Duty duty) {
    return Optional.empty();
  }

  @Override
  public ImmutableSet<DutyAssignment> dutiesOf(OdsCode code) {
    return ImmutableSet.of();
  }

  @Override
  public ImmutableSet<Allocation> allocations() {
    return ImmutableSet.of();
  }

  @Override
  public ImmutableSet<Allocation> budgetsOf(OdsCode code, FinancialYear year) {
    return ImmutableSet.of();
  }

  @Override
  public Money totalAllocated(FinancialYear year) {
    return Money.ZERO;
  }

  @Override
  public ImmutableSet<Contract> contracts() {
    return ImmutableSet.of();
  }

  @Override
  public ImmutableSet<RunningCost> runningCosts() {
    return ImmutableSet.of();
  }
}
