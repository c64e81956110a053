package io.github.commissioning.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
  private static List<String> elements(SparseVector<String> vector) {
    List<String> viaIterator = new ArrayList<>();
    vector.iterator().forEachRemaining(viaIterator::add);
    List<String> viaForEach = new ArrayList<>();
    vector.forEach(viaForEach::add);
    assertEquals(viaIterator, viaForEach);
    return viaIterator;
  }

  @Test
  void setAndClearKeepIndexOrderAndLeaveOlderVersionsAlone() {
    SparseVector<String> empty = SparseVector.empty();
    SparseVector<String> one = empty.set(40, "forty");
    SparseVector<String> two = one.set(3, "three");
    SparseVector<String> far = two.set(1L << 40, "far");
    assertEquals(List.of(), elements(empty));
    assertEquals(List.of("forty"), elements(one));
    assertEquals(List.of("three", "forty"), elements(two));
    assertEquals(List.of("three", "forty", "far"), elements(far));
    assertEquals(List.of("three", "far"), elements(far.clear(40)));
    assertEquals(List.of("three", "forty"), elements(far.clear(1L << 40)));
    assertEquals(List.of("three", "forty", "far"), elements(far));
    assertSame(far, far.clear(41));
    assertSame(far, far.clear(1L << 50));
    assertSame(one, one.clear(1L << 62));
    SparseVector<String> zero = empty.set(0, "zero");
    assertSame(zero, zero.clear(32));
    assertSame(zero, zero.clear(1L << 60));
    assertSame(empty, empty.clear(0));
    SparseVector<String> top = empty.set(Long.MAX_VALUE, "top").set(0, "zero");
    assertEquals(List.of("zero", "top"), elements(top));
    assertEquals(List.of("top"), elements(top.clear(0)));
  }

  @Test
  void clearingEverySlotGivesTheEmptyVectorAndEmptiedNodesAreDropped() {
    SparseVector<String> vector = SparseVector.empty();
    for (int i = 0; i < 2000; i++) {
      vector = vector.set(i, "e" + i);
    }
    // 63 leaves, two nodes above them and the root.
    assertEquals(63 + 2 + 1, vector.nodeCount());
    for (int i = 0; i < 1024; i++) {
      vector = vector.clear(i);
    }
    assertEquals(31 + 1 + 1, vector.nodeCount());
    assertEquals("e1024", elements(vector).get(0));
    for (int i = 1024; i < 2000; i++) {
      vector = vector.clear(i);
    }
    assertSame(SparseVector.empty(), vector);
    assertEquals(0, vector.nodeCount());
  }

  @Test
  void ofBuildsTheSameVectorAsSetOneByOne() {
    for (int count : new int[] {0, 1, 31, 32, 33, 1024, 1025, 40_000}) {
      Object[] elements = new Object[count + 5];
      SparseVector<String> oneByOne = SparseVector.empty();
      for (int i = 0; i < count; i++) {
        elements[i] = "e" + i;
        oneByOne = oneByOne.set(i, "e" + i);
      }
      elements[count] = "beyond the count";
      SparseVector<String> built = SparseVector.of(elements, count);
      assertEquals(elements(oneByOne), elements(built));
      assertEquals(oneByOne.nodeCount(), built.nodeCount());
      if (count > 0) {
        assertEquals(List.of("e" + (count - 1)), elements(built).subList(count - 1, count));
        assertEquals(elements(oneByOne.set(count, "next")), elements(built.set(count, "next")));
      }
    }
  }

  @Test
  void iteratorEndsWithNoSuchElement() {
    Iterator<String> iterator = SparseVector.<String>empty().set(5, "five").iterator();
    assertEquals("five", iterator.next());
    assertFalse(iterator.hasNext());
    assertThrows(NoSuchElementException.class, iterator::next);
    assertThrows(NoSuchElementException.class, () -> SparseVector.empty().iterator().next());
  }

  @Test
  void randomSetsAndClearsAgreeWithASortedMap() {
    Random random = new Random(11);
    SparseVector<String> vector = SparseVector.empty();
    TreeMap<Long, String> reference = new TreeMap<>();
    for (int step = 0; step < 10_000; step++) {
      long index = random.nextInt(4) == 0 ? (random.nextLong() >>> 1) >>> random.nextInt(63)
          : random.nextInt(3000);
      if (random.nextBoolean()) {
        vector = vector.set(index, "v" + step);
        reference.put(index, "v" + step);
      } else {
        SparseVector<String> cleared = vector.clear(index);
        if (reference.remove(index) == null) {
          assertSame(vector, cleared);
        }
        vector = cleared;
      }
      if (step % 500 == 0) {
        assertEquals(new ArrayList<>(reference.values()), elements(vector));
      }
    }
    assertEquals(new ArrayList<>(reference.values()), elements(vector));
  }
}
