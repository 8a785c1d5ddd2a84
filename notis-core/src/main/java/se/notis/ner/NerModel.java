package se.notis.ner;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import se.notis.internal.ModelFiles;

/**
 * The weights of the averaged-perceptron name tagger: one row of label weights per hashed
 * feature. Read-only once loaded and shared by every thread. The file is gzip'ed binary with a
 * versioned header ({@code notis-ner}, version, labels, rows), then keys and weights quantised
 * to 16 bits.
 */
public final class NerModel {
  static final String MAGIC = "notis-ner";
  /** Version 2: weights learnt for whole-sentence (Viterbi) decoding with first-order label history. */
  static final int VERSION = 2;
  static final String RESOURCE = "ner-model.bin.gz";

  private final FeatureTable table;
  private final float[] weights;
  private final int[] keys;

  NerModel(int[] keys, float[] weights) {
    if (weights.length != keys.length * NerLabels.COUNT) {
      throw new IllegalArgumentException("weights do not match " + keys.length + " feature rows");
    }
    this.keys = keys;
    this.weights = weights;
    this.table = new FeatureTable(keys.length);
    for (int key : keys) {
      table.add(key);
    }
  }

  private static final class Holder {
    static final NerModel DEFAULT = loadResource();
  }

  /** The committed model, loaded once per JVM. */
  public static NerModel standard() {
    return Holder.DEFAULT;
  }

  private static NerModel loadResource() {
    return ModelFiles.bundled(NerModel.class, RESOURCE, "notis train ner", NerModel::read);
  }

  public static NerModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  static NerModel read(InputStream raw) throws IOException {
    DataInputStream in = ModelFiles.open(raw, MAGIC, VERSION, "notis train ner");
    int labels = in.readInt();
    if (labels != NerLabels.COUNT) {
      throw new IOException("model has " + labels + " labels, expected " + NerLabels.COUNT);
    }
    int rows = in.readInt();
    float scale = in.readFloat();
    int[] keys = new int[rows];
    for (int i = 0; i < rows; i++) {
      keys[i] = in.readInt();
    }
    float[] weights = new float[rows * labels];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = in.readShort() * scale;
    }
    return new NerModel(keys, weights);
  }

  public void save(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  void write(OutputStream raw) throws IOException {
    ModelFiles.write(raw, MAGIC, VERSION, out -> {
      out.writeInt(NerLabels.COUNT);
      out.writeInt(keys.length);
      float max = 1e-6f;
      for (float w : weights) {
        max = Math.max(max, Math.abs(w));
      }
      float scale = max / Short.MAX_VALUE;
      out.writeFloat(scale);
      for (int key : keys) {
        out.writeInt(key);
      }
      for (float w : weights) {
        out.writeShort(Math.round(w / scale));
      }
    });
  }

  /**
   * The mean of several models' weights (a feature missing from a model weighs 0 there): one
   * linear model as accurate as voting the models, at the cost of one.
   */
  static NerModel average(java.util.List<NerModel> models) {
    FeatureTable union = new FeatureTable(1 << 16);
    float[] sum = new float[0];
    for (NerModel model : models) {
      for (int r = 0; r < model.keys.length; r++) {
        int row = union.add(model.keys[r]);
        if ((row + 1) * NerLabels.COUNT > sum.length) {
          sum = java.util.Arrays.copyOf(sum, Math.max((row + 1) * NerLabels.COUNT, sum.length * 2));
        }
        for (int y = 0; y < NerLabels.COUNT; y++) {
          sum[row * NerLabels.COUNT + y] += model.weights[r * NerLabels.COUNT + y] / models.size();
        }
      }
    }
    int[] keys = union.keysByRow();
    return new NerModel(keys, java.util.Arrays.copyOf(sum, keys.length * NerLabels.COUNT));
  }

  /** Number of feature rows. */
  public int features() {
    return keys.length;
  }

  /** Adds the weights of feature {@code key} to {@code scores}; unknown features add nothing. */
  void addScores(int key, float[] scores) {
    int row = table.get(key);
    if (row < 0) {
      return;
    }
    int base = row * NerLabels.COUNT;
    for (int y = 0; y < NerLabels.COUNT; y++) {
      scores[y] += weights[base + y];
    }
  }
}
