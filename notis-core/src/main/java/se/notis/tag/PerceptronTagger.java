package se.notis.tag;

import java.util.Arrays;
import se.notis.internal.AveragedLabelWeights;
import se.notis.lemma.SwedishDictionary;

/**
 * Greedy left-to-right averaged-perceptron tagger. Each word is scored only against its candidate
 * labels (those seen with it, its suffix or its dictionary tags), and frequent unambiguous words
 * take their one label without scoring: that keeps decoding to a few hundred weight lookups a word.
 */
final class PerceptronTagger implements Tagger {
  private final TaggerModel model;
  private final SwedishDictionary dict;

  /** Label ids by their "UPOS\tXPOS\tFEATS" string. */
  private final java.util.Map<String, Integer> labelIds = new java.util.HashMap<>();
  private final int mad;
  private final int mid;
  private final int pad;
  /** Each label's UPOS as a small id, to find a word's best label of another class. */
  private final int[] uposIds;

  PerceptronTagger(TaggerModel model) {
    this.model = model;
    this.dict = SwedishDictionary.get();
    for (int i = 0; i < model.labels.length; i++) {
      labelIds.put(model.labels[i], i);
    }
    mad = labelIds.getOrDefault("PUNCT\tMAD\t_", -1);
    mid = labelIds.getOrDefault("PUNCT\tMID\t_", -1);
    pad = labelIds.getOrDefault("PUNCT\tPAD\t_", -1);
    java.util.Map<String, Integer> classes = new java.util.HashMap<>();
    uposIds = new int[model.labels.length];
    for (int i = 0; i < model.labels.length; i++) {
      uposIds[i] = classes.computeIfAbsent(model.upos[i], u -> classes.size());
    }
  }

