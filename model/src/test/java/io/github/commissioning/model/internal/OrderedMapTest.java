package io.github.commissioning.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.internal.TestKeys.Clash;
import io.github.commissioning.model.internal.TestKeys.Same;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderedMapTest {
  private static <K, V> List<Map.Entry<K, V>> entries(OrderedMap<K, V> map) {
    List<Map.Entry<K, V>> entries = new ArrayList<>();
    map.forEach((key, value) -> entries.add(Map.entry(key, value)));
    return entries;
  }

  private static OrderedMap<String, Integer> abc() {
    return OrderedMap.<String, Integer>of().with("a", 1).with("b", 2).with("c", 3);
  }

  @Test
  void theEmptyMap() {
    OrderedMap<String, Integer> empty = OrderedMap.of();
    assertSame(empty, OrderedMap.of());
    assertEquals(0, empty.size());
    assertTrue(empty.isEmpty());
    assertNull(empty.get("a"));
    assertFalse(empty.containsKey("a"));
    assertEquals(-1, empty.positionOf("a"));
    assertSame(empty, empty.without("a"));
    assertEquals("{}", empty.toString());
    assertEquals(0, empty.hashCode());
    assertEquals(List.of(), entries(empty));
    assertTrue(empty.keySet().isEmpty());
    assertFalse(empty.values().iterator().hasNext());
  }

  @Test
  void withAddsInOrderAndGetFindsTheValues() {
    OrderedMap<String, Integer> map = abc();
    assertEquals(3, map.size());
    assertFalse(map.isEmpty());
    assertEquals(2, map.get("b"));
    assertTrue(map.containsKey("c"));
    assertFalse(map.containsKey("d"));
    assertNull(map.get("d"));
    assertEquals(List.of(Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 3)), entries(map));
    assertEquals("{a=1, b=2, c=3}", map.toString());
    assertEquals(0, map.positionOf("a"));
    assertEquals(1, map.positionOf("b"));
    assertEquals(2, map.positionOf("c"));
    assertEquals(-1, map.positionOf("d"));
  }

  @Test
  void withOnAKeyReplacesItsValueInItsPlace() {
    OrderedMap<String, Integer> map = abc();
    OrderedMap<String, Integer> replaced = map.with("b", 20);
    assertEquals("{a=1, b=20, c=3}", replaced.toString());
    assertEquals(1, replaced.positionOf("b"));
    assertEquals(3, replaced.size());
    assertEquals("{a=1, b=2, c=3}", map.toString());
    assertSame(map, map.with("b", 2));
    assertSame(map, map.with("b", Integer.valueOf(2000 / 1000)));
    assertEquals(3, replaced.with("d", 4).positionOf("d"));
  }

  @Test
  void withKeepsTheKeyFirstPut() {
    String first = new String("k");
    String second = new String("k");
    OrderedMap<String, Integer> map = OrderedMap.<String, Integer>of().with(first, 1).with(second, 2);
    assertSame(first, map.keySet().iterator().next());
    assertEquals(2, map.get("k"));
  }

  @Test
  void withoutRemovesAndANewKeyGoesLast() {
    OrderedMap<String, Integer> map = abc();
    OrderedMap<String, Integer> removed = map.without("a");
    assertEquals("{b=2, c=3}", removed.toString());
    assertEquals(2, removed.size());
    assertNull(removed.get("a"));
    assertEquals(-1, removed.positionOf("a"));
    assertSame(removed, removed.without("a"));
    OrderedMap<String, Integer> readded = removed.with("a", 1);
    assertEquals("{b=2, c=3, a=1}", readded.toString());
    assertEquals(3, readded.positionOf("a"));
    assertTrue(readded.positionOf("c") < readded.positionOf("a"));
    assertEquals("{a=1, b=2, c=3}", map.toString());
    assertSame(OrderedMap.of(), map.without("a").without("b").without("c"));
  }

  @Test
  void nullsAreRefused() {
    OrderedMap<String, Integer> map = abc();
    assertEquals("key",
        assertThrows(NullPointerException.class, () -> map.with(null, 1)).getMessage());
    assertEquals("value",
        assertThrows(NullPointerException.class, () -> map.with("a", null)).getMessage());
    assertEquals("key",
        assertThrows(NullPointerException.class, () -> map.get(null)).getMessage());
    assertThrows(NullPointerException.class, () -> map.containsKey(null));
    assertThrows(NullPointerException.class, () -> map.positionOf(null));
    assertThrows(NullPointerException.class, () -> map.without(null));
    assertThrows(NullPointerException.class, () -> map.forEach(null));
    OrderedMap.Builder<String, Integer> builder = OrderedMap.builder();
    assertEquals("key",
        assertThrows(NullPointerException.class, () -> builder.put(null, 1)).getMessage());
    assertEquals("value",
        assertThrows(NullPointerException.class, () -> builder.put("a", null)).getMessage());
  }

  @Test
  void viewsFollowTheOrderAndCannotChange() {
    OrderedMap<String, Integer> map = abc().without("a").with("a", 10);
    Collection<Integer> values = map.values();
    assertEquals(List.of(2, 3, 10), new ArrayList<>(values));
    assertEquals(3, values.size());
    assertTrue(values.contains(10));
    Set<String> keys = map.keySet();
    assertEquals(List.of("b", "c", "a"), new ArrayList<>(keys));
    assertEquals(3, keys.size());
    assertTrue(keys.contains("a"));
    assertFalse(keys.contains("d"));
    assertFalse(keys.contains(null));
    assertEquals(Set.of("a", "b", "c"), keys);
    assertThrows(UnsupportedOperationException.class, () -> keys.add("d"));
    assertThrows(UnsupportedOperationException.class, () -> values.remove(2));
    Iterator<String> iterator = keys.iterator();
    iterator.next();
    assertThrows(UnsupportedOperationException.class, iterator::remove);
    iterator.next();
    iterator.next();
    assertFalse(iterator.hasNext());
    assertThrows(NoSuchElementException.class, iterator::next);
  }

  @Test
  void equalsAndHashCodeAreThoseOfAMapWhateverTheOrder() {
    OrderedMap<String, Integer> map = abc();
    OrderedMap<String, Integer> reordered =
        OrderedMap.<String, Integer>of().with("c", 3).with("a", 1).with("b", 2);
    assertEquals(map, reordered);
    assertEquals(map, map);
    assertEquals(Map.of("a", 1, "b", 2, "c", 3).hashCode(), map.hashCode());
    assertEquals(map.hashCode(), reordered.hashCode());
    assertNotEquals(map, map.with("c", 4));
    assertNotEquals(map, map.without("c").with("d", 3));
    assertNotEquals(map, map.without("c"));
    assertNotEquals(map, Map.of("a", 1, "b", 2, "c", 3));
    assertNotEquals(map, null);
    assertNotEquals(map.hashCode(), map.with("c", 4).hashCode());
  }

  @Test
  void equalsLooksIntoCollisionNodesAndChildNodes() {
    OrderedMap<Object, Integer> colliding =
        OrderedMap.<Object, Integer>of().with(new Same(1), 1).with(new Same(2), 2);
    assertNotEquals(colliding, colliding.with(new Same(2), 3));
    assertNotEquals(colliding, colliding.without(new Same(2)).with(new Same(3), 2));
    OrderedMap<Object, Integer> many = OrderedMap.of();
    for (int i = 0; i < 2000; i++) {
      many = many.with(i, i);
    }
    assertNotEquals(many, many.with(1999, 0));
    assertNotEquals(many, many.with(0, 1));
    assertEquals(many, many.with(1999, 0).with(1999, 1999));
  }

  @Test
  void theBuilderPutsAsWithDoes() {
    OrderedMap.Builder<Object, Integer> builder = OrderedMap.builder();
    assertSame(OrderedMap.of(), builder.build());
    assertSame(builder, builder.put("a", 1));
    builder.put(new Same(1), 1).put("b", 2).put(new Same(2), 2).put("a", 10).put(new Same(1), 11)
        .put(new Clash(7), 7).put(new Clash(0), 0).put(new Same(1), 12);
    OrderedMap<Object, Integer> built = builder.build();
    OrderedMap<Object, Integer> withs = OrderedMap.<Object, Integer>of()
        .with("a", 1).with(new Same(1), 1).with("b", 2).with(new Same(2), 2).with("a", 10)
        .with(new Same(1), 11).with(new Clash(7), 7).with(new Clash(0), 0).with(new Same(1), 12);
    assertEquals(withs, built);
    assertEquals(entries(withs), entries(built));
    assertEquals("{a=10, Same[id=1]=12, b=2, Same[id=2]=2, Clash[id=7]=7, Clash[id=0]=0}",
        built.toString());
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L),
        built.keySet().stream().map(built::positionOf).toList());
    for (int i = 0; i < 40; i++) {
      builder.put(i, i);
    }
    assertEquals(46, builder.build().size());
    assertEquals(6, built.size());
    OrderedMap<Object, Integer> grown = builder.build().with("new", 0);
    assertEquals(46, grown.positionOf("new"));
  }

  /**
   * Applies random changes to a map and to a LinkedHashMap, on keys that collide in part and in
   * full, checking each step's key, and now and then the whole order and older versions.
   */
  @Test
  void randomChangesAgreeWithALinkedHashMap() {
    Random random = new Random(20_240_501);
    OrderedMap<Object, Integer> map = OrderedMap.of();
    LinkedHashMap<Object, Integer> reference = new LinkedHashMap<>();
    List<OrderedMap<Object, Integer>> versions = new ArrayList<>();
    List<LinkedHashMap<Object, Integer>> expectedVersions = new ArrayList<>();
    for (int step = 0; step < 200_000; step++) {
      Object key = TestKeys.draw(random);
      OrderedMap<Object, Integer> next;
      if (random.nextInt(10) < 6) {
        int value = random.nextInt(3);
        next = map.with(key, value);
        if (Integer.valueOf(value).equals(reference.put(key, value))) {
          assertSame(map, next);
        }
      } else {
        next = map.without(key);
        if (reference.remove(key) == null) {
          assertSame(map, next);
        }
      }
      map = next;
      assertEquals(reference.size(), map.size());
      assertEquals(reference.get(key), map.get(key));
      assertEquals(reference.containsKey(key), map.containsKey(key));
      if (step % 4000 == 0) {
        checkOrder(map, reference);
      }
      if (step % 40_000 == 1) {
        versions.add(map);
        expectedVersions.add(new LinkedHashMap<>(reference));
      }
    }
    checkOrder(map, reference);
    for (int i = 0; i < versions.size(); i++) {
      checkOrder(versions.get(i), expectedVersions.get(i));
    }
  }

  private static void checkOrder(OrderedMap<Object, Integer> map, Map<Object, Integer> reference) {
    assertEquals(new ArrayList<>(reference.entrySet()), entries(map));
    assertEquals(new ArrayList<>(reference.keySet()), new ArrayList<>(map.keySet()));
    assertEquals(new ArrayList<>(reference.values()), new ArrayList<>(map.values()));
    assertEquals(reference.hashCode(), map.hashCode());
    long previous = -1;
    for (Object key : reference.keySet()) {
      long position = map.positionOf(key);
      assertTrue(position > previous);
      previous = position;
    }
    OrderedMap.Builder<Object, Integer> builder = OrderedMap.builder();
    reference.forEach(builder::put);
    assertEquals(map, builder.build());
    Map<Object, Integer> unordered = new HashMap<>(reference);
    OrderedMap<Object, Integer> shuffled = OrderedMap.of();
    for (Map.Entry<Object, Integer> entry : unordered.entrySet()) {
      shuffled = shuffled.with(entry.getKey(), entry.getValue());
    }
    assertEquals(map, shuffled);
  }
}
