package io.github.commissioning.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvariantTest {

  @Test
  void everyGroupFromOneToSixHasRules() {
    Set<Integer> groups = new HashSet<>();
    for (Invariant invariant : Invariant.values()) {
      assertTrue(invariant.group() >= 1 && invariant.group() <= 6, invariant.name());
      assertFalse(invariant.rule().isBlank(), invariant.name());
      groups.add(invariant.group());
    }
    assertEquals(Set.of(1, 2, 3, 4, 5, 6), groups);
  }

  @Test
  void examples() {
    assertEquals(1, Invariant.CODE_FORMAT.group());
    assertEquals("codes are well formed for their kind", Invariant.CODE_FORMAT.rule());
    assertEquals(4, Invariant.MONEY_OVERFLOW.group());
    assertEquals(6, Invariant.PERIOD_ORDER.group());
    assertEquals("periods are well ordered", Invariant.PERIOD_ORDER.rule());
  }
}
