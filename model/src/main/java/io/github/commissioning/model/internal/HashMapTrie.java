package io.github.commissioning.model.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A persistent unordered hash map: {@link OrderedMap} without the order, for indexes that are
 * only ever looked up by key. Every change returns a new map that shares all but a few small
 * nodes with this one, and replacing a value copies one path of the trie where an ordered map
 * copies two (the trie's and its order's).
 *
 * <p>Keys are compared with {@code equals} and {@code hashCode}; neither keys nor values may be
 * null. Two maps are equal when they hold the same mappings, and the hash code is that of a
 * {@link Map} with those mappings. The map is not itself a {@link Map} (its changes return new
 * maps), so it is equal only to another {@code HashMapTrie}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
public final class HashMapTrie<K, V> {
  private static final int WIDTH = 2;

  private static final HashMapTrie<?, ?> EMPTY = new HashMapTrie<>(HashTrie.empty(WIDTH));

  private final HashTrie<K, V> trie;

  private HashMapTrie(HashTrie<K, V> trie) {
    this.trie = trie;
  }

  /**
   * Returns the empty map.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @return the empty map, a shared instance; immutable and thread-safe
   */
  @SuppressWarnings("unchecked")
  public static <K, V> HashMapTrie<K, V> of() {
    return (HashMapTrie<K, V>) EMPTY;
  }

  /**
   * Returns a map with the mappings of a {@link Map}, built at once rather than one {@link #with}
   * at a time.
   *
   * @param map the mappings, none null
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @return the map, immutable and thread-safe
   * @throws NullPointerException if the map, or any key or value in it, is null
   */
  public static <K, V> HashMapTrie<K, V> copyOf(Map<? extends K, ? extends V> map) {
    checkNotNull(map, "map");
    int n = map.size();
    Object[] keys = new Object[n];
    Object[] values = new Object[n];
    int[] hashes = new int[n];
    long[] sorted = new long[n];
    int i = 0;
    for (Map.Entry<? extends K, ? extends V> entry : map.entrySet()) {
      keys[i] = checkNotNull(entry.getKey(), "key");
      values[i] = checkNotNull(entry.getValue(), "value of %s", keys[i]);
      hashes[i] = HashTrie.hash(keys[i]);
      sorted[i] = Integer.toUnsignedLong(HashTrie.trieOrder(hashes[i])) << 31 | i;
      i++;
    }
    Arrays.sort(sorted);
    Object[] entries = new Object[WIDTH * n];
    int[] inTrieOrder = new int[n];
    for (int at = 0; at < n; at++) {
      int from = (int) (sorted[at] & Integer.MAX_VALUE);
      entries[WIDTH * at] = keys[from];
      entries[WIDTH * at + 1] = values[from];
      inTrieOrder[at] = hashes[from];
    }
    return n == 0 ? of() : new HashMapTrie<>(HashTrie.build(entries, inTrieOrder, n, WIDTH));
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key
   * @return the value, or null if the map has no such key
   * @throws NullPointerException if the key is null
   */
  public @Nullable V get(Object key) {
    checkNotNull(key, "key");
    return trie.get(key, HashTrie.hash(key));
  }

  /**
   * Returns the number of entries.
   *
   * @return the number of entries
   */
  public int size() {
    return trie.size();
  }

  /**
   * Returns this map with a key mapped to a value. This map is unchanged.
   *
   * @param key the key
   * @param value the value
   * @return the new map, or this one if the key already maps to an equal value
   * @throws NullPointerException if the key or the value is null
   */
  public HashMapTrie<K, V> with(K key, V value) {
    checkNotNull(key, "key");
    checkNotNull(value, "value");
    int hash = HashTrie.hash(key);
    V old = trie.get(key, hash);
    if (value.equals(old)) {
      return this;
    }
    return new HashMapTrie<>(trie.put(key, hash, value, value, old != null));
  }

  /**
   * Returns this map without a key. This map is unchanged.
   *
   * @param key the key
   * @return the new map, or this one if the map has no such key
   * @throws NullPointerException if the key is null
   */
  public HashMapTrie<K, V> without(Object key) {
    checkNotNull(key, "key");
    HashTrie<K, V> removed = trie.remove(key, HashTrie.hash(key));
    if (removed == trie) {
      return this;
    }
    return removed.size() == 0 ? of() : new HashMapTrie<>(removed);
  }

  /**
   * Returns whether another object is a {@code HashMapTrie} with the same mappings.
   *
   * @param o the other object
   * @return whether the two maps are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HashMapTrie<?, ?> other && trie.sameEntries(other.trie);
  }

  /**
   * Returns the hash code of a {@link Map} with the same mappings.
   *
   * @return the sum over the entries of the key's hash code xor the value's
   */
  @Override
  public int hashCode() {
    return trie.entryHashSum();
  }

  /**
   * Returns the mappings in the trie's own order, as {@link java.util.AbstractMap} writes them.
   *
   * @return for example {@code {a=1, b=2}}
   */
  @Override
  public String toString() {
    return HashTrie.mapText(trie::forEach);
  }
}
