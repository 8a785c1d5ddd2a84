package se.notis.ner;

/**
 * Greedy left-to-right averaged-perceptron name tagger over {@link NerFeatures}: each token
 * takes the best-scoring BIO label allowed after the previous one. Thread-safe: per-thread
 * buffers live in a {@link ThreadLocal}.
 */
final class PerceptronTagger implements EntityTagger {
  private final NerModel model;
  private final Gazetteer gazetteer;
  private final ThreadLocal<Buffers> buffers;

  PerceptronTagger(NerModel model, Gazetteer gazetteer, WordClusters clusters) {
    this.model = model;
    this.gazetteer = gazetteer;
    this.buffers = ThreadLocal.withInitial(() -> new Buffers(gazetteer, clusters));
  }

  private static final class Buffers {
    final NerFeatures features;
    final float[] scores = new float[NerLabels.COUNT];
    final int[] dynamic = new int[NerFeatures.DYNAMIC];

    Buffers(Gazetteer gazetteer, WordClusters clusters) {
      features = new NerFeatures(gazetteer, clusters);
    }
  }

  /** Tokens joined by spaces with each token's char offsets: the form {@link #tag} reads. */
  record JoinedTokens(String text, int[] starts, int[] ends) {
    static JoinedTokens of(String[] tokens) {
      StringBuilder text = new StringBuilder();
      int[] starts = new int[tokens.length];
      int[] ends = new int[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        if (i > 0) {
          text.append(' ');
        }
        starts[i] = text.length();
        text.append(tokens[i].isEmpty() ? "_" : tokens[i]);
        ends[i] = text.length();
      }
      return new JoinedTokens(text.toString(), starts, ends);
    }
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  @Override
  public String[] tag(String[] tokens) {
    JoinedTokens joined = JoinedTokens.of(tokens);
    int[] labels = new int[tokens.length];
    tag(joined.text(), joined.starts(), joined.ends(), tokens.length, labels);
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = NerLabels.LABELS[labels[i]];
    }
    return out;
  }

  /** Labels tokens 0..n-1 given by char offsets into {@code text}; writes label ids to {@code out}. */
  void tag(CharSequence text, int[] starts, int[] ends, int n, int[] out) {
    if (n == 0) {
      return;
    }
    Buffers b = buffers.get();
    NerFeatures f = b.features;
    f.extract(text, starts, ends, n);
    float[] scores = b.scores;
    int previous = -1;
    int previous2 = -1;
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(scores, 0f);
      int base = i * NerFeatures.STRIDE;
      for (int k = 0; k < f.counts[i]; k++) {
        model.addScores(f.features[base + k], scores);
      }
      f.dynamic(i, previous, previous2, b.dynamic);
      for (int d : b.dynamic) {
        model.addScores(d, scores);
      }
      int best = best(scores, previous);
      out[i] = best;
      previous2 = previous;
      previous = best;
    }
  }

  static int best(float[] scores, int previous) {
    int best = NerLabels.O;
    float bestScore = scores[NerLabels.O];
    for (int y = 1; y < scores.length; y++) {
      if (scores[y] > bestScore && NerLabels.allowed(previous, y)) {
        best = y;
        bestScore = scores[y];
      }
    }
    return best;
  }
}
