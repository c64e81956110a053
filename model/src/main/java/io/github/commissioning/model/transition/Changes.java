package io.github.commissioning.model.transition;

import static io.github.commissioning.organisation.RelationshipType.MEMBER_OF;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.DutySelection;
import io.github.commissioning.duty.Population;
import io.github.commissioning.duty.PopulationType;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.model.internal.LandscapeStore.BudgetKey;
import io.github.commissioning.model.internal.LandscapeStore.ContractKey;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.OrganisationKind;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.transition.Abolish;
import io.github.commissioning.transition.Allocate;
import io.github.commissioning.transition.AppointAccountingOfficer;
import io.github.commissioning.transition.AuthoriseFoundationTrust;
import io.github.commissioning.transition.ChangePolicy;
import io.github.commissioning.transition.Close;
import io.github.commissioning.transition.ConvertToCash;
import io.github.commissioning.transition.CutRunningCosts;
import io.github.commissioning.transition.Delegate;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.EndDelegation;
import io.github.commissioning.transition.EndRelationship;
import io.github.commissioning.transition.Establish;
import io.github.commissioning.transition.FormConsortium;
import io.github.commissioning.transition.JoinConsortium;
import io.github.commissioning.transition.LeaveConsortium;
import io.github.commissioning.transition.Merge;
import io.github.commissioning.transition.MovePractice;
import io.github.commissioning.transition.Recode;
import io.github.commissioning.transition.ReinvestUnderspend;
import io.github.commissioning.transition.Relate;
import io.github.commissioning.transition.Rename;
import io.github.commissioning.transition.RepriceContract;
import io.github.commissioning.transition.SignContract;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.Succeed;
import io.github.commissioning.transition.TransferDuties;
import io.github.commissioning.transition.Transition;
import io.github.commissioning.violation.Invariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each kind of transition changes, carried out on a {@link Workspace}. Each method checks
 * that the transition describes the landscape (records problems otherwise) and makes its changes;
 * the workspace then refuses or builds the new landscape.
 */
final class Changes implements Transition.Visitor<Void> {
  private final Workspace work;

  Changes(Workspace work) {
    this.work = work;
  }

  @Override
  public Void establish(Establish t) {
    work.unused(t.body().code(), "Establishing " + t.body().code());
    work.refuseIfProblems();
    work.establish(t.body());
    t.relationships().forEach(work::start);
    if (t.body().kind().can(Capacity.REGISTER_PATIENTS)) {
      work.primaryCareOrganisationOf(t.body().code())
          .ifPresent(pco -> coverList(t.body().code(), pco));
    }
    return null;
  }

  /**
   * Gives every duty for a new practice's list to its primary care organisation or, where that
   * cannot hold duties (a sub-ICB location), to the body it is part of, delegated to it.
   */
  private void coverList(OdsCode practice, OdsCode pco) {
    Organisation commissioner = work.organisation(pco);
    OdsCode accountable = pco;
    Optional<OdsCode> delegate = Optional.empty();
    if (commissioner != null && !commissioner.kind().can(Capacity.HOLD_DUTIES)) {
      Optional<OdsCode> parent = work.relationshipsOf(pco, r -> r.type() == RelationshipType.PART_OF
          && r.from().equals(pco)).stream().map(Relationship::to).findFirst();
      if (parent.isEmpty()) {
        return;
      }
      accountable = parent.get();
      delegate = Optional.of(pco);
    }
    for (CommissioningFunction function : CommissioningFunction.forPopulation(
        PopulationType.REGISTERED_LIST)) {
      work.assign(new DutyAssignment(Duty.of(function, Population.registeredListOf(practice)),
          accountable, delegate, work.date()));
    }
  }

  @Override
  public Void close(Close t) {
    String role = "Closing " + t.body();
    work.open(t.body(), role);
    work.open(t.successor(), role + " into " + t.successor());
    work.refuseIfProblems();
    HandOver.closeInto(work, t.body(), t.successor(), false);
    return null;
  }

