package se.notis.ner;

/** Open-addressing map from 64-bit hashes to OR-ed int bits; 0 means absent. */
final class LongBits {
  private long[] keys;
  private int[] bits;
  private int size;
  private int mask;

  LongBits(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    bits = new int[capacity];
    mask = capacity - 1;
  }

  int get(long key) {
    int slot = slot(key);
    while (true) {
      int b = bits[slot];
      if (b == 0) {
        return 0;
      }
      if (keys[slot] == key) {
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
      if (bits[slot] == 0) {
        keys[slot] = key;
        bits[slot] = value;
        size++;
        if (size * 2 > keys.length) {
          grow();
        }
        return;
      }
      if (keys[slot] == key) {
        bits[slot] |= value;
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
    long[] oldKeys = keys;
    int[] oldBits = bits;
    keys = new long[oldKeys.length * 2];
    bits = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldBits[i] != 0) {
        or(oldKeys[i], oldBits[i]);
      }
    }
  }
}
