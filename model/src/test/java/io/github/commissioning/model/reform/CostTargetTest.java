package io.github.commissioning.model.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.money.Money;
import io.github.commissioning.organisation.OdsCode;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cut in running costs measured against its target, to the penny and to two decimals. */
class CostTargetTest {
  private static CostTarget target(int percent, long before, long after) {
    return new CostTarget(Optional.of(OdsCode.of("Q36")), "London", percent,
        Money.ofPence(before), Money.ofPence(after));
  }

  @Test
  void theCutAchievedIsTruncatedToTwoDecimals() {
    // 1,000 to 667 is 33.3%.
    assertEquals(new BigDecimal("33.30"), target(30, 1_000, 667).achievedPercent());
    // 3 to 2 is 33.333...%, truncated rather than rounded; 3 to 1 is 66.666...%.
    assertEquals(new BigDecimal("33.33"), target(30, 3, 2).achievedPercent());
    assertEquals(new BigDecimal("66.66"), target(30, 3, 1).achievedPercent());
    // Costs that rose: a negative cut, truncated towards zero.
    assertEquals(new BigDecimal("-33.33"), target(30, 3, 4).achievedPercent());
    assertEquals(new BigDecimal("0.00"), target(30, 0, 0).achievedPercent());
    assertEquals(new BigDecimal("0.00"), target(30, 0, 5).achievedPercent());
  }

  @Test
  void aTargetIsMetByACutOfAtLeastItsPercentageExactly() {
    assertTrue(target(50, 1_000, 500).met());
    assertFalse(target(50, 1_000, 501).met());
    assertTrue(target(50, 1_000, 499).met());
    // 3 to 2 is a cut of 33.33...%, which meets 33% but not 34%.
    assertTrue(target(33, 3, 2).met());
    assertFalse(target(34, 3, 2).met());
    assertTrue(target(0, 5, 5).met());
    assertFalse(target(0, 5, 6).met());
  }

  @Test
  void aTargetIsAPercentageFromNoneToAll() {
    assertEquals(0, target(0, 10, 10).targetPercent());
    assertEquals(100, target(100, 10, 0).targetPercent());
    IllegalArgumentException below = assertThrows(IllegalArgumentException.class,
        () -> target(-1, 10, 10));
    assertEquals("A cost reduction target is a percentage from 0 to 100, not -1",
        below.getMessage());
    IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
        () -> target(101, 10, 10));
    assertEquals("A cost reduction target is a percentage from 0 to 100, not 101",
        above.getMessage());
  }
}