  @Override
  public Void abolish(Abolish t) {
    String role = "Abolishing " + t.body();
    work.open(t.body(), role);
    work.refuseIfProblems();
    HandOver.endOwnList(work, t.body());
    stillHeld(t.body(), "duties", !work.duties(d -> d.accountable().equals(t.body())
        || d.delegate().equals(Optional.of(t.body()))).isEmpty());
    stillHeld(t.body(), "members or dependent bodies", !work.relationshipsOf(t.body(),
        r -> r.to().equals(t.body())).isEmpty());
    stillHeld(t.body(), "budgets", !work.budgets(a -> a.holder().equals(t.body())
        || a.accountingOfficer().equals(t.body())).isEmpty());
    stillHeld(t.body(), "contracts", !work.contracts(c -> c.commissioner().equals(t.body())
        || c.provider().equals(t.body()) || c.arrangedBy().equals(Optional.of(t.body()))).isEmpty());
    work.refuseIfProblems();
    work.relationshipsOf(t.body(), r -> r.from().equals(t.body())).forEach(work::end);
    work.runningCosts(t.body()).forEach(c -> work.setRunningCost(t.body(), c.year(), Money.ZERO));
    work.closeBody(t.body());
    return null;
  }

  private void stillHeld(OdsCode body, String what, boolean held) {
    if (held) {
      work.problem(Invariant.SUCCESSION, "Abolishing " + body + ": it still holds " + what
          + "; close, merge or split it to name a successor", body, what);
    }
  }

  @Override
  public Void succeed(Succeed t) {
    String role = "Succession of " + t.predecessor() + " by " + t.successor();
    for (OdsCode code : List.of(t.predecessor(), t.successor())) {
      if (work.organisation(code) == null) {
        work.problem(Invariant.REFERENCE_UNKNOWN, role + " names " + code
            + ", which is not an organisation of the landscape", code);
      }
    }
    work.refuseIfProblems();
    work.record(new Effect.Succeeded(t.predecessor(), t.successor(), t.share(), false));
    return null;
  }

  @Override
  public Void merge(Merge t) {
    String role = "Merging into " + t.into();
    t.merging().forEach(code -> work.open(code, role));
    if (t.established().isPresent()) {
      work.unused(t.into(), role);
    } else {
      work.open(t.into(), role);
    }
    work.refuseIfProblems();
    t.established().ifPresent(body -> {
      work.establish(body);
      List<Relationship> given = t.relationships().isEmpty()
          ? Inheritance.sharedParents(work, t.merging(), t.into()) : t.relationships().asList();
      given.forEach(work::start);
    });
    boolean newPractice = t.established().map(b -> b.kind().can(Capacity.REGISTER_PATIENTS))
        .orElse(false);
    Optional<OdsCode> listHolder = newPractice
        ? work.primaryCareOrganisationOf(t.merging().iterator().next()) : Optional.empty();
    t.merging().forEach(code -> HandOver.closeInto(work, code, t.into(), false));
    listHolder.ifPresent(pco -> {
      work.start(Relationship.of(MEMBER_OF, t.into(), pco, t.date()));
      coverList(t.into(), pco);
    });
    return null;
  }

  @Override
  public Void split(Split t) {
    new Apportionment(work, t).apply();
    return null;
  }

  @Override
  public Void rename(Rename t) {
    work.open(t.body(), "Renaming " + t.body()).ifPresent(body -> {
      work.replace(body.withName(t.name()));
      work.record(new Effect.Renamed(body.code(), body.name(), t.name()));
    });
    return null;
  }

  @Override
  public Void recode(Recode t) {
    String role = "Recoding " + t.from() + " as " + t.to();
    Optional<Organisation> body = work.open(t.from(), role);
    work.unused(t.to(), role);
    Optional<OrganisationKind> kind = body.map(b -> t.kind().orElse(b.kind()));
    kind.filter(k -> !k.accepts(t.to())).ifPresent(k -> work.problem(Invariant.CODE_FORMAT,
        role + ": " + t.to() + " is not a code of a " + k, t.to(), k));
    work.refuseIfProblems();
    work.establish(Organisation.of(t.to(), body.get().name(), kind.get(), t.date()));
    HandOver.closeInto(work, t.from(), t.to(), true);
    if (kind.get() != body.get().kind()) {
      work.record(new Effect.KindChanged(t.to(), body.get().kind(), kind.get()));
    }
    return null;
  }

  @Override
  public Void transferDuties(TransferDuties t) {
    work.moveDuties(selectedBetween(t.from(), t.to(), t.selection(),
        "Transferring duties from " + t.from() + " to " + t.to()), d -> t.to());
    moveCash(t.from(), t.to(), t.money(), t.ringFence());
    return null;
  }

