package io.github.commissioning.model.transition;

import io.github.commissioning.duty.Duty;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.model.internal.LandscapeStore.BudgetKey;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.organisation.RelationshipType;
import io.github.commissioning.transition.Effect;
import java.util.Optional;

/**
 * Closing a body into one successor: everything it held passes on. Shared by closure, merger and
 * recoding, which differ only in how the successor comes to exist.
 */
final class HandOver {
  private HandOver() {}

  static void closeInto(Workspace work, OdsCode body, OdsCode successor, boolean recode) {
    duties(work, body, successor);
    ownList(work, body, successor, recode);
    relationships(work, body, successor, recode);
    money(work, body, successor);
    contracts(work, body, successor);
    for (RunningCost cost : work.runningCosts(body)) {
      // A recoded body is the same body: its running costs go with it.
      if (recode) {
        work.setRunningCost(successor, cost.year(), cost.amount());
      }
      work.setRunningCost(body, cost.year(), Money.ZERO);
    }
    work.closeBody(body);
    work.record(new Effect.Succeeded(body, successor, Share.WHOLE, recode));
  }

  private static void duties(Workspace work, OdsCode body, OdsCode successor) {
    work.moveDuties(work.duties(d -> d.accountable().equals(body)), held -> successor);
    boolean canCarryOut = work.organisation(successor).kind().can(Capacity.TAKE_DELEGATION);
    for (DutyAssignment delegated : work.duties(d -> d.delegate().equals(Optional.of(body)))) {
      work.delegate(delegated, canCarryOut && !delegated.accountable().equals(successor)
          ? Optional.of(successor) : Optional.empty());
    }
  }

  /**
   * The duties for a practice's own registered list: a recoded practice keeps them under its new
   * code; a closed practice's list is gone (its patients are on its successor's list, whose duties
   * already exist), so they end.
   */
  private static void ownList(Workspace work, OdsCode body, OdsCode successor, boolean recode) {
    if (!recode) {
      endOwnList(work, body);
      return;
    }
    Population list = Population.registeredListOf(body);
    for (DutyAssignment forList : work.dutiesFor(list)) {
      work.rekey(forList, Duty.of(forList.duty().function(), Population.registeredListOf(successor)));
    }
  }

  /** Ends the duties for a practice's own list: the list is gone with the practice. */
  static void endOwnList(Workspace work, OdsCode practice) {
    Population list = Population.registeredListOf(practice);
    work.dutiesFor(list).forEach(work::endDuty);
  }

  /**
   * Bodies that stood in a relationship to the closing body now stand in it to the successor. The
   * closing body's own relationships end, except that a recoded body, being the same body, keeps
   * them under its new code.
   */
  static void relationships(Workspace work, OdsCode body, OdsCode successor, boolean recode) {
    for (Relationship toBody : work.relationshipsOf(body, r -> r.to().equals(body))) {
      if (toBody.from().equals(successor)) {
        work.end(toBody);
      } else {
        work.repoint(toBody, successor);
      }
    }
    for (Relationship fromBody : work.relationshipsOf(body, r -> r.from().equals(body))) {
      work.end(fromBody);
      if (recode && !fromBody.to().equals(successor)) {
        work.start(Relationship.of(fromBody.type(), successor, fromBody.to(), work.date()));
      } else if (fromBody.type() == RelationshipType.MEMBER_OF) {
        work.record(new Effect.MembershipChanged(body, Optional.of(fromBody.to()), Optional.empty()));
      }
    }
  }

  private static void money(Workspace work, OdsCode body, OdsCode successor) {
    for (Allocation held : work.budgets(a -> a.holder().equals(body))) {
      BudgetKey from = BudgetKey.of(held);
      BudgetKey to = new BudgetKey(successor, held.year(), held.ringFence(),
          held.funding());
      OdsCode officer = held.accountingOfficer().equals(body) ? successor : held.accountingOfficer();
      work.moveMoney(from, to, held.amount(), officer);
    }
    for (Allocation answered : work.budgets(a -> a.accountingOfficer().equals(body))) {
      work.replaceBudget(answered.withAccountingOfficer(successor));
      work.record(new Effect.AccountingOfficerChanged(answered.holder(), answered.year(), body,
          successor));
    }
  }

  private static void contracts(Workspace work, OdsCode body, OdsCode successor) {
    for (Contract contract : work.contracts(c -> c.commissioner().equals(body)
        || c.provider().equals(body) || c.arrangedBy().equals(Optional.of(body)))) {
      work.putContract(Optional.of(contract), replace(contract, body, successor));
    }
  }

  static Contract replace(Contract contract, OdsCode body, OdsCode successor) {
    Contract.Builder builder = Contract.builder();
    builder.from(contract);
    if (contract.commissioner().equals(body)) {
      builder.commissioner(successor);
    }
    if (contract.provider().equals(body)) {
      builder.provider(successor);
    }
    if (contract.arrangedBy().equals(Optional.of(body))) {
      builder.arrangedBy(successor);
    }
    return builder.build();
  }
}
