package io.github.commissioning.model.transition;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.model.internal.LandscapeStore.BudgetKey;
import io.github.commissioning.model.internal.LandscapeStore.ContractKey;
import io.github.commissioning.model.internal.LandscapeStore.CostKey;
import io.github.commissioning.model.internal.LandscapeStore;
import io.github.commissioning.model.invariant.StructuralInvariants;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides from what a change touched whether a sound landscape stays sound, so that a small
 * change costs a few lookups rather than a check of everything.
 *
 * <p>The answer is conservative: {@code true} only if the {@link StructuralInvariants} would find
 * nothing wrong with the changed landscape; {@code false} whenever that cannot be told cheaply (a
 * body closed or changed kind, the date passed a day on which something ends, a long chain to
 * search for cycles), and then the engine checks the whole landscape, which also words the
 * refusal. Each test below is the part of a structural rule that the touched parts could break,
 * given that the landscape before broke none.
 */
final class ChangeCheck {
  /** How many bodies a search for a cycle visits before leaving the question to the full check. */
  private static final int CYCLE_SEARCH_LIMIT = 1_000;

  private final LandscapeStore before;
  private final LandscapeStore after;
  private final LocalDate date;

  private ChangeCheck(LandscapeStore before, LandscapeStore after) {
    this.before = before;
    this.after = after;
    this.date = after.date();
  }

  /**
   * Returns whether the changed parts keep every structural invariant, judged from what changed.
   *
   * @param before the parts before, which must have been checked for the answer to be true
   * @param after the parts after
   * @param touched what the changes touched
   * @return true only if the parts after break no structural invariant
   */
  static boolean keepsInvariants(LandscapeStore before, LandscapeStore after,
      Workspace.Touched touched) {
    if (!before.isChecked() || !after.areas().equals(before.areas()) || !after.cashIsExact()
        || !after.date().isBefore(before.nextChange())) {
      return false;
    }
    ChangeCheck check = new ChangeCheck(before, after);
    return touched.organisations.stream().allMatch(check::organisationSound)
        && touched.relationshipsAdded.stream().allMatch(check::addedSound)
        && touched.relationshipsRemoved.stream().allMatch(check::removalSound)
        && touched.duties.stream().allMatch(check::dutySound)
        && touched.budgets.stream().allMatch(check::budgetSound)
        && touched.contracts.stream().allMatch(check::contractSound)
        && touched.runningCosts.stream().allMatch(check::runningCostSound);
  }

  // ---- organisations (invariant 1, and the populations a new practice brings) ----------------

  private boolean organisationSound(OdsCode code) {
    Optional<Organisation> now = after.organisation(code);
    if (now.isEmpty()) {
      return false;
    }
    Organisation body = now.get();
    Optional<Organisation> was = before.organisation(code);
    if (was.isPresent()) {
      // A new name changes nothing a rule reads; a new kind or lifetime may change everything.
      return was.get().kind() == body.kind() && was.get().operational().equals(body.operational());
    }
    if (!body.kind().accepts(code) || body.operational().start().isAfter(date)) {
      return false;
    }
    return body.kind() != OrganisationKind.GP_PRACTICE || !body.isOpenOn(date)
        || newPracticeCovered(body);
  }

