package io.github.commissioning.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.assertion.ViolationAssertions;
import io.github.commissioning.testkit.LandscapeFactory;
import io.github.commissioning.testkit.ReorganisationApplier;
import io.github.commissioning.testkit.TransitionApplier;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Refusals;
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

/**
 * The contract every way of applying transitions must meet, checked as properties on generated
 * landscapes and generated sequences of valid changes: every step leaves a sound landscape dated
 * on the change, only allocations change the cash allocated, the landscape applied to never
 * changes, mergers and splits leave exact lineage and money, and a reorganisation is all or
 * nothing.
 *
 * <p>To run it against an implementation, extend it in a test and supply both factories:
 *
 * <pre>{@code
 * class MyTransitionContractTest extends TransitionContract {
 *   protected LandscapeFactory factory() { return MyLandscape::from; }
 *   protected TransitionApplier applier() { return MyEngine::apply; }
 *   protected ReorganisationApplier reorganiser() { return MyEngine::apply; }
 * }
 * }</pre>
 */
public abstract class TransitionContract {
  private static final Gen<LandscapeDraft> DRAFTS = Landscapes.pctEra(2, 4, 5);

  /**
   * Returns the factory of the implementation's landscapes.
   *
   * @return the factory
   */
  protected abstract LandscapeFactory factory();

  /**
   * Returns the implementation's way of applying one transition.
   *
   * @return the applier
   */
  protected abstract TransitionApplier applier();

  /**
   * Returns the implementation's way of applying a reorganisation.
   *
   * @return the applier
   */
  protected abstract ReorganisationApplier reorganiser();

  /** A generated landscape and a generated sequence of changes applied to it. */
  private Gen<List<Applied>> sequences() {
    return DRAFTS.map(draft -> draft.build(factory()))
        .flatMap(start -> Transitions.sequences(start, 8, applier()));
  }

  @Test
  void everyStepLeavesASoundLandscapeOnItsDate() {
    Property.forAll(sequences()).withTries(60).check(steps -> {
      for (Applied step : steps) {
        // Rebuilding the result from its parts checks every invariant again.
        assertEquals(step.after().duties(), LandscapeDraft.from(step.after()).build(factory()).duties());
        QueryConsistency.check(step.after());
        assertEquals(step.transition().date(), step.after().date());
      }
    });
  }

  @Test
  void onlyAllocationsChangeTheCashAllocatedAndThenByExactlyTheirAmount() {
    Property.forAll(sequences()).withTries(60).check(steps -> {
      for (Applied step : steps) {
        for (FinancialYear year : years(step.before(), step.after())) {
          Money expected = step.before().totalAllocated(year);
          if (step.transition() instanceof Allocate allocate
              && allocate.allocation().year().equals(year)
              && allocate.allocation().funding() == Funding.CASH) {
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
    Property.forAll(DRAFTS.flatMap(draft -> Transitions.validFor(draft.build(factory()))
        .map(transition -> new Change(draft, transition)))).withTries(80).check(change -> {
          Landscape before = change.draft().build(factory());
          applier().apply(before, change.transition());
          assertEquals(LandscapeDraft.from(change.draft().build(factory())), LandscapeDraft.from(before));
        });
  }

  @Test
  void everyGeneratedRefusalIsRefusedWithItsRuleAndChangesNothing() {
    Property.forAll(DRAFTS.flatMap(draft -> Refusals.forLandscape(draft.build(factory()))
        .map(refusal -> new Refused(draft, refusal)))).withTries(150).check(refused -> {
          Landscape before = refused.draft().build(factory());
          ViolationAssertions.assertRefused(refused.refusal().expected(), refused.refusal().subject(),
              () -> applier().apply(before, refused.refusal().transition()));
          assertEquals(LandscapeDraft.from(refused.draft().build(factory())), LandscapeDraft.from(before));
        });
  }

  private record Refused(LandscapeDraft draft, Refusals.Refusal refusal) {
    @Override
    public String toString() {
      return refusal + " on " + draft.organisations().size() + " organisations";
    }
  }

  @Test
  void mergersLeaveLineageToEveryPart() {
    Property.forAll(sequences()).withTries(60).check(steps -> {
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
    Property.forAll(sequences()).withTries(80).check(steps -> {
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
    Property.forAll(sequences()).withTries(40).check(steps -> {
      Landscape start = steps.get(0).before();
      List<Transition> planned = new ArrayList<>();
      steps.forEach(s -> planned.add(s.transition()));
      planned.add(new Rename(steps.get(steps.size() - 1).transition().date(), OdsCode.of("5ZZZZ"),
          "Nobody"));
      Reorganisation reorganisation = Reorganisation.of("generated", start.date(), planned);
      StepRefusedException refused = assertThrows(StepRefusedException.class,
          () -> reorganiser().apply(start, reorganisation));
      assertEquals(planned.size(), refused.stepNumber());
      assertTrue(refused.violates(Invariant.REFERENCE_UNKNOWN), refused::getMessage);
      assertEquals(LandscapeDraft.from(steps.get(0).before()), LandscapeDraft.from(start));
    });
  }

  @Test
  void aValidReorganisationEndsWhereItsStepsEnd() {
    Property.forAll(sequences()).withTries(40).check(steps -> {
      Landscape start = steps.get(0).before();
      Reorganisation reorganisation = Reorganisation.of("generated", start.date(),
          steps.stream().map(Applied::transition).toList());
      assertEquals(LandscapeDraft.from(steps.get(steps.size() - 1).after()),
          LandscapeDraft.from(reorganiser().apply(start, reorganisation).after()));
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
