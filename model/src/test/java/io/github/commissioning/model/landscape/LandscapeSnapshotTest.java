package io.github.commissioning.model.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.model.invariant.StructuralInvariants;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LandscapeSnapshotTest {
  private final LandscapeSnapshot sample = TestLandscapes.englandLike();

  @Test
  void copyOfASnapshotIsTheSnapshotItself() {
    assertSame(sample, LandscapeSnapshot.copyOf(sample));
  }

  @Test
  void copyOfPartsKeepsEveryPart() {
    LandscapeDraft draft = SampleLandscapes.englandLike();
    LandscapeSnapshot copy = LandscapeSnapshot.copyOf(draft);
    assertEquals(draft, LandscapeDraft.from(copy));
    assertEquals(sample, copy);
    assertEquals(sample.hashCode(), copy.hashCode());
  }

  @Test
  void toBuilderMovesTheDateAndKeepsEverythingElse() {
    LandscapeSnapshot later = sample.toBuilder(LocalDate.of(2011, 1, 1)).build();
    assertEquals(LocalDate.of(2011, 1, 1), later.date());
    assertEquals(sample.organisations(), later.organisations());
    assertEquals(sample.duties(), later.duties());
    assertEquals(sample.allocations(), later.allocations());
    assertEquals(sample.policy(), later.policy());
  }

  @Test
  void toBuilderToADateBeforeABodyOpenedIsRefused() {
    ViolationException refused = assertThrows(ViolationException.class,
        () -> sample.toBuilder(LocalDate.of(2006, 6, 30)).build());
    assertTrue(refused.violates(Invariant.DATE_OUTSIDE_LIFETIME), refused::getMessage);
  }

  @Test
  void theCheckerFindsNothingInASoundSnapshot() {
    assertEquals(java.util.List.of(), StructuralInvariants.check(sample));
  }

  @Test
  void toStringSummarises() {
    // Relationships: 2 SHAs x 2 + 1 trust + 4 PCTs x 2 + 20 memberships; budgets: 4 PCTs x 2 + 1.
    assertEquals("Landscape on 2010-06-01 (29 organisations, 33 relationships, 188 duties, 9 budgets)",
        sample.toString());
  }
}