  /** A new open practice belongs to a primary care organisation, and its list is covered. */
  private boolean newPracticeCovered(Organisation practice) {
    if (after.primaryCareOrganisationOf(practice.code()).isEmpty()) {
      return false;
    }
    if (!practice.kind().can(Capacity.REGISTER_PATIENTS)) {
      return true;
    }
    Population list = Population.registeredListOf(practice.code());
    for (CommissioningFunction function : CommissioningFunction.forPopulation(list.type())) {
      if (after.holderOf(Duty.of(function, list)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  // ---- relationships (invariant 2) -----------------------------------------------------------

  private boolean addedSound(Relationship relationship) {
    if (!after.contains(relationship)) {
      return true;
    }
    Optional<Organisation> from = openBody(relationship.from());
    Optional<Organisation> to = openBody(relationship.to());
    if (from.isEmpty() || to.isEmpty() || !relationship.period().contains(date)
        || !relationship.type().allows(from.get().kind(), to.get().kind())
        || relationship.period().start().isBefore(from.get().operational().start())
        || relationship.period().start().isBefore(to.get().operational().start())) {
      return false;
    }
    return singleParents(relationship) && !reaches(relationship.type(), relationship.to(),
        relationship.from());
  }

  /** The body relates to its target once, and has no more parents than its type allows. */
  private boolean singleParents(Relationship relationship) {
    RelationshipType type = relationship.type();
    Set<OdsCode> targets = new HashSet<>();
    int primaryCare = 0;
    int otherGroups = 0;
    for (Relationship other : after.relationshipsAt(relationship.from())) {
      if (other.type() != type || !other.from().equals(relationship.from())) {
        continue;
      }
      if (!targets.add(other.to())) {
        return false;
      }
      Optional<Organisation> parent = after.organisation(other.to());
      if (parent.isPresent() && parent.get().kind().can(Capacity.HAVE_PRACTICE_MEMBERS)) {
        primaryCare++;
      } else if (parent.isPresent()) {
        otherGroups++;
      }
    }
    if (type.singleParent()) {
      return targets.size() <= 1;
    }
    return type != RelationshipType.MEMBER_OF || (primaryCare <= 1 && otherGroups <= 1);
  }

  /** Whether {@code target} can be reached from {@code start} by relationships of a type. */
  private boolean reaches(RelationshipType type, OdsCode start, OdsCode target) {
    Set<OdsCode> seen = new HashSet<>();
    Deque<OdsCode> pending = new ArrayDeque<>();
    pending.push(start);
    seen.add(start);
    while (!pending.isEmpty()) {
      OdsCode code = pending.pop();
      if (code.equals(target) || seen.size() > CYCLE_SEARCH_LIMIT) {
        return true;
      }
      for (Relationship next : after.relationshipsAt(code)) {
        if (next.type() == type && next.from().equals(code) && seen.add(next.to())) {
          pending.push(next.to());
        }
      }
    }
    return false;
  }

  /** Ending a membership leaves an open practice still in a primary care organisation. */
  private boolean removalSound(Relationship relationship) {
    if (after.contains(relationship) || relationship.type() != RelationshipType.MEMBER_OF) {
      return true;
    }
    Optional<Organisation> member = after.organisation(relationship.from());
    return member.isEmpty() || member.get().kind() != OrganisationKind.GP_PRACTICE
        || !member.get().isOpenOn(date)
        || after.primaryCareOrganisationOf(relationship.from()).isPresent();
  }

  // ---- duties (invariant 3) ------------------------------------------------------------------

  private boolean dutySound(Duty duty) {
    Optional<DutyAssignment> held = after.holderOf(duty);
    if (held.isEmpty()) {
      return !after.hasPopulation(duty.population());
    }
    DutyAssignment assignment = held.get();
    Optional<Organisation> accountable = able(assignment.accountable(), Capacity.HOLD_DUTIES);
    return after.hasPopulation(duty.population()) && !assignment.since().isAfter(date)
        && accountable.isPresent()
        && !assignment.since().isBefore(accountable.get().operational().start())
        && assignment.delegate().map(d -> able(d, Capacity.TAKE_DELEGATION).isPresent())
            .orElse(true);
  }

  // ---- money (invariants 4 and 5) ------------------------------------------------------------

  private boolean budgetSound(BudgetKey key) {
    Optional<Allocation> budget = after.budget(key);
    return budget.isEmpty() || (able(budget.get().holder(), Capacity.HOLD_BUDGETS).isPresent()
        && able(budget.get().accountingOfficer(), Capacity.ACCOUNT_FOR_BUDGETS).isPresent());
  }

  private boolean contractSound(ContractKey key) {
    Optional<Contract> found = after.contract(key);
    if (found.isEmpty()) {
      return true;
    }
    Contract contract = found.get();
    Optional<Organisation> commissioner = openBody(contract.commissioner());
    return commissioner.isPresent() && (commissioner.get().kind().can(Capacity.HOLD_DUTIES)
        || commissioner.get().kind().can(Capacity.TAKE_DELEGATION))
        && able(contract.provider(), Capacity.PROVIDE_SERVICES).isPresent()
        && contract.arrangedBy().map(arranger -> openBody(arranger).isPresent()).orElse(true);
  }

  private boolean runningCostSound(CostKey key) {
    Optional<RunningCost> cost = after.runningCost(key);
    return cost.isEmpty() || openBody(cost.get().body()).isPresent();
  }

  // ---- references ----------------------------------------------------------------------------

  private Optional<Organisation> openBody(OdsCode code) {
    return after.organisation(code).filter(body -> body.isOpenOn(date));
  }

  private Optional<Organisation> able(OdsCode code, Capacity capacity) {
    return openBody(code).filter(body -> body.kind().can(capacity));
  }
}
