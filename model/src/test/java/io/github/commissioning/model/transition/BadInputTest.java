package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.BRENT;
import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_PRACTICES;
import static io.github.commissioning.model.transition.Engine.KENSINGTON;
import static io.github.commissioning.model.transition.Engine.Q30;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.TOTAL_CASH;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.amount;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertNullNamed;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.pct;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.populations;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.AppointAccountingOfficer;
import io.github.commissioning.transition.AuthoriseFoundationTrust;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.ConvertToCash;
import io.github.commissioning.transition.CutRunningCosts;
import io.github.commissioning.transition.Delegate;
import io.github.commissioning.transition.EndRelationship;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.JoinConsortium;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Recode;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.Reorganised;
import io.github.commissioning.transition.RepriceContract;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.SplitPart;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Invariant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BadInputTest {
  private static final Organisation TEES = pct("5QX", "Tees", D);
  private static final Organisation CONSORTIUM = Organisation.of(OdsCode.of("GPC01"), "GPs",
      OrganisationKind.GP_CONSORTIUM, D);
  private static final Money ALMOST_ALL = pence(Long.MAX_VALUE - 10);

  // ---- null arguments --------------------------------------------------------------------------

  @Test
  void nullArgumentsAreRefusedNamingTheParameter() {
    ImmutableSet<OdsCode> two = ImmutableSet.of(HARTLEPOOL, STOCKTON);
    assertAll(
        () -> assertNullNamed("date", () -> Close.of(null, HARTLEPOOL, STOCKTON)),
        () -> assertNullNamed("date", () -> new Rename(null, STOCKTON, "x")),
        () -> assertNullNamed("body", () -> new Rename(D, null, "x")),
        () -> assertNullNamed("name", () -> new Rename(D, STOCKTON, null)),
        () -> assertNullNamed("body", () -> new Establish(D, null, ImmutableSet.of())),
        () -> assertNullNamed("relationships", () -> new Establish(D, TEES, null)),
        () -> assertNullNamed("merging", () -> new Merge(D, null, TEES.code(), Optional.of(TEES),
            ImmutableSet.of(), ImmutableSet.of())),
        () -> assertNullNamed("into", () -> new Merge(D, two, null, Optional.of(TEES),
            ImmutableSet.of(), ImmutableSet.of())),
        () -> assertNullNamed("consents", () -> new Merge(D, two, TEES.code(), Optional.of(TEES),
            ImmutableSet.of(), null)),
        () -> assertNullNamed("body", () -> new Split(D, null, ImmutableList.of())),
        () -> assertNullNamed("parts", () -> new Split(D, STOCKTON, null)),
        () -> assertNullNamed("share", () -> SplitPart.to(STOCKTON, null)),
        () -> assertNullNamed("successor", () -> SplitPart.to(null, Share.WHOLE)),
        () -> assertNullNamed("selection", () -> new TransferDuties(D, HARTLEPOOL, STOCKTON, null,
            Money.ZERO)),
        () -> assertNullNamed("practice", () -> MovePractice.of(D, null, HARTLEPOOL, STOCKTON)),
        () -> assertNullNamed("relationships", () -> new FormConsortium(D, CONSORTIUM,
            ImmutableSet.of(DENSHAM), null)),
        () -> assertNullNamed("selection", () -> new Delegate(D, STOCKTON, DENSHAM, null)),
        () -> assertNullNamed("allocation", () -> new Allocate(D, null)),
        () -> assertNullNamed("holder", () -> new ConvertToCash(D, null, YEAR)),
        () -> assertNullNamed("year", () -> new ConvertToCash(D, DENSHAM, null)),
        () -> assertNullNamed("amount", () -> new ReinvestUnderspend(D, STOCKTON, YEAR, null,
            RingFence.PATIENT_CARE)),
        () -> assertNullNamed("into", () -> new ReinvestUnderspend(D, STOCKTON, YEAR, pence(1),
            null)),
        () -> assertNullNamed("officer", () -> new AppointAccountingOfficer(D, DENSHAM, YEAR,
            RingFence.GENERAL, Funding.INDICATIVE, null)),
        () -> assertNullNamed("contract", () -> new SignContract(D, null)),
        () -> assertNullNamed("service", () -> new RepriceContract(D, STOCKTON, RVW, null, YEAR,
            pence(1))),
        () -> assertNullNamed("trust", () -> new AuthoriseFoundationTrust(D, null)),
        () -> assertNullNamed("year", () -> new CutRunningCosts(D, STOCKTON, null, pence(1))),
        () -> assertNullNamed("policy", () -> new ChangePolicy(D, null)),
        () -> assertNullNamed("relationship", () -> new Relate(D, null)),
        () -> assertNullNamed("type", () -> new EndRelationship(D, null, STOCKTON, Q30)),
        () -> assertNullNamed("name", () -> Reorganisation.of(null, D,
            List.of(new Rename(D, STOCKTON, "x")))),
        () -> assertNullNamed("date", () -> Reorganisation.of("x", null,
            List.of(new Rename(D, STOCKTON, "x")))),
        () -> assertNullNamed("landscape", () -> TransitionEngine.apply(null,
            new Rename(D, STOCKTON, "x"))),
        () -> assertNullNamed("transition", () -> TransitionEngine.apply(sample(),
            (Transition) null)),
        () -> assertNullNamed("reorganisation", () -> TransitionEngine.apply(sample(),
            (Reorganisation) null)));
  }

  @Test
  void nullCodesAndAmountsAreNamedByTheTransitionsOwnParameter() {
    assertAll(
        () -> assertNullNamed("body", () -> Close.of(D, null, STOCKTON)),
        () -> assertNullNamed("successor", () -> Close.of(D, STOCKTON, null)),
        () -> assertNullNamed("from", () -> new Recode(D, null, STOCKTON)),
        () -> assertNullNamed("from", () -> TransferDuties.of(D, null, STOCKTON,
            CommissioningFunction.DENTAL)),
        () -> assertNullNamed("to", () -> MovePractice.of(D, DENSHAM, STOCKTON, null)),
        () -> assertNullNamed("delegate", () -> new Delegate(D, STOCKTON, null,
            DutySelection.of(CommissioningFunction.DENTAL))),
        () -> assertNullNamed("practice", () -> new JoinConsortium(D, null, CONSORTIUM.code())),
        () -> assertNullNamed("to", () -> new EndRelationship(D, RelationshipType.PART_OF,
            STOCKTON, null)),
        () -> assertNullNamed("money", () -> new MovePractice(D, DENSHAM, STOCKTON, HARTLEPOOL,
            null)),
        () -> assertNullNamed("money", () -> new TransferDuties(D, HARTLEPOOL, STOCKTON,
            DutySelection.of(CommissioningFunction.DENTAL), null)),
        () -> assertNullNamed("price", () -> new RepriceContract(D, STOCKTON, RVW,
            CommissioningFunction.ACUTE_ELECTIVE, YEAR, null)),
        () -> assertNullNamed("to", () -> new CutRunningCosts(D, STOCKTON, YEAR, null)),
        () -> assertNullNamed("practices", () -> new FormConsortium(D, CONSORTIUM, null,
            ImmutableSet.of())),
        () -> assertNullNamed("body", () -> Merge.intoNew(null, HARTLEPOOL, STOCKTON)),
        () -> assertNullNamed("consortium", () -> FormConsortium.of(null, List.of(DENSHAM))),
        () -> assertNullNamed("body", () -> Establish.of(null)),
        () -> assertNullNamed("relationship", () -> Relate.of(null)));
  }

  // ---- money at the edge of a long -------------------------------------------------------------

  @Test
  void allocatingOntoAnExistingBudgetPastTheLimitIsRefusedAsOverflow() {
    refusedOnSample(Invariant.MONEY_OVERFLOW, ALMOST_ALL,
        new Allocate(D, Allocation.of(STOCKTON, YEAR, ALMOST_ALL)));
    refusedOnSample(Invariant.MONEY_OVERFLOW, ALMOST_ALL, new Allocate(D, Allocation.builder()
        .holder(DENSHAM).accountingOfficer(STOCKTON).year(YEAR).funding(Funding.INDICATIVE)
        .amount(ALMOST_ALL).build()));
  }

  @Test
  void allocatingANewBudgetThatOverflowsTheYearsTotalIsRefusedAsOverflow() {
    refusedOnSample(Invariant.MONEY_OVERFLOW, HARTLEPOOL, new Allocate(D, Allocation.builder()
        .holder(HARTLEPOOL).accountingOfficer(HARTLEPOOL).year(YEAR).ringFence(RingFence.PATIENT_CARE)
        .amount(ALMOST_ALL).build()));
  }

  /** The sample with Hartlepool holding every penny a long can count, less the sample's cash. */
  private static Landscape full() {
    Applied applied = applyToSample(new Allocate(D, Allocation.builder().holder(HARTLEPOOL)
        .accountingOfficer(HARTLEPOOL).year(YEAR).ringFence(RingFence.PATIENT_CARE)
        .amount(pence(Long.MAX_VALUE - TOTAL_CASH)).build()));
    assertEquals(pence(Long.MAX_VALUE), applied.after().totalAllocated(YEAR));
    return applied.after();
  }

  @Test
  void aFullYearTakesNotOnePennyMore() {
    refused(full(), Invariant.MONEY_OVERFLOW.name(), BRENT,
        new Allocate(D.plusDays(1), Allocation.builder().holder(BRENT).accountingOfficer(BRENT)
            .year(YEAR).ringFence(RingFence.PATIENT_CARE).amount(pence(1)).build()));
  }

  @Test
  void hugeBudgetsSplitMergeAndMoveExactly() {
    Landscape full = full();
    long huge = Long.MAX_VALUE - TOTAL_CASH;
    Applied split = applyChecked(full, Split.of(D.plusDays(1), HARTLEPOOL,
        SplitPart.to(STOCKTON, Share.of(1, 3), populations(HARTLEPOOL_PRACTICES,
            Engine.HARTLEPOOL_AREA)),
        SplitPart.to(BRENT, Share.of(1, 3)), SplitPart.to(KENSINGTON, Share.of(1, 3))));
    long a = amount(split.after(), STOCKTON, RingFence.PATIENT_CARE, Funding.CASH);
    long b = amount(split.after(), BRENT, RingFence.PATIENT_CARE, Funding.CASH);
    long c = amount(split.after(), KENSINGTON, RingFence.PATIENT_CARE, Funding.CASH);
    assertEquals(Money.ofPence(huge), Money.sum(List.of(pence(a), pence(b), pence(c))));
    assertEquals(pence(Long.MAX_VALUE), split.after().totalAllocated(YEAR));

    Applied merged = applyChecked(split.after(), Merge.into(D.plusDays(2), KENSINGTON, STOCKTON,
        BRENT));
    assertEquals(huge, amount(merged.after(), KENSINGTON, RingFence.PATIENT_CARE, Funding.CASH));
  }

  @Test
  void movingMoreThanEverExistsIsInsufficientFundsNotArithmetic() {
    Money most = pence(Long.MAX_VALUE);
    refusedOnSample(Invariant.INSUFFICIENT_FUNDS, STOCKTON, new MovePractice(D, DENSHAM, STOCKTON,
        HARTLEPOOL, most));
    refusedOnSample(Invariant.INSUFFICIENT_FUNDS, STOCKTON, TransferDuties.of(D, STOCKTON,
        HARTLEPOOL, CommissioningFunction.DENTAL).withMoney(most));
    refusedOnSample(Invariant.INSUFFICIENT_FUNDS, STOCKTON, new ReinvestUnderspend(D, STOCKTON, YEAR,
        most, RingFence.PATIENT_CARE));
    assertRefused(Invariant.MONEY_OVERFLOW, Long.MAX_VALUE, () -> Money.ofPounds(Long.MAX_VALUE));
  }

  @Test
  void summariesOfMoneyMovedTwiceOverflowAsViolationsNotArithmetic() {
    Landscape full = full();
    Reorganised done = TransitionEngine.apply(full, Reorganisation.of("Twice", D.plusDays(1),
        List.of(Merge.into(D.plusDays(1), STOCKTON, HARTLEPOOL),
            Merge.into(D.plusDays(2), BRENT, STOCKTON))));
    assertEquals(pence(Long.MAX_VALUE), done.after().totalAllocated(YEAR));
    io.github.commissioning.violation.ViolationException byRingFence = assertThrows(
        io.github.commissioning.violation.ViolationException.class, done::moneyMovedByRingFence);
    assertEquals(List.of(Invariant.MONEY_OVERFLOW.name()), byRingFence.violations().stream()
        .map(io.github.commissioning.violation.Violation::code).toList());
    assertThrows(io.github.commissioning.violation.ViolationException.class,
        done::moneyReceivedByKind);
  }
}