  @Override
  public Void movePractice(MovePractice t) {
    String role = "Moving practice " + t.practice();
    work.open(t.practice(), role);
    work.open(t.from(), role);
    work.open(t.to(), role);
    Optional<OdsCode> current = work.primaryCareOrganisationOf(t.practice());
    if (!current.equals(Optional.of(t.from()))) {
      work.problem(Invariant.STATE_MISMATCH, role + " from " + t.from() + ": its primary care"
          + " organisation is " + current.map(OdsCode::toString).orElse("none"), t.practice(),
          t.from());
    }
    work.refuseIfProblems();
    work.relationshipsOf(t.practice(), r -> r.type() == MEMBER_OF && r.from().equals(t.practice())
        && r.to().equals(t.from())).forEach(r -> work.repoint(r, t.to()));
    Population list = Population.registeredListOf(t.practice());
    work.moveDuties(work.dutiesFor(list).stream().filter(d -> d.accountable().equals(t.from()))
        .toList(), d -> t.to());
    for (Allocation own : work.budgetsHeldBy(t.practice(), a -> a.accountingOfficer().equals(t.from()))) {
      work.replaceBudget(own.withAccountingOfficer(t.to()));
      work.record(new Effect.AccountingOfficerChanged(t.practice(), own.year(), t.from(), t.to()));
    }
    moveGeneralCash(t.from(), t.to(), t.money());
    return null;
  }

  @Override
  public Void formConsortium(FormConsortium t) {
    String role = "Forming " + t.consortium().code();
    work.unused(t.consortium().code(), role);
    t.practices().forEach(p -> work.open(p, role));
    work.refuseIfProblems();
    work.establish(t.consortium());
    t.relationships().forEach(work::start);
    for (OdsCode practice : t.practices()) {
      join(practice, t.consortium().code());
    }
    return null;
  }

  @Override
  public Void joinConsortium(JoinConsortium t) {
    String role = "Practice " + t.practice() + " joining " + t.consortium();
    work.open(t.practice(), role);
    work.open(t.consortium(), role).filter(c -> !FormConsortium.KINDS.contains(c.kind()))
        .ifPresent(c -> work.problem(Invariant.RELATIONSHIP_KIND, role + ": a " + c.kind()
            + " is not a consortium, federation or practice-based commissioner", c.code(), c.kind()));
    if (!work.relationshipsOf(t.practice(), r -> r.type() == MEMBER_OF
        && r.from().equals(t.practice()) && r.to().equals(t.consortium())).isEmpty()) {
      work.problem(Invariant.STATE_MISMATCH, role + ": it is already a member", t.practice(),
          t.consortium());
    }
    work.refuseIfProblems();
    join(t.practice(), t.consortium());
    return null;
  }

  private void join(OdsCode practice, OdsCode consortium) {
    work.start(Relationship.of(MEMBER_OF, practice, consortium, work.date()));
    work.record(new Effect.MembershipChanged(practice, Optional.empty(), Optional.of(consortium)));
  }

  @Override
  public Void leaveConsortium(LeaveConsortium t) {
    List<Relationship> membership = work.relationshipsOf(t.practice(), r -> r.type() == MEMBER_OF
        && r.from().equals(t.practice()) && r.to().equals(t.consortium()));
    if (membership.isEmpty()) {
      work.problem(Invariant.STATE_MISMATCH, "Practice " + t.practice() + " cannot leave "
          + t.consortium() + ": it is not a member", t.practice(), t.consortium());
    }
    work.refuseIfProblems();
    membership.forEach(work::end);
    work.record(new Effect.MembershipChanged(t.practice(), Optional.of(t.consortium()),
        Optional.empty()));
    return null;
  }

  @Override
  public Void delegate(Delegate t) {
    selectedBetween(t.accountable(), t.delegate(), t.selection(),
        "Delegating from " + t.accountable() + " to " + t.delegate())
        .forEach(d -> work.delegate(d, Optional.of(t.delegate())));
    return null;
  }

  @Override
  public Void endDelegation(EndDelegation t) {
    String role = "Ending delegation from " + t.accountable() + " to " + t.delegate();
    List<DutyAssignment> ended = selected(t.accountable(), t.selection(), role).stream()
        .filter(d -> d.delegate().equals(Optional.of(t.delegate()))).toList();
    if (ended.isEmpty() && !work.hasProblems()) {
      work.problem(Invariant.STATE_MISMATCH, role + ": no selected duty is delegated to "
          + t.delegate(), t.accountable(), t.delegate());
    }
    work.refuseIfProblems();
    ended.forEach(d -> work.delegate(d, Optional.empty()));
    return null;
  }

  /** The selected duties a body holds, both bodies being open; refuses if anything is wrong. */
  private List<DutyAssignment> selectedBetween(OdsCode holder, OdsCode other,
      DutySelection selection, String role) {
    work.open(holder, role);
    work.open(other, role);
    List<DutyAssignment> found = selected(holder, selection, role);
    work.refuseIfProblems();
    return found;
  }

