package se.notis.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.notis.eval.EvalReport;

/**
 * Trains one name-tagger model as a linear-chain CRF: the same hashed features, labels and
 * transition structure {@link Viterbi} decodes, weighted to maximise the L2-regularised conditional
 * log-likelihood of the gold label sequences. Stochastic gradient ascent, one sentence at a time,
 * with label and pair marginals from {@link ForwardBackward}; the L2 decay is kept as one scale
 * factor of the whole weight vector, so a step costs only the sentence's own features; with
 * {@link NerTrainer.Crf#average()} the model is the mean of the weights over all steps (averaged
 * SGD), which on cross-validation beat the last weights (80.37 against 80.05 F1). As in CRFsuite, the model has rows only for features seen in training with their gold label history; a
 * history feature never seen with gold labels weighs 0 for every label.
 */
final class CrfTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(CrfTrainer.class);
  private static final int L = NerLabels.COUNT;
  private static final int D = NerFeatures.DYNAMIC;
  /** Slots of history features per token: previous label -1, 0, …, L-1, each with D features. */
  private static final int SLOTS = (L + 1) * D;

  private final NerTrainer.Options options;
  private final Gazetteer gazetteer;
  private final CasedWordClusters clusters;
  private final FeatureTable table = new FeatureTable(1 << 16);
  private boolean averaged;
  private double scale = 1;
  private double[] total;
  private double[] since;
  private double scaleSum;
  private long steps;
  private int[] counts = new int[1 << 16];
  /** Rows of another annotation scheme's feature copies: learnt in training, left out of the model. */
  private final java.util.BitSet copies = new java.util.BitSet();

  CrfTrainer(NerTrainer.Options options, Gazetteer gazetteer, CasedWordClusters clusters) {
    this.options = options;
    this.gazetteer = gazetteer;
    this.clusters = clusters;
  }

  /** A training sentence as feature rows (-1: not in the model) and gold label ids. */
  private record Encoded(int n, int[] offsets, int[] rows, int[] history, int[] gold) {}

  /** Trains one model with {@link NerTrainer.Options#seed()}; logs F1 on {@code dev} (may be empty) after each epoch. */
  NerModel train(List<NerSample> train, List<NerSample> dev) {
    List<int[]> historyKeys = new ArrayList<>();
    List<Encoded> data = encode(train, historyKeys);
    for (int s = 0; s < data.size(); s++) {
      int[] keys = historyKeys.get(s);
      int[] rows = data.get(s).history;
      for (int k = 0; k < keys.length; k++) {
        rows[k] = keys[k] == 0 ? -1 : kept(table.get(keys[k]));
      }
      int[] own = data.get(s).rows;
      for (int k = 0; k < own.length; k++) {
        own[k] = kept(own[k]);
      }
    }
    int rows = table.size();
    NerTrainer.Crf crf = options.crf();
    double lambda = data.isEmpty() ? 0 : 2 * crf.l2() / data.size();
    double[] w = new double[rows * L];
    // Averaged SGD: the mean of the weights after every step, kept lazily per weight. The true
    // weight is scale * w[k]; while w[k] stays put its sum grows by w[k] times the sum of the scales,
    // so each weight only needs the scale sum at its last change.
    averaged = crf.average();
    total = averaged ? new double[rows * L] : new double[0];
    since = averaged ? new double[rows * L] : new double[0];
    scaleSum = 0;
    steps = 0;
    scale = 1;
    Random random = new Random(options.seed());
    ForwardBackward fb = new ForwardBackward();
    double[] own = new double[64 * L];
    double[] transition = new double[64 * ForwardBackward.TRANSITIONS];
    NerModel model = toModel(w, scale);
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      Collections.shuffle(data, random);
      double logLikelihood = 0;
      for (Encoded sent : data) {
        int n = sent.n;
        if (own.length < n * L) {
          own = new double[n * L * 2];
          transition = new double[n * ForwardBackward.TRANSITIONS * 2];
        }
        scores(sent, w, scale, own, transition);
        double logZ = fb.run(own, transition, n);
        logLikelihood += ForwardBackward.score(own, transition, sent.gold, n) - logZ;
        double eta = crf.rate() / (1 + lambda * crf.rate() * steps);
        scale *= 1 - eta * lambda;
        if (scale < 1e-9) {
          for (int k = 0; k < w.length; k++) {
            flush(w, k);
            w[k] *= scale;
          }
          scale = 1;
        }
        step(sent, fb, w, eta / scale);
        scaleSum += scale;
        steps++;
      }
      double norm = 0;
      for (double v : w) {
        norm += v * v;
      }
      double objective = logLikelihood - crf.l2() * norm * scale * scale;
      model = averaged ? toModel(mean(w), 1) : toModel(w, scale);
      if (dev.isEmpty()) {
        LOG.info("epoch {}: log-likelihood {}, regularised {}", epoch, format(logLikelihood), format(objective));
      } else {
        EvalReport report = NerEvaluator.evaluate(dev, new PerceptronTagger(model, gazetteer, clusters));
        LOG.info("epoch {}: log-likelihood {}, regularised {}, dev span F1 {}", epoch, format(logLikelihood),
            format(objective), format(100 * report.expectPrf("ner").f1()));
      }
    }
    return model;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** The row if its feature was seen often enough, else -1. */
  private int kept(int row) {
    return row < 0 || counts[row] < options.minCount() ? -1 : row;
  }

  /**
   * Feature rows of every sentence; every static feature and every history feature with the gold
   * previous label enter the table. History keys for all previous labels go to {@code historyKeys},
   * resolved to rows once the table is complete.
   */
  private List<Encoded> encode(List<NerSample> train, List<int[]> historyKeys) {
    NerFeatures features = new NerFeatures(gazetteer, clusters);
    int[] dynamic = new int[D];
    List<Encoded> data = new ArrayList<>(train.size());
    for (NerSample sample : train) {
      int n = sample.size();
      if (n == 0) {
        continue;
      }
      PerceptronTagger.JoinedTokens joined = PerceptronTagger.JoinedTokens.of(sample.tokens());
      features.extract(joined.text(), joined.starts(), joined.ends(), n, sample.otherDomain());
      int[] gold = NerLabels.ids(sample.labels());
      int[] offsets = new int[n + 1];
      for (int i = 0; i < n; i++) {
        offsets[i + 1] = offsets[i] + features.counts[i];
      }
      int[] rows = new int[offsets[n]];
      int[] keys = new int[n * SLOTS];
      for (int i = 0; i < n; i++) {
        int base = i * NerFeatures.STRIDE;
        for (int k = 0; k < features.counts[i]; k++) {
          rows[offsets[i] + k] = count(table.add(features.features[base + k]));
          if (k >= features.ownCounts[i]) {
            copies.set(rows[offsets[i] + k]);
          }
        }
        int goldPrevious = i == 0 ? -1 : gold[i - 1];
        for (int p = i == 0 ? -1 : 0; p < (i == 0 ? 0 : L); p++) {
          features.dynamic(i, p, dynamic);
          System.arraycopy(dynamic, 0, keys, i * SLOTS + (p + 1) * D, D);
          if (p == goldPrevious) {
            for (int key : dynamic) {
              count(table.add(key));
            }
          }
        }
      }
      historyKeys.add(keys);
      data.add(new Encoded(n, offsets, rows, new int[keys.length], gold));
    }
    return data;
  }

  private int count(int row) {
    if (row >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(row + 1, counts.length * 2));
    }
    counts[row]++;
    return row;
  }

  /** Adds {@code delta} to the label weights of {@code row}, first settling their running sums. */
  private void add(double[] w, int row, double[] delta) {
    for (int y = 0; y < L; y++) {
      flush(w, row * L + y);
      w[row * L + y] += delta[y];
    }
  }

  /** Adds weight k's share since its last change to its running sum (averaged SGD). */
  private void flush(double[] w, int k) {
    if (averaged) {
      total[k] += w[k] * (scaleSum - since[k]);
      since[k] = scaleSum;
    }
  }

  /** The mean weights over all steps so far. */
  private double[] mean(double[] w) {
    double[] out = new double[w.length];
    for (int k = 0; k < w.length; k++) {
      out[k] = steps == 0 ? 0 : (total[k] + w[k] * (scaleSum - since[k])) / steps;
    }
    return out;
  }

  /** Own and transition scores of every token under weights {@code scale * w}. */
  private static void scores(Encoded sent, double[] w, double scale, double[] own, double[] transition) {
    int n = sent.n;
    Arrays.fill(own, 0, n * L, 0);
    Arrays.fill(transition, 0, n * ForwardBackward.TRANSITIONS, 0);
    for (int i = 0; i < n; i++) {
      for (int k = sent.offsets[i]; k < sent.offsets[i + 1]; k++) {
        int row = sent.rows[k];
        if (row >= 0) {
          for (int y = 0; y < L; y++) {
            own[i * L + y] += w[row * L + y];
          }
        }
      }
      for (int s = 0; s < SLOTS; s++) {
        int row = sent.history[i * SLOTS + s];
        if (row >= 0) {
          int base = i * ForwardBackward.TRANSITIONS + s / D * L;
          for (int y = 0; y < L; y++) {
            transition[base + y] += w[row * L + y];
          }
        }
      }
      for (int y = 0; y < L; y++) {
        own[i * L + y] *= scale;
      }
      for (int k = i * ForwardBackward.TRANSITIONS; k < (i + 1) * ForwardBackward.TRANSITIONS; k++) {
        transition[k] *= scale;
      }
    }
  }

  /** Adds {@code gain} × (gold counts − expected counts) to the weights of the sentence's features. */
  private void step(Encoded sent, ForwardBackward fb, double[] w, double gain) {
    int n = sent.n;
    double[] delta = new double[L];
    for (int i = 0; i < n; i++) {
      for (int y = 0; y < L; y++) {
        delta[y] = gain * ((y == sent.gold[i] ? 1 : 0) - fb.node[i * L + y]);
      }
      for (int k = sent.offsets[i]; k < sent.offsets[i + 1]; k++) {
        int row = sent.rows[k];
        if (row >= 0) {
          add(w, row, delta);
        }
      }
      int goldPrevious = i == 0 ? -1 : sent.gold[i - 1];
      for (int p = i == 0 ? -1 : 0; p < (i == 0 ? 0 : L); p++) {
        for (int y = 0; y < L; y++) {
          double expected = i == 0 ? fb.node[y] : fb.edge[(i * L + p) * L + y];
          delta[y] = gain * ((p == goldPrevious && y == sent.gold[i] ? 1 : 0) - expected);
        }
        for (int d = 0; d < D; d++) {
          int row = sent.history[i * SLOTS + (p + 1) * D + d];
          if (row >= 0) {
            add(w, row, delta);
          }
        }
      }
    }
  }

  /** The weights {@code scale * w} as a model, without rare or near-zero rows. */
  private NerModel toModel(double[] w, double scale) {
    int[] keys = table.keysByRow();
    int kept = 0;
    int[] keptKeys = new int[keys.length];
    float[] keptWeights = new float[keys.length * L];
    for (int r = 0; r < keys.length; r++) {
      if (counts[r] < options.minCount() || copies.get(r)) {
        continue;
      }
      boolean any = false;
      for (int y = 0; y < L; y++) {
        float v = (float) (w[r * L + y] * scale);
        keptWeights[kept * L + y] = v;
        any |= Math.abs(v) > 1e-4f;
      }
      if (any) {
        keptKeys[kept++] = keys[r];
      }
    }
    return new NerModel(Arrays.copyOf(keptKeys, kept), Arrays.copyOf(keptWeights, kept * L));
  }
}
