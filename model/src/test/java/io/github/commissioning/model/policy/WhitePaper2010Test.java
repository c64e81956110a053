package io.github.commissioning.model.policy;

import static io.github.commissioning.model.transition.Engine.BRENT;
import static io.github.commissioning.model.transition.Engine.BRENT_PRACTICES;
import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.KENSINGTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.X24;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.assertNames;
import static io.github.commissioning.model.transition.Engine.assertSampleUnchanged;
import static io.github.commissioning.model.transition.Engine.duty;
import static io.github.commissioning.model.transition.Engine.establishBoard;
import static io.github.commissioning.model.transition.Engine.list;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.sample;
import static io.github.commissioning.organisation.RelationshipType.ACCOUNTABLE_TO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.PopulationType;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.transition.TransitionEngine;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.Reorganised;
import io.github.commissioning.transition.StepRefusedException;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of the 2010 white paper. Each is a rule about what a landscape may look like, so the
 * policy is put in force by a {@link ChangePolicy} at the end of a reorganisation, which checks the
 * rules once, on the final landscape.
 */
class WhitePaper2010Test {
  private static final OdsCode GPC = OdsCode.of("GPC01");
  private static final Organisation CONSORTIUM = Organisation.of(GPC, "Stockton GPs",
      OrganisationKind.GP_CONSORTIUM, D);
  /** What primary care trusts give up: every function they may not keep. */
  private static final Set<CommissioningFunction> NOT_RESIDUAL = Sets.immutableEnumSet(
      Sets.difference(EnumSet.allOf(CommissioningFunction.class), ReformRule.RESIDUAL));
  /** The functions for registered lists that primary care trusts give up. */
  private static final Set<CommissioningFunction> LIST_FUNCTIONS = Sets.immutableEnumSet(
      NOT_RESIDUAL.stream().filter(f -> f.population() == PopulationType.REGISTERED_LIST).toList());

  private static TransferDuties transfer(OdsCode from, OdsCode to, Set<CommissioningFunction> functions) {
    return new TransferDuties(D, from, to, DutySelection.of(functions), Money.ZERO);
  }

  private static FormConsortium consortiumAccountableTo(OdsCode body) {
    return FormConsortium.of(CONSORTIUM, STOCKTON_PRACTICES,
        Relationship.of(ACCOUNTABLE_TO, GPC, body, D));
  }

  /**
   * The board opens; Stockton's practices form a consortium accountable to it, which takes their
   * lists' commissioning; the board takes every other function the PCTs may not keep.
   */
  private static List<Transition> whitePaper() {
    List<Transition> steps = new ArrayList<>(List.of(
        establishBoard(D),
        consortiumAccountableTo(X24),
        transfer(STOCKTON, GPC, LIST_FUNCTIONS),
        transfer(STOCKTON, X24, Set.of(CommissioningFunction.SPECIALISED))));
    for (OdsCode pct : List.of(HARTLEPOOL, BRENT, KENSINGTON)) {
      steps.add(transfer(pct, X24, NOT_RESIDUAL));
    }
    return steps;
  }

  private static Reorganisation inForce(List<Transition> steps) {
    List<Transition> all = new ArrayList<>(steps);
    all.add(new ChangePolicy(D, Policies.WHITE_PAPER_2010));
    return Reorganisation.of("2010 white paper", D, all);
  }

  /** Applies a reorganisation expected to break the policy at the end; checks nothing applied. */
  private static ViolationException refusedAtTheEnd(Reorganisation reorganisation) {
    LandscapeSnapshot sample = sample();
    ViolationException refused = assertThrows(ViolationException.class,
        () -> TransitionEngine.apply(sample, reorganisation));
    assertFalse(refused instanceof StepRefusedException,
        "every step applies; only the final landscape breaks the policy");
    assertSampleUnchanged(sample);
    return refused;
  }

  private static Set<String> codes(ViolationException refused) {
    return refused.violations().stream().map(Violation::code)
        .collect(ImmutableSet.toImmutableSet());
  }

