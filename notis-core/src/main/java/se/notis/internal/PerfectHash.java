package se.notis.internal;

import java.io.IOException;

/**
 * A perfect hash of a fixed set of distinct 64-bit keys (hash and displace, Belazzougui, Botelho and
 * Dietzfelbinger 2009): every key of the set gets its own slot in {@code [0, size())}, found with one
 * read of a small pilot table and no probing. A key outside the set also gets a slot, the slot of some
 * key of the set or an empty one, so a table built on it stores each key in its slot and compares.
 *
 * <p>A decoding table laid out this way needs little more than half the room of an open-addressing
 * one kept under three quarters full, and a lookup reads exactly one slot, without the branches of
 * a probe loop. The keys must be well mixed already (as {@link Weights#key} makes them). Read-only
 * after building.
 */
public final class PerfectHash {
  /** Keys per bucket of the pilot table: its size against the time of building. */
  private static final int BUCKET_KEYS = 4;
  /** Slots per key (the inverse of the load): more room makes building fast. */
  private static final double ROOM = 1.1;
  private static final int MAX_PILOT = 1 << 24;

  private final int[] pilots;
  private final int size;

  private PerfectHash(int[] pilots, int size) {
    this.pilots = pilots;
    this.size = size;
  }

  /** Number of slots. */
  public int size() {
    return size;
  }

  /** The pilot of {@code key}'s bucket, to pass to {@link #slot(long, int)}. */
  public int pilot(long key) {
    return pilots[range(key, pilots.length)];
  }

  /**
   * The slot of {@code key} given its bucket's {@link #pilot}: split in two so that a lookup loop can
   * read every key's pilot before it needs the first slot. The low half of the key displaced by the
   * pilot times the high half (odd), scaled to the table: two multiplications, as cheap as a lookup
   * must be when a parser makes hundreds per word.
   */
  public int slot(long key, int pilot) {
    int h = (int) key + pilot * ((int) (key >>> 32) | 1);
    return (int) (((h & 0xFFFF_FFFFL) * size) >>> 32);
  }

  /** The slot of {@code key}. */
  public int slot(long key) {
    return slot(key, pilot(key));
  }

  /** {@code h}'s high 32 bits scaled to {@code [0, n)}, without a division. */
  private static int range(long h, int n) {
    return (int) (((h >>> 32) * n) >>> 32);
  }

  /**
   * The perfect hash of {@code keys} (distinct). Buckets are placed largest first, each with the
   * first pilot that sends all its keys to free slots; the result does not depend on the keys' order.
   *
   * @throws IllegalArgumentException if a key occurs twice
   */
  public static PerfectHash of(long[] keys) {
    int n = keys.length;
    int size = Math.max(1, (int) Math.ceil(n * ROOM));
    int buckets = Math.max(1, (n + BUCKET_KEYS - 1) / BUCKET_KEYS);
    // The keys grouped by bucket (counting sort), then the buckets ordered by size, largest first.
    int[] start = new int[buckets + 1];
    for (long key : keys) {
      start[range(key, buckets) + 1]++;
    }
    int largest = 0;
    for (int b = 0; b < buckets; b++) {
      largest = Math.max(largest, start[b + 1]);
      start[b + 1] += start[b];
    }
    long[] grouped = new long[n];
    int[] fill = start.clone();
    for (long key : keys) {
      grouped[fill[range(key, buckets)]++] = key;
    }
    int[] bySize = new int[largest + 2];
    for (int b = 0; b < buckets; b++) {
      bySize[largest - (start[b + 1] - start[b]) + 1]++;
    }
    for (int s = 0; s <= largest; s++) {
      bySize[s + 1] += bySize[s];
    }
    int[] order = new int[buckets];
    for (int b = 0; b < buckets; b++) {
      order[bySize[largest - (start[b + 1] - start[b])]++] = b;
    }
    int[] pilots = new int[buckets];
    boolean[] taken = new boolean[size];
    int[] placed = new int[largest];
    PerfectHash hash = new PerfectHash(pilots, size);
    for (int b : order) {
      int from = start[b];
      int count = start[b + 1] - from;
      for (int i = from; i < start[b + 1]; i++) {
        for (int j = from; j < i; j++) {
          if (grouped[i] == grouped[j]) {
            throw new IllegalArgumentException("duplicate key " + Long.toHexString(grouped[i]));
          }
        }
      }
      int pilot = 0;
      while (!fits(hash, grouped, from, count, pilot, taken, placed)) {
        if (++pilot == MAX_PILOT) {
          throw new IllegalStateException("no pilot places bucket " + b + " of " + count + " keys");
        }
      }
      pilots[b] = pilot;
      for (int i = 0; i < count; i++) {
        taken[placed[i]] = true;
      }
    }
    return hash;
  }

  /** Whether {@code pilot} sends the bucket's keys to distinct free slots, which go to {@code placed}. */
  private static boolean fits(PerfectHash hash, long[] keys, int from, int count, int pilot, boolean[] taken,
      int[] placed) {
    for (int i = 0; i < count; i++) {
      int slot = hash.slot(keys[from + i], pilot);
      if (taken[slot]) {
        return false;
      }
      for (int j = 0; j < i; j++) {
        if (placed[j] == slot) {
          return false;
        }
      }
      placed[i] = slot;
    }
    return true;
  }

  /** The perfect hash of a model file's table keys: duplicate keys mean a broken file. */
  public static PerfectHash ofTable(long[] keys, String table) throws IOException {
    try {
      return of(keys);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad " + table + ": " + e.getMessage(), e);
    }
  }

  /**
   * The (key, value) pairs laid out in this hash's slots: slot {@code i}'s key at {@code 2i}, its
   * value at {@code 2i + 1} (an empty slot holds key 0).
   */
  public long[] slotPairs(long[] keys, long[] values) {
    long[] slots = new long[2 * size];
    for (int r = 0; r < keys.length; r++) {
      int slot = slot(keys[r]);
      slots[2 * slot] = keys[r];
      slots[2 * slot + 1] = values[r];
    }
    return slots;
  }
}
