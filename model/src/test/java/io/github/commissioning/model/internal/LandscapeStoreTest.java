package io.github.commissioning.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.time.FinancialYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A store changed part by part answers every query as an index built at once from the same parts
 * does, keeps the parts in the order a list would, and leaves the store it was changed from as it
 * was.
 */
class LandscapeStoreTest {
  @Test
  void aStoreChangedPartByPartAnswersAsAnIndexBuiltAtOnce() {
    Source source = Source.seeded(11L);
    for (int run = 0; run < 60; run++) {
      LandscapeSnapshot start = TestLandscapes.create(Landscapes.pctEra(2, 3, 4).generate(source));
      LandscapeStore store = LandscapeStore.of(start, true);
      List<LandscapeStore> versions = new ArrayList<>();
      List<Landscape> expected = new ArrayList<>();
      Landscape state = start;
      for (int step = 0; step < 15; step++) {
        state = TransitionEngine.apply(state, Transitions.validFor(state).generate(source)).after();
        LandscapeStore now = LandscapeStore.of(state, true);
        assertAnswersAlike(now, new LandscapeIndex(state), state);
        versions.add(now);
        expected.add(state);
      }
      assertAnswersAlike(store, new LandscapeIndex(start), start);
      for (int i = 0; i < versions.size(); i++) {
        LandscapeSnapshot checkedInFull = LandscapeSnapshot.copyOf(LandscapeDraft.from(versions.get(i)));
        assertEquals(checkedInFull, expected.get(i));
        assertEquals(checkedInFull.hashCode(), expected.get(i).hashCode());
      }
    }
  }

  @Test
  void aChangeMakesANewStoreAndLeavesTheOldOneAsItWas() {
    LandscapeSnapshot start = TestLandscapes.create(Landscapes.ofShape(1, 2, 3).generate(
        Source.seeded(5L)));
    LandscapeStore before = LandscapeStore.build(start, true);
    Organisation practice = start.open(OrganisationKind.GP_PRACTICE).asList().get(0);
    OdsCode pct = start.primaryCareOrganisationOf(practice.code()).orElseThrow();
    Relationship membership = Relationship.of(RelationshipType.MEMBER_OF, practice.code(), pct,
        start.date());
    Relationship held = start.relationships().stream().filter(r -> r.from().equals(practice.code())
        && r.type() == RelationshipType.MEMBER_OF).findFirst().orElseThrow();

    LandscapeStore after = before.without(held);
    assertTrue(before.isChecked());
    assertFalse(after.isChecked());
    assertEquals(pct, before.primaryCareOrganisationOf(practice.code()).orElseThrow());
    assertTrue(after.primaryCareOrganisationOf(practice.code()).isEmpty());
    assertEquals(before.relationships().size() - 1, after.relationshipsInOrder().size());
    assertSame(after, after.without(held), "removing what is not there changes nothing");
    assertEquals(membership.from(), held.from());

    LandscapeStore back = after.with(held);
    assertEquals(held, back.relationshipsInOrder().stream().reduce((a, b) -> b).orElseThrow(),
        "a part added again goes last");
    assertEquals(pct, back.primaryCareOrganisationOf(practice.code()).orElseThrow());
  }

  @Test
  void cashTotalsFollowEveryBudgetChange() {
    LandscapeSnapshot start = TestLandscapes.create(Landscapes.ofShape(1, 2, 2).generate(
        Source.seeded(8L)));
    LandscapeStore store = LandscapeStore.build(start, true);
    Allocation budget = start.allocations().stream()
        .filter(a -> a.funding() == Funding.CASH).findFirst().orElseThrow();
    FinancialYear year = budget.year();
    Money total = start.totalAllocated(year);
    LandscapeStore more = store.with(budget.withAmount(budget.amount().plus(Money.ofPence(7))));
    assertEquals(total.plus(Money.ofPence(7)), more.totalAllocated(year));
    LandscapeStore none = more.without(LandscapeStore.BudgetKey.of(budget));
    assertEquals(total.minus(budget.amount()), none.totalAllocated(year));
    assertEquals(total, store.totalAllocated(year));
    assertTrue(none.cashIsExact());
    LandscapeStore huge = none.with(budget.withAmount(Money.ofPence(Long.MAX_VALUE)));
    assertFalse(huge.cashIsExact(), "a total that could overflow is not trusted");
    assertEquals(Money.ofPence(Long.MAX_VALUE), huge.totalAllocated(year),
        "an overflowing total saturates, as the index's does");
  }

