package io.github.commissioning.finance;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Invariant;
import org.junit.jupiter.api.Test;

class RunningCostTest {
  private static final OdsCode PCT = OdsCode.of("5QG");
  private static final FinancialYear YEAR = FinancialYear.parse("2013/14");

  @Test
  void of() {
    RunningCost cost = RunningCost.of(PCT, YEAR, Money.ofPounds(250_000));
    assertEquals(PCT, cost.body());
    assertEquals(YEAR, cost.year());
    assertEquals(Money.ofPounds(250_000), cost.amount());
    assertEquals(cost, new RunningCost(PCT, YEAR, Money.parse("£250,000.00")));
  }

  @Test
  void acceptsZero() {
    assertEquals(Money.ZERO, RunningCost.of(PCT, YEAR, Money.ZERO).amount());
  }

  @Test
  void refusesNegativeAmount() {
    assertViolation(() -> RunningCost.of(PCT, YEAR, Money.ofPence(-1)), Invariant.MONEY_NEGATIVE,
        "Running cost -£0.01 of 5QG for 2013/14 must not be negative", "5QG", "-£0.01");
  }

  @Test
  void constructorRefusesNegativeAmount() {
    assertViolation(() -> new RunningCost(PCT, YEAR, Money.parse("-£1,000")),
        Invariant.MONEY_NEGATIVE,
        "Running cost -£1,000.00 of 5QG for 2013/14 must not be negative", "5QG", "-£1,000.00");
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> RunningCost.of(null, YEAR, Money.ZERO));
    assertThrows(NullPointerException.class, () -> RunningCost.of(PCT, null, Money.ZERO));
    assertThrows(NullPointerException.class, () -> RunningCost.of(PCT, YEAR, null));
  }

  @Test
  void equalsAndHashCode() {
    RunningCost a = RunningCost.of(PCT, YEAR, Money.ofPounds(1));
    RunningCost b = RunningCost.of(OdsCode.of("5QG"), FinancialYear.of(2013), Money.ofPence(100));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, RunningCost.of(PCT, YEAR.next(), Money.ofPounds(1)));
  }
}