  @Test
  void theWhitePaperLandscapeKeepsEveryRule() {
    Reorganised done = TransitionEngine.apply(sample(), inForce(whitePaper()));
    Landscape after = done.after();

    assertEquals(Policies.WHITE_PAPER_2010, after.policy());
    assertEquals(ImmutableList.of(), Policies.WHITE_PAPER_2010.check(after));
    for (OdsCode pct : List.of(HARTLEPOOL, STOCKTON, BRENT, KENSINGTON)) {
      for (DutyAssignment held : after.dutiesOf(pct)) {
        assertTrue(ReformRule.RESIDUAL.contains(held.duty().function()), held::toString);
      }
    }
    assertEquals(ImmutableSet.copyOf(STOCKTON_PRACTICES), after.membersOf(GPC));
    DutyAssignment acute = after.holderOf(duty(CommissioningFunction.ACUTE_ELECTIVE, list(DENSHAM)))
        .orElseThrow();
    assertEquals(GPC, acute.accountable());
    assertEquals(Optional.of(DENSHAM), acute.delegate());
    assertEquals(5 * 7, after.dutiesOf(GPC).size());
    assertEquals(15 * 7 + 4, after.dutiesOf(X24).size());
    assertEquals(sample().totalAllocated(YEAR), after.totalAllocated(YEAR));
  }

  @Test
  void aStandaloneChangeOfPolicyIsRefusedWhenTheLandscapeBreaksIt() {
    LandscapeSnapshot sample = sample();
    ViolationException refused = assertThrows(ViolationException.class,
        () -> TransitionEngine.apply(sample, new ChangePolicy(D, Policies.WHITE_PAPER_2010)));

    assertEquals(Set.of("PCTS_KEEP_RESIDUAL_ROLE"), codes(refused));
    assertEquals(4 * NOT_RESIDUAL.size(), refused.violations().size());
    assertNames(refused, "PCTS_KEEP_RESIDUAL_ROLE", STOCKTON);
    assertNames(refused, "PCTS_KEEP_RESIDUAL_ROLE", CommissioningFunction.ACUTE_ELECTIVE);
    assertSampleUnchanged(sample);
  }

  @Test
  void theSameStepsOneByOneThenAStandaloneChangeOfPolicyApply() {
    Landscape landscape = sample();
    for (Transition step : whitePaper()) {
      landscape = applyChecked(landscape, step).after();
    }
    Landscape after = applyChecked(landscape, new ChangePolicy(D, Policies.WHITE_PAPER_2010)).after();
    assertEquals(Policies.WHITE_PAPER_2010, after.policy());
  }

  // ---- CONSORTIA_ANSWER_TO_BOARD ---------------------------------------------------------------

  @Test
  void aConsortiumAccountableToItsPrimaryCareTrustBreaksTheRule() {
    List<Transition> steps = whitePaper();
    steps.set(1, consortiumAccountableTo(STOCKTON));

    ViolationException refused = refusedAtTheEnd(inForce(steps));

    assertEquals(Set.of("CONSORTIA_ANSWER_TO_BOARD"), codes(refused));
    assertNames(refused, "CONSORTIA_ANSWER_TO_BOARD", GPC);
  }

  @Test
  void aConsortiumBudgetAnsweredForByItsPrimaryCareTrustBreaksTheRule() {
    List<Transition> steps = whitePaper();
    steps.add(new Allocate(D, Allocation.builder().holder(GPC).accountingOfficer(STOCKTON)
        .year(YEAR).amount(pence(1_000)).build()));

    ViolationException refused = refusedAtTheEnd(inForce(steps));

    assertEquals(Set.of("CONSORTIA_ANSWER_TO_BOARD"), codes(refused));
    assertNames(refused, "CONSORTIA_ANSWER_TO_BOARD", STOCKTON);
    assertNames(refused, "CONSORTIA_ANSWER_TO_BOARD", GPC);
  }

