package io.github.commissioning.landscape;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests the default methods of {@link Landscape} against a minimal in-memory implementation. */
class LandscapeTest {
  private static final LocalDate DATE = LocalDate.of(2010, 4, 1);
  private static final OdsCode SHA = OdsCode.of("Q30");
  private static final OdsCode PCT = OdsCode.of("5QG");
  private static final OdsCode PRACTICE_A = OdsCode.of("A81001");
  private static final OdsCode PRACTICE_B = OdsCode.of("A81002");

  /** Just enough of a landscape to exercise the default methods. */
  private static final class Stub implements Landscape {
    private final List<Organisation> organisations;
    private final List<Relationship> relationships;

    Stub(List<Organisation> organisations, List<Relationship> relationships) {
      this.organisations = organisations;
      this.relationships = relationships;
    }

    @Override
    public LocalDate date() {
      return DATE;
    }

    @Override
    public io.github.commissioning.policy.Policy policy() {
      return io.github.commissioning.policy.Policy.NONE;
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
      throw new UnsupportedOperationException();
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
      throw new UnsupportedOperationException();
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

  private static Landscape landscape() {
    LocalDate opened = LocalDate.of(2006, 7, 1);
    return new Stub(
        List.of(
            Organisation.of(SHA, "South Central SHA", OrganisationKind.STRATEGIC_HEALTH_AUTHORITY,
                opened),
            Organisation.of(PCT, "Berkshire West PCT", OrganisationKind.PRIMARY_CARE_TRUST,
                opened),
            Organisation.of(PRACTICE_A, "Surgery A", OrganisationKind.GP_PRACTICE, opened),
            Organisation.of(PRACTICE_B, "Surgery B", OrganisationKind.GP_PRACTICE, opened)),
        List.of(
            Relationship.of(RelationshipType.PART_OF, PCT, SHA, opened),
            Relationship.of(RelationshipType.MEMBER_OF, PRACTICE_B, PCT, opened),
            Relationship.of(RelationshipType.MEMBER_OF, PRACTICE_A, PCT, opened)));
  }

  @Test
  void requireReturnsTheOrganisation() {
    Landscape landscape = landscape();
    assertSame(landscape.organisation(PCT).orElseThrow(), landscape.require(PCT));
    assertEquals("Berkshire West PCT", landscape.require(PCT).name());
  }

  @Test
  void requireRefusesUnknownCodes() {
    assertViolation(() -> landscape().require(OdsCode.of("5QH")), Invariant.REFERENCE_UNKNOWN,
        "No organisation has code 5QH in the landscape of 2010-04-01", "5QH");
  }

  @Test
  void membersOfAreTheMemberOfSources() {
    assertEquals(ImmutableSet.of(PRACTICE_A, PRACTICE_B), landscape().membersOf(PCT));
    assertEquals(List.of(PRACTICE_A, PRACTICE_B), landscape().membersOf(PCT).asList());
    assertEquals(ImmutableSet.of(), landscape().membersOf(SHA));
  }

  @Test
  void parentOfFollowsPartOf() {
    assertEquals(Optional.of(SHA), landscape().parentOf(PCT));
    assertEquals(Optional.empty(), landscape().parentOf(SHA));
    // membership is not parenthood
    assertEquals(Optional.empty(), landscape().parentOf(PRACTICE_A));
  }
}
