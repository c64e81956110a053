package io.github.commissioning.model.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.invariant.StructuralInvariants;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.contract.QueryConsistency;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Property;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.StepRefusedException;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Invariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of every transition, on generated landscapes and generated sequences of changes. */
class TransitionPropertiesTest {
  private static final Gen<LandscapeDraft> DRAFTS = Landscapes.pctEra(2, 4, 5);

  /** A generated landscape and a generated sequence of changes applied to it. */
  private static final Gen<List<Applied>> SEQUENCES = DRAFTS.map(TestLandscapes::create)
      .flatMap(start -> Transitions.sequences(start, 8, TransitionEngine::apply));

  @Test
  void everyStepKeepsEveryInvariantAndAnswersConsistently() {
    Property.forAll(SEQUENCES).withTries(60).check(steps -> {
      for (Applied step : steps) {
        assertEquals(List.of(), StructuralInvariants.check(step.after()), step.transition()::toString);
        QueryConsistency.check(step.after());
        assertEquals(step.transition().date(), step.after().date());
      }
    });
  }

  @Test
  void onlyAllocationsChangeTheCashAllocatedAndThenByExactlyTheirAmount() {
    Property.forAll(SEQUENCES).withTries(60).check(steps -> {
      for (Applied step : steps) {
        for (FinancialYear year : years(step.before(), step.after())) {
          Money expected = step.before().totalAllocated(year);
          if (step.transition() instanceof Allocate allocate
              && allocate.allocation().year().equals(year)
              && allocate.allocation().funding() == io.github.commissioning.finance.Funding.CASH) {
            expected = expected.plus(allocate.allocation().amount());
          }
          assertEquals(expected, step.after().totalAllocated(year),
              () -> step.transition() + " changed the cash for " + year);
        }
      }
    });
  }

  @Test
  void applyingNeverChangesTheLandscapeItAppliesTo() {
    Property.forAll(DRAFTS.flatMap(draft -> Transitions.validFor(TestLandscapes.create(draft))
        .map(transition -> new Change(draft, transition)))).withTries(80).check(change -> {
          LandscapeSnapshot before = TestLandscapes.create(change.draft());
          TransitionEngine.apply(before, change.transition());
          assertEquals(TestLandscapes.create(change.draft()), before);
        });
  }

  @Test
  void mergersLeaveLineageToEveryPart() {
    Property.forAll(SEQUENCES).withTries(60).check(steps -> {
      for (Applied step : steps) {
        if (step.transition() instanceof Merge merge) {
          Set<OdsCode> predecessors = step.effects(Effect.Succeeded.class).stream()
              .filter(s -> s.successor().equals(merge.into())).map(Effect.Succeeded::predecessor)
              .collect(Collectors.toSet());
          assertEquals(merge.merging(), ImmutableSet.copyOf(predecessors));
          merge.merging().forEach(code -> assertTrue(
              step.after().require(code).operational().end().isPresent()));
        }
      }
    });
  }

  @Test
  void splitsApportionEveryBudgetExactly() {
    Property.forAll(SEQUENCES).withTries(80).check(steps -> {
      for (Applied step : steps) {
        if (step.transition() instanceof Split split) {
          List<Share> shares = step.effects(Effect.Succeeded.class).stream()
              .map(Effect.Succeeded::share).toList();
          assertTrue(Share.sumToWhole(shares), shares::toString);
          for (Allocation held : step.before().allocations()) {
            if (held.holder().equals(split.body())) {
              Money moved = Money.sum(step.effects(Effect.MoneyMoved.class).stream()
                  .filter(m -> m.from().equals(java.util.Optional.of(split.body()))
                      && m.year().equals(held.year()) && m.ringFence() == held.ringFence()
                      && m.funding() == held.funding())
                  .map(Effect.MoneyMoved::amount).toList());
              assertEquals(held.amount(), moved, held::toString);
            }
          }
        }
      }
    });
  }

  @Test
  void aRefusedReorganisationAppliesNothingAndNamesTheStep() {
    Property.forAll(SEQUENCES).withTries(40).check(steps -> {
      Landscape start = steps.get(0).before();
      List<Transition> planned = new ArrayList<>();
      steps.forEach(s -> planned.add(s.transition()));
      planned.add(new Rename(steps.get(steps.size() - 1).transition().date(), OdsCode.of("5ZZZZ"),
          "Nobody"));
      Reorganisation reorganisation = Reorganisation.of("generated", start.date(), planned);
      StepRefusedException refused = assertThrows(StepRefusedException.class,
          () -> TransitionEngine.apply(start, reorganisation));
      assertEquals(planned.size(), refused.stepNumber());
      assertTrue(refused.violates(Invariant.REFERENCE_UNKNOWN), refused::getMessage);
      assertEquals(steps.get(0).before(), start);
    });
  }

  @Test
  void aValidReorganisationEndsWhereItsStepsEnd() {
    Property.forAll(SEQUENCES).withTries(40).check(steps -> {
      Landscape start = steps.get(0).before();
      Reorganisation reorganisation = Reorganisation.of("generated", start.date(),
          steps.stream().map(Applied::transition).toList());
      assertEquals(steps.get(steps.size() - 1).after(),
          TransitionEngine.apply(start, reorganisation).after());
    });
  }

  private record Change(LandscapeDraft draft, Transition transition) {
    @Override
    public String toString() {
      return transition + " on " + draft.organisations().size() + " organisations";
    }
  }

  private static Set<FinancialYear> years(Landscape before, Landscape after) {
    Set<FinancialYear> years = new TreeSet<>();
    before.allocations().forEach(a -> years.add(a.year()));
    after.allocations().forEach(a -> years.add(a.year()));
    return years;
  }
}
