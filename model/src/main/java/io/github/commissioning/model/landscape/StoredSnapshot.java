package io.github.commissioning.model.landscape;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.model.internal.LandscapeQueries;
import io.github.commissioning.model.internal.LandscapeStore;
import io.github.commissioning.model.internal.StoreBacked;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.policy.Policy;
import java.time.LocalDate;

/**
 * A snapshot over a checked {@link LandscapeStore}: the engine's result when it has checked a
 * change from what the change touched. It shares its store's maps with the landscape it was made
 * from, and makes each set of parts only when asked for it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class StoredSnapshot extends LandscapeSnapshot implements StoreBacked {
  private final LandscapeStore store;

  StoredSnapshot(LandscapeStore store) {
    this.store = store;
  }

  @Override
  public LandscapeStore store() {
    return store;
  }

  @Override
  public LocalDate date() {
    return store.date();
  }

  @Override
  public Policy policy() {
    return store.policy();
  }

  @Override
  public ImmutableSet<Organisation> organisations() {
    return store.organisations();
  }

  @Override
  public ImmutableSet<Relationship> relationships() {
    return store.relationships();
  }

  @Override
  public ImmutableSet<Area> areas() {
    return store.areas();
  }

  @Override
  public ImmutableSet<DutyAssignment> duties() {
    return store.duties();
  }

  @Override
  public ImmutableSet<Allocation> allocations() {
    return store.allocations();
  }

  @Override
  public ImmutableSet<Contract> contracts() {
    return store.contracts();
  }

  @Override
  public ImmutableSet<RunningCost> runningCosts() {
    return store.runningCosts();
  }

  @Override
  LandscapeQueries index() {
    return store;
  }
}
