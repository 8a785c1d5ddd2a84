package se.notis.ner;

/** Open-addressing map from non-zero int feature ids to dense rows 0..size-1. */
final class FeatureTable {
  private int[] keys;
  private int[] rows;
  private int size;
  private int mask;

  FeatureTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new int[capacity];
    rows = new int[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /** Row of {@code key}, or -1. */
  int get(int key) {
    int slot = spread(key) & mask;
    while (true) {
      int k = keys[slot];
      if (k == key) {
        return rows[slot];
      }
      if (k == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Row of {@code key}, adding it as the next row when absent. */
  int add(int key) {
    int slot = spread(key) & mask;
    while (true) {
      int k = keys[slot];
      if (k == key) {
        return rows[slot];
      }
      if (k == 0) {
        keys[slot] = key;
        rows[slot] = size;
        size++;
        if (size * 2 > keys.length) {
          grow();
        }
        return size - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Keys by row. */
  int[] keysByRow() {
    int[] out = new int[size];
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != 0) {
        out[rows[slot]] = keys[slot];
      }
    }
    return out;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new int[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] != 0) {
        int s = spread(oldKeys[slot]) & mask;
        while (keys[s] != 0) {
          s = (s + 1) & mask;
        }
        keys[s] = oldKeys[slot];
        rows[s] = oldRows[slot];
      }
    }
  }

  private static int spread(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    return "FeatureTable[size=" + size + ", capacity=" + keys.length + "]";
  }
}
