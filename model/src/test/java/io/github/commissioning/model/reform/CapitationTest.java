package io.github.commissioning.model.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.ods.RegisteredPatients;
import io.github.commissioning.model.ods.RegisteredPatients.AgeBand;
import io.github.commissioning.money.Money;
import io.github.commissioning.testkit.property.Gen;
import io.github.commissioning.testkit.property.Property;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapitationTest {
  private static Map<Integer, Long> keyed(List<Long> weights) {
    Map<Integer, Long> keyed = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      keyed.put(i, weights.get(i));
    }
    return keyed;
  }

  @Test
  void partsAddUpToThePennyAndEachIsItsExactShareRoundedWithinAPenny() {
    Gen<List<Long>> weights = Gen.listOf(Gen.longs(0, 5_000_000_000L), 1, 40)
        .filter(list -> list.stream().anyMatch(w -> w > 0), 100);
    Property.forAll(Gen.longs(0, 9_000_000_000_000L), weights).withTries(500).check((pence, list) -> {
      Map<Integer, Long> keyed = keyed(list);
      Map<Integer, Money> parts = Capitation.apportion(Money.ofPence(pence), keyed);
      assertEquals(pence, parts.values().stream().mapToLong(Money::pence).sum());
      BigInteger total = list.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
      for (int i = 0; i < list.size(); i++) {
        long weight = list.get(i);
        BigInteger exactFloor = BigInteger.valueOf(pence).multiply(BigInteger.valueOf(weight))
            .divide(total);
        long part = parts.get(i).pence();
        assertTrue(part == exactFloor.longValueExact() || part == exactFloor.longValueExact() + 1,
            () -> "part " + part + " of weight " + weight);
        if (weight == 0) {
          assertEquals(0, part);
        }
      }
    });
  }

  @Test
  void leftOverPenceGoToTheLargestRemaindersEarlierKeysFirst() {
    // 100p in thirds: 33.33 each, one penny over, to the first of the equal remainders.
    assertEquals(List.of(Money.ofPence(34), Money.ofPence(33), Money.ofPence(33)),
        List.copyOf(Capitation.apportion(Money.ofPence(100), keyed(List.of(1L, 1L, 1L))).values()));
    // 10p as 1:2: 3.33 and 6.66; the larger remainder (0.66) takes the penny.
    assertEquals(List.of(Money.ofPence(3), Money.ofPence(7)),
        List.copyOf(Capitation.apportion(Money.ofPence(10), keyed(List.of(1L, 2L))).values()));    // A weight of zero is allowed, and gets nothing.
    assertEquals(List.of(Money.ZERO, Money.ofPence(10)),
        List.copyOf(Capitation.apportion(Money.ofPence(10), keyed(List.of(0L, 3L))).values()));
  }

  @Test
  void badAmountsAndWeightsAreRefusedWithTheRule() {
    assertThrows(IllegalArgumentException.class,
        () -> Capitation.apportion(Money.ofPence(-1), keyed(List.of(1L))));
    assertThrows(IllegalArgumentException.class,
        () -> Capitation.apportion(Money.ofPence(1), keyed(List.of(0L, 0L))));
    assertThrows(IllegalArgumentException.class,
        () -> Capitation.apportion(Money.ofPence(1), keyed(List.of(2L, -1L))));
  }

  @Test
  void aPatientWeighsByAgeAndSexAsTheTableSays() {
    int[] males = new int[AgeBand.values().length];
    int[] females = new int[AgeBand.values().length];
    males[AgeBand.AGED_75_AND_OVER.ordinal()] = 10;
    females[AgeBand.AGED_25_TO_34.ordinal()] = 3;
    // 10 men over 75 at 340 and 3 women of 25-34 at 110, in hundredths.
    assertEquals(10 * 340 + 3 * 110, Capitation.weighted(RegisteredPatients.of(males, females)));
    assertEquals(100, Capitation.weight(false, AgeBand.AGED_0_TO_4));
    assertEquals(55, Capitation.weight(true, AgeBand.AGED_5_TO_14));
  }
}
