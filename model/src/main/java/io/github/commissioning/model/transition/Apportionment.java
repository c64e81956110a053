package io.github.commissioning.model.transition;

import static io.github.commissioning.organisation.RelationshipType.MEMBER_OF;

import com.google.common.collect.ImmutableList;
import io.github.commissioning.duty.DutyAssignment;
import io.github.commissioning.duty.Population;
import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.model.internal.LandscapeStore.BudgetKey;
import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.organisation.Relationship;
import io.github.commissioning.transition.Effect;
import io.github.commissioning.transition.Split;
import io.github.commissioning.transition.SplitPart;
import io.github.commissioning.violation.Invariant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carrying out a {@link Split}: each population the body served goes with its duties and its
 * practice to the part that names it; budgets, contract prices and tariffs are divided by the
 * parts' shares to the penny; any other relationship to the body passes to the first part.
 */
final class Apportionment {
  private final Workspace work;
  private final Split split;
  private final ImmutableList<Share> shares;

  Apportionment(Workspace work, Split split) {
    this.work = work;
    this.split = split;
    this.shares = split.parts().stream().map(SplitPart::share).collect(ImmutableList.toImmutableList());
  }

  void apply() {
    Map<Population, OdsCode> successorOf = check();
    work.refuseIfProblems();
    for (SplitPart part : split.parts()) {
      part.established().ifPresent(body -> {
        work.establish(body);
        Inheritance.sharedParents(work, List.of(split.body()), body.code()).forEach(work::start);
      });
    }
    work.moveDuties(work.duties(d -> d.accountable().equals(split.body())),
        held -> successorOf.get(held.duty().population()));
    OdsCode first = split.parts().get(0).successor();
    for (Relationship toBody : work.relationshipsOf(split.body(), r -> r.to().equals(split.body()))) {
      OdsCode successor = toBody.type() == MEMBER_OF
          ? successorOf.getOrDefault(Population.registeredListOf(toBody.from()), first) : first;
      work.repoint(toBody, successor);
    }
    work.relationshipsOf(split.body(), r -> r.from().equals(split.body())).forEach(work::end);
    delegationsToBody(first);
    money();
    contracts();
    work.runningCosts(split.body()).forEach(c -> work.setRunningCost(split.body(), c.year(), Money.ZERO));
    work.closeBody(split.body());
    for (SplitPart part : split.parts()) {
      work.record(new Effect.Succeeded(split.body(), part.successor(), part.share(), false));
    }
  }

  /** Checks the parts against the landscape; returns which successor takes each population. */
  private Map<Population, OdsCode> check() {
    String role = "Splitting " + split.body();
    work.open(split.body(), role);
    Map<Population, OdsCode> successorOf = new HashMap<>();
    for (SplitPart part : split.parts()) {
      if (part.established().isPresent()) {
        work.unused(part.successor(), role);
      } else {
        work.open(part.successor(), role);
      }
      part.populations().forEach(p -> successorOf.put(p, part.successor()));
    }
    Set<Population> served = new LinkedHashSet<>();
    work.duties(d -> d.accountable().equals(split.body())).forEach(d -> served.add(d.duty().population()));
    for (Relationship member : work.relationshipsOf(split.body(), r -> r.type() == MEMBER_OF
        && r.to().equals(split.body()))) {
      Organisation practice = work.organisation(member.from());
      if (practice != null && practice.kind().can(Capacity.REGISTER_PATIENTS)) {
        served.add(Population.registeredListOf(member.from()));
      }
    }
    for (Population population : served) {
      if (!successorOf.containsKey(population)) {
        work.problem(Invariant.SUCCESSION, role + ": no successor takes the " + population,
            split.body(), population.key());
      }
    }
    for (Population named : successorOf.keySet()) {
      if (!served.contains(named)) {
        work.problem(Invariant.STATE_MISMATCH, role + ": it does not serve the " + named,
            split.body(), named.key());
      }
    }
    return successorOf;
  }

  private void delegationsToBody(OdsCode first) {
    Organisation successor = work.organisation(first);
    boolean canCarryOut = successor == null || successor.kind().can(Capacity.TAKE_DELEGATION);
    for (DutyAssignment delegated : work.duties(d -> d.delegate().equals(Optional.of(split.body())))) {
      work.delegate(delegated, canCarryOut && !delegated.accountable().equals(first)
          ? Optional.of(first) : Optional.empty());
    }
  }

  private void money() {
    for (Allocation held : work.budgets(a -> a.holder().equals(split.body()))) {
      ImmutableList<Money> parts = Share.apportion(held.amount(), shares);
      BudgetKey from = BudgetKey.of(held);
      for (int i = 0; i < parts.size(); i++) {
        OdsCode successor = split.parts().get(i).successor();
        OdsCode officer = held.accountingOfficer().equals(split.body()) ? successor
            : held.accountingOfficer();
        work.moveMoney(from, new BudgetKey(successor, held.year(), held.ringFence(),
            held.funding()), parts.get(i), officer);
      }
    }
    OdsCode first = split.parts().get(0).successor();
    for (Allocation answered : work.budgets(a -> a.accountingOfficer().equals(split.body()))) {
      work.replaceBudget(answered.withAccountingOfficer(first));
      work.record(new Effect.AccountingOfficerChanged(answered.holder(), answered.year(),
          split.body(), first));
    }
  }

  private void contracts() {
    for (Contract contract : work.contracts(c -> c.commissioner().equals(split.body())
        || c.provider().equals(split.body()) || c.arrangedBy().equals(Optional.of(split.body())))) {
      ImmutableList<Money> prices = Share.apportion(contract.price(), shares);
      Optional<ImmutableList<Money>> tariffs = contract.tariff().map(t -> Share.apportion(t, shares));
      work.removeContract(contract);
      // Every part gets its contract, even at nothing, so no contract disappears unrecorded.
      for (int i = 0; i < prices.size(); i++) {
        Contract.Builder builder = Contract.builder();
        builder.from(HandOver.replace(contract, split.body(), split.parts().get(i).successor()))
            .price(prices.get(i));
        int part = i;
        tariffs.ifPresent(t -> builder.tariff(t.get(part)));
        work.putContract(i == 0 ? Optional.of(contract) : Optional.empty(), builder.build());
      }
    }
  }
}
