package io.github.commissioning.testkit.property;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sequence of choices: the non-negative integers a {@link Source} drew, in order,
 * while a generator produced one value. Replaying the same choices through the same generator at
 * the same size gives an equal value.
 *
 * <p>Choices are ordered <i>shortlex</i>: a shorter sequence is smaller, and sequences of equal
 * length compare choice by choice. Because every generator maps smaller choices to simpler
 * values, a smaller sequence stands for a simpler value; shrinking searches for the smallest
 * sequence whose value still fails.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Choices implements Comparable<Choices> {
  private static final Choices EMPTY = new Choices(new long[0]);

  private final long[] values;

  private Choices(long[] values) {
    this.values = values;
  }

  /**
   * Returns the choices given, in order.
   *
   * @param values the choices, each zero or more
   * @return the sequence of those choices
   * @throws IllegalArgumentException if a choice is negative
   */
  public static Choices of(long... values) {
    checkNotNull(values, "values");
    for (long value : values) {
      checkArgument(value >= 0, "a choice must be zero or more, not %s", value);
    }
    return values.length == 0 ? EMPTY : new Choices(values.clone());
  }

  /** Wraps an array that no one else holds. */
  static Choices wrap(long[] values) {
    return values.length == 0 ? EMPTY : new Choices(values);
  }

  /**
   * Returns the number of choices.
   *
   * @return the length of this sequence
   */
  public int size() {
    return values.length;
  }

  /**
   * Returns one choice.
   *
   * @param index the position of the choice, from zero
   * @return the choice at that position
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public long get(int index) {
    return values[index];
  }

  /**
   * Returns the choices as a new array.
   *
   * @return a copy of the choices, in order
   */
  public long[] toArray() {
    return values.clone();
  }

  /** Returns this sequence with the choices from {@code from} (inclusive) to {@code to} removed. */
  Choices without(int from, int to) {
    checkPositionIndexes(from, to, values.length);
    long[] result = new long[values.length - (to - from)];
    System.arraycopy(values, 0, result, 0, from);
    System.arraycopy(values, to, result, from, values.length - to);
    return wrap(result);
  }

  /** Returns this sequence with the choice at {@code index} replaced. */
  Choices with(int index, long value) {
    checkElementIndex(index, values.length);
    checkArgument(value >= 0, "a choice must be zero or more, not %s", value);
    long[] result = values.clone();
    result[index] = value;
    return wrap(result);
  }

  /**
   * Compares shortlex: a shorter sequence is smaller; of two sequences of the same length, the
   * one with the smaller choice at the first position where they differ is smaller.
   *
   * @param other the sequence to compare with
   * @return a negative number, zero or a positive number as this sequence is smaller than, equal
   *     to or greater than the other
   */
  @Override
  public int compareTo(Choices other) {
    if (values.length != other.values.length) {
      return Integer.compare(values.length, other.values.length);
    }
    return Arrays.compare(values, other.values);
  }

  /**
   * Tells whether this sequence comes before another in shortlex order.
   *
   * @param other the sequence to compare with
   * @return whether this sequence is strictly smaller
   */
  public boolean isSmallerThan(Choices other) {
    return compareTo(other) < 0;
  }

  /**
   * Tells whether another object is a sequence of the same choices in the same order.
   *
   * @param other the object to compare with
   * @return whether the two hold equal choices
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Choices && Arrays.equals(values, ((Choices) other).values);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the choices
   */
  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /**
   * Returns the choices in brackets, such as {@code [1, 100, 0]}.
   *
   * @return the choices, readably
   */
  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
