package io.github.commissioning.model.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.AbstractCollection;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A persistent hash map that remembers the order in which its keys were first added. Every
 * change returns a new map that shares all but a few small nodes with this one, so that adding,
 * replacing or removing one entry of a million costs about as much as of a thousand: a look-up
 * and a few copies of 32-slot arrays.
 *
 * <p>Each key has a position: a number drawn from a counter that only goes up. The keys live in a
 * hash array mapped trie (see {@code HashTrie}) beside their values, so that a look-up reads the
 * value from the trie's node, and beside an entry record of key, value and position. A second
 * persistent structure, a radix-32 vector indexed by position ({@code SparseVector}), holds the
 * same records in order; a removed entry leaves its slot empty, and a run of empty slots costs
 * nothing once a whole node of them is empty. Replacing a key's value keeps its position; adding
 * a new key puts it last. Positions are never reused, so a map that keeps dropping its oldest
 * keys and adding new ones does not grow, while one that drops keys at random keeps, on average,
 * a few empty slots for each key it holds.
 *
 * <p>Keys are compared with {@code equals} and {@code hashCode}; neither keys nor values may be
 * null. Two maps are equal when they hold the same mappings, in whatever order, and the hash
 * code is that of a {@link java.util.Map} with those mappings. The map is not itself a {@code
 * java.util.Map} (its changes return new maps), so it is equal only to another {@code
 * OrderedMap}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
public final class OrderedMap<K, V> {
  /** The slots of a trie entry: the key, its value, and the entry with the key's position. */
  private static final int WIDTH = 3;

  private static final int VALUE = 1;
  private static final int ENTRY = 2;

  private static final OrderedMap<?, ?> EMPTY =
      new OrderedMap<>(HashTrie.empty(WIDTH), SparseVector.empty(), 0);

  /** A mapping and its position in the order. */
  private record Entry<K, V>(K key, V value, long position) {}

  private final HashTrie<K, V> trie;
  private final SparseVector<Entry<K, V>> order;
  private final long nextPosition;

  private OrderedMap(
      HashTrie<K, V> trie, SparseVector<Entry<K, V>> order, long nextPosition) {
    this.trie = trie;
    this.order = order;
    this.nextPosition = nextPosition;
  }

  /**
   * Returns the empty map.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @return the empty map, a shared instance; immutable and thread-safe
   */
  @SuppressWarnings("unchecked")
  public static <K, V> OrderedMap<K, V> of() {
    return (OrderedMap<K, V>) EMPTY;
  }

  /**
   * Returns a new builder, for loading many entries faster than one {@link #with} at a time.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @return a new, empty builder (which is mutable and not thread-safe)
   */
  public static <K, V> Builder<K, V> builder() {
    return new Builder<>();
  }