  @Test
  void aConsortiumBudgetAnsweredForByTheBoardKeepsTheRule() {
    List<Transition> steps = whitePaper();
    steps.add(new Allocate(D, Allocation.builder().holder(GPC).accountingOfficer(X24)
        .year(YEAR).amount(pence(1_000)).build()));

    Reorganised done = TransitionEngine.apply(sample(), inForce(steps));
    assertEquals(sample().totalAllocated(YEAR).plus(pence(1_000)), done.after().totalAllocated(YEAR));
  }

  // ---- PCTS_KEEP_RESIDUAL_ROLE -----------------------------------------------------------------

  @Test
  void aPrimaryCareTrustKeepingAcuteCommissioningBreaksTheRule() {
    List<Transition> steps = whitePaper();
    steps.remove(steps.size() - 1);

    ViolationException refused = refusedAtTheEnd(inForce(steps));

    assertEquals(Set.of("PCTS_KEEP_RESIDUAL_ROLE"), codes(refused));
    assertEquals(NOT_RESIDUAL.size(), refused.violations().size());
    assertNames(refused, "PCTS_KEEP_RESIDUAL_ROLE", KENSINGTON);
    assertTrue(refused.violations().stream().allMatch(v -> v.subjects().contains("5LA")));
  }

  // ---- COMMISSIONER_FOLLOWS_PRACTICE -----------------------------------------------------------

  @Test
  void aConsortiumCommissioningForPracticesThatAreNotItsMembersBreaksTheRule() {
    List<Transition> steps = whitePaper();
    steps.set(5, transfer(BRENT, GPC, LIST_FUNCTIONS));
    steps.add(6, transfer(BRENT, X24, Set.of(CommissioningFunction.SPECIALISED)));

    ViolationException refused = refusedAtTheEnd(inForce(steps));

    assertEquals(Set.of("COMMISSIONER_FOLLOWS_PRACTICE"), codes(refused));
    assertEquals(5 * LIST_FUNCTIONS.size(), refused.violations().size());
    for (OdsCode practice : BRENT_PRACTICES) {
      assertNames(refused, "COMMISSIONER_FOLLOWS_PRACTICE", practice);
    }
    assertNames(refused, "COMMISSIONER_FOLLOWS_PRACTICE", GPC);
  }

  // ---- the rules are checked after every single change once in force ---------------------------

  @Test
  void onceInForceASingleChangeThatBreaksTheRulesIsRefused() {
    Landscape whitePaper = TransitionEngine.apply(sample(), inForce(whitePaper())).after();
    refused(whitePaper, "PCTS_KEEP_RESIDUAL_ROLE", STOCKTON, new TransferDuties(D.plusDays(1), GPC,
        STOCKTON, DutySelection.of(CommissioningFunction.ACUTE_ELECTIVE), Money.ZERO));
  }

  @Test
  void aReorganisationMayPassThroughStatesThePolicyForbids() {
    Landscape whitePaper = TransitionEngine.apply(sample(), inForce(whitePaper())).after();
    Reorganised done = TransitionEngine.apply(whitePaper, Reorganisation.of("Round trip",
        D.plusDays(1), List.of(
            new TransferDuties(D.plusDays(1), GPC, STOCKTON,
                DutySelection.of(CommissioningFunction.ACUTE_ELECTIVE), Money.ZERO),
            new TransferDuties(D.plusDays(1), STOCKTON, GPC,
                DutySelection.of(CommissioningFunction.ACUTE_ELECTIVE), Money.ZERO))));
    assertEquals(ImmutableList.of(), Policies.WHITE_PAPER_2010.check(done.after()));
    assertEquals(10, done.dutiesMovedByFunction().get(CommissioningFunction.ACUTE_ELECTIVE));
  }

  @Test
  void aStepRefusedInsideTheWhitePaperReorganisationNamesItsNumber() {
    List<Transition> steps = whitePaper();
    steps.remove(0);
    StepRefusedException refused = assertThrows(StepRefusedException.class,
        () -> TransitionEngine.apply(sample(), inForce(steps)));
    assertEquals(1, refused.stepNumber());
    assertNames(refused, "REFERENCE_UNKNOWN", X24);
  }
}
