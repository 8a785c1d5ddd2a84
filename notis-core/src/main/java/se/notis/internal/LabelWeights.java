package se.notis.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Read-only perceptron weights laid out for scoring: each feature hash leads to one block of
 * weights for the labels it has seen. Scoring a word then costs one table probe per feature
 * rather than one per feature and candidate label, which is what kept the tagger waiting on
 * memory. Weights are 16-bit fixed point with one scale per table, so sums stay exact integers.
 * A block lists (label, weight) pairs packed in ints; a feature seen with many labels (the bias,
 * the previous label, short affixes) gets a dense row instead, from which only the word's
 * candidate labels are read.
 */
public final class LabelWeights {
  /** Blocks with at least this share of all labels are stored dense. */
  private static final int DENSE_DIVISOR = 8;
  private static final int INLINE = 0x8000_0000;

  /**
   * Two longs per slot. The first holds the fingerprint (high 32 bits of the feature hash) and
   * either the block offset + 1 or, for a feature with at most two labels (most of them), the
   * {@link #INLINE} flag and the entry count; the second then holds those entries, so that
   * looking such a feature up touches one cache line. A first long of 0 marks an empty slot.
   */
  private final long[] slots;
  private final int mask;
  /**
   * Blocks. Sparse: a count, then that many entries of label (high 16 bits) and weight (low 16
   * bits). Dense: -1, then one weight per label.
   */
  private final int[] blocks;
  private final int labels;
  private final float scale;
  private final int features;

  private LabelWeights(long[] slots, int[] blocks, int labels, float scale, int features) {
    this.slots = slots;
    this.mask = slots.length / 2 - 1;
    this.blocks = blocks;
    this.labels = labels;
    this.scale = scale;
    this.features = features;
  }

  /** How many features carry at least one weight. */
  public int features() {
    return features;
  }

  /**
   * Sums the weights of {@code count} features into {@code scores} for (at least) the first
   * {@code candidateCount} labels of {@code candidates}. The first slot of every feature is read
   * before any is tested, in a loop without branches, so that the table's cache misses overlap
   * instead of waiting one after another (a probe loop's hit-or-empty branches, mispredicted half
   * the time, kept the processor from running ahead); {@code probes} is scratch space of at least
   * {@code count} longs.
   */
  public void addAll(long[] features, int count, int[] scores, int[] candidates, int candidateCount, long[] probes) {
    for (int f = 0; f < count; f++) {
      probes[f] = slots[2 * ((int) features[f] & mask)];
    }
    for (int f = 0; f < count; f++) {
      long first = probes[f];
      if (first == 0) {
        continue;
      }
      int slot = first >>> 32 == features[f] >>> 32 ? 2 * ((int) features[f] & mask) : slot(features[f]);
      if (slot >= 0) {
        addSlot(slot, scores, candidates, candidateCount);
      }
    }
  }

  /**
   * Adds the weights of {@code feature} to {@code scores}, indexed by label: at least those of the
   * first {@code count} labels in {@code candidates} (a dense row adds only those), perhaps more.
   */
  public void addTo(long feature, int[] scores, int[] candidates, int count) {
    int slot = slot(feature);
    if (slot >= 0) {
      addSlot(slot, scores, candidates, count);
    }
  }

  private void addSlot(int slot, int[] scores, int[] candidates, int count) {
    int low = (int) slots[slot];
    if ((low & INLINE) != 0) {
      long pair = slots[slot + 1];
      int first = (int) pair;
      scores[first >>> 16] += (short) first;
      if ((low & 3) == 2) {
        int second = (int) (pair >>> 32);
        scores[second >>> 16] += (short) second;
      }
      return;
    }
    int block = low - 1;
    int head = blocks[block];
    if (head < 0) {
      int row = block + 1;
      for (int c = 0; c < count; c++) {
        int label = candidates[c];
        scores[label] += blocks[row + label];
      }
      return;
    }
    for (int i = block + 1, end = block + 1 + head; i < end; i++) {
      int entry = blocks[i];
      scores[entry >>> 16] += (short) entry;
    }
  }

  /** The weight of one feature and label, 0 when absent (for tests and tools). */
  public float weight(long feature, int label) {
    int slot = slot(feature);
    if (slot < 0) {
      return 0;
    }
    int[] entries = new int[labels];
    int count = entries(slot, entries);
    for (int i = 0; i < count; i++) {
      if (entries[i] >>> 16 == label) {
        return (short) entries[i] * scale;
      }
    }
    return 0;
  }