  /** The duties a body holds that a selection selects; at least one, or a problem is recorded. */
  private List<DutyAssignment> selected(OdsCode holder, DutySelection selection, String role) {
    List<DutyAssignment> found = selection.populations().isEmpty()
        ? work.dutiesHeldBy(holder, d -> selection.selects(d.duty()))
        : work.dutiesFor(selection).stream().filter(d -> d.accountable().equals(holder)).toList();
    if (found.isEmpty()) {
      work.problem(Invariant.STATE_MISMATCH, role + ": " + holder + " holds no duty of " + selection,
          holder);
    }
    return found;
  }

  private void moveGeneralCash(OdsCode from, OdsCode to, Money amount) {
    moveCash(from, to, amount, RingFence.GENERAL);
  }

  private void moveCash(OdsCode from, OdsCode to, Money amount, RingFence fence) {
    BudgetKey source = new BudgetKey(from, work.year(), fence, Funding.CASH);
    // The receiver answers for its new budget if it can; otherwise the giver's officer still does.
    OdsCode officer = Optional.ofNullable(work.organisation(to))
        .filter(o -> o.kind().can(Capacity.ACCOUNT_FOR_BUDGETS)).map(Organisation::code)
        .or(() -> work.budget(source).map(Allocation::accountingOfficer)).orElse(to);
    work.moveMoney(source, new BudgetKey(to, work.year(), fence, Funding.CASH), amount,
        officer);
  }

  @Override
  public Void allocate(Allocate t) {
    String role = "Allocating " + t.allocation().amount() + " to " + t.allocation().holder();
    work.open(t.allocation().holder(), role)
        .filter(holder -> t.allocation().year().lastDay().isBefore(holder.operational().start()))
        .ifPresent(holder -> work.problem(Invariant.DATE_OUTSIDE_LIFETIME, role + " for "
            + t.allocation().year() + ", which ended before it opened on "
            + holder.operational().start(), holder.code(), t.allocation().year()));
    work.open(t.allocation().accountingOfficer(), role);
    work.budget(BudgetKey.of(t.allocation()))
        .filter(b -> !b.accountingOfficer().equals(t.allocation().accountingOfficer()))
        .ifPresent(b -> work.problem(Invariant.STATE_MISMATCH, role + ": the budget is answered for"
            + " by " + b.accountingOfficer() + ", not " + t.allocation().accountingOfficer(),
            b.holder(), t.allocation().accountingOfficer()));
    work.refuseIfProblems();
    work.allocate(t.allocation());
    return null;
  }

  @Override
  public Void convertToCash(ConvertToCash t) {
    List<Allocation> indicative = new ArrayList<>();
    for (RingFence fence : RingFence.values()) {
      work.budget(new BudgetKey(t.holder(), t.year(), fence, Funding.INDICATIVE))
          .ifPresent(indicative::add);
    }
    if (indicative.isEmpty()) {
      work.problem(Invariant.STATE_MISMATCH, t.holder() + " has no indicative budget for " + t.year()
          + " to convert to cash", t.holder(), t.year());
    }
    work.refuseIfProblems();
    for (Allocation budget : indicative) {
      work.removeBudget(BudgetKey.of(budget));
      BudgetKey source = new BudgetKey(budget.accountingOfficer(), t.year(),
          RingFence.GENERAL, Funding.CASH);
      BudgetKey cash = new BudgetKey(t.holder(), t.year(), budget.ringFence(),
          Funding.CASH);
      work.moveMoney(source, cash, budget.amount(), budget.accountingOfficer());
      if (work.budget(cash).isEmpty()) {
        // An indicative budget of nothing becomes a cash budget of nothing, not no budget at all.
        work.replaceBudget(budget.withFunding(Funding.CASH));
      }
    }
    return null;
  }

  @Override
  public Void reinvestUnderspend(ReinvestUnderspend t) {
    work.open(t.holder(), "Reinvesting an underspend of " + t.holder());
    work.refuseIfProblems();
    BudgetKey general = new BudgetKey(t.holder(), t.year(), RingFence.GENERAL,
        Funding.CASH);
    OdsCode officer = work.budget(general).map(Allocation::accountingOfficer).orElse(t.holder());
    work.moveMoney(general, new BudgetKey(t.holder(), t.year(), t.into(), Funding.CASH),
        t.amount(), officer);
    return null;
  }

