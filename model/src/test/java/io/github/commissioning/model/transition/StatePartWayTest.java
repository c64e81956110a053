package io.github.commissioning.model.transition;

import static io.github.commissioning.model.transition.Engine.BRENT;
import static io.github.commissioning.model.transition.Engine.BRENT_PRACTICES;
import static io.github.commissioning.model.transition.Engine.D;
import static io.github.commissioning.model.transition.Engine.HARTLEPOOL;
import static io.github.commissioning.model.transition.Engine.KENSINGTON;
import static io.github.commissioning.model.transition.Engine.RVW;
import static io.github.commissioning.model.transition.Engine.STOCKTON;
import static io.github.commissioning.model.transition.Engine.STOCKTON_AREA;
import static io.github.commissioning.model.transition.Engine.X24;
import static io.github.commissioning.model.transition.Engine.YEAR;
import static io.github.commissioning.model.transition.Engine.establishBoard;
import static io.github.commissioning.model.transition.Engine.pct;
import static io.github.commissioning.model.transition.Engine.pence;
import static io.github.commissioning.model.transition.Engine.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.duty.Area;
import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.landscape.Landscape;
import io.github.commissioning.model.internal.LandscapeStore;
import io.github.commissioning.model.landscape.LandscapeSnapshot;
import io.github.commissioning.model.policy.Policies;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.testkit.LandscapeDraft;
import io.github.commissioning.testkit.contract.QueryConsistency;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.transition.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The state part-way through a reorganisation, seen as a landscape (the workspace's store): every query answers as the
 * landscape of the same parts would, and it answers for states that are not sound landscapes.
 */
class StatePartWayTest {
  private static final Organisation TEES = pct("5QX", "Tees PCT", D);
  private static final OdsCode FORTY_WILLOWS = BRENT_PRACTICES.get(1);

  /** Carries the steps out on a workspace of the sample, as a reorganisation does. */
  private static Workspace carriedOut(Transition... steps) {
    Workspace work = new Workspace(sample());
    Landscape state = sample();
    for (Transition step : steps) {
      TransitionEngine.carryOut(work, state, step);
      state = work.store();
    }
    return work;
  }

  @Test
  void everyQueryAnswersAsTheLandscapeOfTheSameParts() {
    Workspace work = carriedOut(establishBoard(D), Merge.intoNew(TEES, HARTLEPOOL, STOCKTON),
        new MovePractice(D, FORTY_WILLOWS, BRENT, KENSINGTON, Money.ofPounds(1_000_000)),
        new Allocate(D.plusDays(1), Allocation.of(X24, YEAR, pence(100_000_000_000L))),
        new ChangePolicy(D.plusDays(1), Policies.OPPOSITION_2009));
    LandscapeStore view = work.store();
    LandscapeSnapshot same = LandscapeSnapshot.copyOf(LandscapeDraft.from(work.store()));

    assertEquals(D.plusDays(1), view.date());
    assertEquals(Policies.OPPOSITION_2009, view.policy());
    assertEquals(same.organisations(), view.organisations());
    assertEquals(same.relationships(), view.relationships());
    assertEquals(same.areas(), view.areas());
    assertEquals(same.duties(), view.duties());
    assertEquals(same.allocations(), view.allocations());
    assertEquals(same.contracts(), view.contracts());
    assertEquals(same.runningCosts(), view.runningCosts());
    assertEquals(same.populations().asList(), view.populations().asList());

    Set<OdsCode> codes = new TreeSet<>();
    same.organisations().forEach(o -> codes.add(o.code()));
    codes.add(OdsCode.of("5ZZ"));
    for (OdsCode code : codes) {
      assertEquals(same.organisation(code), view.organisation(code), code::toString);
      assertEquals(same.primaryCareOrganisationOf(code), view.primaryCareOrganisationOf(code),
          code::toString);
      assertEquals(same.dutiesOf(code), view.dutiesOf(code), code::toString);
      for (RelationshipType type : RelationshipType.values()) {
        assertEquals(same.targetsOf(code, type).asList(), view.targetsOf(code, type).asList());
        assertEquals(same.sourcesOf(code, type).asList(), view.sourcesOf(code, type).asList());
      }
      for (int year = 2009; year <= 2012; year++) {
        assertEquals(same.budgetsOf(code, FinancialYear.of(year)),
            view.budgetsOf(code, FinancialYear.of(year)));
      }
    }
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertEquals(same.open(kind).asList(), view.open(kind).asList(), kind::toString);
    }
    for (DutyAssignment assignment : same.duties()) {
      assertEquals(Optional.of(assignment), view.holderOf(assignment.duty()));
    }
    for (int year = 2009; year <= 2012; year++) {
      assertEquals(same.totalAllocated(FinancialYear.of(year)),
          view.totalAllocated(FinancialYear.of(year)));
    }
    QueryConsistency.check(view);
  }

  @Test
  void theStatePartWayThroughAnswersWithWhatTheStepsDid() {
    LandscapeStore view = carriedOut(establishBoard(D),
        Merge.intoNew(TEES, HARTLEPOOL, STOCKTON),
        new MovePractice(D, FORTY_WILLOWS, BRENT, KENSINGTON, Money.ofPounds(1_000_000))).store();
    assertEquals(D, view.date());
    assertEquals(Optional.of(TEES.code()), view.primaryCareOrganisationOf(OdsCode.of("A81001")));
    assertEquals(Optional.of(KENSINGTON), view.primaryCareOrganisationOf(FORTY_WILLOWS));
    assertEquals(OrganisationKind.NATIONAL_BOARD, view.organisation(X24).orElseThrow().kind());
    assertEquals(List.of(TEES), view.open(OrganisationKind.PRIMARY_CARE_TRUST).stream()
        .filter(o -> o.code().equals(TEES.code())).toList());
    assertEquals(Optional.empty(), view.holderOf(Duty.of(CommissioningFunction.DENTAL,
        Population.residentsOf(Area.of("E99999999", "Nowhere")))));
    assertEquals(TEES.code(), view.holderOf(Duty.of(CommissioningFunction.DENTAL,
        Population.residentsOf(STOCKTON_AREA))).orElseThrow().accountable());
  }

  @Test
  void aStateThatIsNoSoundLandscapeStillAnswers() {
    // A hospital holding a duty: refused at the end of a reorganisation, but a state on the way.
    Workspace work = carriedOut(TransferDuties.of(D, STOCKTON, RVW, CommissioningFunction.DENTAL));
    LandscapeStore view = work.store();
    Duty dental = Duty.of(CommissioningFunction.DENTAL, Population.residentsOf(STOCKTON_AREA));
    assertEquals(RVW, view.holderOf(dental).orElseThrow().accountable());
    assertEquals(List.of(dental), new ArrayList<>(view.dutiesOf(RVW)).stream()
        .map(DutyAssignment::duty).toList());
    assertEquals(Optional.empty(), view.dutiesOf(STOCKTON).stream()
        .filter(d -> d.duty().equals(dental)).findFirst());
  }
}
