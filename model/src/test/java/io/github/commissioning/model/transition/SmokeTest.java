package io.github.commissioning.model.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.duty.Population;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.SplitPart;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SmokeTest {
  static Landscape sample() {
    return io.github.commissioning.model.TestLandscapes.englandLike();
  }

  @Test
  void mergeMoveSplit() {
    Landscape l = sample();
    LocalDate d = LocalDate.of(2010, 10, 1);
    Applied merged = TransitionEngine.apply(l, Merge.intoNew(Organisation.of(OdsCode.of("5QX"),
        "Tees PCT", OrganisationKind.PRIMARY_CARE_TRUST, d), SampleLandscapes.HARTLEPOOL,
        SampleLandscapes.STOCKTON));
    System.out.println(merged.effects().size() + " effects");
    assertEquals(10, merged.after().membersOf(OdsCode.of("5QX")).size());
    assertEquals(l.totalAllocated(SampleLandscapes.YEAR), merged.after().totalAllocated(SampleLandscapes.YEAR));
    Applied moved = TransitionEngine.apply(merged.after(), MovePractice.of(d.plusDays(1),
        OdsCode.of("E84002"), SampleLandscapes.BRENT, SampleLandscapes.KENSINGTON));
    assertEquals(6, moved.after().membersOf(SampleLandscapes.KENSINGTON).size());
    Landscape after = moved.after();
    var brentPractices = after.membersOf(SampleLandscapes.BRENT).asList();
    Applied split = TransitionEngine.apply(after, Split.of(d.plusDays(2), SampleLandscapes.BRENT,
        SplitPart.to(SampleLandscapes.KENSINGTON, Share.of(1, 3),
            Population.registeredListOf(brentPractices.get(0))),
        SplitPart.toNew(Organisation.of(OdsCode.of("5QY"), "North Brent", OrganisationKind.PRIMARY_CARE_TRUST, d.plusDays(2)),
            Share.of(2, 3), java.util.stream.Stream.concat(brentPractices.subList(1, brentPractices.size()).stream()
                .map(Population::registeredListOf), after.areas().stream().filter(a -> a.code().equals("E16000045"))
                .flatMap(a -> java.util.stream.Stream.of(Population.residentsOf(a), Population.unregisteredIn(a)))).toArray(Population[]::new))));
    System.out.println(split.effects());
  }
}
