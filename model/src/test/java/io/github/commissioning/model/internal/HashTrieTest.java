package io.github.commissioning.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioning.model.internal.TestKeys.Deep;
import io.github.commissioning.model.internal.TestKeys.Same;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashTrieTest {
  @Test
  void trieOrderPutsTheFirstLevelsFragmentHighest() {
    assertEquals(0, HashTrie.trieOrder(0));
    assertEquals(1 << 27, HashTrie.trieOrder(1));
    assertEquals(31 << 27, HashTrie.trieOrder(31));
    assertEquals(1 << 22, HashTrie.trieOrder(1 << 5));
    assertEquals(1 << 2, HashTrie.trieOrder(1 << 25));
    assertEquals(1, HashTrie.trieOrder(1 << 30));
    assertEquals(2, HashTrie.trieOrder(1 << 31));
    assertEquals(-1, HashTrie.trieOrder(-1));
  }

  @Test
  void hashFoldsTheHighHalfIntoTheLow() {
    Object key = new Object() {
      @Override
      public int hashCode() {
        return 0x12345678;
      }
    };
    assertEquals(0x1234444C, HashTrie.hash(key));
  }

  @Test
  void keysIteratorEndsWithNoSuchElement() {
    HashTrie<String, String> trie = HashTrie.<String, String>empty(2).put("a", 97, "1", "", false);
    Iterator<String> keys = trie.keys();
    assertEquals("a", keys.next());
    assertFalse(keys.hasNext());
    assertThrows(NoSuchElementException.class, keys::next);
    assertThrows(NoSuchElementException.class, () -> HashTrie.empty(1).keys().next());
  }

  @Test
  void removingAnAbsentKeyGivesTheSameTrie() {
    HashTrie<Object, Object> trie = HashTrie.empty(2);
    for (int i = 0; i < 3; i++) {
      trie = trie.put(new Same(i), HashTrie.hash(new Same(i)), i, i, false);
    }
    trie = trie.put(new Deep(1), HashTrie.hash(new Deep(1)), 1, 1, false);
    assertSame(trie, trie.remove(new Same(9), HashTrie.hash(new Same(9))));
    assertSame(trie, trie.remove(new Deep(2), HashTrie.hash(new Deep(2))));
    assertSame(trie, trie.remove(new Deep(129), HashTrie.hash(new Deep(129))));
    Object other = new Object() {
      @Override
      public int hashCode() {
        return new Same(0).hashCode() + (1 << 20);
      }
    };
    assertSame(trie, trie.remove(other, HashTrie.hash(other)));
    assertNull(trie.get(other, HashTrie.hash(other)));
  }

  @Test
  void aKeyThatSharesACollisionNodesPathSplitsItLower() {
    // Same keys hash to 42: fragments 10, then 1. The integer 1066 shares both, then parts.
    HashTrie<Object, Object> trie = HashTrie.empty(2);
    for (Object key : new Object[] {new Same(0), new Same(1), 1066, 42 + 2048 * 3}) {
      trie = trie.put(key, HashTrie.hash(key), key.toString(), "", false);
      TrieShape.check(trie, 2);
    }
    assertEquals("1066", trie.get(1066, HashTrie.hash(1066)));
    assertEquals("Same[id=1]", trie.get(new Same(1), 42));
    trie = trie.remove(1066, HashTrie.hash(1066)).remove(6186, HashTrie.hash(6186));
    TrieShape.check(trie, 2);
    assertEquals(2, trie.size());
  }

  /**
   * Applies random puts and removes to tries of each width and to a HashMap, checking after each
   * step the touched key and now and then every entry, the nodes' shape, and that the trie has
   * the very shape a trie built at once from its entries has.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void randomChangesAgreeWithAHashMapAndKeepTheCanonicalShape(int width) {
    Random random = new Random(7 + width);
    HashTrie<Object, Object> trie = HashTrie.empty(width);
    Map<Object, Object> reference = new HashMap<>();
    for (int step = 0; step < 25_000; step++) {
      Object key = TestKeys.draw(random);
      int hash = HashTrie.hash(key);
      if (random.nextInt(5) < 3) {
        Object value = width == 1 ? key : random.nextInt(4);
        trie = trie.put(key, hash, value, "extra " + value, reference.containsKey(key));
        reference.put(key, value);
      } else {
        HashTrie<Object, Object> removed = trie.remove(key, hash);
        if (reference.remove(key) == null) {
          assertSame(trie, removed);
        }
        trie = removed;
      }
      assertEquals(reference.size(), trie.size());
      assertEquals(reference.get(key), trie.get(key, hash));
      if (width == 3 && reference.containsKey(key)) {
        assertEquals("extra " + reference.get(key), trie.find(key, hash, 2));
        assertEquals(key, trie.find(key, hash, 0));
      }
      if (step % 2000 == 0 || step > 24_980) {
        checkAll(trie, reference, width);
      }
    }
  }

  private static void checkAll(HashTrie<Object, Object> trie, Map<Object, Object> reference,
      int width) {
    TrieShape.check(trie, width);
    Map<Object, Object> seen = new HashMap<>();
    trie.forEach((key, value) -> assertNull(seen.put(key, value)));
    assertEquals(reference, seen);
    List<Object> keys = new ArrayList<>();
    trie.keys().forEachRemaining(keys::add);
    assertEquals(reference.keySet(), new HashSet<>(keys));
    assertEquals(reference.size(), keys.size());
    for (Map.Entry<Object, Object> entry : reference.entrySet()) {
      assertEquals(entry.getValue(),
          trie.get(entry.getKey(), HashTrie.hash(entry.getKey())));
    }
    List<Object> sorted = new ArrayList<>(reference.keySet());
    sorted.sort(Comparator.comparingLong(
        key -> Integer.toUnsignedLong(HashTrie.trieOrder(HashTrie.hash(key)))));
    Object[] entries = new Object[width * sorted.size()];
    int[] hashes = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      Object key = sorted.get(i);
      Object[] entry = {key, reference.get(key), "extra " + reference.get(key)};
      System.arraycopy(entry, 0, entries, width * i, width);
      hashes[i] = HashTrie.hash(key);
    }
    HashTrie<Object, Object> built = HashTrie.build(entries, hashes, sorted.size(), width);
    assertEquals(trie.size(), built.size());
    TrieShape.assertSameShape(built.root(), trie.root(), width);
  }
}
