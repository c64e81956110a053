package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.BRENT;
import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_GENERAL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_PRACTICES;
import static io.github.commissioning.model.transition.Engine.Q30;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_AREA;
import static io.github.commissioning.model.transition.Engine.STOCKTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.TOTAL_CASH;
import static io.github.commissioning.model.transition.Engine.UNKNOWN_PCT;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.amount;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.duty;
import static io.github.commissioning.model.transition.Engine.general;
import static io.github.commissioning.model.transition.Engine.list;
import static io.github.commissioning.model.transition.Engine.moved;
import static io.github.commissioning.model.transition.Engine.pct;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.populations;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static io.github.commissioning.organisation.RelationshipType.ACCOUNTABLE_TO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.SplitPart;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SplitTest {
  private static final Share THIRD = Share.of(1, 3);
  private static final Organisation NORTH = pct("5QA", "North Stockton", D);
  private static final Organisation SOUTH = pct("5QB", "South Stockton", D);
  private static final List<OdsCode> NORTH_PRACTICES = STOCKTON_PRACTICES.subList(0, 2);
  private static final List<OdsCode> SOUTH_PRACTICES = STOCKTON_PRACTICES.subList(2, 4);
  private static final OdsCode LAST_PRACTICE = STOCKTON_PRACTICES.get(4);

  /** Stockton in three thirds: two new PCTs and Hartlepool. */
  private static Split intoThirds(LocalDate date) {
    return Split.of(date, STOCKTON,
        SplitPart.toNew(NORTH.withOperational(io.github.commissioning.time.Period.from(date)), THIRD,
            populations(NORTH_PRACTICES, STOCKTON_AREA)),
        SplitPart.toNew(SOUTH.withOperational(io.github.commissioning.time.Period.from(date)), THIRD,
            populations(SOUTH_PRACTICES)),
        SplitPart.to(HARTLEPOOL, THIRD, list(LAST_PRACTICE)));
  }

  @Test
  void splittingInThirdsApportionsEveryBudgetAndContractToThePenny() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, intoThirds(D));
    OdsCode north = NORTH.code();
    OdsCode south = SOUTH.code();

    // 52,000,000,000p and 2,600,000,000p and 9,500,000,000p are not divisible by three
    assertEquals(ImmutableList.of(
        moved(STOCKTON, north, RingFence.GENERAL, Funding.CASH, 17_333_333_334L),
        moved(STOCKTON, south, RingFence.GENERAL, Funding.CASH, 17_333_333_333L),
        moved(STOCKTON, HARTLEPOOL, RingFence.GENERAL, Funding.CASH, 17_333_333_333L),
        moved(STOCKTON, north, RingFence.PUBLIC_HEALTH, Funding.CASH, 866_666_667L),
        moved(STOCKTON, south, RingFence.PUBLIC_HEALTH, Funding.CASH, 866_666_667L),
        moved(STOCKTON, HARTLEPOOL, RingFence.PUBLIC_HEALTH, Funding.CASH, 866_666_666L)),
        applied.effects(Effect.MoneyMoved.class));
    Landscape after = applied.after();
    assertEquals(17_333_333_334L, general(after, north));
    assertEquals(17_333_333_333L, general(after, south));
    assertEquals(HARTLEPOOL_GENERAL + 17_333_333_333L, general(after, HARTLEPOOL));
    assertTrue(after.budgetsOf(STOCKTON, YEAR).isEmpty());
    assertEquals(pence(TOTAL_CASH), after.totalAllocated(YEAR));

    Contract original = sample.contracts().stream().filter(c -> c.commissioner().equals(STOCKTON))
        .findFirst().orElseThrow();
    // Price and tariff are both divided by the shares, so each part is priced against its own
    // part of the tariff: the remainder penny goes to the first share.
    ImmutableList<Contract> parts = ImmutableList.of(
        Contract.builder().from(original).commissioner(north).price(pence(3_166_666_667L))
            .tariff(pence(3_333_333_334L)).build(),
        Contract.builder().from(original).commissioner(south).price(pence(3_166_666_667L))
            .tariff(pence(3_333_333_333L)).build(),
        Contract.builder().from(original).commissioner(HARTLEPOOL).price(pence(3_166_666_666L))
            .tariff(pence(3_333_333_333L)).build());
    assertEquals(ImmutableList.of(
        new Effect.ContractChanged(Optional.of(original), Optional.of(parts.get(0))),
        new Effect.ContractChanged(Optional.empty(), Optional.of(parts.get(1))),
        new Effect.ContractChanged(Optional.empty(), Optional.of(parts.get(2)))),
        applied.effects(Effect.ContractChanged.class));
    assertTrue(after.contracts().containsAll(parts));
    assertEquals(original.price(), Money.sum(parts.stream().map(Contract::price).toList()));
  }

  @Test
  void partsOfAnAwkwardAmountDifferByAtMostOnePennyAndAddUpExactly() {
    for (long pence : new long[] {1, 2, 100, 101, 52_000_000_001L, 2_600_000_000L,
        Long.MAX_VALUE}) {
      ImmutableList<Money> parts = Share.apportion(Money.ofPence(pence),
          List.of(THIRD, THIRD, THIRD));
      long min = parts.stream().mapToLong(Money::pence).min().orElseThrow();
      long max = parts.stream().mapToLong(Money::pence).max().orElseThrow();
      assertTrue(max - min <= 1, () -> pence + " -> " + parts);
      assertEquals(Money.ofPence(pence), Money.sum(parts), () -> pence + " -> " + parts);
    }
  }

  @Test
  void aTwoPennyBudgetSplitInThirdsGivesOnePennyToTheFirstTwo() {
    Landscape withTwoPence = applyToSample(new Allocate(D, Allocation.builder().holder(STOCKTON)
        .accountingOfficer(STOCKTON).year(YEAR).ringFence(RingFence.PATIENT_CARE)
        .amount(pence(2)).build())).after();

    Applied applied = applyChecked(withTwoPence, intoThirds(D.plusDays(1)));

    assertEquals(ImmutableList.of(
        moved(STOCKTON, NORTH.code(), RingFence.PATIENT_CARE, Funding.CASH, 1),
        moved(STOCKTON, SOUTH.code(), RingFence.PATIENT_CARE, Funding.CASH, 1)),
        applied.effects(Effect.MoneyMoved.class).stream()
            .filter(m -> m.ringFence() == RingFence.PATIENT_CARE).toList());
    Landscape after = applied.after();
    assertEquals(1, amount(after, NORTH.code(), RingFence.PATIENT_CARE, Funding.CASH));
    assertEquals(1, amount(after, SOUTH.code(), RingFence.PATIENT_CARE, Funding.CASH));
    assertEquals(-1, amount(after, HARTLEPOOL, RingFence.PATIENT_CARE, Funding.CASH));
  }

  @Test
  void successorsTakeThePracticesDutiesAndLineageTheyAreGiven() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, intoThirds(D));
    Landscape after = applied.after();
    OdsCode north = NORTH.code();
    OdsCode south = SOUTH.code();

    assertEquals(ImmutableList.of(new Effect.Opened(north, OrganisationKind.PRIMARY_CARE_TRUST),
        new Effect.Opened(south, OrganisationKind.PRIMARY_CARE_TRUST)),
        applied.effects(Effect.Opened.class));
    assertEquals(ImmutableList.of(new Effect.Closed(STOCKTON, OrganisationKind.PRIMARY_CARE_TRUST)),
        applied.effects(Effect.Closed.class));
    assertEquals(ImmutableList.of(new Effect.Succeeded(STOCKTON, north, THIRD, false),
        new Effect.Succeeded(STOCKTON, south, THIRD, false),
        new Effect.Succeeded(STOCKTON, HARTLEPOOL, THIRD, false)),
        applied.effects(Effect.Succeeded.class));
    assertEquals(ImmutableList.of(
        new Effect.MembershipChanged(NORTH_PRACTICES.get(0), Optional.of(STOCKTON), Optional.of(north)),
        new Effect.MembershipChanged(NORTH_PRACTICES.get(1), Optional.of(STOCKTON), Optional.of(north)),
        new Effect.MembershipChanged(SOUTH_PRACTICES.get(0), Optional.of(STOCKTON), Optional.of(south)),
        new Effect.MembershipChanged(SOUTH_PRACTICES.get(1), Optional.of(STOCKTON), Optional.of(south)),
        new Effect.MembershipChanged(LAST_PRACTICE, Optional.of(STOCKTON), Optional.of(HARTLEPOOL))),
        applied.effects(Effect.MembershipChanged.class));

    assertEquals(ImmutableSet.copyOf(NORTH_PRACTICES), after.membersOf(north));
    assertEquals(ImmutableSet.copyOf(SOUTH_PRACTICES), after.membersOf(south));
    assertEquals(ImmutableSet.builder().addAll(HARTLEPOOL_PRACTICES).add(LAST_PRACTICE).build(),
        after.membersOf(HARTLEPOOL));
    assertEquals(Optional.of(Q30), after.parentOf(north));
    assertEquals(ImmutableSet.of(Q30), after.targetsOf(south, ACCOUNTABLE_TO));
    assertEquals(Optional.empty(), after.parentOf(STOCKTON));

    // every duty goes to the part that names its population, and only there
    ImmutableSet<Effect.DutyMoved> expected = sample.dutiesOf(STOCKTON).stream()
        .map(d -> new Effect.DutyMoved(d.duty(), STOCKTON, successorOf(d.duty().population())))
        .collect(ImmutableSet.toImmutableSet());
    assertEquals(expected, ImmutableSet.copyOf(applied.effects(Effect.DutyMoved.class)));
    assertEquals(47, applied.effects(Effect.DutyMoved.class).size());
    assertEquals(7 + 2 * 8, after.dutiesOf(north).size());
    assertEquals(2 * 8, after.dutiesOf(south).size());
    assertEquals(47 + 8, after.dutiesOf(HARTLEPOOL).size());
    assertTrue(after.dutiesOf(STOCKTON).isEmpty());
    for (DutyAssignment held : after.duties()) {
      if (sample.holderOf(held.duty()).orElseThrow().accountable().equals(STOCKTON)) {
        assertEquals(successorOf(held.duty().population()), held.accountable(), held::toString);
      }
    }

    // the practice-based commissioner keeps its delegated duty; its budget answers to the first part
    DutyAssignment acute = after.holderOf(duty(io.github.commissioning.duty.CommissioningFunction
        .ACUTE_ELECTIVE, list(DENSHAM))).orElseThrow();
    assertEquals(north, acute.accountable());
    assertEquals(Optional.of(DENSHAM), acute.delegate());
    assertEquals(ImmutableList.of(new Effect.AccountingOfficerChanged(DENSHAM, YEAR, STOCKTON, north)),
        applied.effects(Effect.AccountingOfficerChanged.class));
    assertEquals(north, Engine.budget(after, DENSHAM, RingFence.GENERAL, Funding.INDICATIVE)
        .orElseThrow().accountingOfficer());
  }

  private static OdsCode successorOf(Population population) {
    if (population instanceof Population.RegisteredList registered) {
      if (NORTH_PRACTICES.contains(registered.practice())) {
        return NORTH.code();
      }
      return SOUTH_PRACTICES.contains(registered.practice()) ? SOUTH.code() : HARTLEPOOL;
    }
    return NORTH.code();
  }

  @Test
  void refusesASplitThatLeavesAPopulationWithoutASuccessor() {
    refusedOnSample(Invariant.SUCCESSION, LAST_PRACTICE.value(), Split.of(D, STOCKTON,
        SplitPart.toNew(NORTH, THIRD, populations(NORTH_PRACTICES, STOCKTON_AREA)),
        SplitPart.toNew(SOUTH, THIRD, populations(SOUTH_PRACTICES)),
        SplitPart.to(HARTLEPOOL, THIRD)));
    refusedOnSample(Invariant.SUCCESSION, STOCKTON_AREA.code(), Split.of(D, STOCKTON,
        SplitPart.toNew(NORTH, Share.of(1, 2), populations(NORTH_PRACTICES)),
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(STOCKTON_PRACTICES.subList(2, 5)))));
  }

  @Test
  void refusesASplitNamingAPopulationTheBodyDoesNotServe() {
    OdsCode hartlepoolPractice = HARTLEPOOL_PRACTICES.get(0);
    refusedOnSample(Invariant.STATE_MISMATCH, hartlepoolPractice.value(), Split.of(D, STOCKTON,
        SplitPart.toNew(NORTH, THIRD, populations(NORTH_PRACTICES, STOCKTON_AREA)),
        SplitPart.toNew(SOUTH, THIRD, populations(SOUTH_PRACTICES)),
        SplitPart.to(HARTLEPOOL, THIRD, list(LAST_PRACTICE), list(hartlepoolPractice))));
  }

  @Test
  void refusesSharesThatDoNotAddUpToOneWhenCreated() {
    assertRefused(Invariant.SHARES_NOT_WHOLE, STOCKTON, () -> Split.of(D, STOCKTON,
        SplitPart.toNew(NORTH, THIRD, populations(NORTH_PRACTICES, STOCKTON_AREA)),
        SplitPart.to(HARTLEPOOL, THIRD, populations(STOCKTON_PRACTICES.subList(2, 5)))));
    assertRefused(Invariant.SHARES_NOT_WHOLE, STOCKTON, () -> Split.of(D, STOCKTON,
        SplitPart.toNew(NORTH, Share.of(2, 3), populations(NORTH_PRACTICES, STOCKTON_AREA)),
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(STOCKTON_PRACTICES.subList(2, 5)))));
  }

  @Test
  void refusesMalformedPartsWhenCreated() {
    assertRefused(Invariant.SUCCESSION, STOCKTON, () -> Split.of(D, STOCKTON,
        SplitPart.to(HARTLEPOOL, Share.WHOLE, populations(STOCKTON_PRACTICES, STOCKTON_AREA))));
    assertRefused(Invariant.SUCCESSION, HARTLEPOOL, () -> Split.of(D, STOCKTON,
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(NORTH_PRACTICES)),
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(SOUTH_PRACTICES))));
    assertRefused(Invariant.SUCCESSION, STOCKTON, () -> Split.of(D, STOCKTON,
        SplitPart.to(STOCKTON, Share.of(1, 2), populations(NORTH_PRACTICES)),
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(SOUTH_PRACTICES))));
    assertRefused(Invariant.SUCCESSION, NORTH_PRACTICES.get(0).value(), () -> Split.of(D, STOCKTON,
        SplitPart.to(BRENT, Share.of(1, 2), populations(NORTH_PRACTICES)),
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(NORTH_PRACTICES))));
    assertRefused(Invariant.STATE_MISMATCH, HARTLEPOOL, () -> new SplitPart(HARTLEPOOL,
        Optional.of(NORTH), ImmutableSet.of(), THIRD));
    assertRefused(Invariant.DATE_OUTSIDE_LIFETIME, NORTH.code(), () -> Split.of(D.plusDays(1),
        STOCKTON, SplitPart.toNew(NORTH, Share.of(1, 2)), SplitPart.to(HARTLEPOOL, Share.of(1, 2))));
  }

  @Test
  void refusesANewSuccessorWithACodeInUse() {
    refusedOnSample(Invariant.CODE_DUPLICATE, BRENT, Split.of(D, STOCKTON,
        SplitPart.toNew(pct(BRENT.value(), "Clash", D), Share.of(1, 2),
            populations(NORTH_PRACTICES, STOCKTON_AREA)),
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(STOCKTON_PRACTICES.subList(2, 5)))));
  }

  @Test
  void refusesUnknownOrClosedBodies() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT, Split.of(D, STOCKTON,
        SplitPart.to(UNKNOWN_PCT, Share.of(1, 2), populations(NORTH_PRACTICES, STOCKTON_AREA)),
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(STOCKTON_PRACTICES.subList(2, 5)))));
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT, Split.of(D, UNKNOWN_PCT,
        SplitPart.to(STOCKTON, Share.of(1, 2)), SplitPart.to(HARTLEPOOL, Share.of(1, 2))));
    Landscape closed = applyToSample(Close.of(D, BRENT, Engine.KENSINGTON)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), BRENT, Split.of(D.plusDays(1), STOCKTON,
        SplitPart.to(BRENT, Share.of(1, 2), populations(NORTH_PRACTICES, STOCKTON_AREA)),
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(STOCKTON_PRACTICES.subList(2, 5)))));
  }

  @Test
  void refusesASuccessorThatCannotHoldDuties() {
    refusedOnSample(Invariant.DUTY_HOLDER_KIND, RVW, Split.of(D, STOCKTON,
        SplitPart.to(RVW, Share.of(1, 2), populations(NORTH_PRACTICES, STOCKTON_AREA)),
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(STOCKTON_PRACTICES.subList(2, 5)))));
  }

  @Test
  void refusesASplitDatedBeforeTheLandscape() {
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-04-01", Split.of(LocalDate.of(2010, 4, 1),
        STOCKTON, SplitPart.to(BRENT, Share.of(1, 2), populations(NORTH_PRACTICES, STOCKTON_AREA)),
        SplitPart.to(HARTLEPOOL, Share.of(1, 2), populations(STOCKTON_PRACTICES.subList(2, 5)))));
  }
}
