package se.notis.parse;

import java.io.DataInputStream;
import java.io.IOException;
import se.notis.internal.Weights;

/**
 * Read-only transition weights laid out for decoding: each slot is two longs, the feature key and
 * its four 16-bit fixed-point weights (shift, reduce, left, right), so that a feature costs one
 * cache line rather than one probe in a key table and another in a weight table. With a beam the
 * parser scores several configurations per word, which made those memory waits the parser's cost.
 * It reads the rows {@link Weights#write} writes.
 */
final class TransitionTable implements ActionScorer {
  private final long[] slots;
  private final int mask;
  private final float scale;
  private final int rows;

  private TransitionTable(long[] slots, float scale, int rows) {
    this.slots = slots;
    this.mask = slots.length / 2 - 1;
    this.scale = scale;
    this.rows = rows;
  }

  int rows() {
    return rows;
  }

  @Override
  public void score(long[] features, int count, float[] scores, long[] scratch) {
    long[] table = slots;
    int m = mask;
    // First every feature's home slot, so that the cache misses of all features overlap; then the
    // probes, which mostly find the feature (or an empty slot) where the first loop looked.
    for (int f = 0; f < count; f++) {
      long key = Weights.key(features[f]);
      int slot = (int) (key ^ (key >>> 32)) & m;
      scratch[3 * f] = key;
      scratch[3 * f + 1] = slot;
      scratch[3 * f + 2] = table[2 * slot];
    }
    int shift = 0;
    int reduce = 0;
    int left = 0;
    int right = 0;
    for (int f = 0; f < count; f++) {
      long key = scratch[3 * f];
      int slot = (int) scratch[3 * f + 1];
      long k = scratch[3 * f + 2];
      while (k != key) {
        if (k == 0) {
          break;
        }
        slot = (slot + 1) & m;
        k = table[2 * slot];
      }
      if (k == key) {
        long w = table[2 * slot + 1];
        shift += (short) w;
        reduce += (short) (w >>> 16);
        left += (short) (w >>> 32);
        right += (short) (w >>> 48);
      }
    }
    scores[ParseState.SHIFT] = shift * scale;
    scores[ParseState.REDUCE] = reduce * scale;
    scores[ParseState.LEFT] = left * scale;
    scores[ParseState.RIGHT] = right * scale;
  }

  /** Writes the table in the format of {@link Weights#write}, which {@link #read} reads. */
  void write(java.io.DataOutputStream out) throws IOException {
    out.writeInt(4);
    out.writeInt(rows);
    out.writeFloat(scale);
    for (int slot = 0; slot <= mask; slot++) {
      if (slots[2 * slot] != 0) {
        out.writeLong(slots[2 * slot]);
        long packed = slots[2 * slot + 1];
        for (int c = 0; c < 4; c++) {
          out.writeShort((short) (packed >>> (16 * c)));
        }
      }
    }
  }

  /** The decoding layout of trained weights (16-bit fixed point, as in the model file). */
  static TransitionTable of(Weights weights) {
    try {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
        weights.write(out);
      }
      return read(new DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("in-memory copy of the transition weights", e);
    }
  }

  /** Reads a table of stride 4 in the format of {@link Weights#write}. */
  static TransitionTable read(DataInputStream in) throws IOException {
    int stride = in.readInt();
    int rows = in.readInt();
    if (stride != 4 || rows < 0) {
      throw new IOException("bad transition weight table header: stride " + stride + ", rows " + rows);
    }
    float scale = in.readFloat();
    // At most 3/4 full: most lookups are of features never seen in training, and those end only at
    // an empty slot.
    int want = rows + rows / 3;
    int capacity = Integer.highestOneBit(Math.max(16, want));
    if (capacity < want) {
      capacity <<= 1;
    }
    long[] slots = new long[2 * capacity];
    int mask = capacity - 1;
    for (int r = 0; r < rows; r++) {
      long key = in.readLong();
      long packed = 0;
      for (int c = 0; c < 4; c++) {
        packed |= (in.readShort() & 0xFFFFL) << (16 * c);
      }
      if (key == 0) {
        throw new IOException("bad transition weight key 0");
      }
      int slot = (int) (key ^ (key >>> 32)) & mask;
      while (slots[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = key;
      slots[2 * slot + 1] = packed;
    }
    return new TransitionTable(slots, scale, rows);
  }
}
