package io.github.commissioning.model.invariant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.finance.Allocation;
import io.github.commissioning.model.TestLandscapes;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.fixture.SampleLandscapes;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The exact violations, with their messages, that one broken rule gives. */
class InvariantMessagesTest {
  private static final OdsCode PRACTICE = SampleLandscapes.DENSHAM_SURGERY;

  private static List<String> violations(LandscapeDraft draft) {
    Executable build = () -> TestLandscapes.create(draft);
    ViolationException refused = org.junit.jupiter.api.Assertions.assertThrows(
        ViolationException.class, build);
    return refused.violations().stream().map(Violation::toString).toList();
  }

  @Test
  void aRelationshipDatedBeforeItsEndsOpenedNamesEachEnd() {
    // The practice's membership, moved to a day before the practice opened.
    LandscapeDraft sample = SampleLandscapes.englandLike();
    Relationship membership = sample.relationships().stream()
        .filter(r -> r.type() == RelationshipType.MEMBER_OF && r.from().equals(PRACTICE))
        .findFirst().orElseThrow();
    LocalDate early = sample.organisations().stream().filter(o -> o.code().equals(PRACTICE))
        .findFirst().orElseThrow().operational().start().minusDays(1);
    Relationship backdated = Relationship.of(RelationshipType.MEMBER_OF, PRACTICE, membership.to(), early);
    LandscapeDraft draft = sample.toBuilder().removeRelationships(membership::equals)
        .relationships(backdated).build();
    // Dated before both ends opened: each end is named.
    LocalDate pctOpened = sample.organisations().stream().filter(o -> o.code().equals(membership.to()))
        .findFirst().orElseThrow().operational().start();
    String prefix = "DATE_OUTSIDE_LIFETIME: Relationship " + backdated + " is dated " + early + ", before ";
    assertEquals(List.of(prefix + PRACTICE + " opened on " + early.plusDays(1),
        prefix + membership.to() + " opened on " + pctOpened), violations(draft));
  }

  @Test
  void aBodyThatCannotTakeItsPartIsToldWhatItCannotDo() {
    Allocation budget = Allocation.builder().holder(SampleLandscapes.IMPERIAL)
        .accountingOfficer(SampleLandscapes.KENSINGTON).year(SampleLandscapes.YEAR)
        .amount(Money.ofPounds(1)).build();
    List<String> found = violations(SampleLandscapes.englandLike().toBuilder().allocations(budget).build());
    assertEquals(List.of("BUDGET_HOLDER_KIND: Allocation " + budget + " names RYJ, a NHS_TRUST, which"
        + " cannot hold budgets"), found);
  }
}