  /**
   * Punctuation the treebank never showed (typographic quotes and dashes of news text) is
   * punctuation all the same: MAD ends a sentence, PAD pairs (quotes, brackets), MID the rest.
   */
  private int unseenPunctuation(String word) {
    if (word.isEmpty() || mad < 0 || mid < 0 || pad < 0) {
      return -1;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isWhitespace(c)) {
        return -1;
      }
    }
    char c = word.charAt(0);
    if (c == '.' || c == '!' || c == '?' || c == '…') {
      return mad;
    }
    int type = Character.getType(c);
    boolean paired = type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || c == '"' || c == '\'';
    return paired ? pad : mid;
  }

  @Override
  public void tag(String[] words, String[] upos, String[] xpos, String[] feats) {
    int[] labels = predict(words);
    for (int i = 0; i < words.length; i++) {
      upos[i] = model.upos[labels[i]];
      xpos[i] = model.xpos[labels[i]];
      feats[i] = model.feats[labels[i]];
    }
    AuxiliaryVerbs.fix(this, words, upos, xpos, feats);
    QuantifierRules.fix(this, words, upos, xpos, feats);
  }

  @Override
  public void tag(String[] words, String[] upos, String[] xpos, String[] feats,
      se.notis.doc.TagAlternatives alternatives) {
    int n = words.length;
    int[] runnerUp = new int[n];
    int[] labels = predict(words, runnerUp, alternatives.gaps());
    for (int i = 0; i < n; i++) {
      upos[i] = model.upos[labels[i]];
      xpos[i] = model.xpos[labels[i]];
      feats[i] = model.feats[labels[i]];
    }
    String[] before = upos.clone();
    AuxiliaryVerbs.fix(this, words, upos, xpos, feats);
    QuantifierRules.fix(this, words, upos, xpos, feats);
    for (int i = 0; i < n; i++) {
      // Where a rule decides the class, or changed the tag, it is surer than the tagger's runner-up.
      boolean kept = runnerUp[i] >= 0 && upos[i].equals(before[i]) && !AuxiliaryVerbs.decides(words[i])
          && !QuantifierRules.decides(words[i]);
      int label = runnerUp[i];
      alternatives.upos()[i] = kept ? model.upos[label] : null;
      alternatives.xpos()[i] = kept ? model.xpos[label] : null;
      alternatives.feats()[i] = kept ? model.feats[label] : null;
    }
  }

  @Override
  public boolean retag(String[] words, String[] upos, String[] xpos, String[] feats, int i, String targetUpos) {
    TaggerFeatures features = new TaggerFeatures(words, dict, model.known);
    Candidates all = new Candidates(model.labels.length);
    all.fill(model, features.known[i], features, i, words[i]);
    Candidates candidates = new Candidates(model.labels.length);
    for (int c = 0; c < all.size; c++) {
      if (model.upos[all.list[c]].equals(targetUpos)) {
        candidates.add(all.list[c]);
      }
    }
    if (candidates.size == 0) {
      return false;
    }
    int label = candidates.list[0];
    if (candidates.size > 1) {
      long[] buffer = new long[TaggerFeatures.MAX_FEATURES];
      int[] scores = new int[model.labels.length];
      candidates.clearScores(scores);
      int count = features.extract(i, labelBefore(upos, xpos, feats, i - 1, -1),
          labelBefore(upos, xpos, feats, i - 2, -2), buffer);
      model.weights.addAll(buffer, count, scores, candidates.list, candidates.size, candidates.probes);
      label = best(candidates, scores);
    }
    upos[i] = model.upos[label];
    xpos[i] = model.xpos[label];
    feats[i] = model.feats[label];
    return true;
  }

  /** The label id of word {@code j}'s tags, {@code outside} before the sentence (as when tagging). */
  private int labelBefore(String[] upos, String[] xpos, String[] feats, int j, int outside) {
    return j < 0 ? outside : labelIds.getOrDefault(upos[j] + "\t" + xpos[j] + "\t" + feats[j], outside);
  }

  int[] predict(String[] words) {
    return predict(words, null, null);
  }

  /**
   * The best label of each word; with {@code runnerUp} also its best label of another UPOS (-1 where
   * the word was not scored against one) and in {@code gaps} how far that one's score trails.
   */
  private int[] predict(String[] words, int[] runnerUp, int[] gaps) {
    int n = words.length;
    if (runnerUp != null) {
      Arrays.fill(runnerUp, -1);
    }
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    TaggerFeatures features = new TaggerFeatures(words, dict, model.known);
    long[] buffer = new long[TaggerFeatures.MAX_FEATURES];
    int[] scores = new int[model.labels.length];
    Candidates candidates = new Candidates(model.labels.length);
    for (int i = 0; i < n; i++) {
      TaggerModel.KnownWord known = features.known[i];
      if (known != null && known.fixed() >= 0) {
        out[i] = known.fixed();
        continue;
      }
      if (known == null) {
        int punct = unseenPunctuation(words[i]);
        if (punct >= 0) {
          out[i] = punct;
          continue;
        }
      }
      candidates.fill(model, known, features, i, words[i]);
      if (candidates.size == 1) {
        out[i] = candidates.list[0];
        continue;
      }
      int p1 = i > 0 ? out[i - 1] : -1;
      int p2 = i > 1 ? out[i - 2] : -2;
      WordScores word = known == null ? null : known.scores();
      int count;
      if (word != null) {
        word.copyTo(scores);
        count = features.extractContext(i, p1, p2, buffer);
      } else {
        candidates.clearScores(scores);
        count = features.extract(i, p1, p2, buffer);
      }
      model.weights.addAll(buffer, count, scores, candidates.list, candidates.size, candidates.probes);
      out[i] = best(candidates, scores);
      if (runnerUp != null) {
        runnerUp[i] = bestOfOtherClass(candidates, scores, out[i]);
        gaps[i] = runnerUp[i] < 0 ? Integer.MAX_VALUE : scores[out[i]] - scores[runnerUp[i]];
      }
    }
    return out;
  }

  /** The best-scoring candidate whose UPOS differs from label {@code best}'s; -1 if none. */
  private int bestOfOtherClass(Candidates candidates, int[] scores, int best) {
    int upos = uposIds[best];
    int out = -1;
    for (int c = 0; c < candidates.size; c++) {
      int label = candidates.list[c];
      if (uposIds[label] != upos
          && (out < 0 || scores[label] > scores[out] || (scores[label] == scores[out] && label < out))) {
        out = label;
      }
    }
    return out;
  }

  /** The candidate with the highest score; ties go to the lower label id. */
  private static int best(Candidates candidates, int[] scores) {
    int best = candidates.list[0];
    for (int c = 1; c < candidates.size; c++) {
      int label = candidates.list[c];
      if (scores[label] > scores[best] || (scores[label] == scores[best] && label < best)) {
        best = label;
      }
    }
    return best;
  }

  /**
   * The summed weights of a known word's {@link TaggerFeatures#wordFeatures word-only features} for
   * every label it can be a candidate for, worked out once at load: a third of a word's weight
   * lookups, and the ones that repeat most. Integer sums, so adding them early changes no score.
   */
  record WordScores(int[] labels, int[] scores) {
    /** Reusable arrays for working out many words' sums at load, so that it allocates little. */
    static final class Scratch {
      final Candidates candidates;
      final Candidates lower;
      final long[] features = new long[TaggerFeatures.MAX_FEATURES];
      final int[] sums;

      Scratch(TaggerModel model) {
        candidates = new Candidates(model.labels.length);
        lower = new Candidates(model.labels.length);
        sums = new int[model.labels.length];
      }
    }

    static WordScores of(TaggerModel model, TaggerModel.KnownWord known, Scratch scratch) {
      // A known word's candidates differ only by the proper-noun labels that a capital adds.
      Candidates candidates = scratch.candidates;
      candidates.fill(model, known, known.hashes(), false);
      Candidates lower = scratch.lower;
      lower.fill(model, known, known.hashes(), true);
      for (int c = 0; c < lower.size; c++) {
        candidates.add(lower.list[c]);
      }
      int count = TaggerFeatures.wordFeatures(known.hashes(), scratch.features);
      int[] sums = scratch.sums;
      candidates.clearScores(sums);
      model.weights.addAll(scratch.features, count, sums, candidates.list, candidates.size, candidates.probes);
      int[] labels = Arrays.copyOf(candidates.list, candidates.size);
      int[] scores = new int[labels.length];
      for (int c = 0; c < labels.length; c++) {
        scores[c] = sums[labels[c]];
      }
      return new WordScores(labels, scores);
    }

    /** Sets the scores of all the word's possible candidates (and no others) to these sums. */
    void copyTo(int[] out) {
      for (int c = 0; c < labels.length; c++) {
        out[labels[c]] = scores[c];
      }
    }
  }

  /** The same choice while training, from the weights being learnt. */
  static int best(AveragedLabelWeights weights, long[] features, int count, Candidates candidates) {
    int best = candidates.list[0];
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < candidates.size; c++) {
      int label = candidates.list[c];
      float score = weights.score(features, count, label);
      if (score > bestScore || (score == bestScore && label < best)) {
        bestScore = score;
        best = label;
      }
    }
    return best;
  }

  /** The candidate labels of one word, gathered without allocation into a reusable list. */
  static final class Candidates {
    final int[] list;
    final boolean[] in;
    /** Scratch space for {@link se.notis.internal.LabelWeights#addAll}. */
    final long[] probes = new long[TaggerFeatures.MAX_FEATURES];
    int size;

    Candidates(int labelCount) {
      list = new int[labelCount];
      in = new boolean[labelCount];
    }

    void clear() {
      for (int k = 0; k < size; k++) {
        in[list[k]] = false;
      }
      size = 0;
    }

    void add(int label) {
      if (!in[label]) {
        in[label] = true;
        list[size++] = label;
      }
    }

    void clearScores(int[] scores) {
      for (int c = 0; c < size; c++) {
        scores[list[c]] = 0;
      }
    }

    void addAll(int[] labels) {
      for (int label : labels) {
        add(label);
      }
    }

    /** Adds the labels, leaving out proper-noun labels when {@code noProper} is given. */
    void addAll(int[] labels, TaggerModel noProper) {
      for (int label : labels) {
        if (noProper == null || !noProper.upos[label].equals("PROPN")) {
          add(label);
        }
      }
    }

    void fill(TaggerModel model, TaggerModel.KnownWord known, TaggerFeatures features, int i, String word) {
      fill(model, known, features.hashes[i], word.isEmpty() || !Character.isUpperCase(word.charAt(0)));
    }

    /** The candidates of a word with these hashes, written in lower case or not. */
    void fill(TaggerModel model, TaggerModel.KnownWord known, TaggerFeatures.WordHashes hashes, boolean lowerCase) {
      clear();
      if (known != null) {
        addAll(known.labels());
        if (known.frequent()) {
          return;
        }
      }
      // An unknown word in lower case is not a proper name, whatever its ending suggests.
      TaggerModel noProper = known == null && lowerCase ? model : null;
      int s = Arrays.binarySearch(model.suffixKeys, hashes.suffix()[2]);
      if (s >= 0 && hashes.length() > 3) {
        addAll(model.suffixLabels[s], noProper);
      }
      int d = Arrays.binarySearch(model.dictKeys, hashes.dictSignature());
      if (d >= 0 && hashes.dictSignature() != 0) {
        addAll(model.dictLabels[d], noProper);
      }
      if (!lowerCase) {
        addAll(model.properLabels);
      }
      if (known == null && hashes.number()) {
        // An unseen number ("1923", "412-415") has no telling suffix and may fall outside the
        // open-class labels: without the labels of the numbers seen in training it came out a noun.
        addAll(model.numberLabels);
      }
      if (size == 0) {
        addAll(model.openLabels);
      }
    }
  }
}
