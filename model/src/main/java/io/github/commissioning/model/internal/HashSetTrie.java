package io.github.commissioning.model.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A persistent unordered hash set. Every change returns a new set that shares all but a few
 * small nodes with this one, so that adding or removing one element of a million costs a
 * look-up and a few copies of 32-slot arrays. The elements live in the same hash array mapped
 * trie as the keys of {@link OrderedMap} ({@code HashTrie}), each element mapped to itself.
 *
 * <p>Elements are compared with {@code equals} and {@code hashCode} and may not be null. Two sets
 * are equal when they hold the same elements, and the hash code is that of a {@link Set} with
 * those elements. The set is not itself a {@link Set} (its changes return new sets), so it is
 * equal only to another {@code HashSetTrie}; {@link #asSet} gives a view that is a {@link Set}.
 * Iteration follows the elements' hashes, not the order in which they were added.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <E> the type of the elements
 */
public final class HashSetTrie<E> implements Iterable<E> {
  private static final HashSetTrie<?> EMPTY = new HashSetTrie<>(HashTrie.empty(1));

  private final HashTrie<E, E> trie;

  private HashSetTrie(HashTrie<E, E> trie) {
    this.trie = trie;
  }

  /**
   * Returns the empty set.
   *
   * @param <E> the type of the elements
   * @return the empty set, a shared instance; immutable and thread-safe
   */
  @SuppressWarnings("unchecked")
  public static <E> HashSetTrie<E> of() {
    return (HashSetTrie<E>) EMPTY;
  }

  /**
   * Returns whether the set has an element.
   *
   * @param element the element
   * @return whether the set has the element
   * @throws NullPointerException if the element is null
   */
  public boolean contains(Object element) {
    checkNotNull(element, "element");
    return trie.get(element, HashTrie.hash(element)) != null;
  }

  /**
   * Returns the number of elements.
   *
   * @return the number of elements
   */
  public int size() {
    return trie.size();
  }

  /**
   * Returns whether the set has no elements.
   *
   * @return whether the set is empty
   */
  public boolean isEmpty() {
    return trie.size() == 0;
  }

  /**
   * Returns this set with an element. This set is unchanged.
   *
   * @param element the element
   * @return the new set, or this one if it already has the element
   * @throws NullPointerException if the element is null
   */
  public HashSetTrie<E> with(E element) {
    checkNotNull(element, "element");
    int hash = HashTrie.hash(element);
    if (trie.get(element, hash) != null) {
      return this;
    }
    return new HashSetTrie<>(trie.put(element, hash, element, element, false));
  }

  /**
   * Returns this set without an element. This set is unchanged.
   *
   * @param element the element
   * @return the new set, or this one if it does not have the element
   * @throws NullPointerException if the element is null
   */
  public HashSetTrie<E> without(Object element) {
    checkNotNull(element, "element");
    HashTrie<E, E> removed = trie.remove(element, HashTrie.hash(element));
    if (removed == trie) {
      return this;
    }
    return removed.size() == 0 ? of() : new HashSetTrie<>(removed);
  }

  /**
   * Returns an iterator over the elements, in no particular order.
   *
   * @return an iterator that cannot remove elements
   */
  @Override
  public Iterator<E> iterator() {
    return trie.keys();
  }

  /**
   * Calls an action with every element, in no particular order.
   *
   * @param action the action
   */
  @Override
  public void forEach(Consumer<? super E> action) {
    checkNotNull(action, "action");
    trie.forEach((element, same) -> action.accept(element));
  }

  /**
   * Returns the set as a {@link Set}.
   *
   * @return an unmodifiable view, immutable and thread-safe like this set, whose size and
   *     look-ups are those of this set
   */
  public Set<E> asSet() {
    return new AbstractSet<E>() {
      @Override
      public Iterator<E> iterator() {
        return trie.keys();
      }

      @Override
      public int size() {
        return trie.size();
      }

      @Override
      public boolean contains(@Nullable Object o) {
        return o != null && HashSetTrie.this.contains(o);
      }
    };
  }

  /**
   * Returns whether another object is a {@code HashSetTrie} with the same elements.
   *
   * @param o the other object
   * @return whether the two sets are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HashSetTrie<?> other && trie.sameEntries(other.trie);
  }

  /**
   * Returns the hash code of a {@link Set} with the same elements.
   *
   * @return the sum of the elements' hash codes
   */
  @Override
  public int hashCode() {
    return trie.entryHashSum();
  }

  /**
   * Returns the elements in iteration order, as {@link java.util.AbstractCollection} writes them.
   *
   * @return for example {@code [a, b]}
   */
  @Override
  public String toString() {
    return asSet().toString();
  }
}
