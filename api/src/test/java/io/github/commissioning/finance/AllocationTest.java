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

class AllocationTest {
  private static final OdsCode PCT = OdsCode.of("5QG");
  private static final OdsCode PRACTICE = OdsCode.of("A81001");
  private static final FinancialYear YEAR = FinancialYear.parse("2013/14");
  private static final Money AMOUNT = Money.parse("£1,000,000.00");

  @Test
  void ofIsAGeneralCashBudgetAnsweredForByItsHolder() {
    Allocation allocation = Allocation.of(PCT, YEAR, AMOUNT);
    assertEquals(PCT, allocation.holder());
    assertEquals(PCT, allocation.accountingOfficer());
    assertEquals(YEAR, allocation.year());
    assertEquals(AMOUNT, allocation.amount());
    assertEquals(Funding.CASH, allocation.funding());
    assertEquals(RingFence.GENERAL, allocation.ringFence());
    assertEquals("CASH GENERAL £1,000,000.00 to 5QG for 2013/14 (accounting officer 5QG)",
        allocation.toString());
  }

  @Test
  void ofAcceptsZero() {
    assertEquals(Money.ZERO, Allocation.of(PCT, YEAR, Money.ZERO).amount());
  }

  @Test
  void builder() {
    Allocation allocation = Allocation.builder()
        .holder(PRACTICE)
        .accountingOfficer(PCT)
        .year(YEAR)
        .amount(AMOUNT)
        .funding(Funding.INDICATIVE)
        .ringFence(RingFence.PATIENT_CARE)
        .build();
    assertEquals(PRACTICE, allocation.holder());
    assertEquals(PCT, allocation.accountingOfficer());
    assertEquals(Funding.INDICATIVE, allocation.funding());
    assertEquals(RingFence.PATIENT_CARE, allocation.ringFence());
    assertEquals("INDICATIVE PATIENT_CARE £1,000,000.00 to A81001 for 2013/14 (accounting "
        + "officer 5QG)", allocation.toString());
  }

  @Test
  void builderDefaults() {
    Allocation allocation =
        Allocation.builder().holder(PCT).accountingOfficer(PCT).year(YEAR).amount(AMOUNT).build();
    assertEquals(Allocation.of(PCT, YEAR, AMOUNT), allocation);
    assertEquals(Funding.CASH, allocation.funding());
    assertEquals(RingFence.GENERAL, allocation.ringFence());
  }

  @Test
  void ofRefusesNegativeAmount() {
    assertViolation(() -> Allocation.of(PCT, YEAR, Money.ofPence(-1)), Invariant.MONEY_NEGATIVE,
        "Allocation of -£0.01 to 5QG for 2013/14 must not be negative", "5QG", "-£0.01");
  }

  @Test
  void builderRefusesNegativeAmount() {
    assertViolation(() -> Allocation.builder()
            .holder(PRACTICE)
            .accountingOfficer(PCT)
            .year(YEAR)
            .amount(Money.parse("-£1,234.56"))
            .funding(Funding.INDICATIVE)
            .build(),
        Invariant.MONEY_NEGATIVE,
        "Allocation of -£1,234.56 to A81001 for 2013/14 must not be negative",
        "A81001", "-£1,234.56");
  }

  @Test
  void builderRefusesMissingAttributes() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Allocation.builder().holder(PCT).build());
    assertEquals("Cannot build Allocation, some of required attributes are not set "
        + "[accountingOfficer, year, amount]", e.getMessage());
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> Allocation.of(null, YEAR, AMOUNT));
    assertThrows(NullPointerException.class, () -> Allocation.of(PCT, null, AMOUNT));
    assertThrows(NullPointerException.class, () -> Allocation.of(PCT, YEAR, null));
    assertThrows(NullPointerException.class, () -> Allocation.builder().funding(null));
    Allocation allocation = Allocation.of(PCT, YEAR, AMOUNT);
    assertThrows(NullPointerException.class, () -> allocation.withAmount(null));
    assertThrows(NullPointerException.class, () -> allocation.withHolder(null));
    assertThrows(NullPointerException.class, () -> allocation.withAccountingOfficer(null));
    assertThrows(NullPointerException.class, () -> allocation.withFunding(null));
  }

  @Test
  void withAmountReturnsACopy() {
    Allocation original = Allocation.of(PCT, YEAR, AMOUNT);
    Allocation changed = original.withAmount(Money.ofPounds(5));
    assertEquals(Money.ofPounds(5), changed.amount());
    assertEquals(AMOUNT, original.amount());
    assertEquals(original.holder(), changed.holder());
    assertEquals(original.year(), changed.year());
    assertNotEquals(original, changed);
  }

  @Test
  void withAmountRefusesNegativeAmount() {
    Allocation original = Allocation.of(PCT, YEAR, AMOUNT);
    assertViolation(() -> original.withAmount(Money.ofPence(-100)), Invariant.MONEY_NEGATIVE,
        "Allocation of -£1.00 to 5QG for 2013/14 must not be negative", "5QG", "-£1.00");
    assertEquals(AMOUNT, original.amount());
  }

  @Test
  void withHolderReturnsACopy() {
    Allocation original = Allocation.of(PCT, YEAR, AMOUNT);
    Allocation changed = original.withHolder(PRACTICE);
    assertEquals(PRACTICE, changed.holder());
    assertEquals(PCT, changed.accountingOfficer());
    assertEquals(PCT, original.holder());
  }

  @Test
  void withAccountingOfficerReturnsACopy() {
    Allocation original = Allocation.of(PRACTICE, YEAR, AMOUNT);
    Allocation changed = original.withAccountingOfficer(PCT);
    assertEquals(PCT, changed.accountingOfficer());
    assertEquals(PRACTICE, changed.holder());
    assertEquals(PRACTICE, original.accountingOfficer());
  }

  @Test
  void withFundingReturnsACopy() {
    Allocation original = Allocation.of(PRACTICE, YEAR, AMOUNT);
    Allocation changed = original.withFunding(Funding.INDICATIVE);
    assertEquals(Funding.INDICATIVE, changed.funding());
    assertEquals(Funding.CASH, original.funding());
    assertEquals(RingFence.GENERAL, changed.ringFence());
    assertNotEquals(original, changed);
  }

  @Test
  void equalsAndHashCode() {
    Allocation a = Allocation.of(PCT, YEAR, AMOUNT);
    Allocation b = Allocation.builder()
        .holder(OdsCode.of("5QG"))
        .accountingOfficer(OdsCode.of("5QG"))
        .year(FinancialYear.of(2013))
        .amount(Money.ofPounds(1_000_000))
        .funding(Funding.CASH)
        .ringFence(RingFence.GENERAL)
        .build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Allocation.of(PCT, YEAR.next(), AMOUNT));
    assertNotEquals(a, Allocation.builder().from(a).ringFence(RingFence.PUBLIC_HEALTH).build());
  }
}
