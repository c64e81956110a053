package io.github.commissioning.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.Reorganisation;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Violation;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policies as named sets of rules, selections of duties, and the order of a reorganisation's steps. */
class PolicyTest {
  private static final LocalDate D = LocalDate.of(2010, 10, 1);
  private static final OdsCode PCT = OdsCode.of("5E1");

  /** A rule that reports one violation of each kind, whatever it is given. */
  private static PolicyRule rule(String name) {
    return new PolicyRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ImmutableList<Violation> check(Landscape landscape) {
        return ImmutableList.of(Violation.of(name, name + " on the landscape", "state"));
      }

      @Override
      public ImmutableList<Violation> check(Landscape before, Transition transition) {
        return ImmutableList.of(Violation.of(name, name + " on the change", "change"));
      }
    };
  }

  private static final Landscape NO_LANDSCAPE = null;

  @Test
  void aPolicyChecksEveryRuleInOrder() {
    Policy policy = Policy.of("plan", rule("FIRST"), rule("SECOND"));
    assertEquals(List.of("FIRST: FIRST on the landscape", "SECOND: SECOND on the landscape"),
        policy.check(NO_LANDSCAPE).stream().map(Violation::toString).toList());
    assertEquals(List.of("FIRST: FIRST on the change", "SECOND: SECOND on the change"),
        policy.check(NO_LANDSCAPE, new Rename(D, PCT, "x")).stream().map(Violation::toString).toList());
    assertEquals(List.of(), Policy.NONE.check(NO_LANDSCAPE));
  }

  @Test
  void rulesAreAddedRemovedAndLookedUpByName() {
    Policy policy = Policy.of("plan", rule("FIRST")).with(rule("SECOND"));
    assertTrue(policy.has("SECOND"));
    assertFalse(policy.has("THIRD"));
    Policy fewer = policy.without("FIRST");
    assertFalse(fewer.has("FIRST"));
    assertTrue(fewer.has("SECOND"));
    assertEquals("plan [SECOND]", fewer.toString());
    assertEquals("plan [FIRST, SECOND]", policy.toString());
  }

  @Test
  void aPolicyHasANameAndEachRuleOnce() {
    ViolationException blank = assertThrows(ViolationException.class, () -> Policy.of(" "));
    assertEquals("CODE_FORMAT: A policy's name must not be blank", blank.violations().get(0).toString());
    ViolationException twice = assertThrows(ViolationException.class,
        () -> Policy.of("plan", rule("FIRST"), rule("FIRST")));
    assertEquals("CODE_DUPLICATE: Policy 'plan' names a rule more than once: [FIRST, FIRST]",
        twice.violations().get(0).toString());
  }

  @Test
  void aSelectionPicksItsFunctionsForItsPopulationsOrAll() {
    Population practice = Population.registeredListOf(OdsCode.of("A81001"));
    Population other = Population.registeredListOf(OdsCode.of("A81002"));
    DutySelection acute = DutySelection.of(CommissioningFunction.ACUTE_ELECTIVE);
    assertTrue(acute.selects(Duty.of(CommissioningFunction.ACUTE_ELECTIVE, other)));
    assertFalse(acute.selects(Duty.of(CommissioningFunction.PRIMARY_MEDICAL_CONTRACTING, other)));
    DutySelection forOne = acute.forPopulations(practice);
    assertTrue(forOne.selects(Duty.of(CommissioningFunction.ACUTE_ELECTIVE, practice)));
    assertFalse(forOne.selects(Duty.of(CommissioningFunction.ACUTE_ELECTIVE, other)));
    assertEquals("[ACUTE_ELECTIVE]", acute.toString());
    assertEquals("[ACUTE_ELECTIVE] for [" + practice + "]", forOne.toString());
    DutySelection allButDental = DutySelection.allExcept(CommissioningFunction.DENTAL);
    assertFalse(allButDental.functions().contains(CommissioningFunction.DENTAL));
    assertEquals(CommissioningFunction.values().length - 1, allButDental.functions().size());
    ViolationException none = assertThrows(ViolationException.class, () -> DutySelection.of(List.of()));
    assertEquals("DUTY_POPULATION: A selection of duties must name at least one function",
        none.violations().get(0).toString());
  }

  @Test
  void aReorganisationIsNamedAndItsStepsRunInDateOrder() {
    Rename first = new Rename(D, PCT, "a");
    Rename later = new Rename(D.plusDays(1), PCT, "b");
    assertEquals(List.of(first, later), Reorganisation.of("Tees", D, List.of(first, later)).steps());
    assertEquals(List.of(first, first), Reorganisation.of("Tees", D, List.of(first, first)).steps());
    ViolationException early = assertThrows(ViolationException.class,
        () -> Reorganisation.of("Tees", D.plusDays(1), List.of(first)));
    assertEquals("TRANSITION_DATE: Step 1 of 'Tees' is dated 2010-10-01, before 2010-10-02: steps run in"
        + " date order from the reorganisation's date", early.violations().get(0).toString());
    ViolationException backwards = assertThrows(ViolationException.class,
        () -> Reorganisation.of("Tees", D, List.of(later, first)));
    assertEquals(List.of("Tees", "2", "2010-10-01"), backwards.violations().get(0).subjects());
  }

  @Test
  void aReorganisationNeedsANameAndASingleStepAtLeast() {
    ViolationException blank = assertThrows(ViolationException.class,
        () -> Reorganisation.of(" ", D, List.of(new Rename(D, PCT, "a"))));
    assertEquals("STATE_MISMATCH: A reorganisation needs a name and at least one step",
        blank.violations().get(0).toString());
    assertThrows(ViolationException.class, () -> Reorganisation.of("Tees", D, List.of()));
  }
}
