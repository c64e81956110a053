package io.github.commissioning.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.model.internal.TestKeys.Same;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashMapTrieTest {
  @Test
  void theEmptyMap() {
    HashMapTrie<String, Integer> empty = HashMapTrie.of();
    assertSame(empty, HashMapTrie.of());
    assertSame(empty, HashMapTrie.copyOf(Map.of()));
    assertEquals(0, empty.size());
    assertNull(empty.get("a"));
    assertSame(empty, empty.without("a"));
    assertEquals("{}", empty.toString());
    assertEquals(0, empty.hashCode());
  }

  @Test
  void withReplacesAndWithoutRemoves() {
    HashMapTrie<String, Integer> ab = HashMapTrie.<String, Integer>of().with("a", 1).with("b", 2);
    assertEquals(2, ab.size());
    assertEquals(1, ab.get("a"));
    assertSame(ab, ab.with("a", 1));
    HashMapTrie<String, Integer> replaced = ab.with("a", 3);
    assertEquals(3, replaced.get("a"));
    assertEquals(2, replaced.size());
    assertEquals(1, ab.get("a"), "the map replaced in is unchanged");
    assertSame(ab, ab.without("c"));
    assertEquals("{b=2}", ab.without("a").toString());
    assertSame(HashMapTrie.of(), ab.without("a").without("b"));
  }

  @Test
  void nullsAreRefusedNamingWhatWasNull() {
    HashMapTrie<String, Integer> map = HashMapTrie.<String, Integer>of().with("a", 1);
    assertEquals("key", assertThrows(NullPointerException.class, () -> map.with(null, 1))
        .getMessage());
    assertEquals("value", assertThrows(NullPointerException.class, () -> map.with("b", null))
        .getMessage());
    assertThrows(NullPointerException.class, () -> map.get(null));
    assertThrows(NullPointerException.class, () -> map.without(null));
    Map<String, Integer> withNull = new HashMap<>();
    withNull.put("x", null);
    assertEquals("value of x", assertThrows(NullPointerException.class,
        () -> HashMapTrie.copyOf(withNull)).getMessage());
  }

  @Test
  void equalsAndHashCodeAreThoseOfAMap() {
    HashMapTrie<String, Integer> ab = HashMapTrie.<String, Integer>of().with("a", 1).with("b", 2);
    assertEquals(ab, HashMapTrie.<String, Integer>of().with("b", 2).with("a", 1));
    assertEquals(Map.of("a", 1, "b", 2).hashCode(), ab.hashCode());
    assertNotEquals(ab, ab.with("b", 3));
    assertNotEquals(ab, Map.of("a", 1, "b", 2));
  }

  /**
   * Random changes against a HashMap, on colliding keys, with older versions rechecked; a map
   * built at once with {@code copyOf} equals the one built by changes.
   */
  @Test
  void randomChangesAgreeWithAHashMap() {
    Random random = new Random(2_718);
    HashMapTrie<Object, Integer> map = HashMapTrie.of();
    Map<Object, Integer> reference = new HashMap<>();
    List<HashMapTrie<Object, Integer>> versions = new ArrayList<>();
    List<Map<Object, Integer>> expectedVersions = new ArrayList<>();
    for (int step = 0; step < 100_000; step++) {
      Object key = TestKeys.draw(random);
      if (random.nextInt(10) < 6) {
        int value = random.nextInt(3);
        map = map.with(key, value);
        reference.put(key, value);
      } else {
        map = map.without(key);
        reference.remove(key);
      }
      assertEquals(reference.size(), map.size());
      assertEquals(reference.get(key), map.get(key));
      if (step % 5000 == 0) {
        check(map, reference);
        versions.add(map);
        expectedVersions.add(new HashMap<>(reference));
      }
    }
    check(map, reference);
    for (int i = 0; i < versions.size(); i++) {
      check(versions.get(i), expectedVersions.get(i));
    }
  }

  @Test
  void copyOfHoldsKeysThatCollideFully() {
    Map<Object, Integer> reference = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      reference.put(new Same(i), i);
    }
    check(HashMapTrie.copyOf(reference), reference);
  }

  private static void check(HashMapTrie<Object, Integer> map, Map<Object, Integer> reference) {
    HashMapTrie<Object, Integer> copy = HashMapTrie.copyOf(reference);
    assertEquals(copy, map);
    assertEquals(reference.hashCode(), map.hashCode());
    assertEquals(reference.size(), copy.size());
    reference.forEach((key, value) -> {
      assertEquals(value, map.get(key));
      assertEquals(value, copy.get(key));
    });
  }
}
