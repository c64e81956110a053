package io.github.commissioning.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.FinancialYear;
import java.util.Optional;

/**
 * Checks that a landscape's queries agree with its parts: what any implementation's indexes must
 * satisfy whatever their shape.
 */
public final class QueryConsistency {
  private QueryConsistency() {}

  /**
   * Asserts every query of the landscape agrees with its collections.
   *
   * @param landscape a built landscape
   */
  public static void check(Landscape landscape) {
    organisations(landscape);
    relationships(landscape);
    duties(landscape);
    budgets(landscape);
  }

  private static void organisations(Landscape landscape) {
    for (Organisation organisation : landscape.organisations()) {
      assertEquals(Optional.of(organisation), landscape.organisation(organisation.code()));
    }
    for (OrganisationKind kind : OrganisationKind.values()) {
      ImmutableSet<Organisation> expected = landscape.organisations().stream()
          .filter(o -> o.kind() == kind && o.isOpenOn(landscape.date()))
          .collect(ImmutableSet.toImmutableSet());
      assertEquals(expected, ImmutableSet.copyOf(landscape.open(kind)), kind::toString);
    }
  }

  private static void relationships(Landscape landscape) {
    for (Relationship relationship : landscape.relationships()) {
      assertTrue(landscape.targetsOf(relationship.from(), relationship.type()).contains(relationship.to()));
      assertTrue(landscape.sourcesOf(relationship.to(), relationship.type()).contains(relationship.from()));
    }
    for (Organisation organisation : landscape.organisations()) {
      for (RelationshipType type : RelationshipType.values()) {
        long out = landscape.relationships().stream()
            .filter(r -> r.type() == type && r.from().equals(organisation.code())).count();
        assertEquals(out, landscape.targetsOf(organisation.code(), type).size());
      }
      if (organisation.kind() == OrganisationKind.GP_PRACTICE && organisation.isOpenOn(landscape.date())) {
        OdsCode pco = landscape.primaryCareOrganisationOf(organisation.code()).orElseThrow();
        assertTrue(landscape.require(pco).kind().can(Capacity.HAVE_PRACTICE_MEMBERS));
        assertTrue(landscape.membersOf(pco).contains(organisation.code()));
      }
    }
  }

  private static void duties(Landscape landscape) {
    for (DutyAssignment assignment : landscape.duties()) {
      assertEquals(Optional.of(assignment), landscape.holderOf(assignment.duty()));
      assertTrue(landscape.dutiesOf(assignment.accountable()).contains(assignment));
      assertTrue(landscape.populations().contains(assignment.duty().population()));
    }
    long held = landscape.organisations().stream()
        .mapToLong(o -> landscape.dutiesOf(o.code()).size()).sum();
    assertEquals(landscape.duties().size(), held);
  }

  private static void budgets(Landscape landscape) {
    ImmutableSet<FinancialYear> years = landscape.allocations().stream().map(Allocation::year)
        .collect(ImmutableSet.toImmutableSet());
    for (FinancialYear year : years) {
      Money cash = Money.sum(landscape.allocations().stream()
          .filter(a -> a.year().equals(year) && a.funding() == Funding.CASH)
          .map(Allocation::amount).toList());
      assertEquals(cash, landscape.totalAllocated(year), year::toString);
    }
    for (Allocation allocation : landscape.allocations()) {
      assertTrue(landscape.budgetsOf(allocation.holder(), allocation.year()).contains(allocation));
    }
  }
}
