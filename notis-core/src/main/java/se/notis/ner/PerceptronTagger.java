package se.notis.ner;

/**
 * Averaged-perceptron name tagger over {@link NerFeatures}, trained on whole sentences: each
 * sentence takes its best-scoring allowed BIO label sequence ({@link Viterbi}). Thread-safe:
 * per-thread buffers live in a {@link ThreadLocal}.
 */
final class PerceptronTagger implements EntityTagger {
  private final Viterbi.Weights weights;
  private final Gazetteer gazetteer;
  private final ThreadLocal<Buffers> buffers;

  PerceptronTagger(NerModel model, Gazetteer gazetteer, CasedWordClusters clusters) {
    this.weights = model::addScores;
    this.gazetteer = gazetteer;
    this.buffers = ThreadLocal.withInitial(() -> new Buffers(gazetteer, clusters));
  }

  private static final class Buffers {
    final NerFeatures features;
    final Viterbi viterbi = new Viterbi();

    Buffers(Gazetteer gazetteer, CasedWordClusters clusters) {
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
    b.viterbi.decode(f, n, weights, out);
  }
}
