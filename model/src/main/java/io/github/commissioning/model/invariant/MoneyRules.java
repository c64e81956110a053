package io.github.commissioning.model.invariant;

import io.github.commissioning.finance.Allocation;
import io.github.commissioning.finance.Contract;
import io.github.commissioning.finance.Funding;
import io.github.commissioning.finance.RingFence;
import io.github.commissioning.finance.RunningCost;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.Capacity;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.organisation.Organisation;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Invariants 4 and 5: budgets, contracts and running costs name open bodies able to take their
 * part, each appears once, and the totals per year can be added up without overflow. A budget or
 * running cost may be for a year before its holder opened: successors and recoded bodies carry
 * their predecessors' figures.
 */
final class MoneyRules {
  private MoneyRules() {}

  private record BudgetKey(OdsCode holder, FinancialYear year, RingFence ringFence, Funding funding) {}

  static void check(Findings findings) {
    Set<BudgetKey> budgets = new HashSet<>();
    Map<FinancialYear, Money> totals = new HashMap<>();
    for (Allocation allocation : findings.landscape().allocations()) {
      checkAllocation(findings, allocation);
      BudgetKey key = new BudgetKey(allocation.holder(), allocation.year(), allocation.ringFence(),
          allocation.funding());
      if (!budgets.add(key)) {
        findings.add(Invariant.BUDGET_DUPLICATE, allocation.holder() + " holds more than one "
            + allocation.funding() + " " + allocation.ringFence() + " budget for " + allocation.year(),
            allocation.holder(), allocation.year());
      }
      addToTotal(findings, totals, allocation);
    }
    Set<List<Object>> contracts = new HashSet<>();
    for (Contract contract : findings.landscape().contracts()) {
      checkContract(findings, contract);
      if (!contracts.add(List.of(contract.commissioner(), contract.provider(), contract.service(),
          contract.year()))) {
        findings.add(Invariant.CONTRACT_DUPLICATE, contract.commissioner() + " has more than one "
            + contract.service() + " contract with " + contract.provider() + " for " + contract.year(),
            contract.commissioner(), contract.provider());
      }
    }
    Set<List<Object>> costs = new HashSet<>();
    for (RunningCost cost : findings.landscape().runningCosts()) {
      if (!costs.add(List.of(cost.body(), cost.year()))) {
        findings.add(Invariant.RUNNING_COST_DUPLICATE, cost.body() + " has more than one running"
            + " cost for " + cost.year(), cost.body(), cost.year());
      }
      // A recoded body keeps its running costs under its new code, past years included.
      findings.open(cost.body(), () -> "Running cost of " + cost.body() + " for " + cost.year());
    }
  }

  private static void checkAllocation(Findings findings, Allocation allocation) {
    Supplier<String> role = () -> "Allocation " + allocation;
    // A budget may be for a year before its holder opened: a successor inherits its predecessors'
    // budgets, past years included. Allocating new money to such a year is refused by the change.
    findings.able(allocation.holder(), role, Capacity.HOLD_BUDGETS, Invariant.BUDGET_HOLDER_KIND);
    findings.able(allocation.accountingOfficer(), role, Capacity.ACCOUNT_FOR_BUDGETS,
        Invariant.ACCOUNTING_OFFICER_KIND);
  }

  private static void addToTotal(Findings findings, Map<FinancialYear, Money> totals,
      Allocation allocation) {
    if (allocation.funding() != Funding.CASH) {
      return;
    }
    Money sofar = totals.getOrDefault(allocation.year(), Money.ZERO);
    try {
      totals.put(allocation.year(), sofar.plus(allocation.amount()));
    } catch (ViolationException overflow) {
      findings.add(Invariant.MONEY_OVERFLOW, "The cash allocated for " + allocation.year()
          + " overflows when " + allocation.amount() + " to " + allocation.holder() + " is added",
          allocation.holder(), allocation.amount());
    }
  }

  private static void checkContract(Findings findings, Contract contract) {
    Supplier<String> role = () -> "Contract " + contract;
    Optional<Organisation> commissioner = findings.open(contract.commissioner(), role);
    if (commissioner.isPresent() && !commissioner.get().kind().can(Capacity.HOLD_DUTIES)
        && !commissioner.get().kind().can(Capacity.TAKE_DELEGATION)) {
      findings.add(Invariant.CONTRACT_PARTY_KIND, role.get() + " has commissioner " + contract.commissioner()
          + ", a " + commissioner.get().kind() + ", which cannot commission",
          contract.commissioner(), commissioner.get().kind());
    }
    findings.able(contract.provider(), role, Capacity.PROVIDE_SERVICES, Invariant.CONTRACT_PARTY_KIND);
    contract.arrangedBy().ifPresent(arranger -> findings.open(arranger, role));
  }
}
