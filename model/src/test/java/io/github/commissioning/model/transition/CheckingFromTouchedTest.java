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
