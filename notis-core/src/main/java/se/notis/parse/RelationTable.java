package se.notis.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import se.notis.internal.Weights;

/**
 * Read-only relation weights laid out for decoding: a probe table of feature keys, each slot the
 * key and the index of its row of 16-bit fixed-point weights (one per relation) in one dense
 * array. The training layout keeps a row of floats for every slot of a half-empty table, some 20 MB
 * that every lookup missed the caches in; this one is a tenth of that. It reads the rows {@link
 * Weights#write} writes.
 */
final class RelationTable {
  /** Two longs per slot: the key (0 = empty) and the start of its row in {@code values}. */
  private final long[] slots;
  private final short[] values;
  private final int stride;
  private final int mask;
  private final float scale;
  private final int rows;

  private RelationTable(long[] slots, short[] values, int stride, float scale, int rows) {
    this.slots = slots;
    this.values = values;
    this.stride = stride;
    this.mask = slots.length / 2 - 1;
    this.scale = scale;
    this.rows = rows;
  }

  /**
   * The best of the candidate labels for {@code count} features; {@code scores} is scratch space,
   * {@code scratch} holds {@link ActionScorer#SCRATCH} longs.
   */
  int best(long[] features, int count, int[] candidates, int[] scores, long[] scratch) {
    for (int label : candidates) {
      scores[label] = 0;
    }
    long[] table = slots;
    int m = mask;
    // Every feature's home slot first, so that their cache misses overlap (as in TransitionTable).
    for (int f = 0; f < count; f++) {
      long key = Weights.key(features[f]);
      int slot = (int) (key ^ (key >>> 32)) & m;
      scratch[3 * f] = key;
      scratch[3 * f + 1] = slot;
      scratch[3 * f + 2] = table[2 * slot];
    }
    for (int f = 0; f < count; f++) {
      long key = scratch[3 * f];
      int slot = (int) scratch[3 * f + 1];
      long k = scratch[3 * f + 2];
      while (k != key && k != 0) {
        slot = (slot + 1) & m;
        k = table[2 * slot];
      }
      if (k == key) {
        int base = (int) table[2 * slot + 1];
        for (int label : candidates) {
          scores[label] += values[base + label];
        }
      }
    }
    int best = candidates[0];
    for (int label : candidates) {
      if (scores[label] > scores[best]) {
        best = label;
      }
    }
    return best;
  }

  /** Writes the table in the format of {@link Weights#write}, which {@link #read} reads. */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(stride);
    out.writeInt(rows);
    out.writeFloat(scale);
    for (int slot = 0; slot <= mask; slot++) {
      if (slots[2 * slot] != 0) {
        out.writeLong(slots[2 * slot]);
        int base = (int) slots[2 * slot + 1];
        for (int c = 0; c < stride; c++) {
          out.writeShort(values[base + c]);
        }
      }
    }
  }

  /** The decoding layout of trained weights (16-bit fixed point, as in the model file). */
  static RelationTable of(Weights weights) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        weights.write(out);
      }
      return read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory copy of the relation weights", e);
    }
  }

  static RelationTable read(DataInputStream in) throws IOException {
    int stride = in.readInt();
    int rows = in.readInt();
    if (stride <= 0 || stride > 0xFFFF || rows < 0 || (long) rows * stride > Integer.MAX_VALUE) {
      throw new IOException("bad relation weight table header: stride " + stride + ", rows " + rows);
    }
    float scale = in.readFloat();
    int want = Math.max(16, rows * 2);
    int capacity = Integer.highestOneBit(want);
    if (capacity < want) {
      capacity <<= 1;
    }
    long[] slots = new long[2 * capacity];
    short[] values = new short[rows * stride];
    int mask = capacity - 1;
    for (int r = 0; r < rows; r++) {
      long key = in.readLong();
      if (key == 0) {
        throw new IOException("bad relation weight key 0");
      }
      for (int c = 0; c < stride; c++) {
        values[r * stride + c] = in.readShort();
      }
      int slot = (int) (key ^ (key >>> 32)) & mask;
      while (slots[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = key;
      slots[2 * slot + 1] = (long) r * stride;
    }
    return new RelationTable(slots, values, stride, scale, rows);
  }
}
