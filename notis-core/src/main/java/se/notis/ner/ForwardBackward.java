package se.notis.ner;

/**
 * Label marginals of a linear-chain CRF over the BIO labels: the probability of each label at each
 * token and of each label pair at each pair of neighbouring tokens, summed over all the sequences
 * {@link NerLabels#allowed} permits, and the log partition function. The scores are those
 * {@link Viterbi} maximises: a token's own scores plus transition scores that depend on the
 * previous label and the token. Forward and backward vectors are normalised at every token, so
 * long sentences neither overflow nor underflow. One instance per thread: it reuses its buffers.
 */
final class ForwardBackward {
  private static final int L = NerLabels.COUNT;
  /** Transition scores per token: L + 1 rows of L (previous label -1, 0, …, L-1). */
  static final int TRANSITIONS = (L + 1) * L;

  /** Label marginals: {@code node[i * L + y]} = P(y_i = y). */
  double[] node = new double[64 * L];
  /** Pair marginals: {@code edge[(i * L + p) * L + y]} = P(y_{i-1} = p, y_i = y), for i ≥ 1. */
  double[] edge = new double[64 * L * L];
  private double[] alpha = new double[64 * L];
  private double[] beta = new double[64 * L];
  private double[] norm = new double[64];
  /** exp(score - shift) of each allowed (previous, label) pair at token i ≥ 1, else 0. */
  private double[] potential = new double[64 * L * L];

  /**
   * Fills {@link #node} and {@link #edge} for tokens 0..n-1 (n ≥ 1) and returns log Z. {@code own[i *
   * L + y]} is token i's score of label y; {@code transition[i * TRANSITIONS + (p + 1) * L + y]} the
   * score of y after p at token i (token 0 reads only p = -1, later tokens only p ≥ 0).
   */
  double run(double[] own, double[] transition, int n) {
    ensure(n);
    double logZ;
    {
      double max = Double.NEGATIVE_INFINITY;
      for (int y = 0; y < L; y++) {
        if (NerLabels.allowed(-1, y)) {
          max = Math.max(max, own[y] + transition[y]);
        }
      }
      double sum = 0;
      for (int y = 0; y < L; y++) {
        double a = NerLabels.allowed(-1, y) ? Math.exp(own[y] + transition[y] - max) : 0;
        alpha[y] = a;
        sum += a;
      }
      for (int y = 0; y < L; y++) {
        alpha[y] /= sum;
      }
      norm[0] = sum;
      logZ = max + Math.log(sum);
    }
    for (int i = 1; i < n; i++) {
      int t = i * TRANSITIONS + L;
      double max = Double.NEGATIVE_INFINITY;
      for (int p = 0; p < L; p++) {
        for (int y = 0; y < L; y++) {
          if (NerLabels.allowed(p, y)) {
            max = Math.max(max, transition[t + p * L + y] + own[i * L + y]);
          }
        }
      }
      int m = i * L * L;
      for (int p = 0; p < L; p++) {
        for (int y = 0; y < L; y++) {
          potential[m + p * L + y] = NerLabels.allowed(p, y) ? Math.exp(transition[t + p * L + y] + own[i * L + y] - max) : 0;
        }
      }
      double sum = 0;
      for (int y = 0; y < L; y++) {
        double a = 0;
        for (int p = 0; p < L; p++) {
          a += alpha[(i - 1) * L + p] * potential[m + p * L + y];
        }
        alpha[i * L + y] = a;
        sum += a;
      }
      for (int y = 0; y < L; y++) {
        alpha[i * L + y] /= sum;
      }
      norm[i] = sum;
      logZ += max + Math.log(sum);
    }
    for (int y = 0; y < L; y++) {
      beta[(n - 1) * L + y] = 1;
    }
    for (int i = n - 1; i >= 1; i--) {
      int m = i * L * L;
      for (int p = 0; p < L; p++) {
        double b = 0;
        for (int y = 0; y < L; y++) {
          b += potential[m + p * L + y] * beta[i * L + y];
        }
        beta[(i - 1) * L + p] = b / norm[i];
      }
    }
    for (int i = 0; i < n; i++) {
      for (int y = 0; y < L; y++) {
        node[i * L + y] = alpha[i * L + y] * beta[i * L + y];
      }
    }
    for (int i = 1; i < n; i++) {
      int m = i * L * L;
      for (int p = 0; p < L; p++) {
        double a = alpha[(i - 1) * L + p] / norm[i];
        for (int y = 0; y < L; y++) {
          edge[m + p * L + y] = a * potential[m + p * L + y] * beta[i * L + y];
        }
      }
    }
    return logZ;
  }

  /** The score of one label sequence under the same scores {@link #run} reads. */
  static double score(double[] own, double[] transition, int[] labels, int n) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      int previous = i == 0 ? -1 : labels[i - 1];
      total += own[i * L + labels[i]] + transition[i * TRANSITIONS + (previous + 1) * L + labels[i]];
    }
    return total;
  }

  private void ensure(int n) {
    if (n > norm.length) {
      int size = Math.max(n, norm.length * 2);
      node = new double[size * L];
      edge = new double[size * L * L];
      alpha = new double[size * L];
      beta = new double[size * L];
      norm = new double[size];
      potential = new double[size * L * L];
    }
  }
}
