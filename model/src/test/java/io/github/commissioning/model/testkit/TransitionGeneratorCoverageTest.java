package io.github.commissioning.model.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.testkit.generator.Landscapes;
import io.github.commissioning.testkit.generator.Transitions;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Transition;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The transition generator reaches every kind of transition, each of which applies. */
class TransitionGeneratorCoverageTest {
  @Test
  void everyKindOfTransitionIsGeneratedAndApplies() {
    Set<String> generated = new TreeSet<>();
    Source source = Source.seeded(24L);
    for (int run = 0; run < 300; run++) {
      List<Applied> steps = Landscapes.pctEra(2, 4, 5).map(TestLandscapes::create)
          .flatMap(start -> Transitions.sequences(start, 12, TransitionEngine::apply))
          .generate(source);
      steps.forEach(step -> generated.add(step.transition().getClass().getSimpleName()));
    }
    Set<String> every = Arrays.stream(Transition.class.getPermittedSubclasses())
        .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(every, generated);
    assertEquals(26, every.size());
  }
}
