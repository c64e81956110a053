package io.github.commissioning.model.soak;

import static io.github.commissioning.model.soak.Expect.that;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Refusals;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.testkit.soak.Soak;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.Reorganised;
import io.github.commissioning.transition.StepRefusedException;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The soak of the transition engine and the landscape builder: refused transitions from the
 * testkit's {@link Refusals}, valid transitions with a part made bad, reorganisations with a bad
 * step, and landscapes with a part made bad. Every call checks that the landscape it was given
 * still equals a copy made before.
 */
final class EngineFeeds {
  /** A landscape of the pool with a copy built separately, to compare after each call. */
  record Pooled(LandscapeSnapshot landscape, LandscapeSnapshot copy, String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  private EngineFeeds() {}

  /**
   * Landscapes to change: the England-like sample, the tiny one, two generated ones, and each of
   * those after a few valid changes, so that some bodies are closed.
   */
  static List<Pooled> pool() {
    List<Pooled> pool = new ArrayList<>();
    add(pool, "england-like", SampleLandscapes.englandLike());
    add(pool, "generated 1", Landscapes.pctEra(3, 4, 5).generate(Source.seeded(1)));
    add(pool, "generated 2", Landscapes.ofShape(2, 3, 4).generate(Source.seeded(2)));
    for (Pooled start : List.copyOf(pool)) {
      Landscape current = start.landscape();
      for (int step = 1; step <= 6; step++) {
        Transition change = Transitions.validFor(current).generate(Source.seeded(step * 31L));
        current = TransitionEngine.apply(current, change).after();
      }
      add(pool, start.name() + " after 6 changes", LandscapeDraft.from(current));
    }
    add(pool, "tiny", SampleLandscapes.tiny());
    return List.copyOf(pool);
  }

  private static void add(List<Pooled> pool, String name, LandscapeDraft draft) {
    pool.add(new Pooled(LandscapeSnapshot.copyOf(draft), LandscapeSnapshot.copyOf(draft), name));
  }

  static void feed(Soak soak, Budget budget, List<Pooled> pool) {
    feedRefusals(soak, budget, pool);
    feedCorruptedTransitions(soak, budget, pool);
    feedCorruptedReorganisations(soak, budget, pool);
    feedCorruptedLandscapes(soak, budget, pool);
  }

  private static void feedRefusals(Soak soak, Budget budget, List<Pooled> pool) {
    record Case(Pooled pooled, Refusals.Refusal refusal) {}
    Gen<Case> cases = Gen.elements(pool).flatMap(pooled -> Refusals.forLandscape(
        pooled.landscape()).map(refusal -> new Case(pooled, refusal)));
    soak.feed("TransitionEngine.apply (Refusals)", budget.thousandths(120), cases, input -> {
      try {
        Applied applied = TransitionEngine.apply(input.pooled().landscape(),
            input.refusal().transition());
        throw new AssertionError("applied, not refused with " + input.refusal().expected() + ": "
            + applied.transition());
      } catch (ViolationException refused) {
        unchanged(input.pooled());
        that(refused.violations().stream().anyMatch(v -> v.is(input.refusal().expected())
            && v.subjects().contains(input.refusal().subject())), "refused without "
            + input.refusal().expected() + " naming " + input.refusal().subject() + ": "
            + refused.violations());
        refused.violations().forEach(Expect::named);
        throw refused;
      }
    });
  }

  private record BadChange(Pooled pooled, Corrupter.Recipe recipe) {
    @Override
    public String toString() {
      return recipe + " on " + pooled;
    }
  }

  private static Gen<BadChange> badChanges(List<Pooled> pool) {
    return Gen.elements(pool).flatMap(pooled -> Transitions.validFor(pooled.landscape())
        .flatMap(valid -> source -> new BadChange(pooled, new Corrupter(pooled.landscape())
            .corruptComponents((Record) valid, source))));
  }

  private static void feedCorruptedTransitions(Soak soak, Budget budget, List<Pooled> pool) {
    soak.feed("TransitionEngine.apply (bad parts)", budget.thousandths(150), badChanges(pool),
        input -> {
          Transition change;
          try {
            change = (Transition) input.recipe().build();
          } catch (ViolationException refused) {
            refused.violations().forEach(Expect::named);
            return "constructor: " + refused.getClass().getSimpleName() + " "
                + String.join("+", Expect.codes(refused).stream().distinct().sorted().toList());
          } catch (NullPointerException missing) {
            that(missing.getMessage() != null && missing.getMessage().matches("[a-z][A-Za-z]*"),
                "a bare NullPointerException from the constructor: " + missing);
            return "constructor: NullPointerException naming the parameter";
          }
          try {
            Applied applied = TransitionEngine.apply(input.pooled().landscape(), change);
            unchanged(input.pooled());
            that(applied.before().equals(input.pooled().copy()), "before is not the landscape");
            return "applied";
          } catch (ViolationException refused) {
            unchanged(input.pooled());
            refused.violations().forEach(Expect::named);
            throw refused;
          }
        });
  }

  private static void feedCorruptedReorganisations(Soak soak, Budget budget, List<Pooled> pool) {
    record BadPlan(Pooled pooled, List<Transition> steps, int bad, Corrupter.Recipe recipe) {}
    Gen<BadPlan> plans = Gen.elements(pool).flatMap(pooled -> source -> {
      List<Transition> steps = new ArrayList<>();
      Landscape current = pooled.landscape();
      int count = 2 + source.drawInt(2);
      for (int i = 0; i < count; i++) {
        Transition step = Transitions.validFor(current).generate(source);
        steps.add(step);
        current = TransitionEngine.apply(current, step).after();
      }
      int bad = source.drawInt(count - 1);
      return new BadPlan(pooled, steps, bad, new Corrupter(pooled.landscape())
          .corruptComponents((Record) steps.get(bad), source));
    });
    soak.feed("TransitionEngine.apply (Reorganisation)", budget.thousandths(40), plans, input -> {
      List<Transition> steps = new ArrayList<>(input.steps());
      try {
        steps.set(input.bad(), (Transition) input.recipe().build());
      } catch (ViolationException | NullPointerException refused) {
        return "constructor refused the step";
      }
      try {
        Reorganised done = TransitionEngine.apply(input.pooled().landscape(),
            Reorganisation.of("soak", steps.get(0).date(), steps));
        unchanged(input.pooled());
        that(done.steps().size() == steps.size(), "applied only " + done.steps().size() + " steps");
        return "applied";
      } catch (ViolationException refused) {
        unchanged(input.pooled());
        refused.violations().forEach(Expect::named);
        if (refused instanceof StepRefusedException step) {
          that(step.getMessage().startsWith("Step "), "does not name the step: " + step.getMessage());
        }
        throw refused;
      }
    });
  }

  private static void feedCorruptedLandscapes(Soak soak, Budget budget, List<Pooled> pool) {
    record BadParts(Pooled pooled, Corrupter.Recipe recipe) {}
    Gen<BadParts> drafts = Gen.elements(pool).flatMap(pooled -> source -> new BadParts(pooled,
        new Corrupter(pooled.landscape()).corruptComponents(LandscapeDraft.from(pooled.landscape()),
            source)));
    soak.feed("LandscapeSnapshot.copyOf (bad parts)", budget.thousandths(40), drafts, input -> {
      LandscapeDraft draft;
      try {
        draft = (LandscapeDraft) input.recipe().build();
      } catch (NullPointerException missing) {
        return "draft: NullPointerException naming the parameter";
      }
      try {
        LandscapeSnapshot built = LandscapeSnapshot.copyOf(draft);
        that(built.organisations().size() == draft.organisations().stream().distinct().count(),
            "lost organisations");
        return "accepted";
      } catch (ViolationException refused) {
        for (Violation violation : refused.violations()) {
          Expect.named(violation);
        }
        unchanged(input.pooled());
        throw refused;
      }
    });
  }

  /** Fails if the pooled landscape no longer equals its copy. */
  static void unchanged(Pooled pooled) {
    that(pooled.landscape().equals(pooled.copy()), "the landscape " + pooled.name() + " changed");
  }
}
