package io.github.commissioning.model.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A persistent radix-32 vector indexed by non-negative {@code long}s whose slots may be empty:
 * the insertion order behind {@link OrderedMap}. The root node covers the indices below
 * 32<sup>levels</sup> and the tree grows a level when an index beyond them is set. Setting or
 * clearing a slot copies only the path to it. A node whose slots are all empty is dropped from
 * its parent, so a vector from which a long run of old indices has been cleared holds no nodes
 * for them; iteration skips empty slots and dropped nodes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the elements
 */
final class SparseVector<T> {
  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  /** The deepest root: its level covers every non-negative long. */
  private static final int TOP_SHIFT = 60;

  private static final SparseVector<?> EMPTY = new SparseVector<>(null, 0);

  private final Object @Nullable [] root;
  private final int shift;

  private SparseVector(Object @Nullable [] root, int shift) {
    this.root = root;
    this.shift = shift;
  }

  /**
   * Returns the empty vector.
   *
   * @param <T> the type of the elements
   * @return the empty vector, a shared instance
   */
  @SuppressWarnings("unchecked")
  static <T> SparseVector<T> empty() {
    return (SparseVector<T>) EMPTY;
  }

  /**
   * Builds a vector holding elements at the indices from zero up.
   *
   * @param elements the elements
   * @param count how many of them to use
   * @param <T> the type of the elements
   * @return the vector
   */
  static <T> SparseVector<T> of(Object[] elements, int count) {
    if (count == 0) {
      return empty();
    }
    Object[] level = elements;
    int length = count;
    int shift = 0;
    while (true) {
      int nodes = (length + MASK) >>> BITS;
      Object[] parents = new Object[nodes];
      for (int i = 0; i < nodes; i++) {
        Object[] node = new Object[WIDTH];
        System.arraycopy(level, i * WIDTH, node, 0, Math.min(WIDTH, length - i * WIDTH));
        parents[i] = node;
      }
      if (nodes == 1) {
        return new SparseVector<>((Object[]) parents[0], shift);
      }
      level = parents;
      length = nodes;
      shift += BITS;
    }
  }

  /**
   * Returns the vector with an element at an index.
   *
   * @param index the index, not negative
   * @param element the element
   * @return the new vector
   */
  SparseVector<T> set(long index, T element) {
    Object @Nullable [] grown = root;
    int grownShift = shift;
    while (grownShift < TOP_SHIFT && (index >>> (grownShift + BITS)) != 0) {
      if (grown != null) {
        Object[] parent = new Object[WIDTH];
        parent[0] = grown;
        grown = parent;
      }
      grownShift += BITS;
    }
    return new SparseVector<>(set(grown, grownShift, index, element), grownShift);
  }

  private static Object[] set(Object @Nullable [] node, int level, long index, Object element) {
    Object[] copy = node == null ? new Object[WIDTH] : node.clone();
    int slot = slot(index, level);
    copy[slot] = level == 0
        ? element
        : set((Object @Nullable []) copy[slot], level - BITS, index, element);
    return copy;
  }

  /**
   * Returns the vector with the slot at an index emptied.
   *
   * @param index the index, not negative
   * @return the new vector, or this one if the slot was empty
   */
  SparseVector<T> clear(long index) {
    if (root == null || !covers(index)) {
      return this;
    }
    Object @Nullable [] cleared = clear(root, shift, index);
    if (cleared == root) {
      return this;
    }
    return cleared == null ? empty() : new SparseVector<>(cleared, shift);
  }

  /** Returns the node with the slot emptied: itself if it was empty, null if all now are. */
  private static Object @Nullable [] clear(Object[] node, int level, long index) {
    int slot = slot(index, level);
    Object child = node[slot];
    if (child == null) {
      return node;
    }
    Object @Nullable [] replacement = null;
    if (level > 0) {
      replacement = clear((Object[]) child, level - BITS, index);
      if (replacement == child) {
        return node;
      }
    }
    Object[] copy = node.clone();
    copy[slot] = replacement;
    for (Object other : copy) {
      if (other != null) {
        return copy;
      }
    }
    return null;
  }

  /**
   * Returns the number of nodes, for the tests that check that emptied nodes are dropped.
   *
   * @return the number of nodes
   */
  int nodeCount() {
    return root == null ? 0 : nodeCount(root, shift);
  }

  private static int nodeCount(Object[] node, int level) {
    int count = 1;
    if (level > 0) {
      for (Object child : node) {
        if (child != null) {
          count += nodeCount((Object[]) child, level - BITS);
        }
      }
    }
    return count;
  }

  private boolean covers(long index) {
    return shift + BITS >= Long.SIZE || (index >>> (shift + BITS)) == 0;
  }

  private static int slot(long index, int level) {
    return (int) (index >>> level) & MASK;
  }

  /**
   * Calls an action with every element, in the order of their indices.
   *
   * @param action the action
   */
  void forEach(Consumer<? super T> action) {
    if (root != null) {
      forEach(root, shift, action);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void forEach(Object[] node, int level, Consumer<? super T> action) {
    for (Object child : node) {
      if (child == null) {
        continue;
      }
      if (level == 0) {
        action.accept((T) child);
      } else {
        forEach((Object[]) child, level - BITS, action);
      }
    }
  }

  /**
   * Returns an iterator over the elements, in the order of their indices.
   *
   * @return the iterator
   */
  Iterator<T> iterator() {
    return new VectorIterator<>(root, shift);
  }

  /** Walks the tree with a stack of one node and one position a level. */
  private static final class VectorIterator<T> implements Iterator<T> {
    private final Object[][] nodes;
    private final int[] positions;
    private int depth;
    private @Nullable Object next;

    VectorIterator(Object @Nullable [] root, int shift) {
      int levels = shift / BITS + 1;
      nodes = new Object[levels][];
      positions = new int[levels];
      if (root == null) {
        depth = -1;
      } else {
        nodes[0] = root;
      }
      advance();
    }

    /** Finds the next element, depth first; depth -1 means the walk is over. */
    private void advance() {
      next = null;
      while (depth >= 0) {
        Object[] node = nodes[depth];
        int position = positions[depth];
        if (position == WIDTH) {
          depth--;
          continue;
        }
        positions[depth] = position + 1;
        Object child = node[position];
        if (child == null) {
          continue;
        }
        if (depth == nodes.length - 1) {
          next = child;
          return;
        }
        depth++;
        nodes[depth] = (Object[]) child;
        positions[depth] = 0;
      }
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
      Object element = next;
      if (element == null) {
        throw new NoSuchElementException();
      }
      advance();
      return (T) element;
    }
  }
}
