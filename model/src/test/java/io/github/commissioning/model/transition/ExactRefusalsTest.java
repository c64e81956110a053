package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.UNKNOWN_PCT;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.pct;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.transition.Abolish;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.ConvertToCash;
import io.github.commissioning.transition.CutRunningCosts;
import io.github.commissioning.transition.EndDelegation;
import io.github.commissioning.transition.EndRelationship;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.JoinConsortium;
import io.github.commissioning.transition.LeaveConsortium;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.transition.Succeed;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change that does not describe the landscape is refused with exactly the violations that say
 * why, each naming its rule and subjects, and nothing that follows from going on regardless.
 */
class ExactRefusalsTest {
  private static final OdsCode PRACTICE_ELSEWHERE = OdsCode.of("A81002");

  /** Each violation as "RULE subjects". */
  private static List<String> refusal(Transition transition) {
    ViolationException refused = assertThrows(ViolationException.class,
        () -> TransitionEngine.apply(sample(), transition));
    return refused.violations().stream().map(v -> v.code() + " " + v.subjects()).toList();
  }

  @Test
  void establishingAnOpenCodeIsOneDuplicate() {
    assertEquals(List.of("CODE_DUPLICATE [5E1]"),
        refusal(Establish.of(pct("5E1", "Again", D))));
  }

  @Test
  void closingIntoAnUnknownBodyIsOneUnknownReference() {
    assertEquals(List.of("REFERENCE_UNKNOWN [5ZZ]"), refusal(Close.of(D, HARTLEPOOL, UNKNOWN_PCT)));
  }

  @Test
  void abolishingAnUnknownBodyIsOneUnknownReference() {
    assertEquals(List.of("REFERENCE_UNKNOWN [5ZZ]"), refusal(new Abolish(D, UNKNOWN_PCT)));
  }

  @Test
  void abolishingABodyThatStillHoldsThingsNamesEachKindOfThing() {
    assertEquals(List.of("SUCCESSION [5E1, duties]", "SUCCESSION [5E1, members or dependent bodies]",
        "SUCCESSION [5E1, budgets]", "SUCCESSION [5E1, contracts]"),
        refusal(new Abolish(D, STOCKTON)));
  }

  @Test
  void aSuccessionNamingAnUnknownBodyIsOneUnknownReference() {
    assertEquals(List.of("REFERENCE_UNKNOWN [5ZZ]"),
        refusal(new Succeed(D, UNKNOWN_PCT, STOCKTON, Share.WHOLE)));
  }

  @Test
  void movingAPracticeFromABodyItIsNotInIsOneMismatch() {
    List<String> refused = refusal(MovePractice.of(D, DENSHAM, HARTLEPOOL, STOCKTON));
    assertEquals(1, refused.size(), refused::toString);
    assertEquals("STATE_MISMATCH", refused.get(0).split(" ")[0]);
  }

  @Test
  void joiningOrLeavingAnUnknownConsortiumIsRefusedOnce() {
    assertEquals(List.of("REFERENCE_UNKNOWN [GPC01]"),
        refusal(new JoinConsortium(D, DENSHAM, OdsCode.of("GPC01"))));
    List<String> leaving = refusal(new LeaveConsortium(D, DENSHAM, OdsCode.of("GPC01")));
    assertEquals(1, leaving.size(), leaving::toString);
    assertEquals("STATE_MISMATCH", leaving.get(0).split(" ")[0]);
  }

  @Test
  void endingADelegationThatDoesNotExistIsOneMismatch() {
    List<String> refused = refusal(new EndDelegation(D, STOCKTON, PRACTICE_ELSEWHERE,
        DutySelection.of(CommissioningFunction.ACUTE_ELECTIVE)));
    assertEquals(1, refused.size(), refused::toString);
    assertEquals("STATE_MISMATCH", refused.get(0).split(" ")[0]);
  }

  @Test
  void transferringToAnUnknownBodyIsOneUnknownReference() {
    assertEquals(List.of("REFERENCE_UNKNOWN [5ZZ]"),
        refusal(TransferDuties.of(D, STOCKTON, UNKNOWN_PCT, CommissioningFunction.ACUTE_ELECTIVE)));
  }

  @Test
  void allocatingToAnUnknownHolderIsOneUnknownReferencePerRoleItHas() {
    assertEquals(List.of("REFERENCE_UNKNOWN [5ZZ]"),
        refusal(new Allocate(D, Allocation.builder().holder(UNKNOWN_PCT).accountingOfficer(STOCKTON)
            .year(YEAR).amount(Money.ofPounds(1)).build())));
    // Holder and, by default, its own accounting officer: one violation for each role.
    assertEquals(List.of("REFERENCE_UNKNOWN [5ZZ]", "REFERENCE_UNKNOWN [5ZZ]"),
        refusal(new Allocate(D, Allocation.of(UNKNOWN_PCT, YEAR, Money.ofPounds(1)))));
  }

  @Test
  void convertingABudgetThatIsNotThereIsOneMismatch() {
    List<String> refused = refusal(new ConvertToCash(D, PRACTICE_ELSEWHERE, YEAR));
    assertEquals(1, refused.size(), refused::toString);
    assertEquals("STATE_MISMATCH", refused.get(0).split(" ")[0]);
  }

  @Test
  void reinvestingAnUnknownBodysUnderspendIsOneUnknownReference() {
    assertEquals(List.of("REFERENCE_UNKNOWN [5ZZ]"), refusal(new ReinvestUnderspend(D, UNKNOWN_PCT,
        YEAR, pence(1), RingFence.PATIENT_CARE)));
  }

  @Test
  void signingASecondContractForTheSameServiceIsOneMismatch() {
    Contract again = Contract.builder().commissioner(STOCKTON).provider(RVW)
        .service(CommissioningFunction.ACUTE_ELECTIVE).year(YEAR).price(pence(1)).build();
    List<String> refused = refusal(new SignContract(D, again));
    assertEquals(1, refused.size(), refused::toString);
    assertEquals("STATE_MISMATCH", refused.get(0).split(" ")[0]);
  }

  @Test
  void cuttingTheRunningCostsOfAnUnknownBodyIsRefusedForBothReasonsOnly() {
    List<String> refused = refusal(new CutRunningCosts(D, UNKNOWN_PCT, YEAR, pence(1)));
    assertEquals(List.of("STATE_MISMATCH", "REFERENCE_UNKNOWN"),
        refused.stream().map(r -> r.split(" ")[0]).toList(), refused::toString);
  }

  @Test
  void relatingToAnUnknownBodyIsOneUnknownReference() {
    assertEquals(List.of("REFERENCE_UNKNOWN [5ZZ]"), refusal(Relate.of(
        Relationship.of(RelationshipType.ACCOUNTABLE_TO, STOCKTON, UNKNOWN_PCT, D))));
  }

  @Test
  void endingARelationshipThatDoesNotExistIsOneMismatch() {
    List<String> refused = refusal(new EndRelationship(D, RelationshipType.PART_OF, STOCKTON,
        OdsCode.of("Q36")));
    assertEquals(1, refused.size(), refused::toString);
    assertEquals("STATE_MISMATCH", refused.get(0).split(" ")[0]);
  }

  @Test
  void everyViolationOfARefusalNamesItsRule() {
    ViolationException refused = assertThrows(ViolationException.class,
        () -> TransitionEngine.apply(sample(), new Abolish(D, UNKNOWN_PCT)));
    Violation only = refused.violations().get(0);
    assertEquals("Abolishing 5ZZ names 5ZZ, which is not an organisation of the landscape",
        only.message());
  }
}
