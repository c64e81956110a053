package io.github.commissioning.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.internal.HashTrie.BitmapNode;
import io.github.commissioning.model.internal.HashTrie.CollisionNode;
import io.github.commissioning.model.internal.HashTrie.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a trie's nodes against the shape its class promises. */
final class TrieShape {
  private TrieShape() {}

  /** Checks every node and that the nodes hold as many entries as the trie says. */
  static void check(HashTrie<?, ?> trie, int width) {
    assertEquals(trie.size(), check(trie.root(), 0, 0, width, true));
  }

  private static int check(Node node, int shift, int prefix, int width, boolean root) {
    int mask = shift >= Integer.SIZE ? -1 : (1 << shift) - 1;
    if (node instanceof CollisionNode collision) {
      Object[] slots = collision.slots;
      assertTrue(slots.length >= 2 * width && slots.length % width == 0, "collision size");
      Set<Object> keys = new HashSet<>();
      for (int i = 0; i < slots.length; i += width) {
        assertEquals(collision.hash, HashTrie.hash(slots[i]), "collision hash");
        assertTrue(keys.add(slots[i]), "distinct keys");
      }
      assertEquals(prefix, collision.hash & mask, "collision on its path");
      return slots.length / width;
    }
    BitmapNode bitmap = assertInstanceOf(BitmapNode.class, node);
    assertTrue(shift <= 30, "a bitmap node within the hash's 32 bits");
    assertEquals(0, bitmap.dataMap & bitmap.nodeMap, "a bit is data or node");
    int data = Integer.bitCount(bitmap.dataMap);
    int nodes = Integer.bitCount(bitmap.nodeMap);
    assertEquals(width * data + nodes, bitmap.slots.length, "slots");
    int count = 0;
    int d = 0;
    int n = 0;
    for (int fragment = 0; fragment < 32; fragment++) {
      int bit = 1 << fragment;
      if ((bitmap.dataMap & bit) != 0) {
        Object key = bitmap.slots[width * d++];
        int hash = HashTrie.hash(key);
        assertEquals(fragment, (hash >>> shift) & 31, "entry in its bit");
        assertEquals(prefix, hash & mask, "entry on its path");
        count++;
      }
      if ((bitmap.nodeMap & bit) != 0) {
        Node child = (Node) bitmap.slots[bitmap.slots.length - 1 - n++];
        count += check(child, shift + 5, prefix | (fragment << shift), width, false);
      }
    }
    if (!root) {
      assertTrue(count >= 2, "a node below the root holds two entries or more");
      assertFalse(data == 0 && nodes == 1 && bitmap.slots[0] instanceof CollisionNode,
          "a collision node needs no bitmap node above it");
    }
    return count;
  }

  /** Asserts that two tries have the same nodes, up to the order inside collision nodes. */
  static void assertSameShape(Node expected, Node actual, int width) {
    assertEquals(expected.getClass(), actual.getClass());
    if (expected instanceof CollisionNode collision) {
      assertEquals(collision.hash, ((CollisionNode) actual).hash);
      assertEquals(entries(collision.slots, width), entries(actual.slots, width));
      return;
    }
    BitmapNode e = (BitmapNode) expected;
    BitmapNode a = (BitmapNode) actual;
    assertEquals(e.dataMap, a.dataMap);
    assertEquals(e.nodeMap, a.nodeMap);
    int data = width * Integer.bitCount(e.dataMap);
    assertEquals(
        Arrays.asList(e.slots).subList(0, data), Arrays.asList(a.slots).subList(0, data));
    for (int i = data; i < e.slots.length; i++) {
      assertSameShape((Node) e.slots[i], (Node) a.slots[i], width);
    }
  }

  private static Set<List<Object>> entries(Object[] slots, int width) {
    Set<List<Object>> entries = new HashSet<>();
    for (int i = 0; i < slots.length; i += width) {
      entries.add(new ArrayList<>(Arrays.asList(slots).subList(i, i + width)));
    }
    assertNotEquals(0, entries.size());
    return entries;
  }
}
