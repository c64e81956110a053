package io.github.commissioning.testkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.money.Money;
import io.github.commissioning.money.Share;
import io.github.commissioning.testkit.property.Choices;
import io.github.commissioning.testkit.property.Property;
import io.github.commissioning.testkit.property.Source;
import io.github.commissioning.time.FinancialYear;
import io.github.commissioning.violation.Invariant;
import io.github.commissioning.violation.ViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void moneyStaysWithinItsBoundsAndShrinksToNothing() {
    Money max = Money.ofPounds(84_000_000_000L);
    Property.forAll(Values.money(max)).withTries(2000)
        .checkThat(m -> !m.isNegative() && m.compareTo(max) <= 0);
    assertEquals(Money.ZERO, Values.money(max).generate(Source.replaying(Choices.of(), 0)));
  }

  @Test
  void arithmeticOnAnyMoneyEitherIsExactOrRefusesWithOverflow() {
    Property.forAll(Values.anyMoney(), Values.anyMoney()).withTries(3000).check((a, b) -> {
      try {
        Money sum = a.plus(b);
        assertEquals(java.math.BigInteger.valueOf(a.pence()).add(java.math.BigInteger.valueOf(b.pence())),
            java.math.BigInteger.valueOf(sum.pence()));
      } catch (ViolationException overflow) {
        assertTrue(overflow.violates(Invariant.MONEY_OVERFLOW));
        long exact = a.pence() + b.pence();
        assertTrue(((a.pence() ^ exact) & (b.pence() ^ exact)) < 0, "refused a sum that fits");
      }
    });
  }

  @Test
  void apportionedSharesAddUpToTheWholeExactly() {
    Property.forAll(Values.money(Money.ofPounds(1_000_000_000L)), Values.shares(97)).withTries(2000)
        .check((amount, share) -> {
          var parts = Share.apportion(amount, java.util.List.of(share,
              Share.of(share.denominator() - share.numerator(), share.denominator())));
          assertEquals(amount, Money.sum(parts));
          assertTrue(parts.get(0).compareTo(share.of(amount)) >= 0);
          assertTrue(parts.get(0).minus(share.of(amount)).pence() <= 1);
        });
  }

  @Test
  void yearsAndDatesStayInRange() {
    Property.forAll(Values.financialYears()).withTries(500)
        .checkThat(y -> y.compareTo(FinancialYear.of(1999)) >= 0 && y.compareTo(FinancialYear.of(2029)) <= 0);
    LocalDate first = LocalDate.of(1999, 4, 1);
    LocalDate last = LocalDate.of(2023, 3, 31);
    Property.forAll(Values.dates(first, last)).withTries(2000)
        .checkThat(d -> !d.isBefore(first) && !d.isAfter(last));
  }
}
