package io.github.commissioning.model.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A persistent hash array mapped trie of entries keyed by non-null keys: the one implementation of
 * the trie behind {@link OrderedMap} and {@link HashSetTrie}. Each level takes five bits of a
 * key's hash (the lowest first) and indexes a 32-way node through two bitmaps, one for the entries
 * stored inline and one for the child nodes. Keys whose whole hashes are equal share a collision
 * node. An update copies only the path from the root to the changed entry; every other node is
 * shared between the old trie and the new.
 *
 * <p>An entry is {@code width} consecutive slots of a node: the key, then (if the width is two or
 * more) its value, then (if three) one more object the owner keeps with the entry. A set has
 * width one and is its own value; {@link OrderedMap} has width three. The width is fixed for a
 * trie and given to every node operation, so that the nodes carry nothing but their slots.
 *
 * <p>The trie is kept in one canonical shape, whatever the history of its changes: below the root
 * no node holds fewer than two entries, and no bitmap node there holds nothing but a collision
 * node. Keys are compared with {@code equals} and {@code hashCode}. Recursion is never deeper
 * than the trie (at most seven levels and a collision node).
 *
 * <p>This class is immutable and thread-safe. (It keeps its entries' hash sum in a field that
 * every thread computes alike, as {@link String} does its hash code.)
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
final class HashTrie<K, V> {
  /** The bits of the hash that each level consumes. */
  static final int BITS = 5;

  private static final int MASK = (1 << BITS) - 1;

  private final BitmapNode root;
  private final int size;
  private final int width;
  /** The {@link #entryHashSum}, or zero before it is first asked for. */
  private int entryHashSum;

  private HashTrie(BitmapNode root, int size, int width) {
    this.root = root;
    this.size = size;
    this.width = width;
  }

  /**
   * Returns an empty trie.
   *
   * @param width the slots an entry takes: one (a key that is its own value), two (and a value)
   *     or three (and one more object)
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @return an empty trie
   */
  static <K, V> HashTrie<K, V> empty(int width) {
    return new HashTrie<>(BitmapNode.EMPTY, 0, width);
  }

