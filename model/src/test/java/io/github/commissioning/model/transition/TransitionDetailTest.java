package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.DENSHAM;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.applyChecked;
import static io.github.commissioning.model.transition.Engine.pct;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.finance.Allocation;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.Applied;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Recode;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.ViolationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Details of single changes that the broader tests leave unchecked. */
class TransitionDetailTest {
  private static List<String> refusal(Landscape landscape, Transition transition) {
    ViolationException refused = assertThrows(ViolationException.class,
        () -> TransitionEngine.apply(landscape, transition));
    return refused.violations().stream().map(v -> v.code() + " " + v.subjects()).toList();
  }

  @Test
  void aRecodeToACodeOfAnotherFormIsOneFormatViolation() {
    assertEquals(List.of("CODE_FORMAT [TQX, PRIMARY_CARE_TRUST]"),
        refusal(sample(), new Recode(D, STOCKTON, OdsCode.of("TQX"))));
    ViolationException refused = assertThrows(ViolationException.class,
        () -> TransitionEngine.apply(sample(), new Recode(D, STOCKTON, OdsCode.of("TQX"))));
    assertEquals("Recoding 5E1 as TQX: TQX is not a code of a PRIMARY_CARE_TRUST",
        refused.violations().get(0).message());
  }

  @Test
  void moneyForAYearThatEndedBeforeItsHolderOpenedIsRefused() {
    Organisation tees = pct("5QX", "Tees", D);
    Landscape opened = applyChecked(sample(), Establish.of(tees)).after();
    FinancialYear past = FinancialYear.of(2005);
    List<String> refused = refusal(opened, new Allocate(D, Allocation.of(tees.code(), past,
        Money.ofPounds(1))));
    assertEquals(List.of("DATE_OUTSIDE_LIFETIME [5QX, " + past + "]"), refused);
  }

  @Test
  void aMovedPracticesBudgetIsAnsweredForByItsNewPrimaryCareTrust() {
    Applied moved = applyChecked(sample(), MovePractice.of(D, DENSHAM, STOCKTON, HARTLEPOOL));
    List<Allocation> own = moved.after().allocations().stream()
        .filter(a -> a.holder().equals(DENSHAM)).toList();
    assertEquals(1, own.size());
    assertEquals(HARTLEPOOL, own.get(0).accountingOfficer());
    assertTrue(moved.effects().contains(new Effect.AccountingOfficerChanged(DENSHAM, YEAR, STOCKTON,
        HARTLEPOOL)), moved.effects()::toString);
  }

  @Test
  void aConsortiumIsFormedWithTheRelationshipsItIsGiven() {
    OdsCode code = OdsCode.of("GPC01");
    Organisation consortium = Organisation.of(code, "GPs", OrganisationKind.GP_CONSORTIUM, D);
    Landscape formed = applyChecked(sample(), FormConsortium.of(consortium, List.of(DENSHAM),
        Relationship.of(RelationshipType.ACCOUNTABLE_TO, code, STOCKTON, D))).after();
    assertEquals(Set.of(STOCKTON), formed.targetsOf(code, RelationshipType.ACCOUNTABLE_TO));
  }
}
