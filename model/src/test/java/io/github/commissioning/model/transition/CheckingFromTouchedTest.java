package io.github.commissioning.model.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.internal.LandscapeStore;
import io.github.commissioning.model.invariant.StructuralInvariants;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Refusals;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The engine checks a change from what it touched where it can; the outcome must be exactly what
 * checking the whole landscape gives: the same landscape, parts in the same order, the same
 * effects, or the same refusal.
 */
class CheckingFromTouchedTest {
  /** What applying a transition came to, comparable between the two ways of checking. */
  private record Outcome(List<Object> parts, List<?> effects, List<?> violations) {
    static Outcome of(Supplier<Applied> applying) {
      try {
        Applied applied = applying.get();
        Landscape after = applied.after();
        return new Outcome(List.of(after.date(), after.policy(), after.organisations().asList(),
            after.relationships().asList(), after.duties().asList(), after.allocations().asList(),
            after.contracts().asList(), after.runningCosts().asList()), applied.effects(), List.of());
      } catch (ViolationException refused) {
        return new Outcome(List.of(), List.of(), refused.violations());
      }
    }
  }

  @Test
  void checkingWhatAChangeTouchedGivesWhatCheckingEverythingGives() {
    Map<String, Integer> outcomes = new TreeMap<>();
    Source source = Source.seeded(2026L);
    for (int run = 0; run < 60; run++) {
      Landscape state = TestLandscapes.create(Landscapes.pctEra(2, 3, 4).generate(source));
      for (int step = 0; step < 25; step++) {
        Transition change = anyChange(state, source);
        Landscape before = state;
        Outcome fast = Outcome.of(() -> TransitionEngine.apply(before, change, true));
        Outcome full = Outcome.of(() -> TransitionEngine.apply(before, change, false));
        assertEquals(full, fast, () -> "Checking " + change + " on " + before);
        outcomes.merge(change.getClass().getSimpleName() + (fast.violations().isEmpty()
            ? " applied" : " refused"), 1, Integer::sum);
        if (fast.violations().isEmpty()) {
          state = TransitionEngine.apply(before, change).after();
          assertTrue(StructuralInvariants.check(state).isEmpty());
        }
      }
    }
    // The changes that break a structural rule only once carried out are what the fast check
    // must catch; they must have been tried, and refused.
    assertTrue(outcomes.getOrDefault("Relate refused", 0) > 50, outcomes::toString);
    assertTrue(outcomes.getOrDefault("Establish refused", 0) > 20, outcomes::toString);
    assertTrue(outcomes.getOrDefault("MovePractice refused", 0) > 20, outcomes::toString);
    assertTrue(outcomes.getOrDefault("MovePractice applied", 0) > 10, outcomes::toString);
  }

  /**
   * Which valid changes the engine checks from what they touched: all but those that close,
   * recode or change the kind of a body, which change what every reference to it means.
   */
  @Test
  void everyValidChangeButThoseThatEndOrRecodeABodyIsCheckedFromWhatItTouched() {
    Set<String> checkedInFull = Set.of("Abolish", "AuthoriseFoundationTrust", "Close", "Merge",
        "Recode", "Split");
    Map<String, Integer> tried = new TreeMap<>();
    Source source = Source.seeded(99L);
    for (int run = 0; run < 40; run++) {
      Landscape state = TestLandscapes.create(Landscapes.pctEra(2, 3, 4).generate(source));
      for (int step = 0; step < 25; step++) {
        Transition change = Transitions.validFor(state).generate(source);
        LandscapeStore before = LandscapeStore.of(state, true);
        Workspace work = new Workspace(state, before);
        TransitionEngine.carryOut(work, state, change);
        String kind = change.getClass().getSimpleName();
        assertEquals(!checkedInFull.contains(kind),
            ChangeCheck.keepsInvariants(before, work.store(), work.touched()), change::toString);
        tried.merge(kind, 1, Integer::sum);
        state = TransitionEngine.apply(state, change).after();
      }
    }
    assertEquals(26, tried.size(), tried::toString);
  }