  @Override
  public Void appointAccountingOfficer(AppointAccountingOfficer t) {
    BudgetKey key = new BudgetKey(t.holder(), t.year(), t.ringFence(), t.funding());
    Optional<Allocation> budget = work.budget(key);
    if (budget.isEmpty()) {
      work.problem(Invariant.STATE_MISMATCH, t.holder() + " has no " + t.funding() + " "
          + t.ringFence() + " budget for " + t.year(), t.holder(), t.year());
    }
    work.open(t.officer(), "Appointing the accounting officer for " + t.holder());
    work.refuseIfProblems();
    work.replaceBudget(budget.get().withAccountingOfficer(t.officer()));
    work.record(new Effect.AccountingOfficerChanged(t.holder(), t.year(),
        budget.get().accountingOfficer(), t.officer()));
    return null;
  }

  @Override
  public Void signContract(SignContract t) {
    Contract contract = t.contract();
    if (work.contract(ContractKey.of(contract)).isPresent()) {
      work.problem(Invariant.STATE_MISMATCH, contract.commissioner() + " already has a "
          + contract.service() + " contract with " + contract.provider() + " for " + contract.year()
          + "; reprice it instead", contract.commissioner(), contract.provider());
    }
    work.refuseIfProblems();
    work.putContract(Optional.empty(), contract);
    return null;
  }

  @Override
  public Void repriceContract(RepriceContract t) {
    Optional<Contract> contract = work.contract(new ContractKey(t.commissioner(),
        t.provider(), t.service(), t.year()));
    if (contract.isEmpty()) {
      work.problem(Invariant.STATE_MISMATCH, t.commissioner() + " has no " + t.service()
          + " contract with " + t.provider() + " for " + t.year() + " to reprice", t.commissioner(),
          t.provider());
    }
    work.refuseIfProblems();
    work.putContract(contract, contract.get().withPrice(t.price()));
    return null;
  }

  @Override
  public Void authoriseFoundationTrust(AuthoriseFoundationTrust t) {
    Optional<Organisation> trust = work.open(t.trust(), "Authorising " + t.trust());
    trust.filter(o -> o.kind() != OrganisationKind.NHS_TRUST).ifPresent(o -> work.problem(
        Invariant.STATE_MISMATCH, "Only an NHS trust can be authorised as a foundation trust, not "
            + t.trust() + ", a " + o.kind(), t.trust(), o.kind()));
    work.refuseIfProblems();
    Organisation authorised = Organisation.builder().from(trust.get())
        .kind(OrganisationKind.FOUNDATION_TRUST).build();
    work.replace(authorised);
    work.record(new Effect.KindChanged(t.trust(), OrganisationKind.NHS_TRUST,
        OrganisationKind.FOUNDATION_TRUST));
    work.relationshipsOf(t.trust(), r -> r.from().equals(t.trust())
        && r.type() == RelationshipType.ACCOUNTABLE_TO)
        .forEach(work::end);
    return null;
  }

  @Override
  public Void cutRunningCosts(CutRunningCosts t) {
    Money current = work.runningCost(t.body(), t.year()).map(c -> c.amount()).orElse(Money.ZERO);
    if (t.to().compareTo(current) > 0) {
      work.problem(Invariant.STATE_MISMATCH, "Cutting " + t.body() + "'s running costs for "
          + t.year() + " to " + t.to() + " is not a cut: they are " + current, t.body(), t.to());
    }
    work.open(t.body(), "Cutting running costs of " + t.body());
    work.refuseIfProblems();
    work.setRunningCost(t.body(), t.year(), t.to());
    return null;
  }

  @Override
  public Void changePolicy(ChangePolicy t) {
    work.policy(t.policy());
    return null;
  }

  @Override
  public Void relate(Relate t) {
    String role = "Relationship " + t.relationship();
    work.open(t.relationship().from(), role);
    work.open(t.relationship().to(), role);
    work.refuseIfProblems();
    work.start(t.relationship());
    return null;
  }

  @Override
  public Void endRelationship(EndRelationship t) {
    List<Relationship> ended = work.relationshipsOf(t.from(), r -> r.type() == t.type()
        && r.from().equals(t.from())
        && r.to().equals(t.to()));
    if (ended.isEmpty()) {
      work.problem(Invariant.STATE_MISMATCH, "No relationship " + t.from() + " " + t.type() + " "
          + t.to() + " is in force to end", t.from(), t.to());
    }
    work.refuseIfProblems();
    ended.forEach(work::end);
    return null;
  }
}
