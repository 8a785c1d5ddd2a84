package se.notis.ner;

/**
 * Open-addressing map from non-zero int feature ids to dense rows 0..size-1. Key and row sit
 * side by side in one array, so a lookup touches one cache line.
 */
final class FeatureTable {
  private int[] slots;
  private int size;
  private int mask;

  FeatureTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new int[capacity * 2];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /** Row of {@code key}, or -1. */
  int get(int key) {
    int[] s = slots;
    int slot = spread(key) & mask;
    while (true) {
      int k = s[slot << 1];
      if (k == key) {
        return s[(slot << 1) + 1];
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
      int k = slots[slot << 1];
      if (k == key) {
        return slots[(slot << 1) + 1];
      }
      if (k == 0) {
        slots[slot << 1] = key;
        slots[(slot << 1) + 1] = size;
        size++;
        if (size * 2 > mask + 1) {
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
    for (int slot = 0; slot <= mask; slot++) {
      if (slots[slot << 1] != 0) {
        out[slots[(slot << 1) + 1]] = slots[slot << 1];
      }
    }
    return out;
  }

  private void grow() {
    int[] old = slots;
    int capacity = (mask + 1) * 2;
    slots = new int[capacity * 2];
    mask = capacity - 1;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0) {
        int s = spread(old[i]) & mask;
        while (slots[s << 1] != 0) {
          s = (s + 1) & mask;
        }
        slots[s << 1] = old[i];
        slots[(s << 1) + 1] = old[i + 1];
      }
    }
  }

  private static int spread(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    return "FeatureTable[size=" + size + ", capacity=" + (mask + 1) + "]";
  }
}
