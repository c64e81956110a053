package io.github.commissioning.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The parts of a landscape before any implementation has checked them: what a fixture or a
 * generator produces and a {@link LandscapeFactory} turns into a {@link Landscape} (or refuses).
 *
 * <p>A draft may break any invariant; that is how tests of refusals are written: take a sound
 * draft, {@link #toBuilder() change} one part, and expect the factory to refuse it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the date of the landscape
 * @param policy the policy in force
 * @param organisations every organisation
 * @param relationships the relationships in force
 * @param areas the areas whose residents are populations
 * @param duties the duty assignments
 * @param allocations the budgets
 * @param contracts the contracts
 * @param runningCosts the running costs
 */
public record LandscapeDraft(
    LocalDate date,
    Policy policy,
    ImmutableList<Organisation> organisations,
    ImmutableList<Relationship> relationships,
    ImmutableList<Area> areas,
    ImmutableList<DutyAssignment> duties,
    ImmutableList<Allocation> allocations,
    ImmutableList<Contract> contracts,
    ImmutableList<RunningCost> runningCosts) implements LandscapeParts {

  /** Creates a draft, checking no part is missing. */
  public LandscapeDraft {
    checkNotNull(date, "date");
    checkNotNull(policy, "policy");
    checkNotNull(organisations, "organisations");
    checkNotNull(relationships, "relationships");
    checkNotNull(areas, "areas");
    checkNotNull(duties, "duties");
    checkNotNull(allocations, "allocations");
    checkNotNull(contracts, "contracts");
    checkNotNull(runningCosts, "runningCosts");
  }

  /**
   * Obtains the parts of an existing landscape.
   *
   * @param landscape any landscape
   * @return a draft with the same parts
   */
  public static LandscapeDraft from(Landscape landscape) {
    return new LandscapeDraft(landscape.date(), landscape.policy(), landscape.organisations().asList(),
        landscape.relationships().asList(), landscape.areas().asList(), landscape.duties().asList(),
        landscape.allocations().asList(), landscape.contracts().asList(),
        landscape.runningCosts().asList());
  }

  /**
   * Returns a builder for an empty draft on the given date.
   *
   * @param date the date of the landscape
   * @return a new builder
   */
  public static Builder builder(LocalDate date) {
    return new Builder(date);
  }

  /**
   * Returns a builder holding this draft's parts, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(date);
    builder.policy = policy;
    builder.organisations.addAll(organisations);
    builder.relationships.addAll(relationships);
    builder.areas.addAll(areas);
    builder.duties.addAll(duties);
    builder.allocations.addAll(allocations);
    builder.contracts.addAll(contracts);
    builder.runningCosts.addAll(runningCosts);
    return builder;
  }

  /**
   * Builds the landscape with the given implementation.
   *
   * @param factory the implementation's factory
   * @return the landscape
   */
  public Landscape build(LandscapeFactory factory) {
    return checkNotNull(factory, "factory").create(this);
  }

  /** Collects the parts of a draft; not thread-safe. */
  public static final class Builder {
    private LocalDate date;
    private Policy policy = Policy.NONE;
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final List<Area> areas = new ArrayList<>();
    private final List<DutyAssignment> duties = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final List<RunningCost> runningCosts = new ArrayList<>();

    private Builder(LocalDate date) {
      this.date = checkNotNull(date, "date");
    }

    /**
     * Sets the date.
     *
     * @param newDate the date of the landscape
     * @return this builder
     */
    public Builder date(LocalDate newDate) {
      this.date = checkNotNull(newDate, "newDate");
      return this;
    }

    /**
     * Sets the policy in force.
     *
     * @param newPolicy the policy
     * @return this builder
     */
    public Builder policy(Policy newPolicy) {
      this.policy = checkNotNull(newPolicy, "newPolicy");
      return this;
    }

    /**
     * Adds organisations.
     *
     * @param added the organisations
     * @return this builder
     */
    public Builder organisations(Organisation... added) {
      return add(organisations, added);
    }

    /**
     * Adds relationships.
     *
     * @param added the relationships
     * @return this builder
     */
    public Builder relationships(Relationship... added) {
      return add(relationships, added);
    }

    /**
     * Adds areas.
     *
     * @param added the areas
     * @return this builder
     */
    public Builder areas(Area... added) {
      return add(areas, added);
    }

    /**
     * Adds duty assignments.
     *
     * @param added the assignments
     * @return this builder
     */
    public Builder duties(DutyAssignment... added) {
      return add(duties, added);
    }

    /**
     * Adds budgets.
     *
     * @param added the allocations
     * @return this builder
     */
    public Builder allocations(Allocation... added) {
      return add(allocations, added);
    }

    /**
     * Adds contracts.
     *
     * @param added the contracts
     * @return this builder
     */
    public Builder contracts(Contract... added) {
      return add(contracts, added);
    }

    /**
     * Adds running costs.
     *
     * @param added the running costs
     * @return this builder
     */
    public Builder runningCosts(RunningCost... added) {
      return add(runningCosts, added);
    }

    /**
     * Removes the organisations that match.
     *
     * @param unwanted which to remove
     * @return this builder
     */
    public Builder removeOrganisations(Predicate<? super Organisation> unwanted) {
      organisations.removeIf(unwanted);
      return this;
    }

    /**
     * Removes the relationships that match.
     *
     * @param unwanted which to remove
     * @return this builder
     */
    public Builder removeRelationships(Predicate<? super Relationship> unwanted) {
      relationships.removeIf(unwanted);
      return this;
    }

    /**
     * Removes the duty assignments that match.
     *
     * @param unwanted which to remove
     * @return this builder
     */
    public Builder removeDuties(Predicate<? super DutyAssignment> unwanted) {
      duties.removeIf(unwanted);
      return this;
    }

    /**
     * Removes the budgets that match.
     *
     * @param unwanted which to remove
     * @return this builder
     */
    public Builder removeAllocations(Predicate<? super Allocation> unwanted) {
      allocations.removeIf(unwanted);
      return this;
    }

    /**
     * Returns the draft.
     *
     * @return an immutable draft of the parts added so far
     */
    public LandscapeDraft build() {
      return new LandscapeDraft(date, policy, ImmutableList.copyOf(organisations),
          ImmutableList.copyOf(relationships), ImmutableList.copyOf(areas),
          ImmutableList.copyOf(duties), ImmutableList.copyOf(allocations),
          ImmutableList.copyOf(contracts), ImmutableList.copyOf(runningCosts));
    }

    @SafeVarargs
    private <T> Builder add(Collection<T> parts, T... added) {
      for (T part : added) {
        parts.add(checkNotNull(part, "part"));
      }
      return this;
    }
  }
}
