package io.github.commissioning.finance;

import static io.github.commissioning.violation.ViolationAssertions.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.duty.CommissioningFunction;
import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Invariant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractTest {
  private static final OdsCode PCT = OdsCode.of("5QG");
  private static final OdsCode TRUST = OdsCode.of("RR8");
  private static final FinancialYear YEAR = FinancialYear.parse("2013/14");

  private static Contract.Builder base() {
    return Contract.builder()
        .commissioner(PCT)
        .provider(TRUST)
        .service(CommissioningFunction.ACUTE_ELECTIVE)
        .year(YEAR)
        .price(Money.ofPounds(1000));
  }

  @Test
  void builderWithoutOptionalParts() {
    Contract contract = base().build();
    assertEquals(PCT, contract.commissioner());
    assertEquals(TRUST, contract.provider());
    assertEquals(CommissioningFunction.ACUTE_ELECTIVE, contract.service());
    assertEquals(YEAR, contract.year());
    assertEquals(Money.ofPounds(1000), contract.price());
    assertEquals(Optional.empty(), contract.tariff());
    assertEquals(Optional.empty(), contract.arrangedBy());
    assertEquals("ACUTE_ELECTIVE 2013/14 5QG -> RR8 at £1,000.00", contract.toString());
  }

  @Test
  void builderWithTariffAndArranger() {
    Contract contract = base().tariff(Money.ofPounds(900)).arrangedBy(OdsCode.of("5QH")).build();
    assertEquals(Optional.of(Money.ofPounds(900)), contract.tariff());
    assertEquals(Optional.of(OdsCode.of("5QH")), contract.arrangedBy());
    assertEquals("ACUTE_ELECTIVE 2013/14 5QG -> RR8 at £1,000.00 (tariff £900.00)",
        contract.toString());
  }

  @Test
  void priceMayExceedTariffAndBeZero() {
    assertEquals(Money.ZERO, base().price(Money.ZERO).tariff(Money.ZERO).build().price());
    assertEquals(Money.ofPounds(2000),
        base().price(Money.ofPounds(2000)).tariff(Money.ofPounds(1)).build().price());
  }

  @Test
  void refusesNegativePrice() {
    assertViolation(() -> base().price(Money.ofPence(-1)).build(), Invariant.MONEY_NEGATIVE,
        "Contract price -£0.01 between 5QG and RR8 must not be negative", "RR8", "-£0.01");
  }

  @Test
  void refusesNegativeTariff() {
    assertViolation(() -> base().tariff(Money.ofPounds(-1)).build(), Invariant.MONEY_NEGATIVE,
        "Tariff price -£1.00 for ACUTE_ELECTIVE must not be negative", "RR8", "-£1.00");
  }

  @Test
  void priceIsCheckedBeforeTariff() {
    assertViolation(() -> base().price(Money.ofPence(-1)).tariff(Money.ofPence(-2)).build(),
        Invariant.MONEY_NEGATIVE,
        "Contract price -£0.01 between 5QG and RR8 must not be negative", "RR8", "-£0.01");
  }

  @Test
  void builderRefusesMissingAttributes() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Contract.builder().commissioner(PCT).service(CommissioningFunction.DENTAL).build());
    assertEquals("Cannot build Contract, some of required attributes are not set "
        + "[provider, year, price]", e.getMessage());
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> Contract.builder().commissioner(null));
    assertThrows(NullPointerException.class, () -> Contract.builder().price(null));
    assertThrows(NullPointerException.class, () -> Contract.builder().tariff((Money) null));
    assertThrows(NullPointerException.class, () -> base().build().withPrice(null));
  }

  @Test
  void withPriceReturnsACopy() {
    Contract original = base().tariff(Money.ofPounds(900)).build();
    Contract changed = original.withPrice(Money.ofPounds(800));
    assertEquals(Money.ofPounds(800), changed.price());
    assertEquals(Money.ofPounds(1000), original.price());
    assertEquals(original.tariff(), changed.tariff());
    assertEquals(original.provider(), changed.provider());
    assertNotEquals(original, changed);
  }

  @Test
  void withPriceRefusesNegativePrice() {
    Contract original = base().build();
    assertViolation(() -> original.withPrice(Money.ofPounds(-5)), Invariant.MONEY_NEGATIVE,
        "Contract price -£5.00 between 5QG and RR8 must not be negative", "RR8", "-£5.00");
    assertEquals(Money.ofPounds(1000), original.price());
  }

  @Test
  void equalsAndHashCode() {
    Contract a = base().tariff(Money.ofPounds(900)).build();
    Contract b = Contract.builder()
        .commissioner(OdsCode.of("5QG"))
        .provider(OdsCode.of("RR8"))
        .service(CommissioningFunction.ACUTE_ELECTIVE)
        .year(FinancialYear.of(2013))
        .price(Money.parse("£1,000"))
        .tariff(Optional.of(Money.parse("900")))
        .build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, base().build());
    assertNotEquals(a, base().tariff(Money.ofPounds(900)).arrangedBy(OdsCode.of("5QH")).build());
  }
}
