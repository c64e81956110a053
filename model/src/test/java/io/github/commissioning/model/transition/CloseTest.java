package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.DENSHAM_INDICATIVE;
import static io.github.commissioning.model.transition.Engine.DOH;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_GENERAL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_PRACTICES;
import static io.github.commissioning.model.transition.Engine.KENSINGTON;
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
import static io.github.commissioning.model.transition.Engine.codes;
import static io.github.commissioning.model.transition.Engine.duty;
import static io.github.commissioning.model.transition.Engine.ended;
import static io.github.commissioning.model.transition.Engine.everyDutyMoved;
import static io.github.commissioning.model.transition.Engine.general;
import static io.github.commissioning.model.transition.Engine.list;
import static io.github.commissioning.model.transition.Engine.moved;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.repointedAll;
import static io.github.commissioning.model.transition.Engine.sample;
import static io.github.commissioning.model.transition.Engine.started;
import static io.github.commissioning.model.transition.Engine.without;
import static io.github.commissioning.organisation.RelationshipType.ACCOUNTABLE_TO;
import static io.github.commissioning.organisation.RelationshipType.PART_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.time.Period;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CloseTest {

  @Test
  void closingAPrimaryCareTrustHandsEverythingToItsSuccessor() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, Close.of(D, HARTLEPOOL, STOCKTON));

    assertDutiesMoved(everyDutyMoved(sample, HARTLEPOOL, STOCKTON), applied);
    assertEquals(47, applied.effects(Effect.DutyMoved.class).size());
    assertEquals(ImmutableList.builder()
        .addAll(repointedAll(HARTLEPOOL_PRACTICES, HARTLEPOOL, STOCKTON, TEES_OPENED, D))
        .add(ended(PART_OF, HARTLEPOOL, Q30, SHAS_OPENED, D),
            ended(ACCOUNTABLE_TO, HARTLEPOOL, Q30, SHAS_OPENED, D),
            moved(HARTLEPOOL, STOCKTON, RingFence.GENERAL, Funding.CASH, 61_000_000_000L),
            moved(HARTLEPOOL, STOCKTON, RingFence.PUBLIC_HEALTH, Funding.CASH, 3_050_000_000L),
            new Effect.RunningCostChanged(HARTLEPOOL, YEAR, pence(1_525_000_000L), Money.ZERO),
            new Effect.Closed(HARTLEPOOL, OrganisationKind.PRIMARY_CARE_TRUST),
            new Effect.Succeeded(HARTLEPOOL, STOCKTON, Share.WHOLE, false))
        .build(), without(applied, Effect.DutyMoved.class));

    Landscape after = applied.after();
    assertEquals(Period.of(TEES_OPENED, D.minusDays(1)), after.require(HARTLEPOOL).operational());
    assertFalse(after.require(HARTLEPOOL).isOpenOn(D));
    assertEquals(3, after.open(OrganisationKind.PRIMARY_CARE_TRUST).size());
    assertEquals(ImmutableSet.builder().addAll(HARTLEPOOL_PRACTICES).addAll(STOCKTON_PRACTICES)
        .build(), after.membersOf(STOCKTON));
    assertTrue(after.membersOf(HARTLEPOOL).isEmpty());
    HARTLEPOOL_PRACTICES.forEach(p -> assertEquals(Optional.of(STOCKTON),
        after.primaryCareOrganisationOf(p)));
    assertEquals(94, after.dutiesOf(STOCKTON).size());
    assertTrue(after.dutiesOf(HARTLEPOOL).isEmpty());
    assertEquals(HARTLEPOOL_GENERAL + STOCKTON_GENERAL, general(after, STOCKTON));
    assertEquals(3_050_000_000L + 2_600_000_000L,
        amount(after, STOCKTON, RingFence.PUBLIC_HEALTH, Funding.CASH));
    assertTrue(after.budgetsOf(HARTLEPOOL, YEAR).isEmpty());
    assertTrue(after.runningCosts().stream().noneMatch(c -> c.body().equals(HARTLEPOOL)));
    assertTrue(after.runningCosts().contains(RunningCost.of(STOCKTON, YEAR, pence(1_300_000_000L))));
    assertEquals(Optional.empty(), after.parentOf(HARTLEPOOL));
    assertEquals(pence(TOTAL_CASH), after.totalAllocated(YEAR));
  }

  @Test
  void closingAStrategicHealthAuthorityMovesItsTrustsToTheSuccessor() {
    Applied applied = applyToSample(Close.of(D, Q30, Q36));

    assertEquals(ImmutableList.of(
        ended(PART_OF, HARTLEPOOL, Q30, SHAS_OPENED, D), started(PART_OF, HARTLEPOOL, Q36, D),
        ended(ACCOUNTABLE_TO, HARTLEPOOL, Q30, SHAS_OPENED, D),
        started(ACCOUNTABLE_TO, HARTLEPOOL, Q36, D),
        ended(PART_OF, STOCKTON, Q30, SHAS_OPENED, D), started(PART_OF, STOCKTON, Q36, D),
        ended(ACCOUNTABLE_TO, STOCKTON, Q30, SHAS_OPENED, D),
        started(ACCOUNTABLE_TO, STOCKTON, Q36, D),
        ended(PART_OF, Q30, DOH, SHAS_OPENED, D), ended(ACCOUNTABLE_TO, Q30, DOH, SHAS_OPENED, D),
        new Effect.Closed(Q30, OrganisationKind.STRATEGIC_HEALTH_AUTHORITY),
        new Effect.Succeeded(Q30, Q36, Share.WHOLE, false)), applied.effects());
    Landscape after = applied.after();
    assertEquals(Optional.of(Q36), after.parentOf(HARTLEPOOL));
    assertEquals(Optional.of(Q36), after.parentOf(STOCKTON));
    assertEquals(ImmutableSet.of(Q36), after.targetsOf(STOCKTON, ACCOUNTABLE_TO));
    assertEquals(ImmutableSet.of(HARTLEPOOL, KENSINGTON, Engine.BRENT, STOCKTON),
        after.sourcesOf(Q36, PART_OF));
    assertEquals(sample().duties(), after.duties());
    assertEquals(sample().allocations(), after.allocations());
  }

  @Test
  void closingStocktonMovesItsContractItsDelegatedDutyAndTheBudgetItAnswersFor() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, Close.of(D, STOCKTON, HARTLEPOOL));

    Contract contract = sample.contracts().stream().filter(c -> c.commissioner().equals(STOCKTON))
        .findFirst().orElseThrow();
    Contract moved = Contract.builder().from(contract).commissioner(HARTLEPOOL).build();
    assertEquals(ImmutableList.of(new Effect.ContractChanged(Optional.of(contract),
        Optional.of(moved))), applied.effects(Effect.ContractChanged.class));
    assertEquals(ImmutableList.of(new Effect.AccountingOfficerChanged(DENSHAM, YEAR, STOCKTON,
        HARTLEPOOL)), applied.effects(Effect.AccountingOfficerChanged.class));
    assertTrue(applied.effects(Effect.DelegationChanged.class).isEmpty());

    Landscape after = applied.after();
    assertTrue(after.contracts().contains(moved));
    assertFalse(after.contracts().contains(contract));
    DutyAssignment acute = after.holderOf(duty(CommissioningFunction.ACUTE_ELECTIVE, list(DENSHAM)))
        .orElseThrow();
    assertEquals(HARTLEPOOL, acute.accountable());
    assertEquals(Optional.of(DENSHAM), acute.delegate());
    Allocation indicative = Engine.budget(after, DENSHAM, RingFence.GENERAL, Funding.INDICATIVE)
        .orElseThrow();
    assertEquals(HARTLEPOOL, indicative.accountingOfficer());
    assertEquals(pence(DENSHAM_INDICATIVE), indicative.amount());
  }

  @Test
  void refusesAnUnknownBodyOrSuccessor() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT, Close.of(D, UNKNOWN_PCT, STOCKTON));
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT, Close.of(D, STOCKTON, UNKNOWN_PCT));
  }

  @Test
  void refusesAClosedBodyOrSuccessor() {
    Landscape closed = applyToSample(Close.of(D, HARTLEPOOL, STOCKTON)).after();
    LocalDate later = D.plusDays(1);
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL, Close.of(later, HARTLEPOOL,
        Engine.BRENT));
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL, Close.of(later, Engine.BRENT,
        HARTLEPOOL));
  }

  @Test
  void refusesASuccessorThatCannotHoldDuties() {
    refusedOnSample(Invariant.DUTY_HOLDER_KIND, RVW, Close.of(D, HARTLEPOOL, RVW));
  }

  @Test
  void refusesASuccessorThatCannotHaveThePractices() {
    refusedOnSample(Invariant.PRACTICE_UNATTACHED, "A81003", Close.of(D, HARTLEPOOL, Q30));
    refusedOnSample(Invariant.RELATIONSHIP_KIND, Q30, Close.of(D, HARTLEPOOL, Q30));
  }

  @Test
  void refusesAClosureDatedBeforeTheLandscape() {
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-05-31",
        Close.of(LocalDate.of(2010, 5, 31), HARTLEPOOL, STOCKTON));
  }

  @Test
  void refusesABodySucceedingItself() {
    assertRefused(Invariant.STATE_MISMATCH, STOCKTON, () -> Close.of(D, STOCKTON, STOCKTON));
  }

  @Test
  void closingABodyWithAnEmptyBudgetHandsThatBudgetOnToo() {
    Landscape withEmptyBudget = applyToSample(new Allocate(D, Allocation.builder()
        .holder(HARTLEPOOL).accountingOfficer(HARTLEPOOL).year(YEAR).ringFence(RingFence.PATIENT_CARE)
        .amount(Money.ZERO).build())).after();

    Applied applied = applyChecked(withEmptyBudget, Close.of(D.plusDays(1), HARTLEPOOL, STOCKTON));

    assertTrue(applied.after().budgetsOf(HARTLEPOOL, YEAR).isEmpty());
  }

  @Test
  void closingAPracticeIntoAnotherRetiresItsListsDuties() {
    Applied applied = applyToSample(Close.of(D, codes("A81002").get(0), DENSHAM));

    Landscape after = applied.after();
    assertFalse(after.membersOf(STOCKTON).contains(codes("A81002").get(0)));
    assertTrue(after.duties().stream()
        .noneMatch(d -> d.duty().population().equals(list(codes("A81002").get(0)))));
  }
}