  /**
   * Returns the hash under which the trie files a key: its {@code hashCode} with the high half
   * folded into the low half, since the trie consumes the low bits first. The folding is its own
   * inverse, so keys collide fully here exactly when their hash codes are equal.
   *
   * @param key the key
   * @return the key's hash
   */
  static int hash(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  /**
   * Returns the number of entries.
   *
   * @return the number of entries
   */
  int size() {
    return size;
  }

  /**
   * Returns the root node, for the tests that check the trie's shape.
   *
   * @return the root node
   */
  BitmapNode root() {
    return root;
  }

  /**
   * Returns one slot of the entry of a key: 0 for the key as stored, 1 for its value, 2 for the
   * extra object.
   *
   * @param key the key
   * @param hash the key's {@link #hash}
   * @param slot which slot, less than the width
   * @return the slot's content, or null if the key is absent
   */
  @Nullable Object find(Object key, int hash, int slot) {
    Object node = root;
    int shift = 0;
    while (node instanceof BitmapNode bitmap) {
      int bit = bit(hash, shift);
      if ((bitmap.dataMap & bit) != 0) {
        int index = bitmap.dataIndex(bit, width);
        return key.equals(bitmap.slots[index]) ? bitmap.slots[index + slot] : null;
      }
      if ((bitmap.nodeMap & bit) == 0) {
        return null;
      }
      node = bitmap.slots[bitmap.nodeIndex(bit)];
      shift += BITS;
    }
    Object[] slots = ((CollisionNode) node).slots;
    int index = CollisionNode.indexOf(slots, key, width);
    return index < 0 ? null : slots[index + slot];
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key
   * @param hash the key's {@link #hash}
   * @return the value (the key as stored, in a trie of width one), or null if the key is absent
   */
  @SuppressWarnings("unchecked")
  @Nullable V get(Object key, int hash) {
    return (V) find(key, hash, width == 1 ? 0 : 1);
  }

  /**
   * Returns the trie with an entry put in, in place of any entry of an equal key. The caller has
   * already looked the key up and says whether it was present, so that the size stays right
   * without a second look-up here.
   *
   * @param key the key
   * @param hash the key's {@link #hash}
   * @param value the value (ignored in a trie of width one)
   * @param extra the extra object (ignored in a trie of width less than three)
   * @param present whether the key is in this trie
   * @return the new trie
   */
  HashTrie<K, V> put(K key, int hash, Object value, Object extra, boolean present) {
    Object[] entry = {key, value, extra};
    return new HashTrie<>(
        (BitmapNode) root.put(entry, hash, 0, width), present ? size : size + 1, width);
  }

  /**
   * Returns the trie without a key.
   *
   * @param key the key
   * @param hash the key's {@link #hash}
   * @return the new trie, or this one if the key is absent
   */
  HashTrie<K, V> remove(Object key, int hash) {
    Node removed = root.remove(key, hash, 0, width);
    if (removed == root) {
      return this;
    }
    return new HashTrie<>((BitmapNode) removed, size - 1, width);
  }

  /**
   * Calls an action with every key and the slot after it (the value, or the key itself in a trie
   * of width one), in the trie's own order (which follows the hashes).
   *
   * @param action the action
   */
  @SuppressWarnings("unchecked")
  void forEach(BiConsumer<? super K, ? super V> action) {
    root.allMatch((key, value) -> {
      action.accept((K) key, (V) value);
      return true;
    }, width);
  }

  /**
   * Returns whether another trie holds the same keys, each with an equal value (in tries of width
   * one, the same keys).
   *
   * @param other the other trie
   * @return whether the two tries hold the same entries
   */
  boolean sameEntries(HashTrie<?, ?> other) {
    return size == other.size
        && root.allMatch((key, value) -> value.equals(other.get(key, hash(key))), width);
  }

  /**
   * Returns the hash code that {@link java.util.Map} gives the entries, or {@link java.util.Set}
   * the keys in a trie of width one.
   *
   * @return the sum over the entries of the key's hash code, xor the value's if there are values;
   *     computed once and kept
   */
  int entryHashSum() {
    int h = entryHashSum;
    if (h == 0) {
      int[] sum = {0};
      root.allMatch((key, value) -> {
        sum[0] += width == 1 ? key.hashCode() : key.hashCode() ^ value.hashCode();
        return true;
      }, width);
      h = sum[0];
      entryHashSum = h;
    }
    return h;
  }

  /**
   * Writes mappings as {@link java.util.AbstractMap} does, in the order a walk gives them.
   *
   * @param walk calls its argument with every key and value
   * @return for example {@code {a=1, b=2}}
   */
  static String mapText(Consumer<BiConsumer<Object, Object>> walk) {
    StringBuilder text = new StringBuilder("{");
    walk.accept((key, value) -> text.append(text.length() > 1 ? ", " : "").append(key)
        .append('=').append(value));
    return text.append('}').toString();
  }

  /**
   * Returns an iterator over the keys, in the trie's own order.
   *
   * @return an iterator that cannot remove keys
   */
  Iterator<K> keys() {
    return new KeyIterator<>(root, width);
  }

  /**
   * Builds a trie at once from entries of distinct keys sorted into the trie's own order: by
   * their hashes' five-bit fragments, the lowest fragment most significant (see {@link
   * #trieOrder}).
   *
   * @param entries the entries, {@code width} slots each, in trie order
   * @param hashes the keys' {@link #hash}es, in the same order
   * @param count how many entries
   * @param width the slots an entry takes
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @return the trie
   */
  static <K, V> HashTrie<K, V> build(Object[] entries, int[] hashes, int count, int width) {
    if (count == 0) {
      return empty(width);
    }
    return new HashTrie<>(
        (BitmapNode) buildNode(entries, hashes, 0, count, 0, width), count, width);
  }

  /**
   * Returns a key's hash rearranged so that sorting by it (as an unsigned number) sorts keys into
   * the order of the trie's nodes: the fragment of the first level in the highest bits, then the
   * second, down to the two bits of the last level in the lowest.
   *
   * @param hash a key's {@link #hash}
   * @return the rearranged hash
   */
  static int trieOrder(int hash) {
    int order = 0;
    for (int shift = 0; shift < Integer.SIZE; shift += BITS) {
      int bits = Math.min(BITS, Integer.SIZE - shift);
      order = (order << bits) | ((hash >>> shift) & ((1 << bits) - 1));
    }
    return order;
  }

  private static Node buildNode(
      Object[] entries, int[] hashes, int from, int to, int shift, int width) {
    if (shift > 0 && hashes[from] == hashes[to - 1]) {
      // Sorted by hash, so the first and last equal means all are: a collision.
      return new CollisionNode(
          hashes[from], Arrays.copyOfRange(entries, from * width, to * width));
    }
    int dataMap = 0;
    int nodeMap = 0;
    for (int i = from; i < to; ) {
      int end = groupEnd(hashes, i, to, shift);
      if (end - i == 1) {
        dataMap |= bit(hashes[i], shift);
      } else {
        nodeMap |= bit(hashes[i], shift);
      }
      i = end;
    }
    Object[] slots = new Object[width * Integer.bitCount(dataMap) + Integer.bitCount(nodeMap)];
    int data = 0;
    int child = slots.length;
    for (int i = from; i < to; ) {
      int end = groupEnd(hashes, i, to, shift);
      if (end - i == 1) {
        System.arraycopy(entries, i * width, slots, data, width);
        data += width;
      } else {
        slots[--child] = buildNode(entries, hashes, i, end, shift + BITS, width);
      }
      i = end;
    }
    return new BitmapNode(dataMap, nodeMap, slots);
  }

  private static int groupEnd(int[] hashes, int from, int to, int shift) {
    int fragment = (hashes[from] >>> shift) & MASK;
    int end = from + 1;
    while (end < to && ((hashes[end] >>> shift) & MASK) == fragment) {
      end++;
    }
    return end;
  }

  /** Returns a copy of the slots without the entry at {@code index}. */
  private static Object[] withoutEntry(Object[] slots, int index, int width) {
    Object[] copy = new Object[slots.length - width];
    System.arraycopy(slots, 0, copy, 0, index);
    System.arraycopy(slots, index + width, copy, index, copy.length - index);
    return copy;
  }

  private static int bit(int hash, int shift) {
    return 1 << ((hash >>> shift) & MASK);
  }

  /**
   * A node of the trie: a bitmap-indexed node or a collision node. The operations take the
   * entry to put as an array of three (key, value, extra) of which the first {@code width} count.
   */
  abstract static sealed class Node permits BitmapNode, CollisionNode {
    /** The entries, and in a bitmap node the children after them. */
    final Object[] slots;

    Node(Object[] slots) {
      this.slots = slots;
    }

    abstract Node put(Object[] entry, int hash, int shift, int width);

    abstract Node remove(Object key, int hash, int shift, int width);

    /** Whether the node holds exactly one entry (then its parent takes the entry in). */
    abstract boolean isSingleton(int width);

    /** Whether the entries in the first {@code data} slots all pass a test (key, value). */
    final boolean entriesMatch(int data, BiPredicate<Object, Object> test, int width) {
      for (int i = 0; i < data; i += width) {
        if (!test.test(slots[i], slots[width == 1 ? i : i + 1])) {
          return false;
        }
      }
      return true;
    }

    /** Whether all entries pass a test (key, value), stopping at the first that fails. */
    abstract boolean allMatch(BiPredicate<Object, Object> test, int width);
  }

  /**
   * A 32-way node. Its slots hold the inline entries first, in the order of their bits, and then
   * the children, in the reverse order of their bits (the lowest bit last).
   */
  static final class BitmapNode extends Node {
    static final BitmapNode EMPTY = new BitmapNode(0, 0, new Object[0]);

    final int dataMap;
    final int nodeMap;

    BitmapNode(int dataMap, int nodeMap, Object[] slots) {
      super(slots);
      this.dataMap = dataMap;
      this.nodeMap = nodeMap;
    }

    @Override
    boolean isSingleton(int width) {
      return nodeMap == 0 && slots.length == width;
    }

    int dataIndex(int bit, int width) {
      return width * Integer.bitCount(dataMap & (bit - 1));
    }

    int nodeIndex(int bit) {
      return slots.length - 1 - Integer.bitCount(nodeMap & (bit - 1));
    }

    @Override
    Node put(Object[] entry, int hash, int shift, int width) {
      int bit = bit(hash, shift);
      if ((dataMap & bit) != 0) {
        int index = dataIndex(bit, width);
        Object existing = slots[index];
        if (entry[0].equals(existing)) {
          Object[] copy = slots.clone();
          System.arraycopy(entry, 0, copy, index, width);
          return new BitmapNode(dataMap, nodeMap, copy);
        }
        Object[] other = Arrays.copyOfRange(slots, index, index + 3);
        Node merged = merge(other, hash(existing), entry, hash, shift + BITS, width);
        return dataToNode(bit, index, merged, width);
      }
      if ((nodeMap & bit) != 0) {
        int index = nodeIndex(bit);
        Object[] copy = slots.clone();
        copy[index] = ((Node) slots[index]).put(entry, hash, shift + BITS, width);
        return new BitmapNode(dataMap, nodeMap, copy);
      }
      int index = dataIndex(bit, width);
      Object[] copy = new Object[slots.length + width];
      System.arraycopy(slots, 0, copy, 0, index);
      System.arraycopy(entry, 0, copy, index, width);
      System.arraycopy(slots, index, copy, index + width, slots.length - index);
      return new BitmapNode(dataMap | bit, nodeMap, copy);
    }

    /** Replaces the inline entry at {@code index} by a child node in the same bit. */
    private BitmapNode dataToNode(int bit, int index, Node child, int width) {
      Object[] copy = new Object[slots.length - width + 1];
      int nodeIndex = copy.length - 1 - Integer.bitCount(nodeMap & (bit - 1));
      // The entries before the removed one; those after it and the children of higher bits;
      // the new child; the children of lower bits.
      System.arraycopy(slots, 0, copy, 0, index);
      System.arraycopy(slots, index + width, copy, index, nodeIndex - index);
      copy[nodeIndex] = child;
      System.arraycopy(slots, nodeIndex + width, copy, nodeIndex + 1, copy.length - nodeIndex - 1);
      return new BitmapNode(dataMap ^ bit, nodeMap | bit, copy);
    }

    /** Replaces the child in {@code bit} by the only entry of the child's slots. */
    private BitmapNode nodeToData(int bit, Object[] entry, int width) {
      int oldIndex = nodeIndex(bit);
      int dataIndex = dataIndex(bit, width);
      Object[] copy = new Object[slots.length + width - 1];
      System.arraycopy(slots, 0, copy, 0, dataIndex);
      System.arraycopy(entry, 0, copy, dataIndex, width);
      System.arraycopy(slots, dataIndex, copy, dataIndex + width, oldIndex - dataIndex);
      System.arraycopy(slots, oldIndex + 1, copy, oldIndex + width, slots.length - oldIndex - 1);
      return new BitmapNode(dataMap | bit, nodeMap ^ bit, copy);
    }

    @Override
    Node remove(Object key, int hash, int shift, int width) {
      int bit = bit(hash, shift);
      if ((dataMap & bit) != 0) {
        int index = dataIndex(bit, width);
        if (!key.equals(slots[index])) {
          return this;
        }
        if (shift > 0 && dataMap == bit && slots.length == width + 1
            && slots[width] instanceof CollisionNode collision) {
          // A collision node needs no bitmap node above it: it takes this node's place.
          return collision;
        }
        return new BitmapNode(dataMap ^ bit, nodeMap, withoutEntry(slots, index, width));
      }
      if ((nodeMap & bit) == 0) {
        return this;
      }
      int index = nodeIndex(bit);
      Node child = (Node) slots[index];
      Node updated = child.remove(key, hash, shift + BITS, width);
      if (updated == child) {
        return this;
      }
      if (shift > 0 && slots.length == 1
          && (updated instanceof CollisionNode || updated.isSingleton(width))) {
        // This node would hold one entry, or only a collision node: hand it up, for the parent
        // to take the entry in or hold the collision node in this node's place.
        return updated;
      }
      if (updated.isSingleton(width)) {
        return nodeToData(bit, updated.slots, width);
      }
      Object[] copy = slots.clone();
      copy[index] = updated;
      return new BitmapNode(dataMap, nodeMap, copy);
    }

    @Override
    boolean allMatch(BiPredicate<Object, Object> test, int width) {
      int data = width * Integer.bitCount(dataMap);
      if (!entriesMatch(data, test, width)) {
        return false;
      }
      for (int i = data; i < slots.length; i++) {
        if (!((Node) slots[i]).allMatch(test, width)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Returns a node at level {@code shift} holding two entries with different keys: a collision
     * node if their hashes are equal, otherwise a bitmap node that splits them at the first level
     * where their hashes differ.
     */
    private static Node merge(
        Object[] entry1, int hash1, Object[] entry2, int hash2, int shift, int width) {
      Object[] slots = new Object[2 * width];
      if (hash1 == hash2) {
        System.arraycopy(entry1, 0, slots, 0, width);
        System.arraycopy(entry2, 0, slots, width, width);
        return new CollisionNode(hash1, slots);
      }
      int bit1 = bit(hash1, shift);
      int bit2 = bit(hash2, shift);
      if (bit1 == bit2) {
        Node child = merge(entry1, hash1, entry2, hash2, shift + BITS, width);
        return new BitmapNode(0, bit1, new Object[] {child});
      }
      // Inline entries stand in the order of their bits; the sign bit is the highest.
      boolean firstIsLower = Integer.compareUnsigned(bit1, bit2) < 0;
      System.arraycopy(entry1, 0, slots, firstIsLower ? 0 : width, width);
      System.arraycopy(entry2, 0, slots, firstIsLower ? width : 0, width);
      return new BitmapNode(bit1 | bit2, 0, slots);
    }
  }

  /** The entries whose keys have one and the same hash, in no special order. */
  static final class CollisionNode extends Node {
    final int hash;

    CollisionNode(int hash, Object[] slots) {
      super(slots);
      this.hash = hash;
    }

    @Override
    boolean isSingleton(int width) {
      return slots.length == width;
    }

    static int indexOf(Object[] slots, Object key, int width) {
      for (int i = 0; i < slots.length; i += width) {
        if (key.equals(slots[i])) {
          return i;
        }
      }
      return -1;
    }

    @Override
    Node put(Object[] entry, int hash, int shift, int width) {
      if (hash != this.hash) {
        return split(entry, hash, shift, width);
      }
      int index = indexOf(slots, entry[0], width);
      Object[] copy;
      if (index >= 0) {
        copy = slots.clone();
      } else {
        index = slots.length;
        copy = Arrays.copyOf(slots, slots.length + width);
      }
      System.arraycopy(entry, 0, copy, index, width);
      return new CollisionNode(hash, copy);
    }

    /** Puts this node and an entry of another hash under a bitmap node at level {@code shift}. */
    private Node split(Object[] entry, int hash, int shift, int width) {
      int ownBit = bit(this.hash, shift);
      int bit = bit(hash, shift);
      if (ownBit == bit) {
        return new BitmapNode(0, bit, new Object[] {split(entry, hash, shift + BITS, width)});
      }
      Object[] slots = Arrays.copyOf(entry, width + 1);
      slots[width] = this;
      return new BitmapNode(bit, ownBit, slots);
    }

    @Override
    Node remove(Object key, int hash, int shift, int width) {
      int index = hash == this.hash ? indexOf(slots, key, width) : -1;
      if (index < 0) {
        return this;
      }
      return new CollisionNode(hash, withoutEntry(slots, index, width));
    }

    @Override
    boolean allMatch(BiPredicate<Object, Object> test, int width) {
      return entriesMatch(slots.length, test, width);
    }
  }

  /** Walks the nodes depth first, yielding each node's inline entries' keys. */
  private static final class KeyIterator<K> implements Iterator<K> {
    private final ArrayDeque<Node> pending = new ArrayDeque<>();
    private final int width;
  /** The {@link #entryHashSum}, or zero before it is first asked for. */
  private int entryHashSum;
    private Object[] slots = new Object[0];
    private int next;
    private int end;

    KeyIterator(BitmapNode root, int width) {
      this.width = width;
      pending.push(root);
      advance();
    }

    private void advance() {
      while (next == end && !pending.isEmpty()) {
        Node node = pending.pop();
        slots = node.slots;
        next = 0;
        end = slots.length;
        if (node instanceof BitmapNode bitmap) {
          end = width * Integer.bitCount(bitmap.dataMap);
          for (int i = end; i < slots.length; i++) {
            pending.push((Node) slots[i]);
          }
        }
      }
    }

    @Override
    public boolean hasNext() {
      return next < end;
    }

    @Override
    @SuppressWarnings("unchecked")
    public K next() {
      if (next >= end) {
        throw new NoSuchElementException();
      }
      K key = (K) slots[next];
      next += width;
      advance();
      return key;
    }
  }
}