  @Test
  void theNextChangeIsTheDayAfterTheFirstEnding() {
    LandscapeSnapshot start = TestLandscapes.create(Landscapes.ofShape(1, 2, 2).generate(
        Source.seeded(3L)));
    LandscapeStore open = LandscapeStore.build(start, true);
    assertEquals(LocalDate.MAX, open.nextChange());
    Organisation pct = start.open(OrganisationKind.PRIMARY_CARE_TRUST).asList().get(0);
    LocalDate lastDay = start.date().plusDays(10);
    LandscapeStore closing = open.with(pct.closedOn(lastDay));
    assertEquals(lastDay.plusDays(1), closing.nextChange());
    assertEquals(lastDay.plusDays(1), closing.with(pct.closedOn(lastDay.plusDays(5))).nextChange(),
        "after a change the day may come early, never late");
    Organisation closedLongAgo = pct.closedOn(start.date().minusDays(1));
    assertEquals(LocalDate.MAX, open.with(closedLongAgo).nextChange(),
        "what ended before the date changes nothing later");
  }

  /**
   * Assigning duties all at once gives the store that assigning them one at a time gives: every
   * duty of one body moved to another (so the first is left holding none), with one duty assigned
   * twice, the later assignment winning.
   */
  @Test
  void dutiesAssignedAtOnceAreAssignedAsOneAtATime() {
    Source source = Source.seeded(23L);
    int checked = 0;
    for (int run = 0; run < 40; run++) {
      LandscapeSnapshot start = TestLandscapes.create(Landscapes.pctEra(2, 3, 4).generate(source));
      LandscapeStore store = LandscapeStore.build(start, true);
      List<OdsCode> holders = start.duties().stream().map(DutyAssignment::accountable).distinct()
          .toList();
      if (holders.size() < 2) {
        continue;
      }
      checked++;
      OdsCode from = holders.get(run % holders.size());
      OdsCode to = holders.get((run + 1) % holders.size());
      List<DutyAssignment> moved = new ArrayList<>();
      for (DutyAssignment held : store.dutiesOf(from)) {
        moved.add(DutyAssignment.of(held.duty(), to, start.date()));
      }
      moved.add(DutyAssignment.of(moved.get(0).duty(), from, start.date()));
      LandscapeStore oneAtATime = store;
      for (DutyAssignment assignment : moved) {
        oneAtATime = oneAtATime.with(assignment);
      }
      LandscapeStore atOnce = store.withAssignments(moved);
      assertEquals(List.copyOf(oneAtATime.dutiesInOrder()), List.copyOf(atOnce.dutiesInOrder()));
      for (OdsCode holder : holders) {
        assertEquals(Set.copyOf(oneAtATime.dutiesOf(holder).asList()),
            Set.copyOf(atOnce.dutiesOf(holder).asList()), holder.toString());
      }
      assertEquals(Set.of(moved.get(moved.size() - 1)), Set.copyOf(atOnce.dutiesOf(from).asList()));
      assertEquals(store.dutiesOf(from).size() + store.dutiesOf(to).size() - 1,
          atOnce.dutiesOf(to).size(), "all but one of the moved duties are the new holder's");
    }
    assertTrue(checked > 20, "landscapes with two holders or more: " + checked);
  }

  private static void assertAnswersAlike(LandscapeStore store, LandscapeIndex index,
      Landscape landscape) {
    assertEquals(landscape.date(), store.date());
    assertEquals(landscape.organisations().asList(), List.copyOf(store.organisationsInOrder()));
    assertEquals(landscape.relationships().asList(), List.copyOf(store.relationshipsInOrder()));
    assertEquals(landscape.duties().asList(), List.copyOf(store.dutiesInOrder()));
    assertEquals(landscape.allocations().asList(), List.copyOf(store.allocationsInOrder()));
    assertEquals(landscape.contracts().asList(), List.copyOf(store.contractsInOrder()));
    assertEquals(landscape.runningCosts().asList(), List.copyOf(store.runningCostsInOrder()));
    assertEquals(index.populations().asList(), store.populations().asList());
    Set<FinancialYear> years = new TreeSet<>();
    landscape.allocations().forEach(a -> years.add(a.year()));
    for (FinancialYear year : years) {
      assertEquals(index.totalAllocated(year), store.totalAllocated(year));
    }
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertEquals(index.open(kind).asList(), store.open(kind).asList());
    }
    for (Organisation body : landscape.organisations()) {
      OdsCode code = body.code();
      assertEquals(index.organisation(code), store.organisation(code));
      assertEquals(index.dutiesOf(code).asList(), store.dutiesOf(code).asList());
      assertEquals(index.primaryCareOrganisationOf(code), store.primaryCareOrganisationOf(code));
      for (FinancialYear year : years) {
        assertEquals(index.budgetsOf(code, year).asList(), store.budgetsOf(code, year).asList());
      }
      for (RelationshipType type : RelationshipType.values()) {
        assertEquals(index.targets(code, type).asList(), store.targets(code, type).asList());
        assertEquals(index.sources(code, type).asList(), store.sources(code, type).asList());
      }
    }
    for (DutyAssignment assignment : landscape.duties()) {
      assertEquals(index.holderOf(assignment.duty()), store.holderOf(assignment.duty()));
      Population population = assignment.duty().population();
      assertEquals(index.populations().contains(population), store.hasPopulation(population));
    }
    assertFalse(store.hasPopulation(Population.registeredListOf(OdsCode.of("Y99999"))));
  }
}
