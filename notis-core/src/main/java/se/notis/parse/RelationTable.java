package se.notis.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import se.notis.internal.IntArray;
import se.notis.internal.PerfectHash;
import se.notis.internal.Weights;

/**
 * Read-only relation weights laid out for decoding: a slot per feature, found with a {@link
 * PerfectHash}, holds the feature key and where its weights start in one dense array. A feature's
 * weights are mostly zero (four of the bundled model's 42 relations on average: the perceptron only
 * touches the gold and the predicted relation), so only the others are kept, each as the relation
 * and its 16-bit fixed-point weight in one int. The training layout keeps a row of floats for every
 * slot of a half-empty table, some 20 MB that every lookup missed the caches in; this one takes 1.2 MB
 * for the bundled model (dense rows behind an open-addressing table took 5 MB). It reads the rows
 * {@link Weights#write} writes.
 */
final class RelationTable {
  private final PerfectHash index;
  /** Two longs per slot: the key (0 = empty) and its weights' start in {@code weights} times 2^16 plus their number. */
  private final long[] slots;
  /** The relation times 2^16 plus the 16-bit weight, for every non-zero weight. */
  private final int[] weights;
  private final int stride;
  private final float scale;
  private final int rows;

  private RelationTable(PerfectHash index, long[] slots, int[] weights, int stride, float scale, int rows) {
    this.index = index;
    this.slots = slots;
    this.weights = weights;
    this.stride = stride;
    this.scale = scale;
    this.rows = rows;
  }

  /** The number of relations, the length of a feature's row of weights. */
  int stride() {
    return stride;
  }

  /**
   * The best of the candidate labels for {@code count} features; {@code scores} (at least {@link
   * #stride} long) and {@code scratch} (at least {@code count} long) are scratch space.
   */
  int best(long[] features, int count, int[] candidates, int[] scores, long[] scratch) {
    for (int label : candidates) {
      scores[label] = 0;
    }
    long[] table = slots;
    PerfectHash slotOf = index;
    // Every feature's slot first, so that the cache misses overlap, then the weights of those found.
    for (int f = 0; f < count; f++) {
      long key = Weights.key(features[f]);
      int slot = slotOf.slot(key);
      scratch[f] = table[2 * slot] == key ? slot : -1;
    }
    int[] row = weights;
    for (int f = 0; f < count; f++) {
      if (scratch[f] >= 0) {
        long at = table[2 * (int) scratch[f] + 1];
        int end = (int) (at >>> 16) + (int) (at & 0xFFFF);
        // Relations that are not candidates collect weights too; only the candidates' are read.
        for (int i = (int) (at >>> 16); i < end; i++) {
          scores[row[i] >>> 16] += (short) row[i];
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
    short[] row = new short[stride];
    for (int slot = 0; slot < index.size(); slot++) {
      if (slots[2 * slot] != 0) {
        out.writeLong(slots[2 * slot]);
        java.util.Arrays.fill(row, (short) 0);
        long at = slots[2 * slot + 1];
        for (int i = (int) (at >>> 16); i < (int) (at >>> 16) + (int) (at & 0xFFFF); i++) {
          row[weights[i] >>> 16] = (short) weights[i];
        }
        for (short w : row) {
          out.writeShort(w);
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
    long[] keys = new long[rows];
    long[] starts = new long[rows];
    IntArray nonZero = new IntArray(Math.min(rows, 1 << 20) * 4);
    for (int r = 0; r < rows; r++) {
      keys[r] = in.readLong();
      if (keys[r] == 0) {
        throw new IOException("bad relation weight key 0");
      }
      int from = nonZero.size();
      for (int c = 0; c < stride; c++) {
        short w = in.readShort();
        if (w != 0) {
          nonZero.add(c << 16 | (w & 0xFFFF));
        }
      }
      starts[r] = (long) from << 16 | (nonZero.size() - from);
    }
    PerfectHash index = PerfectHash.ofTable(keys, "relation weight table");
    long[] slots = index.slotPairs(keys, starts);
    return new RelationTable(index, slots, nonZero.toArray(), stride, scale, rows);
  }
}