  /** The index of the feature's first long in {@link #slots}, or -1 when it has no weights. */
  private int slot(long feature) {
    long fingerprint = feature >>> 32;
    int slot = (int) feature & mask;
    while (true) {
      long s = slots[2 * slot];
      if (s == 0) {
        return -1;
      }
      if (s >>> 32 == fingerprint) {
        return 2 * slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Writes the table slot by slot (sparse), so that {@link #read} rebuilds the same layout. */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(mask + 1);
    out.writeInt(features);
    out.writeInt(labels);
    out.writeFloat(scale);
    int[] entries = new int[labels];
    for (int slot = 0; slot <= mask; slot++) {
      long s = slots[2 * slot];
      if (s != 0) {
        int count = entries(2 * slot, entries);
        out.writeInt(slot);
        out.writeInt((int) (s >>> 32));
        out.writeShort(count);
        for (int i = 0; i < count; i++) {
          out.writeInt(entries[i]);
        }
      }
    }
  }

  /** The entries of the feature at {@code slot} in sparse form. */
  private int entries(int slot, int[] out) {
    int low = (int) slots[slot];
    if ((low & INLINE) != 0) {
      long pair = slots[slot + 1];
      out[0] = (int) pair;
      out[1] = (int) (pair >>> 32);
      return low & 3;
    }
    int block = low - 1;
    if (blocks[block] >= 0) {
      System.arraycopy(blocks, block + 1, out, 0, blocks[block]);
      return blocks[block];
    }
    int count = 0;
    for (int label = 0; label < labels; label++) {
      int weight = blocks[block + 1 + label];
      if (weight != 0) {
        out[count++] = entry(label, (short) weight);
      }
    }
    return count;
  }

  public static LabelWeights read(DataInputStream in) throws IOException {
    int capacity = in.readInt();
    int features = in.readInt();
    int labels = in.readInt();
    float scale = in.readFloat();
    if (Integer.bitCount(capacity) != 1 || features < 0 || features > capacity || labels <= 0 || labels > 0xFFFF) {
      throw new IOException("bad label weight table header: " + capacity + " slots, " + features
          + " features, " + labels + " labels");
    }
    Builder builder = new Builder(capacity, labels, scale);
    int[] entries = new int[labels];
    for (int f = 0; f < features; f++) {
      int slot = in.readInt() & (capacity - 1);
      long fingerprint = in.readInt() & 0xFFFFFFFFL;
      int count = in.readUnsignedShort();
      if (count > labels) {
        throw new IOException("bad label weight block: " + count + " entries for " + labels + " labels");
      }
      for (int i = 0; i < count; i++) {
        entries[i] = in.readInt();
      }
      builder.place(slot, fingerprint, entries, count);
    }
    return builder.build();
  }

  /** Packs one entry: a label below 65,536 and a weight already scaled to 16 bits. */
  static int entry(int label, short weight) {
    return label << 16 | (weight & 0xFFFF);
  }

  /** Fills a table block by block. */
  static final class Builder {
    private final long[] slots;
    private final IntArray blocks = new IntArray(1 << 16);
    private final int labels;
    private final float scale;
    private int features;

    Builder(int capacity, int labels, float scale) {
      this.slots = new long[2 * capacity];
      this.labels = labels;
      this.scale = scale;
    }

    /** A builder with room for {@code features} blocks. */
    static Builder forFeatures(int features, int labels, float scale) {
      return new Builder(Integer.highestOneBit(Math.max(16, features * 2 - 1)) << 1, labels, scale);
    }

    /** Adds the block of {@code feature}: {@code count} packed {@link #entry entries}. */
    void add(long feature, int[] entries, int count) {
      place((int) feature, feature >>> 32, entries, count);
    }

    private void place(int start, long fingerprint, int[] entries, int count) {
      int mask = slots.length / 2 - 1;
      int slot = start & mask;
      while (slots[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      features++;
      if (count <= 2) {
        slots[2 * slot] = fingerprint << 32 | (INLINE | count) & 0xFFFF_FFFFL;
        slots[2 * slot + 1] = (entries[0] & 0xFFFF_FFFFL) | (count == 2 ? (long) entries[1] << 32 : 0);
        return;
      }
      int block = blocks.size();
      slots[2 * slot] = fingerprint << 32 | (block + 1L);
      if (count * DENSE_DIVISOR < labels) {
        blocks.add(count);
        for (int i = 0; i < count; i++) {
          blocks.add(entries[i]);
        }
        return;
      }
      blocks.add(-1);
      for (int label = 0; label < labels; label++) {
        blocks.add(0);
      }
      for (int i = 0; i < count; i++) {
        blocks.set(block + 1 + (entries[i] >>> 16), (short) entries[i]);
      }
    }

    LabelWeights build() {
      return new LabelWeights(slots, blocks.toArray(), labels, scale, features);
    }
  }
}
