package se.notis.internal;

import java.util.Arrays;

/** A growable array of ints, for building offset arrays without boxing. */
public final class IntArray {
  private int[] values;
  private int size;

  public IntArray(int capacity) {
    values = new int[Math.max(4, capacity)];
  }

  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size + (size >> 1) + 4);
    }
    values[size++] = value;
  }

  public int get(int i) {
    return values[i];
  }

  public void set(int i, int value) {
    values[i] = value;
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
