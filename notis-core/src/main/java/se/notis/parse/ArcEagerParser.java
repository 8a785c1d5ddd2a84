package se.notis.parse;

import se.notis.internal.Weights;

/**
 * Arc-eager parser: the transition model scores the valid transitions (one weight row of four per
 * feature), greedily (beam width 1) or with a beam of configurations ranked by their summed
 * transition scores ({@link BeamSearch}); each new arc gets the best relation among those seen in
 * training for its dependent's and head's UPOS and direction (one weight row per relation feature
 * holds every label's weight, so a feature costs one lookup).
 */
final class ArcEagerParser implements Parser {
  private final ParserModel model;
  private final int width;
  private final float margin;

  ArcEagerParser(ParserModel model, int width, float margin) {
    if (width < 1) {
      throw new IllegalArgumentException("beam width must be at least 1: " + width);
    }
    this.model = model;
    this.width = width;
    this.margin = margin;
  }

  @Override
  public boolean tagsJointly() {
    return model.tagMargin > 0 && width > 1;
  }

  @Override
  public void parse(String[] words, String[] upos, String[] xpos, String[] feats,
      se.notis.doc.TagAlternatives alternatives, int[] heads, String[] relations) {
    if (!tagsJointly() || alternatives == null || words.length == 0) {
      parse(words, upos, xpos, heads, relations);
      return;
    }
    ParserFeatures features = new ParserFeatures(words, upos, xpos, model.features >= 2);
    features.alternatives(alternatives.upos(), alternatives.xpos(), alternatives.gaps(), model.tagMargin);
    BeamSearch search = new BeamSearch(model, model.actions, width, margin, features, upos, alternatives.upos(),
        false);
    search.run();
    ParseState best = search.bestWellFormed();
    for (int j : features.ambiguous) {
      if (best.choice != null && best.choice[j] == 1) {
        upos[j - 1] = alternatives.upos()[j - 1];
        xpos[j - 1] = alternatives.xpos()[j - 1];
        feats[j - 1] = alternatives.feats()[j - 1];
      }
    }
    finish(best, model, heads, relations);
    attachPunctuation(words, upos, heads, relations);
  }

  @Override
  public void parse(String[] words, String[] upos, String[] xpos, int[] heads, String[] relations) {
    int n = words.length;
    if (n == 0) {
      return;
    }
    ParserFeatures features = new ParserFeatures(words, upos, xpos, model.features >= 2);
    if (width > 1) {
      BeamSearch search = new BeamSearch(model, model.actions, width, margin, features, upos, false);
      search.run();
      finish(search.bestWellFormed(), model, heads, relations);
      attachPunctuation(words, upos, heads, relations);
      return;
    }
    ParseState st = new ParseState(n);
    int[] tags = model.tagIds(upos);
    long[] buffer = new long[ParserFeatures.MAX];
    float[] scores = new float[4];
    long[] scratch = new long[ActionScorer.SCRATCH];
    int[] labelScores = new int[model.labels.length];
    while (!st.terminal()) {
      int count = features.transition(st, buffer);
      int action = bestAction(model.actions, buffer, count, st, scores, scratch);
      int label = -1;
      if (action == ParseState.LEFT || action == ParseState.RIGHT) {
        int h = action == ParseState.LEFT ? st.n(0) : st.s0();
        int d = action == ParseState.LEFT ? st.s0() : st.n(0);
        label = bestLabel(model, features, st, h, d, tags, buffer, labelScores, scratch);
      }
      st.apply(action, label);
    }
    finish(st, model, heads, relations);
    attachPunctuation(words, upos, heads, relations);
  }

  /** Hangs the punctuation by the treebank's conventions once the words' tree is known. */
  private static void attachPunctuation(String[] words, String[] upos, int[] heads, String[] relations) {
    attachFinalPunctuation(upos, heads, relations);
    PunctuationAttacher.attach(words, upos, heads, relations);
  }

  /**
   * Sentence-final punctuation belongs to the root in UD; a greedy parser that popped the root too
   * early would hang it on the last open word instead.
   */
  static void attachFinalPunctuation(String[] upos, int[] heads, String[] relations) {
    int last = upos.length - 1;
    if (last < 1 || !upos[last].equals("PUNCT")) {
      return;
    }
    for (int i = 0; i < last; i++) {
      if (heads[i] == 0) {
        heads[last] = i + 1;
        relations[last] = "punct";
        for (int k = 0; k < last; k++) {
          if (heads[k] == last + 1) {
            heads[k] = i + 1;
          }
        }
        return;
      }
    }
  }

  /** Gives every token left without a head one: the root if there is none yet, else the root's child. */
  static void finish(ParseState st, ParserModel model, int[] heads, String[] relations) {
    int n = st.n;
    int root = -1;
    for (int i = 1; i <= n; i++) {
      if (st.head[i] == 0) {
        root = i;
        break;
      }
    }
    for (int i = 1; i <= n; i++) {
      if (st.head[i] < 0) {
        if (root < 0) {
          root = i;
          st.head[i] = 0;
          st.label[i] = model.rootLabel;
        } else {
          st.head[i] = root;
          st.label[i] = model.fallbackLabel;
        }
      }
      heads[i - 1] = st.head[i];
      relations[i - 1] = st.head[i] == 0 ? "root" : model.labels[st.label[i]];
    }
  }

  /** Sums the four transition scores of {@code count} features into {@code scores}. */
  static void scoreActions(Weights weights, long[] features, int count, float[] scores) {
    float[] values = weights.values();
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    for (int f = 0; f < count; f++) {
      int row = weights.row(Weights.key(features[f]));
      if (row >= 0) {
        s0 += values[row];
        s1 += values[row + 1];
        s2 += values[row + 2];
        s3 += values[row + 3];
      }
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
  }

  static int bestAction(ActionScorer scorer, long[] features, int count, ParseState st, float[] scores,
      long[] scratch) {
    scorer.score(features, count, scores, scratch);
    int best = -1;
    for (int a = 0; a < 4; a++) {
      if (st.valid(a) && (best < 0 || scores[a] > scores[best])) {
        best = a;
      }
    }
    return best;
  }

  /**
   * The relation of a new arc from {@code h} to {@code d}: the root's, or the best of the candidates
   * for the two words' tags ({@code tags}: the sentence's {@link ParserModel#tagIds}) and direction.
   * {@code labelScores} (one per label) and {@code scratch} are scratch space.
   */
  static int bestLabel(ParserModel model, ParserFeatures features, ParseState st, int h, int d, int[] tags,
      long[] buffer, int[] labelScores, long[] scratch) {
    if (h == 0) {
      return model.rootLabel;
    }
    int[] candidates = model.candidates(tags[d - 1], tags[h - 1], d < h);
    int count = features.label(st, h, d, buffer);
    if (model.relations == null) {
      // The trainer's beam, on the weights it is training.
      return scoreLabels(model.labelWeights, buffer, count, candidates, new float[model.labels.length]);
    }
    return model.relations.best(buffer, count, candidates, labelScores, scratch);
  }

  /** The best of the candidate labels; a feature's row holds the weights of all labels. */
  static int scoreLabels(Weights weights, long[] features, int count, int[] candidates, float[] scores) {
    float[] values = weights.values();
    for (int label : candidates) {
      scores[label] = 0;
    }
    for (int f = 0; f < count; f++) {
      int row = weights.row(Weights.key(features[f]));
      if (row >= 0) {
        for (int label : candidates) {
          scores[label] += values[row + label];
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
}
