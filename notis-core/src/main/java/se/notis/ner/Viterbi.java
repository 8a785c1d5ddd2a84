package se.notis.ner;

import java.util.Arrays;

/**
 * Exact first-order decoding of a sentence's BIO labels: the label sequence with the highest sum of
 * static scores (a token's own features) and transition scores (the label-history features of
 * {@link NerFeatures#dynamic}, which pair the previous label with the token), over the sequences
 * {@link NerLabels#allowed} permits. Greedy decoding must commit to "B-LOC" for "Uppsala" before it
 * sees "universitet"; this one weighs both readings to the end of the sentence. One instance per
 * thread: it reuses its buffers.
 */
final class Viterbi {
  /** Adds the per-label weights of feature {@code key} to {@code scores}. */
  interface Weights {
    void addScores(int key, float[] scores);
  }

  private static final int L = NerLabels.COUNT;
  private final float[] scores = new float[L];
  private final float[] transition = new float[L];
  private final int[] dynamic = new int[NerFeatures.DYNAMIC];
  private float[] own = new float[64 * L];
  private float[] best = new float[64 * L];
  private int[] back = new int[64 * L];

  /** Writes the best label ids of tokens 0..n-1, whose features {@code f} holds, to {@code out}. */
  void decode(NerFeatures f, int n, Weights weights, int[] out) {
    ensure(n);
    for (int i = 0; i < n; i++) {
      Arrays.fill(scores, 0f);
      int base = i * NerFeatures.STRIDE;
      for (int k = 0; k < f.counts[i]; k++) {
        weights.addScores(f.features[base + k], scores);
      }
      System.arraycopy(scores, 0, own, i * L, L);
    }
    transitionScores(f, 0, -1, weights);
    for (int y = 0; y < L; y++) {
      best[y] = NerLabels.allowed(-1, y) ? own[y] + transition[y] : Float.NEGATIVE_INFINITY;
      back[y] = -1;
    }
    for (int i = 1; i < n; i++) {
      int row = i * L;
      Arrays.fill(best, row, row + L, Float.NEGATIVE_INFINITY);
      for (int p = 0; p < L; p++) {
        float before = best[row - L + p];
        if (before == Float.NEGATIVE_INFINITY) {
          continue;
        }
        transitionScores(f, i, p, weights);
        for (int y = 0; y < L; y++) {
          float score = before + transition[y] + own[row + y];
          if (score > best[row + y] && NerLabels.allowed(p, y)) {
            best[row + y] = score;
            back[row + y] = p;
          }
        }
      }
    }
    int last = (n - 1) * L;
    int y = 0;
    for (int k = 1; k < L; k++) {
      if (best[last + k] > best[last + y]) {
        y = k;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = y;
      y = back[i * L + y];
    }
  }

  /** The score of one label sequence under {@code weights}. */
  float score(NerFeatures f, int n, int[] labels, Weights weights) {
    float total = 0;
    for (int i = 0; i < n; i++) {
      Arrays.fill(scores, 0f);
      int base = i * NerFeatures.STRIDE;
      for (int k = 0; k < f.counts[i]; k++) {
        weights.addScores(f.features[base + k], scores);
      }
      transitionScores(f, i, i == 0 ? -1 : labels[i - 1], weights);
      total += scores[labels[i]] + transition[labels[i]];
    }
    return total;
  }

  private void transitionScores(NerFeatures f, int i, int previous, Weights weights) {
    Arrays.fill(transition, 0f);
    f.dynamic(i, previous, dynamic);
    for (int key : dynamic) {
      weights.addScores(key, transition);
    }
  }

  private void ensure(int n) {
    if (n * L > own.length) {
      int size = Math.max(n, own.length / L * 2) * L;
      own = new float[size];
      best = new float[size];
      back = new int[size];
    }
  }
}
