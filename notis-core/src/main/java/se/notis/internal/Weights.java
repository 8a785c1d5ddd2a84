package se.notis.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Perceptron weights: rows of {@code stride} floats keyed by a 64-bit feature hash, in an
 * open-addressing table. While training it also keeps the sums needed for averaging; {@link
 * #averaged} returns a read-only copy that many threads may share.
 */
public final class Weights {
  private static final long EMPTY = 0L;
  private final int stride;
  private long[] keys;
  private float[] values;
  private float[] totals;
  private int[] stamps;
  private int size;
  private int mask;

  public Weights(int stride, int expectedRows, boolean training) {
    this.stride = stride;
    int capacity = Integer.highestOneBit(Math.max(16, expectedRows * 2 - 1)) << 1;
    keys = new long[capacity];
    mask = capacity - 1;
    values = new float[capacity * stride];
    if (training) {
      totals = new float[capacity * stride];
      stamps = new int[capacity * stride];
    }
  }

  public int stride() {
    return stride;
  }

  public int rows() {
    return size;
  }

  /** Mixes a feature hash so that zero, the empty marker, never occurs. */
  public static long key(long hash) {
    long h = hash * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return h == EMPTY ? 1 : h;
  }

  /** Start of the row for {@code key} in {@link #values()}, or -1 when the feature is unknown. */
  public int row(long key) {
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return slot * stride;
      }
      if (k == EMPTY) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  public float[] values() {
    return values;
  }

  /** Adds {@code delta} to one weight at training step {@code step} (for averaging). */
  public void update(long key, int column, float delta, int step) {
    int base = rowOrInsert(key);
    int i = base + column;
    totals[i] += (step - stamps[i]) * values[i];
    stamps[i] = step;
    values[i] += delta;
  }

  private int rowOrInsert(long key) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return slot * stride;
      }
      if (k == EMPTY) {
        keys[slot] = key;
        size++;
        return slot * stride;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    float[] oldValues = values;
    float[] oldTotals = totals;
    int[] oldStamps = stamps;
    int capacity = keys.length * 2;
    keys = new long[capacity];
    mask = capacity - 1;
    values = new float[capacity * stride];
    totals = oldTotals == null ? null : new float[capacity * stride];
    stamps = oldStamps == null ? null : new int[capacity * stride];
    size = 0;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != EMPTY) {
        int base = rowOrInsert(oldKeys[s]);
        System.arraycopy(oldValues, s * stride, values, base, stride);
        if (totals != null) {
          System.arraycopy(oldTotals, s * stride, totals, base, stride);
          System.arraycopy(oldStamps, s * stride, stamps, base, stride);
        }
      }
    }
  }

  /**
   * The averaged weights at training step {@code step}, without rows whose weights all stay below
   * {@code prune} in magnitude (they barely change a decision and would only grow the model).
   */
  public Weights averaged(int step, float prune) {
    Weights out = new Weights(stride, Math.max(16, size), false);
    float[] row = new float[stride];
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] == EMPTY) {
        continue;
      }
      boolean keep = false;
      for (int c = 0; c < stride; c++) {
        int i = s * stride + c;
        float total = totals[i] + (step - stamps[i]) * values[i];
        row[c] = step == 0 ? values[i] : total / step;
        keep |= Math.abs(row[c]) >= prune;
      }
      if (keep) {
        int base = out.rowOrInsert(keys[s]);
        System.arraycopy(row, 0, out.values, base, stride);
      }
    }
    return out;
  }

  /**
   * Adds {@code factor} times every row of {@code other} (same stride) to this table, inserting rows
   * it lacks: with factor 1/K over K models trained alike, their mean (bagging).
   */
  public void add(Weights other, float factor) {
    if (other.stride != stride) {
      throw new IllegalArgumentException("stride " + other.stride + " added to stride " + stride);
    }
    for (int s = 0; s < other.keys.length; s++) {
      if (other.keys[s] == EMPTY) {
        continue;
      }
      int base = rowOrInsert(other.keys[s]);
      for (int c = 0; c < stride; c++) {
        values[base + c] += factor * other.values[s * stride + c];
      }
    }
  }

  /** A read-only copy without rows whose weights all stay below {@code prune} in magnitude. */
  public Weights pruned(float prune) {
    Weights out = new Weights(stride, Math.max(16, size), false);
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] == EMPTY) {
        continue;
      }
      boolean keep = false;
      for (int c = 0; c < stride && !keep; c++) {
        keep = Math.abs(values[s * stride + c]) >= prune;
      }
      if (keep) {
        System.arraycopy(values, s * stride, out.values, out.rowOrInsert(keys[s]), stride);
      }
    }
    return out;
  }

  /** Writes the rows; weights are stored as 16-bit fixed point with one scale per table. */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(stride);
    out.writeInt(size);
    float max = 1e-9f;
    for (float v : values) {
      max = Math.max(max, Math.abs(v));
    }
    float scale = max / Short.MAX_VALUE;
    out.writeFloat(scale);
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != EMPTY) {
        out.writeLong(keys[s]);
        for (int c = 0; c < stride; c++) {
          out.writeShort(Math.round(values[s * stride + c] / scale));
        }
      }
    }
  }

  public static Weights read(DataInputStream in) throws IOException {
    int stride = in.readInt();
    int rows = in.readInt();
    if (stride <= 0 || rows < 0) {
      throw new IOException("bad weight table header: stride " + stride + ", rows " + rows);
    }
    float scale = in.readFloat();
    Weights weights = new Weights(stride, Math.max(16, rows), false);
    for (int r = 0; r < rows; r++) {
      int base = weights.rowOrInsert(in.readLong());
      for (int c = 0; c < stride; c++) {
        weights.values[base + c] = in.readShort() * scale;
      }
    }
    return weights;
  }

  @Override
  public String toString() {
    return "Weights[stride=" + stride + ", rows=" + size + ", capacity=" + keys.length + "]";
  }

  /** For tests: a copy of one row, or an empty array when the feature is unknown. */
  public float[] rowCopy(long key) {
    int base = row(key);
    return base < 0 ? new float[0] : Arrays.copyOfRange(values, base, base + stride);
  }
}
