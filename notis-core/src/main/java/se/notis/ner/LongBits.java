package se.notis.ner;

/**
 * Open-addressing map from 64-bit hashes to OR-ed int bits; 0 means absent. Key and bits share
 * one long array (bits in the slot after the key), so a lookup touches one cache line.
 */
final class LongBits {
  private long[] slots;
  private int size;
  private int mask;

  LongBits(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[capacity * 2];
    mask = capacity - 1;
  }

  int get(long key) {
    long[] s = slots;
    int slot = slot(key);
    while (true) {
      int b = (int) s[(slot << 1) + 1];
      if (b == 0) {
        return 0;
      }
      if (s[slot << 1] == key) {
        return b;
      }
      slot = (slot + 1) & mask;
    }
  }

  void or(long key, int value) {
    if (value == 0) {
      return;
    }
    int slot = slot(key);
    while (true) {
      int b = (int) slots[(slot << 1) + 1];
      if (b == 0) {
        slots[slot << 1] = key;
        slots[(slot << 1) + 1] = value;
        size++;
        if (size * 2 > mask + 1) {
          grow();
        }
        return;
      }
      if (slots[slot << 1] == key) {
        slots[(slot << 1) + 1] = b | value;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    long h = Hashing.fmix(key);
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] old = slots;
    int capacity = (mask + 1) * 2;
    slots = new long[capacity * 2];
    mask = capacity - 1;
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        or(old[i], (int) old[i + 1]);
      }
    }
  }
}
