package io.github.commissioning.model.landscape;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.internal.DomainStyle;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.internal.LandscapeIndex;
import io.github.commissioning.model.internal.LandscapeQueries;
import io.github.commissioning.model.internal.LandscapeStore;
import io.github.commissioning.landscape.LandscapeParts;
import io.github.commissioning.model.invariant.StructuralInvariants;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.policy.Policy;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The reference {@link Landscape}: an immutable snapshot that cannot exist with a broken
 * structural invariant.
 *
 * <p>Obtain one from {@link #builder(LocalDate)} or {@link #copyOf(Landscape)}; {@code build()}
 * checks every invariant (see {@link StructuralInvariants}) and throws a
 * {@link ViolationException} naming every violation if any is broken. Queries answer from indexes
 * built once, on first use. A snapshot the engine makes by changing another shares the parts it
 * did not change with that one, and makes its sets only when asked for them.
 *
 * <p>This class is immutable and thread-safe. Only the library may subclass it.
 */
@Value.Immutable
@DomainStyle
// The builder's from(LandscapeParts) cannot copy the covariant collections; copyOf does instead.
@SuppressWarnings("immutables:from")
public abstract class LandscapeSnapshot implements Landscape {
  LandscapeSnapshot() {}

  @Override
  public abstract LocalDate date();

  /**
   * Returns the policy in force, {@link Policy#NONE} unless set.
   *
   * @return the policy
   */
  @Override
  @Value.Default
  public Policy policy() {
    return Policy.NONE;
  }

  @Override
  public abstract ImmutableSet<Organisation> organisations();

  @Override
  public abstract ImmutableSet<Relationship> relationships();

  @Override
  public abstract ImmutableSet<Area> areas();

  @Override
  public abstract ImmutableSet<DutyAssignment> duties();

  @Override
  public abstract ImmutableSet<Allocation> allocations();

  @Override
  public abstract ImmutableSet<Contract> contracts();

  @Override
  public abstract ImmutableSet<RunningCost> runningCosts();

  /**
   * Returns the indexes behind the queries, built on first use.
   *
   * @return the index
   */
  @Value.Lazy
  LandscapeQueries index() {
    return new LandscapeIndex(this);
  }

  @Override
  public Optional<Organisation> organisation(OdsCode code) {
    return index().organisation(checkNotNull(code, "code"));
  }

  @Override
  public ImmutableSet<Organisation> open(OrganisationKind kind) {
    return index().open(checkNotNull(kind, "kind"));
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
  public ImmutableSet<Population> populations() {
    return index().populations();
  }

  @Override
  public Optional<DutyAssignment> holderOf(Duty duty) {
    return index().holderOf(checkNotNull(duty, "duty"));
  }

  @Override
  public ImmutableSet<DutyAssignment> dutiesOf(OdsCode code) {
    return index().dutiesOf(checkNotNull(code, "code"));
  }

  @Override
  public ImmutableSet<Allocation> budgetsOf(OdsCode code, FinancialYear year) {
    checkNotNull(code, "code");
    checkNotNull(year, "year");
    return index().budgetsOf(code, year);
  }

  @Override
  public Money totalAllocated(FinancialYear year) {
    return index().totalAllocated(checkNotNull(year, "year"));
  }

  /**
   * Returns a builder for a landscape on the given date, with the same contents as this one.
   *
   * @param newDate the date of the new landscape
   * @return a builder holding this landscape's contents
   */
  public Builder toBuilder(LocalDate newDate) {
    return fill(builder(newDate), this);
  }

  /**
   * Returns a builder for an empty landscape on the given date.
   *
   * @param date the date of the snapshot
   * @return a new builder
   */
  public static Builder builder(LocalDate date) {
    Builder builder = new Builder();
    builder.date(checkNotNull(date, "date"));
    return builder;
  }

  /**
   * Obtains a checked snapshot of any landscape, or of parts that may not yet have been checked
   * (such as a test's draft).
   *
   * @param parts the parts, or a landscape to copy
   * @return a snapshot holding exactly those parts, or {@code parts} itself if it is a snapshot
   * @throws ViolationException listing every violation if the parts break a structural invariant
   */
  public static LandscapeSnapshot copyOf(LandscapeParts parts) {
    checkNotNull(parts, "parts");
    if (parts instanceof LandscapeSnapshot snapshot) {
      return snapshot;
    }
    if (parts instanceof LandscapeStore store && store.isChecked()) {
      return new StoredSnapshot(store);
    }
    return fill(builder(parts.date()), parts).build();
  }

  private static Builder fill(Builder builder, LandscapeParts parts) {
    builder.policy(parts.policy())
        .addAllOrganisations(parts.organisations())
        .addAllRelationships(parts.relationships())
        .addAllAreas(parts.areas())
        .addAllDuties(parts.duties())
        .addAllAllocations(parts.allocations())
        .addAllContracts(parts.contracts())
        .addAllRunningCosts(parts.runningCosts());
    return builder;
  }

  /**
   * Builds a {@link LandscapeSnapshot}; {@code build()} checks every structural invariant and
   * throws a {@link ViolationException} listing all that are broken.
   */
  public static final class Builder extends ImmutableLandscapeSnapshot.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ImmutableList<Violation> violations = StructuralInvariants.check(this);
    if (!violations.isEmpty()) {
      throw new ViolationException(violations);
    }
  }

  /**
   * Returns whether another object is a snapshot with the same date, policy and parts, however
   * each was made.
   *
   * @param other the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof LandscapeSnapshot that && date().equals(that.date())
        && policy().equals(that.policy()) && areas().equals(that.areas())
        && organisations().equals(that.organisations())
        && relationships().equals(that.relationships()) && duties().equals(that.duties())
        && allocations().equals(that.allocations()) && contracts().equals(that.contracts())
        && runningCosts().equals(that.runningCosts());
  }

  @Override
  public int hashCode() {
    return Objects.hash(date(), policy(), areas(), organisations(), relationships(), duties(),
        allocations(), contracts(), runningCosts());
  }

  @Override
  public String toString() {
    return "Landscape on " + date() + " (" + organisations().size() + " organisations, "
        + relationships().size() + " relationships, " + duties().size() + " duties, "
        + allocations().size() + " budgets)";
  }
}
