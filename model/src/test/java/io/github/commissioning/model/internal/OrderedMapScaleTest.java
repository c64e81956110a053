package io.github.commissioning.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Iterator;
import org.junit.jupiter.api.Test;

/**
 * A map of a million entries, built at once or one by one, is the same map. Seconds long, so
 * mutation testing leaves it out; {@link OrderedMapTest} checks the same code on small maps.
 */
class OrderedMapScaleTest {
  @Test
  void aMillionEntriesBuiltOrAddedOneByOneAreEqual() {
    int n = 1_000_000;
    OrderedMap.Builder<Integer, Integer> builder = OrderedMap.builder();
    OrderedMap<Integer, Integer> withs = OrderedMap.of();
    for (int i = 0; i < n; i++) {
      int key = i * 31 + 7;
      builder.put(key, i);
      withs = withs.with(key, i);
    }
    OrderedMap<Integer, Integer> built = builder.build();
    assertEquals(n, built.size());
    assertEquals(withs, built);
    Iterator<Integer> keys = withs.keySet().iterator();
    long[] expected = {0};
    built.forEach((key, value) -> {
      assertEquals(keys.next(), key);
      assertEquals(expected[0]++, value.longValue());
    });
    assertEquals(n - 1, built.positionOf((n - 1) * 31 + 7));
    OrderedMap<Integer, Integer> changed = built.with(7, -1).without(38);
    assertEquals(-1, changed.get(7));
    assertEquals(0, built.get(7));
    assertFalse(changed.containsKey(38));
    assertEquals(n - 1, changed.size());
  }
}
