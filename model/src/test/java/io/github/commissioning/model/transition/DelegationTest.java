package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL_PRACTICES;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_PRACTICES;
import static io.github.commissioning.model.transition.Engine.UNKNOWN_PCT;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.applyToSample;
import static io.github.commissioning.model.transition.Engine.assertRefused;
import static io.github.commissioning.model.transition.Engine.duty;
import static io.github.commissioning.model.transition.Engine.list;
import static io.github.commissioning.model.transition.Engine.refused;
import static io.github.commissioning.model.transition.Engine.refusedOnSample;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Delegate;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.EndDelegation;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.violation.Invariant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DelegationTest {
  private static final OdsCode VICTORIA = HARTLEPOOL_PRACTICES.get(0);
  private static final Duty VICTORIA_ACUTE = duty(CommissioningFunction.ACUTE_ELECTIVE,
      list(VICTORIA));
  private static final Duty DENSHAM_ACUTE = duty(CommissioningFunction.ACUTE_ELECTIVE, list(DENSHAM));

  private static DutySelection acuteFor(OdsCode practice) {
    return DutySelection.of(CommissioningFunction.ACUTE_ELECTIVE).forPopulations(list(practice));
  }

  @Test
  void delegatingLeavesAccountabilityWhereItWas() {
    Landscape sample = sample();
    Applied applied = applyChecked(sample, new Delegate(D, HARTLEPOOL, VICTORIA, acuteFor(VICTORIA)));

    assertEquals(ImmutableList.of(new Effect.DelegationChanged(VICTORIA_ACUTE, Optional.empty(),
        Optional.of(VICTORIA))), applied.effects());
    DutyAssignment held = applied.after().holderOf(VICTORIA_ACUTE).orElseThrow();
    assertEquals(HARTLEPOOL, held.accountable());
    assertEquals(Optional.of(VICTORIA), held.delegate());
    assertEquals(sample.holderOf(VICTORIA_ACUTE).orElseThrow().since(), held.since());
    assertEquals(sample.allocations(), applied.after().allocations());
  }

  @Test
  void delegatingEveryListsDutyOfAFunctionToAConsortium() {
    Organisation consortium = Organisation.of(OdsCode.of("GPC01"), "Stockton GPs",
        OrganisationKind.GP_CONSORTIUM, D);
    Landscape formed = applyToSample(FormConsortium.of(consortium, STOCKTON_PRACTICES)).after();
    LocalDate later = D.plusDays(1);

    Applied applied = applyChecked(formed, new Delegate(later, STOCKTON, consortium.code(),
        DutySelection.of(CommissioningFunction.COMMUNITY)));

    assertEquals(STOCKTON_PRACTICES.stream().map(p -> new Effect.DelegationChanged(
        duty(CommissioningFunction.COMMUNITY, list(p)), Optional.empty(),
        Optional.of(consortium.code()))).toList(), applied.effects());
  }

  @Test
  void redelegatingTheDenshamSurgerysDutyRecordsTheOldDelegate() {
    Organisation consortium = Organisation.of(OdsCode.of("GPC01"), "Stockton GPs",
        OrganisationKind.GP_CONSORTIUM, D);
    Landscape formed = applyToSample(FormConsortium.of(consortium, STOCKTON_PRACTICES)).after();
    Applied applied = applyChecked(formed, new Delegate(D, STOCKTON, consortium.code(),
        acuteFor(DENSHAM)));
    assertEquals(ImmutableList.of(new Effect.DelegationChanged(DENSHAM_ACUTE, Optional.of(DENSHAM),
        Optional.of(consortium.code()))), applied.effects());
  }

  @Test
  void endingADelegationGivesTheDutyBackToTheAccountableBody() {
    Applied applied = applyToSample(new EndDelegation(D, STOCKTON, DENSHAM, acuteFor(DENSHAM)));

    assertEquals(ImmutableList.of(new Effect.DelegationChanged(DENSHAM_ACUTE, Optional.of(DENSHAM),
        Optional.empty())), applied.effects());
    DutyAssignment held = applied.after().holderOf(DENSHAM_ACUTE).orElseThrow();
    assertEquals(STOCKTON, held.accountable());
    assertEquals(Optional.empty(), held.delegate());
    assertEquals(sample().allocations(), applied.after().allocations());
  }

  @Test
  void refusesADelegateThatCannotTakeDelegation() {
    refusedOnSample(Invariant.DUTY_HOLDER_KIND, HARTLEPOOL,
        new Delegate(D, STOCKTON, HARTLEPOOL, acuteFor(STOCKTON_PRACTICES.get(1))));
    refusedOnSample(Invariant.DUTY_HOLDER_KIND, RVW,
        new Delegate(D, STOCKTON, RVW, acuteFor(STOCKTON_PRACTICES.get(1))));
  }

  @Test
  void refusesUnknownOrClosedBodies() {
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, UNKNOWN_PCT,
        new Delegate(D, UNKNOWN_PCT, VICTORIA, acuteFor(VICTORIA)));
    OdsCode unknownPractice = OdsCode.of("A89999");
    refusedOnSample(Invariant.REFERENCE_UNKNOWN, unknownPractice,
        new Delegate(D, HARTLEPOOL, unknownPractice, acuteFor(VICTORIA)));
    Landscape closed = applyToSample(io.github.commissioning.transition.Close.of(D, HARTLEPOOL,
        STOCKTON)).after();
    refused(closed, Invariant.REFERENCE_CLOSED.name(), HARTLEPOOL,
        new Delegate(D.plusDays(1), HARTLEPOOL, VICTORIA, acuteFor(VICTORIA)));
  }

  @Test
  void refusesDutiesTheAccountableBodyDoesNotHold() {
    refusedOnSample(Invariant.STATE_MISMATCH, STOCKTON,
        new Delegate(D, STOCKTON, VICTORIA, acuteFor(VICTORIA)));
  }

  @Test
  void refusesEndingADelegationThatDoesNotExist() {
    refusedOnSample(Invariant.STATE_MISMATCH, HARTLEPOOL,
        new EndDelegation(D, HARTLEPOOL, VICTORIA, acuteFor(VICTORIA)));
    refusedOnSample(Invariant.STATE_MISMATCH, HARTLEPOOL,
        new EndDelegation(D, HARTLEPOOL, DENSHAM, acuteFor(DENSHAM)));
  }

  @Test
  void refusesSelfDelegationWhenCreatedAndEarlyDates() {
    assertRefused(Invariant.STATE_MISMATCH, STOCKTON,
        () -> new Delegate(D, STOCKTON, STOCKTON, acuteFor(DENSHAM)));
    assertRefused(Invariant.STATE_MISMATCH, STOCKTON,
        () -> new EndDelegation(D, STOCKTON, STOCKTON, acuteFor(DENSHAM)));
    refusedOnSample(Invariant.TRANSITION_DATE, "2010-01-01",
        new EndDelegation(LocalDate.of(2010, 1, 1), STOCKTON, DENSHAM, acuteFor(DENSHAM)));
  }
}
