package io.github.commissioning.model.transition;

import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.RunningCost;
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
    relationships(work, body, successor);
    money(work, body, successor);
    contracts(work, body, successor);
    for (RunningCost cost : work.runningCosts(body)) {
      work.setRunningCost(body, cost.year(), io.github.commissioning.money.Money.ZERO);
    }
    work.closeBody(body);
    work.record(new Effect.Succeeded(body, successor, Share.WHOLE, recode));
  }

  private static void duties(Workspace work, OdsCode body, OdsCode successor) {
    for (DutyAssignment held : work.duties(d -> d.accountable().equals(body))) {
      work.moveDuty(held, successor);
    }
    boolean canCarryOut = work.organisation(successor).kind().can(Capacity.TAKE_DELEGATION);
    for (DutyAssignment delegated : work.duties(d -> d.delegate().equals(Optional.of(body)))) {
      work.delegate(delegated, canCarryOut && !delegated.accountable().equals(successor)
          ? Optional.of(successor) : Optional.empty());
    }
  }

  static void relationships(Workspace work, OdsCode body, OdsCode successor) {
    for (Relationship toBody : work.relationships(r -> r.to().equals(body))) {
      if (toBody.from().equals(successor)) {
        work.end(toBody);
      } else {
        work.repoint(toBody, successor);
      }
    }
    for (Relationship fromBody : work.relationships(r -> r.from().equals(body))) {
      work.end(fromBody);
      if (fromBody.type() == RelationshipType.MEMBER_OF) {
        work.record(new Effect.MembershipChanged(body, Optional.of(fromBody.to()), Optional.empty()));
      }
    }
  }

  private static void money(Workspace work, OdsCode body, OdsCode successor) {
    for (Allocation held : work.budgets(a -> a.holder().equals(body))) {
      Workspace.BudgetKey from = Workspace.BudgetKey.of(held);
      Workspace.BudgetKey to = new Workspace.BudgetKey(successor, held.year(), held.ringFence(),
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
