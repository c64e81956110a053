package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.BRENT;
import static io.github.commissioning.model.transition.Engine.BRENT_GENERAL;
import static io.github.commissioning.model.transition.Engine.BRENT_PRACTICES;
import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_GENERAL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_PRACTICES;
import static io.github.commissioning.model.transition.Engine.KENSINGTON;
import static io.github.commissioning.model.transition.Engine.LONDON_OPENED;
import static io.github.commissioning.model.transition.Engine.Q30;
import static io.github.commissioning.model.transition.Engine.Q36;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.SHAS_OPENED;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_GENERAL;
import static io.github.commissioning.model.transition.Engine.STOCKTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.TEES_OPENED;
import static io.github.commissioning.model.transition.Engine.TOTAL_CASH;
import static io.github.commissioning.model.transition.Engine.UNKNOWN_PCT;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.amount;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertDutiesMoved;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.ended;
import static io.github.commissioning.model.transition.Engine.everyDutyMoved;
import static io.github.commissioning.model.transition.Engine.general;
import static io.github.commissioning.model.transition.Engine.moved;
import static io.github.commissioning.model.transition.Engine.pct;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.populations;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.repointedAll;
import static io.github.commissioning.model.transition.Engine.sample;
import static io.github.commissioning.model.transition.Engine.started;
import static io.github.commissioning.model.transition.Engine.without;
import static io.github.commissioning.organisation.RelationshipType.ACCOUNTABLE_TO;
import static io.github.commissioning.organisation.RelationshipType.PART_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.SplitPart;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MergeTest {
  private static final Organisation TEES = pct("5QX", "Tees PCT", D);

  @Test
  void mergingIntoANewBodyHandsEverythingToItAndInheritsTheSharedParent() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, Merge.intoNew(TEES, HARTLEPOOL, STOCKTON));
    OdsCode tees = TEES.code();

    assertDutiesMoved(Sets.union(everyDutyMoved(sample, HARTLEPOOL, tees),
        everyDutyMoved(sample, STOCKTON, tees)), applied);
    assertEquals(ImmutableList.of(new Effect.Opened(tees, OrganisationKind.PRIMARY_CARE_TRUST),
        new Effect.Closed(HARTLEPOOL, OrganisationKind.PRIMARY_CARE_TRUST),
        new Effect.Closed(STOCKTON, OrganisationKind.PRIMARY_CARE_TRUST)),
        applied.effects().stream().filter(e -> e instanceof Effect.Opened || e instanceof Effect.Closed)
            .collect(ImmutableList.toImmutableList()));
    assertEquals(ImmutableList.of(started(PART_OF, tees, Q30, D), started(ACCOUNTABLE_TO, tees, Q30, D)),
        applied.effects(Effect.RelationshipStarted.class).subList(0, 2));
    assertEquals(ImmutableList.of(
        moved(HARTLEPOOL, tees, RingFence.GENERAL, Funding.CASH, HARTLEPOOL_GENERAL),
        moved(HARTLEPOOL, tees, RingFence.PUBLIC_HEALTH, Funding.CASH, 3_050_000_000L),
        moved(STOCKTON, tees, RingFence.GENERAL, Funding.CASH, STOCKTON_GENERAL),
        moved(STOCKTON, tees, RingFence.PUBLIC_HEALTH, Funding.CASH, 2_600_000_000L)),
        applied.effects(Effect.MoneyMoved.class));
    assertEquals(ImmutableList.builder()
        .addAll(repointedAll(HARTLEPOOL_PRACTICES, HARTLEPOOL, tees, TEES_OPENED, D))
        .addAll(repointedAll(STOCKTON_PRACTICES, STOCKTON, tees, TEES_OPENED, D)).build(),
        applied.effects().stream().filter(e -> e instanceof Effect.MembershipChanged
            || isMembership(e)).collect(ImmutableList.toImmutableList()));
    assertEquals(ImmutableList.of(new Effect.Succeeded(HARTLEPOOL, tees, Share.WHOLE, false),
        new Effect.Succeeded(STOCKTON, tees, Share.WHOLE, false)),
        applied.effects(Effect.Succeeded.class));
    assertEquals(ImmutableList.of(new Effect.AccountingOfficerChanged(DENSHAM, YEAR, STOCKTON, tees)),
        applied.effects(Effect.AccountingOfficerChanged.class));

    Landscape after = applied.after();
    assertEquals(Optional.of(Q30), after.parentOf(tees));
    assertEquals(ImmutableSet.of(Q30), after.targetsOf(tees, ACCOUNTABLE_TO));
    assertEquals(10, after.membersOf(tees).size());
    assertEquals(94, after.dutiesOf(tees).size());
    assertTrue(after.dutiesOf(HARTLEPOOL).isEmpty() && after.dutiesOf(STOCKTON).isEmpty());
    assertEquals(HARTLEPOOL_GENERAL + STOCKTON_GENERAL, general(after, tees));
    assertEquals(5_650_000_000L, amount(after, tees, RingFence.PUBLIC_HEALTH, Funding.CASH));
    assertTrue(after.contracts().stream().anyMatch(c -> c.commissioner().equals(tees)
        && c.provider().equals(RVW)));
    assertEquals(ImmutableSet.of(tees, BRENT, KENSINGTON), after.open(OrganisationKind.PRIMARY_CARE_TRUST)
        .stream().map(Organisation::code).collect(ImmutableSet.toImmutableSet()));
    assertEquals(pence(TOTAL_CASH), after.totalAllocated(YEAR));
  }

  private static boolean isMembership(Effect effect) {
    return effect instanceof Effect.RelationshipEnded ended
        && ended.relationship().type() == io.github.commissioning.organisation.RelationshipType.MEMBER_OF
        || effect instanceof Effect.RelationshipStarted started
        && started.relationship().type() == io.github.commissioning.organisation.RelationshipType.MEMBER_OF;
  }

  @Test
  void aNewBodyMergedFromBodiesUnderDifferentParentsInheritsNone() {
    Applied applied = applyToSample(Merge.intoNew(TEES, HARTLEPOOL, BRENT));

    assertEquals(Optional.empty(), applied.after().parentOf(TEES.code()));
    assertTrue(applied.after().targetsOf(TEES.code(), ACCOUNTABLE_TO).isEmpty());
    assertTrue(applied.effects(Effect.RelationshipStarted.class).stream()
        .noneMatch(s -> s.relationship().from().equals(TEES.code())));
  }

  @Test
  void aNewBodyGivenRelationshipsTakesThoseInstead() {
    Applied applied = applyToSample(Merge.intoNew(TEES, HARTLEPOOL, STOCKTON)
        .withRelationships(Relationship.of(PART_OF, TEES.code(), Q36, D)));

    assertEquals(Optional.of(Q36), applied.after().parentOf(TEES.code()));
    assertTrue(applied.after().targetsOf(TEES.code(), ACCOUNTABLE_TO).isEmpty());
  }

  @Test
  void absorptionIntoAnExistingBodyClosesOnlyTheAbsorbedBodies() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, Merge.into(D, KENSINGTON, BRENT));

    assertDutiesMoved(everyDutyMoved(sample, BRENT, KENSINGTON), applied);
    assertEquals(ImmutableList.builder()
        .addAll(repointedAll(BRENT_PRACTICES, BRENT, KENSINGTON, LONDON_OPENED, D))
        .add(ended(PART_OF, BRENT, Q36, SHAS_OPENED, D), ended(ACCOUNTABLE_TO, BRENT, Q36, SHAS_OPENED, D),
            moved(BRENT, KENSINGTON, RingFence.GENERAL, Funding.CASH, BRENT_GENERAL),
            moved(BRENT, KENSINGTON, RingFence.PUBLIC_HEALTH, Funding.CASH, 2_350_000_000L),
            new Effect.RunningCostChanged(BRENT, YEAR, pence(1_175_000_000L), Money.ZERO),
            new Effect.Closed(BRENT, OrganisationKind.PRIMARY_CARE_TRUST),
            new Effect.Succeeded(BRENT, KENSINGTON, Share.WHOLE, false)).build(),
        without(applied, Effect.DutyMoved.class));

    Landscape after = applied.after();
    assertEquals(10, after.membersOf(KENSINGTON).size());
    assertEquals(BRENT_GENERAL + Engine.KENSINGTON_GENERAL, general(after, KENSINGTON));
    assertEquals(Optional.of(Q36), after.parentOf(KENSINGTON));
    assertTrue(after.require(KENSINGTON).isOpenOn(D));
    assertTrue(!after.require(BRENT).isOpenOn(D));
  }

  @Test
  void lineageThroughSucceededFindsEveryPart() {
    Landscape sample = sample();
    List<Applied> history = new ArrayList<>();
    history.add(applyChecked(sample, Merge.intoNew(TEES, HARTLEPOOL, STOCKTON)));
    LocalDate later = D.plusMonths(1);
    history.add(applyChecked(history.get(0).after(), Merge.into(later, TEES.code(), BRENT)));
    Landscape merged = history.get(1).after();
    List<OdsCode> teesPractices = merged.membersOf(TEES.code()).asList();
    Organisation north = pct("5QY", "North", later.plusDays(1));
    history.add(applyChecked(merged, Split.of(later.plusDays(1), KENSINGTON,
        SplitPart.toNew(north, Share.of(1, 2), populations(Engine.KENSINGTON_PRACTICES,
            Engine.KENSINGTON_AREA)),
        SplitPart.to(TEES.code(), Share.of(1, 2)))));

    assertEquals(ImmutableSet.of(HARTLEPOOL, STOCKTON, BRENT, KENSINGTON),
        ancestors(history, TEES.code()));
    assertEquals(ImmutableSet.of(KENSINGTON), ancestors(history, north.code()));
    assertEquals(ImmutableSet.of(TEES.code(), north.code()), descendants(history, KENSINGTON));
    assertEquals(ImmutableSet.of(TEES.code()), descendants(history, HARTLEPOOL));
    assertEquals(15, teesPractices.size());
  }

  private static Set<OdsCode> ancestors(List<Applied> history, OdsCode body) {
    Set<OdsCode> found = new TreeSet<>();
    List<OdsCode> todo = new ArrayList<>(List.of(body));
    while (!todo.isEmpty()) {
      OdsCode next = todo.remove(0);
      for (Applied applied : history) {
        for (Effect.Succeeded s : applied.effects(Effect.Succeeded.class)) {
          if (s.successor().equals(next) && found.add(s.predecessor())) {
            todo.add(s.predecessor());
          }
        }
      }
    }
    return found;
  }

  private static Set<OdsCode> descendants(List<Applied> history, OdsCode body) {
    Set<OdsCode> found = new TreeSet<>();
    for (Applied applied : history) {
      for (Effect.Succeeded s : applied.effects(Effect.Succeeded.class)) {
        if (s.predecessor().equals(body)) {
          found.add(s.successor());
        }
      }
    }
    return found;
  }

  @Test
  void refusesMergingIntoACodeThatExists() {
    refusedOnSample(Invariant.CODE_DUPLICATE, KENSINGTON,
        Merge.intoNew(pct(KENSINGTON.value(), "Clash", D), HARTLEPOOL, STOCKTON));
  }

  @Test
  void refusesAnUnknownMergingOrAbsorbingBody() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT,
        Merge.intoNew(TEES, HARTLEPOOL, UNKNOWN_PCT));
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT, Merge.into(D, UNKNOWN_PCT, HARTLEPOOL));
  }

  @Test
  void refusesAClosedMergingOrAbsorbingBody() {
    Landscape closed = applyToSample(Close.of(D, HARTLEPOOL, STOCKTON)).after();
    LocalDate later = D.plusDays(1);
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL,
        Merge.intoNew(pct("5QX", "Tees", later), HARTLEPOOL, STOCKTON));
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL, Merge.into(later, HARTLEPOOL, BRENT));
  }

  @Test
  void refusesAbsorptionIntoABodyThatCannotHoldWhatItTakes() {
    refusedOnSample(Invariant.DUTY_HOLDER_KIND, RVW, Merge.into(D, RVW, HARTLEPOOL));
  }

  @Test
  void refusesAMergerDatedBeforeTheLandscape() {
    LocalDate early = LocalDate.of(2010, 1, 1);
    refusedOnSample(Invariant.TRANSITION_DATE, early,
        Merge.intoNew(pct("5QX", "Early", early), HARTLEPOOL, STOCKTON));
  }

  @Test
  void refusesMalformedMergersWhenCreated() {
    assertRefused(Invariant.SUCCESSION, TEES.code(), () -> Merge.intoNew(TEES, HARTLEPOOL));
    assertRefused(Invariant.SUCCESSION, STOCKTON, () -> Merge.into(D, STOCKTON));
    assertRefused(Invariant.SUCCESSION, STOCKTON, () -> Merge.into(D, STOCKTON, STOCKTON, HARTLEPOOL));
    assertRefused(Invariant.STATE_MISMATCH, TEES.code(), () -> new Merge(D,
        ImmutableSet.of(HARTLEPOOL, STOCKTON), OdsCode.of("5QY"), Optional.of(TEES),
        ImmutableSet.of(), ImmutableSet.of()));
    assertRefused(Invariant.STATE_MISMATCH, BRENT,
        () -> Merge.intoNew(TEES, HARTLEPOOL, STOCKTON).withConsentOf(BRENT));
    assertRefused(Invariant.STATE_MISMATCH, STOCKTON, () -> Merge.into(D, STOCKTON, HARTLEPOOL)
        .withRelationships(Relationship.of(PART_OF, STOCKTON, Q36, D)));
    assertRefused(Invariant.DATE_OUTSIDE_LIFETIME, TEES.code(), () -> new Merge(D.plusDays(1),
        ImmutableSet.of(HARTLEPOOL, STOCKTON), TEES.code(), Optional.of(TEES), ImmutableSet.of(),
        ImmutableSet.of()));
  }

  @Test
  void consentsAndPartiesAreRecorded() {
    Merge absorption = Merge.into(D, STOCKTON, HARTLEPOOL);
    assertEquals(ImmutableSet.of(HARTLEPOOL, STOCKTON), absorption.parties());
    assertEquals(ImmutableSet.of(HARTLEPOOL, STOCKTON), absorption.withConsentOfAll().consents());
    Merge intoNew = Merge.intoNew(TEES, HARTLEPOOL, STOCKTON);
    assertEquals(ImmutableSet.of(HARTLEPOOL, STOCKTON), intoNew.parties());
    assertEquals(ImmutableSet.of(HARTLEPOOL), intoNew.withConsentOf(HARTLEPOOL).consents());
  }
}