  @SuppressWarnings("unchecked")
  private @Nullable Entry<K, V> entry(Object key, int hash) {
    return (Entry<K, V>) trie.find(key, hash, ENTRY);
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
   * Returns whether the map has a key.
   *
   * @param key the key
   * @return whether the map has the key
   * @throws NullPointerException if the key is null
   */
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  /**
   * Returns the position of a key in the map's order: positions go up in the order in which the
   * keys were added, so sorting keys by position sorts them into the map's order. Positions need
   * not be consecutive, and only positions in one map are comparable.
   *
   * @param key the key
   * @return the key's position (zero or more), or -1 if the map has no such key
   * @throws NullPointerException if the key is null
   */
  public long positionOf(Object key) {
    checkNotNull(key, "key");
    Entry<K, V> entry = entry(key, HashTrie.hash(key));
    return entry == null ? -1 : entry.position();
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
   * Returns whether the map has no entries.
   *
   * @return whether the map is empty
   */
  public boolean isEmpty() {
    return trie.size() == 0;
  }

  /**
   * Returns this map with a key mapped to a value. A key already in the map keeps its position;
   * a new key goes last. This map is unchanged.
   *
   * @param key the key
   * @param value the value
   * @return the new map, or this one if the key already maps to an equal value
   * @throws NullPointerException if the key or the value is null
   */
  public OrderedMap<K, V> with(K key, V value) {
    checkNotNull(key, "key");
    checkNotNull(value, "value");
    int hash = HashTrie.hash(key);
    Entry<K, V> old = entry(key, hash);
    if (old == null) {
      Entry<K, V> entry = new Entry<>(key, value, nextPosition);
      return new OrderedMap<>(trie.put(key, hash, value, entry, false),
          order.set(nextPosition, entry), nextPosition + 1);
    }
    if (old.value().equals(value)) {
      return this;
    }
    Entry<K, V> entry = new Entry<>(old.key(), value, old.position());
    return new OrderedMap<>(trie.put(old.key(), hash, value, entry, true),
        order.set(old.position(), entry), nextPosition);
  }

  /**
   * Returns this map without a key. This map is unchanged.
   *
   * @param key the key
   * @return the new map, or this one if the map has no such key
   * @throws NullPointerException if the key is null
   */
  public OrderedMap<K, V> without(Object key) {
    checkNotNull(key, "key");
    int hash = HashTrie.hash(key);
    Entry<K, V> old = entry(key, hash);
    if (old == null) {
      return this;
    }
    if (trie.size() == 1) {
      return of();
    }
    return new OrderedMap<>(trie.remove(key, hash), order.clear(old.position()), nextPosition);
  }

  /**
   * Calls an action with every key and its value, in the map's order.
   *
   * @param action the action
   */
  public void forEach(BiConsumer<? super K, ? super V> action) {
    checkNotNull(action, "action");
    order.forEach(entry -> action.accept(entry.key(), entry.value()));
  }

  private <T> Iterator<T> iterator(Function<Entry<K, V>, T> part) {
    Iterator<Entry<K, V>> entries = order.iterator();
    return new Iterator<T>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public T next() {
        return part.apply(entries.next());
      }
    };
  }

  /**
   * Returns the values, in the map's order.
   *
   * @return an unmodifiable view of the values, immutable and thread-safe like the map, whose
   *     size costs nothing to ask
   */
  public Collection<V> values() {
    return new AbstractCollection<V>() {
      @Override
      public Iterator<V> iterator() {
        return OrderedMap.this.iterator(Entry::value);
      }

      @Override
      public int size() {
        return OrderedMap.this.size();
      }
    };
  }

  /**
   * Returns the keys, in the map's order.
   *
   * @return an unmodifiable view of the keys, immutable and thread-safe like the map, whose size
   *     and look-ups are those of the map
   */
  public Set<K> keySet() {
    return new AbstractSet<K>() {
      @Override
      public Iterator<K> iterator() {
        return OrderedMap.this.iterator(Entry::key);
      }

      @Override
      public int size() {
        return OrderedMap.this.size();
      }

      @Override
      public boolean contains(@Nullable Object o) {
        return o != null && containsKey(o);
      }
    };
  }

  /**
   * Returns whether another object is an {@code OrderedMap} with the same mappings, in whatever
   * order.
   *
   * @param o the other object
   * @return whether the two maps are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OrderedMap<?, ?> other && trie.sameEntries(other.trie);
  }

  /**
   * Returns the hash code of a {@link java.util.Map} with the same mappings.
   *
   * @return the sum over the entries of the key's hash code xor the value's
   */
  @Override
  public int hashCode() {
    return trie.entryHashSum();
  }

  /**
   * Returns the entries in the map's order, as {@link java.util.AbstractMap} writes them.
   *
   * @return for example {@code {a=1, b=2}}
   */
  @Override
  public String toString() {
    return HashTrie.mapText(this::forEach);
  }

  /**
   * A mutable builder of an {@link OrderedMap}, for loading many entries at once: it collects
   * them in arrays and builds the trie and the order in one pass each, without the copies that
   * one {@link OrderedMap#with} at a time makes.
   *
   * <p>This class is mutable and not thread-safe; the maps it builds are immutable and
   * thread-safe.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the values
   */
  public static final class Builder<K, V> {
    private Object[] keys = new Object[16];
    private Object[] values = new Object[16];
    private int count;

    private Builder() {}

    /**
     * Maps a key to a value, as {@link OrderedMap#with} would: a key put again keeps its first
     * position and takes the last value.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException if the key or the value is null
     */
    public Builder<K, V> put(K key, V value) {
      checkNotNull(key, "key");
      checkNotNull(value, "value");
      if (count == keys.length) {
        keys = Arrays.copyOf(keys, count * 2);
        values = Arrays.copyOf(values, count * 2);
      }
      keys[count] = key;
      values[count] = value;
      count++;
      return this;
    }

    /**
     * Builds the map of the entries put so far. The builder can go on being used.
     *
     * @return the map, immutable and thread-safe
     */
    public OrderedMap<K, V> build() {
      int n = count;
      if (n == 0) {
        return of();
      }
      // Sort the puts into the trie's order; ties (equal hashes) stay in the order of the puts.
      int[] hashes = new int[n];
      long[] sorted = new long[n];
      for (int i = 0; i < n; i++) {
        hashes[i] = HashTrie.hash(keys[i]);
        sorted[i] = (Integer.toUnsignedLong(HashTrie.trieOrder(hashes[i])) << 31) | i;
      }
      Arrays.sort(sorted);
      Object[] latest = Arrays.copyOf(values, n);
      boolean[] repeated = new boolean[n];
      int distinct = dropRepeats(sorted, latest, repeated);
      // Positions follow the puts, leaving out the repeats.
      Object[] inOrder = new Object[distinct];
      Object[] entries = new Object[n];
      int position = 0;
      for (int i = 0; i < n; i++) {
        if (!repeated[i]) {
          Entry<Object, Object> entry = new Entry<>(keys[i], latest[i], position);
          entries[i] = entry;
          inOrder[position++] = entry;
        }
      }
      Object[] trieEntries = new Object[WIDTH * distinct];
      int[] trieHashes = new int[distinct];
      int at = 0;
      for (long key : sorted) {
        int i = index(key);
        if (!repeated[i]) {
          trieEntries[WIDTH * at] = keys[i];
          trieEntries[WIDTH * at + VALUE] = latest[i];
          trieEntries[WIDTH * at + ENTRY] = entries[i];
          trieHashes[at] = hashes[i];
          at++;
        }
      }
      return new OrderedMap<>(HashTrie.build(trieEntries, trieHashes, distinct, WIDTH),
          SparseVector.of(inOrder, distinct), distinct);
    }

    private static int index(long sortKey) {
      return (int) (sortKey & Integer.MAX_VALUE);
    }

    /**
     * Marks the puts of a key already put as repeats, giving their value to the first put of the
     * key (the last put's value wins), and returns how many puts are not repeats. Puts of equal
     * keys have equal hashes, so they stand together in the sorted order, the earliest first.
     */
    private int dropRepeats(long[] sorted, Object[] latest, boolean[] repeated) {
      int distinct = sorted.length;
      for (int start = 0; start < sorted.length; ) {
        long group = sorted[start] >>> 31;
        int end = start + 1;
        while (end < sorted.length && sorted[end] >>> 31 == group) {
          end++;
        }
        for (int j = start + 1; j < end; j++) {
          int later = index(sorted[j]);
          for (int k = start; k < j; k++) {
            int earlier = index(sorted[k]);
            if (!repeated[earlier] && keys[later].equals(keys[earlier])) {
              latest[earlier] = values[later];
              repeated[later] = true;
              distinct--;
              break;
            }
          }
        }
        start = end;
      }
      return distinct;
    }
  }
}
