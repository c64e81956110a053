package io.github.commissioning.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.internal.TestKeys.Clash;
import io.github.commissioning.model.internal.TestKeys.Same;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashSetTrieTest {
  private static <E> Set<E> elements(HashSetTrie<E> set) {
    List<E> viaIterator = new ArrayList<>();
    set.iterator().forEachRemaining(viaIterator::add);
    List<E> viaForEach = new ArrayList<>();
    set.forEach(viaForEach::add);
    assertEquals(new HashSet<>(viaIterator), new HashSet<>(viaForEach));
    assertEquals(set.size(), viaIterator.size());
    assertEquals(set.size(), viaForEach.size());
    return new HashSet<>(viaIterator);
  }

  @Test
  void theEmptySet() {
    HashSetTrie<String> empty = HashSetTrie.of();
    assertSame(empty, HashSetTrie.of());
    assertEquals(0, empty.size());
    assertTrue(empty.isEmpty());
    assertFalse(empty.contains("a"));
    assertSame(empty, empty.without("a"));
    assertFalse(empty.iterator().hasNext());
    assertThrows(NoSuchElementException.class, () -> empty.iterator().next());
    assertEquals("[]", empty.toString());
    assertEquals(0, empty.hashCode());
  }

  @Test
  void withAndWithout() {
    HashSetTrie<String> ab = HashSetTrie.<String>of().with("a").with("b");
    assertEquals(2, ab.size());
    assertFalse(ab.isEmpty());
    assertTrue(ab.contains("a"));
    assertTrue(ab.contains("b"));
    assertFalse(ab.contains("c"));
    assertSame(ab, ab.with("a"));
    assertSame(ab, ab.without("c"));
    HashSetTrie<String> b = ab.without("a");
    assertEquals(Set.of("b"), elements(b));
    assertEquals(Set.of("a", "b"), elements(ab));
    assertSame(HashSetTrie.of(), b.without("b"));
    assertEquals("[b]", b.toString());
    assertEquals(Set.of("a", "b"), elements(ab.with("b")));
  }

  @Test
  void collidingElements() {
    HashSetTrie<Object> set = HashSetTrie.of();
    for (int i = 0; i < 20; i++) {
      set = set.with(new Same(i)).with(new Clash(i));
    }
    assertEquals(40, set.size());
    assertTrue(set.contains(new Same(19)));
    assertFalse(set.contains(new Same(20)));
    assertTrue(set.contains(new Clash(13)));
    assertFalse(set.contains(new Clash(20)));
    for (int i = 0; i < 20; i += 2) {
      set = set.without(new Same(i)).without(new Clash(i));
    }
    assertEquals(20, set.size());
    assertFalse(set.contains(new Same(4)));
    assertTrue(set.contains(new Same(5)));
  }

  @Test
  void nullsAreRefused() {
    HashSetTrie<String> set = HashSetTrie.<String>of().with("a");
    assertEquals("element",
        assertThrows(NullPointerException.class, () -> set.with(null)).getMessage());
    assertThrows(NullPointerException.class, () -> set.contains(null));
    assertThrows(NullPointerException.class, () -> set.without(null));
    assertThrows(NullPointerException.class, () -> set.forEach(null));
    assertFalse(set.asSet().contains(null));
  }

  @Test
  void asSetIsAnUnmodifiableSet() {
    HashSetTrie<String> set = HashSetTrie.<String>of().with("a").with("b");
    Set<String> view = set.asSet();
    assertEquals(Set.of("a", "b"), view);
    assertEquals(2, view.size());
    assertTrue(view.contains("a"));
    assertFalse(view.contains("c"));
    assertThrows(UnsupportedOperationException.class, () -> view.add("c"));
    assertThrows(UnsupportedOperationException.class, () -> view.remove("a"));
    Iterator<String> iterator = set.iterator();
    iterator.next();
    assertThrows(UnsupportedOperationException.class, iterator::remove);
  }

  @Test
  void equalsAndHashCodeAreThoseOfASet() {
    HashSetTrie<String> ab = HashSetTrie.<String>of().with("a").with("b");
    HashSetTrie<String> ba = HashSetTrie.<String>of().with("b").with("a");
    assertEquals(ab, ba);
    assertEquals(ab, ab);
    assertEquals(Set.of("a", "b").hashCode(), ab.hashCode());
    assertEquals(ab.hashCode(), ba.hashCode());
    assertNotEquals(ab, ab.with("c"));
    assertNotEquals(ab, ab.without("b").with("c"));
    assertNotEquals(ab, Set.of("a", "b"));
    assertNotEquals(ab, null);
  }

  /** Random changes against a HashSet, on colliding elements, with older versions rechecked. */
  @Test
  void randomChangesAgreeWithAHashSet() {
    Random random = new Random(1_729);
    HashSetTrie<Object> set = HashSetTrie.of();
    Set<Object> reference = new HashSet<>();
    List<HashSetTrie<Object>> versions = new ArrayList<>();
    List<Set<Object>> expectedVersions = new ArrayList<>();
    for (int step = 0; step < 200_000; step++) {
      Object element = TestKeys.draw(random);
      HashSetTrie<Object> next;
      if (random.nextInt(10) < 6) {
        next = set.with(element);
        if (!reference.add(element)) {
          assertSame(set, next);
        }
      } else {
        next = set.without(element);
        if (!reference.remove(element)) {
          assertSame(set, next);
        }
      }
      set = next;
      assertEquals(reference.size(), set.size());
      assertEquals(reference.contains(element), set.contains(element));
      if (step % 4000 == 0) {
        check(set, reference);
      }
      if (step % 40_000 == 1) {
        versions.add(set);
        expectedVersions.add(new HashSet<>(reference));
      }
    }
    check(set, reference);
    for (int i = 0; i < versions.size(); i++) {
      check(versions.get(i), expectedVersions.get(i));
    }
  }

  private static void check(HashSetTrie<Object> set, Set<Object> reference) {
    assertEquals(reference, elements(set));
    assertEquals(reference, set.asSet());
    assertEquals(reference.hashCode(), set.hashCode());
    HashSetTrie<Object> rebuilt = HashSetTrie.of();
    for (Object element : reference) {
      rebuilt = rebuilt.with(element);
    }
    assertEquals(rebuilt, set);
  }
}
