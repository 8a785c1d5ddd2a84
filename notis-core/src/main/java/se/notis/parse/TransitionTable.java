package se.notis.parse;

import java.io.DataInputStream;
import java.io.IOException;
import se.notis.internal.PerfectHash;
import se.notis.internal.Weights;

/**
 * Read-only transition weights laid out for decoding: each slot is two longs, the feature key and
 * its four 16-bit fixed-point weights (shift, reduce, left, right), so that a feature costs one
 * cache line rather than one probe in a key table and another in a weight table. With a beam the
 * parser scores several configurations per word, which made those memory waits the parser's cost.
 * A {@link PerfectHash} gives each feature its slot, so a lookup reads one slot and does not branch,
 * and the table (1.2 MB for the bundled model) is little more than half an open-addressing one. It
 * reads the rows {@link Weights#write} writes.
 */
final class TransitionTable implements ActionScorer {
  /** Flips the sign bit of each 16-bit weight, making it an unsigned value offset by 2^15. */
  private static final long OFFSET = 0x8000_8000_8000_8000L;
  /** The first and third 16-bit weights of a slot, each widened to 32 bits. */
  private static final long EVEN = 0x0000_FFFF_0000_FFFFL;

  private final PerfectHash index;
  private final long[] slots;
  private final float scale;
  private final int rows;

  private TransitionTable(PerfectHash index, long[] slots, float scale, int rows) {
    this.index = index;
    this.slots = slots;
    this.scale = scale;
    this.rows = rows;
  }

  int rows() {
    return rows;
  }

  @Override
  public void score(long[] features, int count, float[] scores, long[] scratch) {
    long[] table = slots;
    PerfectHash slotOf = index;
    // The four weights are summed two at a time in 32-bit lanes of a long, each offset by 2^15 to be
    // non-negative (96 features cannot carry into the next lane); a feature not in its slot adds the
    // offset of a zero weight. One short loop without branches: the lookups of many features are
    // under way at once, and a probe loop's mispredicted branches cost more than its memory waits.
    long even = 0;
    long odd = 0;
    for (int f = 0; f < count; f++) {
      long key = Weights.key(features[f]);
      int slot = slotOf.slot(key);
      long w = (table[2 * slot] == key ? table[2 * slot + 1] : 0) ^ OFFSET;
      even += w & EVEN;
      odd += (w >>> 16) & EVEN;
    }
    int offset = count << 15;
    scores[ParseState.SHIFT] = ((int) even - offset) * scale;
    scores[ParseState.REDUCE] = ((int) odd - offset) * scale;
    scores[ParseState.LEFT] = ((int) (even >>> 32) - offset) * scale;
    scores[ParseState.RIGHT] = ((int) (odd >>> 32) - offset) * scale;
  }

  /** Writes the table in the format of {@link Weights#write}, which {@link #read} reads. */
  void write(java.io.DataOutputStream out) throws IOException {
    out.writeInt(4);
    out.writeInt(rows);
    out.writeFloat(scale);
    for (int slot = 0; slot < index.size(); slot++) {
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
    long[] keys = new long[rows];
    long[] weights = new long[rows];
    for (int r = 0; r < rows; r++) {
      keys[r] = in.readLong();
      for (int c = 0; c < 4; c++) {
        weights[r] |= (in.readShort() & 0xFFFFL) << (16 * c);
      }
      if (keys[r] == 0) {
        throw new IOException("bad transition weight key 0");
      }
    }
    PerfectHash index = PerfectHash.ofTable(keys, "transition weight table");
    long[] slots = index.slotPairs(keys, weights);
    return new TransitionTable(index, slots, scale, rows);
  }
}