  /**
   * Parts changed directly in a sound store, past the checks a transition makes first: whatever
   * the change, the fast check calls the result sound only if the full check finds nothing wrong,
   * and a broken result is never called sound.
   */
  @Test
  void aPartChangedPastTheTransitionsChecksIsNeverCalledSoundWhenBroken() {
    Source source = Source.seeded(404L);
    int broken = 0;
    for (int run = 0; run < 400; run++) {
      LandscapeSnapshot start = TestLandscapes.create(Landscapes.pctEra(2, 3, 3).generate(source));
      LandscapeStore before = LandscapeStore.of(start, true);
      Workspace.Touched touched = new Workspace.Touched();
      LandscapeStore after;
      try {
        after = rawChange(start, before.withDate(start.date().plusDays(source.drawInt(1))),
            touched, source);
      } catch (ViolationException badArguments) {
        continue; // a part that cannot even be made, such as a body its own member
      }
      boolean sound = StructuralInvariants.check(after).isEmpty();
      boolean fast = ChangeCheck.keepsInvariants(before, after, touched);
      assertTrue(sound || !fast, () -> "called sound: " + StructuralInvariants.check(after));
      broken += sound ? 0 : 1;
    }
    assertTrue(broken > 150, "broken " + broken);
  }

  private static LandscapeStore rawChange(Landscape start, LandscapeStore store,
      Workspace.Touched touched, Source source) {
    List<Organisation> bodies = start.organisations().asList();
    Organisation a = bodies.get(source.drawInt(bodies.size() - 1));
    Organisation b = bodies.get(source.drawInt(bodies.size() - 1));
    LocalDate date = store.date();
    List<DutyAssignment> duties = start.duties().asList();
    DutyAssignment duty = duties.get(source.drawInt(duties.size() - 1));
    switch (source.drawInt(9)) {
      case 0 -> {
        Organisation changed = source.drawBoolean(0.5) ? a.closedOn(date.minusDays(1))
            : a.withName("Renamed");
        touched.organisations.add(a.code());
        return store.with(changed);
      }
      case 1 -> {
        RelationshipType[] types = RelationshipType.values();
        Relationship added = Relationship.of(types[source.drawInt(types.length - 1)], a.code(),
            b.code(), source.drawBoolean(0.8) ? date : date.plusDays(1));
        touched.relationshipsAdded.add(added);
        return store.with(added);
      }
      case 2 -> {
        List<Relationship> all = start.relationships().asList();
        Relationship removed = all.get(source.drawInt(all.size() - 1));
        touched.relationshipsRemoved.add(removed);
        return store.without(removed);
      }
      case 3 -> {
        DutyAssignment moved = new DutyAssignment(duty.duty(), b.code(),
            source.drawBoolean(0.3) ? Optional.of(a.code()) : Optional.empty(),
            source.drawBoolean(0.8) ? duty.since() : date.plusDays(1));
        touched.duties.add(duty.duty());
        return store.with(moved);
      }
      case 4 -> {
        touched.duties.add(duty.duty());
        return store.without(duty.duty());
      }
      case 5 -> {
        Allocation budget = Allocation.builder().holder(a.code()).accountingOfficer(b.code())
            .year(FinancialYear.containing(date)).amount(Money.ofPounds(1 + source.drawInt(9)))
            .build();
        touched.budgets.add(LandscapeStore.BudgetKey.of(budget));
        return store.with(budget);
      }
      case 6 -> {
        Contract contract = Contract.builder().commissioner(a.code()).provider(b.code())
            .service(CommissioningFunction.ACUTE_ELECTIVE).year(FinancialYear.containing(date))
            .price(Money.ofPounds(1)).build();
        touched.contracts.add(LandscapeStore.ContractKey.of(contract));
        return store.with(contract);
      }
      case 7 -> {
        RunningCost cost = RunningCost.of(a.code(), FinancialYear.containing(date), Money.ofPounds(1));
        touched.runningCosts.add(LandscapeStore.CostKey.of(cost));
        return store.with(cost);
      }
      default -> {
        OdsCode code = OdsCode.of("Y" + (10000 + source.drawInt(89999)));
        if (store.organisation(code).isPresent()) {
          return store;
        }
        Organisation practice = Organisation.of(code, "New", OrganisationKind.GP_PRACTICE,
            source.drawBoolean(0.9) ? date : date.plusDays(1));
        touched.organisations.add(code);
        LandscapeStore with = store.with(practice);
        if (source.drawBoolean(0.5)) {
          Relationship member = Relationship.of(RelationshipType.MEMBER_OF, code, b.code(), date);
          touched.relationshipsAdded.add(member);
          with = with.with(member);
        }
        return with;
      }
    }
  }

  @Test
  void aPracticeMoveIsCheckedFromWhatItTouched() {
    Source source = Source.seeded(7L);
    for (int run = 0; run < 50; run++) {
      LandscapeSnapshot start = TestLandscapes.create(Landscapes.ofShape(2, 3, 4).generate(source));
      MovePractice move = aMove(start, start.date().plusDays(1), source);
      LandscapeStore before = LandscapeStore.of(start, true);
      Workspace work = new Workspace(start, before);
      TransitionEngine.carryOut(work, start, move);
      assertTrue(ChangeCheck.keepsInvariants(before, work.store(), work.touched()), move::toString);
    }
  }

