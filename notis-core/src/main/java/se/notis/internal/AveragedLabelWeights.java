package se.notis.internal;

import java.util.Arrays;

/**
 * Perceptron weights of (feature, label) pairs while training, with the sums needed for
 * averaging. {@link #pack} turns them into the read-only {@link LabelWeights} that decoding uses.
 */
public final class AveragedLabelWeights {
  private long[] keys;
  private long[] features;
  private int[] labels;
  private float[] values;
  private float[] totals;
  private int[] stamps;
  private int size;
  private int mask;

  public AveragedLabelWeights(int expectedPairs) {
    allocate(Integer.highestOneBit(Math.max(16, expectedPairs * 2 - 1)) << 1);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    features = new long[capacity];
    labels = new int[capacity];
    values = new float[capacity];
    totals = new float[capacity];
    stamps = new int[capacity];
    mask = capacity - 1;
    size = 0;
  }

  public int pairs() {
    return size;
  }

  /** The current (not averaged) weight of a feature for a label. */
  public float weight(long feature, int label) {
    int slot = find(Weights.key(Hashing.mix(feature, label)));
    return keys[slot] == 0 ? 0 : values[slot];
  }

  /** Sums the current weights of {@code count} features for one label. */
  public float score(long[] features, int count, int label) {
    float sum = 0;
    for (int f = 0; f < count; f++) {
      sum += weight(features[f], label);
    }
    return sum;
  }

  /** Adds {@code delta} to the weight of a feature and label at training step {@code step}. */
  public void update(long feature, int label, float delta, int step) {
    if (label < 0 || label > 0xFFFF) {
      throw new IllegalArgumentException("label out of range: " + label);
    }
    long key = Weights.key(Hashing.mix(feature, label));
    int slot = find(key);
    if (keys[slot] == 0) {
      if ((size + 1) * 2 > keys.length) {
        grow();
        slot = find(key);
      }
      keys[slot] = key;
      features[slot] = feature;
      labels[slot] = label;
      size++;
    }
    totals[slot] += (step - stamps[slot]) * values[slot];
    stamps[slot] = step;
    values[slot] += delta;
  }

  private int find(long key) {
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldFeatures = features;
    int[] oldLabels = labels;
    float[] oldValues = values;
    float[] oldTotals = totals;
    int[] oldStamps = stamps;
    allocate(keys.length * 2);
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != 0) {
        int slot = find(oldKeys[s]);
        keys[slot] = oldKeys[s];
        features[slot] = oldFeatures[s];
        labels[slot] = oldLabels[s];
        values[slot] = oldValues[s];
        totals[slot] = oldTotals[s];
        stamps[slot] = oldStamps[s];
        size++;
      }
    }
  }

  /**
   * Adds {@code factor} times the weights of {@code other} averaged over its {@code step} training
   * steps to this table's current weights: with factor 1/K over K taggers trained alike, this table
   * holds their mean, ready for {@code pack(0, …)} (bagging).
   */
  public void addAveraged(AveragedLabelWeights other, int step, float factor) {
    for (int s = 0; s < other.keys.length; s++) {
      if (other.keys[s] != 0) {
        float total = other.totals[s] + (step - other.stamps[s]) * other.values[s];
        float averaged = step == 0 ? other.values[s] : total / step;
        // At step 0 the sums for averaging stay zero: only the current weight moves.
        update(other.features[s], other.labels[s], factor * averaged, 0);
      }
    }
  }

  /**
   * The weights averaged over {@code step} training steps, without those below {@code prune} in
   * magnitude (they barely change a decision and would only grow the model), grouped by feature.
   * Labels run from 0 to {@code labelCount - 1}.
   */
  public LabelWeights pack(int step, float prune, int labelCount) {
    float[] averaged = new float[keys.length];
    int kept = 0;
    float max = 1e-9f;
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != 0) {
        float total = totals[s] + (step - stamps[s]) * values[s];
        averaged[s] = step == 0 ? values[s] : total / step;
        if (Math.abs(averaged[s]) >= prune) {
          kept++;
          max = Math.max(max, Math.abs(averaged[s]));
        }
      }
    }
    long[] order = new long[kept];
    int k = 0;
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != 0 && Math.abs(averaged[s]) >= prune) {
        order[k++] = s;
      }
    }
    // Sort slots by feature so that each feature's labels form one run.
    Long[] boxed = Arrays.stream(order).boxed().toArray(Long[]::new);
    Arrays.sort(boxed, (a, b) -> Long.compare(features[a.intValue()], features[b.intValue()]));
    int distinct = 0;
    for (int i = 0; i < kept; i++) {
      if (i == 0 || features[boxed[i].intValue()] != features[boxed[i - 1].intValue()]) {
        distinct++;
      }
    }
    float scale = max / Short.MAX_VALUE;
    LabelWeights.Builder builder = LabelWeights.Builder.forFeatures(distinct, labelCount, scale);
    int[] entries = new int[labelCount];
    for (int i = 0; i < kept; ) {
      long feature = features[boxed[i].intValue()];
      int count = 0;
      for (; i < kept && features[boxed[i].intValue()] == feature; i++) {
        int s = boxed[i].intValue();
        entries[count++] = LabelWeights.entry(labels[s], (short) Math.round(averaged[s] / scale));
      }
      builder.add(feature, entries, count);
    }
    return builder.build();
  }
}
