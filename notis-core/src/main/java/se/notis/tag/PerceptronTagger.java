package se.notis.tag;

import java.util.Arrays;
import se.notis.internal.Hashing;
import se.notis.internal.Weights;
import se.notis.lemma.SwedishDictionary;

/**
 * Greedy left-to-right averaged-perceptron tagger. Each word is scored only against its candidate
 * labels (those seen with it, its suffix or its dictionary tags), and frequent unambiguous words
 * take their one label without scoring: that keeps decoding to a few hundred weight lookups a word.
 */
final class PerceptronTagger implements Tagger {
  private final TaggerModel model;
  private final SwedishDictionary dict;

  private final int mad;
  private final int mid;
  private final int pad;

  PerceptronTagger(TaggerModel model) {
    this.model = model;
    this.dict = SwedishDictionary.get();
    mad = labelOf(model, "PUNCT\tMAD\t_");
    mid = labelOf(model, "PUNCT\tMID\t_");
    pad = labelOf(model, "PUNCT\tPAD\t_");
  }

  private static int labelOf(TaggerModel model, String label) {
    for (int i = 0; i < model.labels.length; i++) {
      if (model.labels[i].equals(label)) {
        return i;
      }
    }
    return -1;
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
  }

  int[] predict(String[] words) {
    int n = words.length;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    TaggerFeatures features = new TaggerFeatures(words, dict);
    long[] buffer = new long[TaggerFeatures.MAX_FEATURES];
    Candidates candidates = new Candidates(model.labels.length);
    for (int i = 0; i < n; i++) {
      int p1 = i > 0 ? out[i - 1] : -1;
      int p2 = i > 1 ? out[i - 2] : -2;
      Integer fixed = model.fixedLabels.get(features.lower[i]);
      if (fixed != null) {
        out[i] = fixed;
        continue;
      }
      if (!model.wordLabels.containsKey(features.lower[i])) {
        int punct = unseenPunctuation(words[i]);
        if (punct >= 0) {
          out[i] = punct;
          continue;
        }
      }
      candidates.fill(model, features, i, words[i]);
      int count = features.extract(i, p1, p2, buffer);
      out[i] = best(model.weights, buffer, count, candidates.list, candidates.size);
    }
    return out;
  }

  static int best(Weights weights, long[] features, int count, int[] labels, int labelCount) {
    float[] values = weights.values();
    int best = labels[0];
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < labelCount; c++) {
      int label = labels[c];
      float score = 0;
      for (int f = 0; f < count; f++) {
        int row = weights.row(Weights.key(Hashing.mix(features[f], label)));
        if (row >= 0) {
          score += values[row];
        }
      }
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

    void fill(TaggerModel model, TaggerFeatures features, int i, String word) {
      clear();
      int[] seen = model.wordLabels.get(features.lower[i]);
      if (seen != null && seen[0] == 1) {
        // Frequent word: the labels it had in training (first entry is the "frequent" flag).
        for (int k = 1; k < seen.length; k++) {
          add(seen[k]);
        }
        return;
      }
      if (seen != null) {
        for (int k = 1; k < seen.length; k++) {
          add(seen[k]);
        }
      }
      // An unknown word in lower case is not a proper name, whatever its ending suggests.
      boolean lowerCase = word.isEmpty() || !Character.isUpperCase(word.charAt(0));
      int s = Arrays.binarySearch(model.suffixKeys, features.suffix[i * 5 + 2]);
      if (s >= 0 && features.lower[i].length() > 3) {
        addAll(model.suffixLabels[s], seen == null && lowerCase ? model : null);
      }
      int d = Arrays.binarySearch(model.dictKeys, features.dictSignature[i]);
      if (d >= 0 && features.dictSignature[i] != 0) {
        addAll(model.dictLabels[d], seen == null && lowerCase ? model : null);
      }
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        addAll(model.properLabels);
      }
      if (size == 0) {
        addAll(model.openLabels);
      }
    }
  }
}