  @Test
  void aChangeThatEndsSomethingOnTheWayIsCheckedInFull() {
    LandscapeSnapshot start = TestLandscapes.create(Landscapes.ofShape(1, 2, 2).generate(
        Source.seeded(3L)));
    Organisation pct = start.open(OrganisationKind.PRIMARY_CARE_TRUST).asList().get(0);
    LocalDate lastDay = start.date().plusDays(10);
    LandscapeSnapshot closing = start.toBuilder(start.date()).build();
    LandscapeStore ends = LandscapeStore.build(LandscapeSnapshot.builder(start.date())
        .from(closing).organisations(List.of()).addAllOrganisations(
            closing.organisations().stream().map(o -> o.equals(pct) ? o.withOperational(
                o.operational().withEnd(lastDay)) : o).toList()).build(), true);
    assertEquals(lastDay.plusDays(1), ends.nextChange());
    assertEquals(LocalDate.MAX, LandscapeStore.build(start, true).nextChange());
  }

  private static MovePractice aMove(Landscape landscape, LocalDate date, Source source) {
    List<Organisation> practices = landscape.open(OrganisationKind.GP_PRACTICE).asList();
    OdsCode practice = practices.get(source.drawInt(practices.size() - 1)).code();
    OdsCode from = landscape.primaryCareOrganisationOf(practice).orElseThrow();
    List<OdsCode> others = landscape.open(OrganisationKind.PRIMARY_CARE_TRUST).stream()
        .map(Organisation::code).filter(code -> !code.equals(from)).toList();
    return MovePractice.of(date, practice, from, others.get(source.drawInt(others.size() - 1)));
  }

  /** A valid change, a change the engine must refuse, or one that may break a structural rule. */
  private static Transition anyChange(Landscape landscape, Source source) {
    return switch (source.drawInt(3)) {
      case 0 -> Transitions.validFor(landscape).generate(source);
      case 1 -> Refusals.forLandscape(landscape).generate(source).transition();
      default -> ruleBreaker(landscape, source);
    };
  }

  /** Draws until the transition's own arguments are sound (a body may not be its own successor). */
  private static Transition ruleBreaker(Landscape landscape, Source source) {
    while (true) {
      try {
        return drawRuleBreaker(landscape, source);
      } catch (ViolationException badArguments) {
        // the transition could not even be made; draw again
      }
    }
  }

  private static Transition drawRuleBreaker(Landscape landscape, Source source) {
    List<Organisation> bodies = landscape.organisations().asList();
    Organisation a = bodies.get(source.drawInt(bodies.size() - 1));
    Organisation b = bodies.get(source.drawInt(bodies.size() - 1));
    LocalDate date = landscape.date().plusDays(source.drawInt(2));
    RelationshipType[] types = RelationshipType.values();
    CommissioningFunction[] functions = CommissioningFunction.values();
    List<Organisation> practices = landscape.open(OrganisationKind.GP_PRACTICE).asList();
    int kind = source.drawInt(5);
    if (kind == 2 && practices.isEmpty()) {
      kind = 0;
    }
    return switch (kind) {
      case 0, 1 -> Relate.of(Relationship.of(types[source.drawInt(types.length - 1)], a.code(),
          b.code(), date));
      case 2 -> {
        Organisation practice = practices.get(source.drawInt(practices.size() - 1));
        yield MovePractice.of(date, practice.code(),
            landscape.primaryCareOrganisationOf(practice.code()).orElse(a.code()), b.code());
      }
      case 3 -> {
        OdsCode code = OdsCode.of("Y" + (10000 + source.drawInt(89999)));
        Organisation practice = Organisation.of(code, "New practice", OrganisationKind.GP_PRACTICE,
            date);
        yield source.drawBoolean(0.5) ? Establish.of(practice)
            : Establish.of(practice, Relationship.of(RelationshipType.MEMBER_OF, code, b.code(), date));
      }
      case 4 -> TransferDuties.of(date, a.code(), b.code(),
          functions[source.drawInt(functions.length - 1)]);
      default -> source.drawBoolean(0.5) ? Close.of(date.plusDays(1), a.code(), b.code())
          : new Allocate(date, Allocation.of(a.code(), FinancialYear.containing(date),
              Money.ofPounds(1 + source.drawInt(1000))));
    };
  }
}
