package se.notis.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a text as Swedish, Norwegian and Danish from listed features: whole function words,
 * word endings and letter sequences, each with a weight per language. Immutable; thread-safe.
 */
final class ScandinavianScorer {
  static final String[] LANGUAGES = {"sv", "no", "da"};
  private static final String RESOURCE = "/se/notis/lang/scandinavian.tsv";

  private final Map<String, float[]> words;
  private final Map<String, float[]> suffixes;
  private final List<String> sequences;
  private final List<float[]> sequenceWeights;
  private final int longestSuffix;

  private ScandinavianScorer(Map<String, float[]> words, Map<String, float[]> suffixes,
      List<String> sequences, List<float[]> sequenceWeights) {
    this.words = words;
    this.suffixes = suffixes;
    this.sequences = sequences;
    this.sequenceWeights = sequenceWeights;
    this.longestSuffix = suffixes.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** The scorer with the bundled feature list. */
  static ScandinavianScorer load() {
    try (InputStream in = ScandinavianScorer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ScandinavianScorer read(BufferedReader reader) throws IOException {
    Map<String, float[]> words = new HashMap<>();
    Map<String, float[]> suffixes = new HashMap<>();
    List<String> sequences = new ArrayList<>();
    List<float[]> sequenceWeights = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 4 || cols[0].length() < 3 || cols[0].charAt(1) != ':') {
        throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected 'kind:feature<TAB>sv<TAB>no<TAB>da': " + line);
      }
      float[] weights = {Float.parseFloat(cols[1]), Float.parseFloat(cols[2]), Float.parseFloat(cols[3])};
      String value = cols[0].substring(2);
      switch (cols[0].charAt(0)) {
        case 'w' -> words.put(value, weights);
        case 's' -> suffixes.put(value, weights);
        case 'c' -> {
          sequences.add(value);
          sequenceWeights.add(weights);
        }
        default -> throw new IllegalArgumentException(RESOURCE + ":" + number + ": unknown kind '" + cols[0].charAt(0) + "'");
      }
    }
    return new ScandinavianScorer(words, suffixes, sequences, sequenceWeights);
  }

  /** Scores for {@link #LANGUAGES}, in that order; all 0 when no feature occurs. */
  double[] score(String text) {
    double[] scores = new double[LANGUAGES.length];
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    int n = lower.length();
    while (i < n) {
      while (i < n && !Character.isLetter(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        addWord(lower.substring(start, i), scores);
      }
    }
    return scores;
  }

  private void addWord(String word, double[] scores) {
    add(words.get(word), scores);
    for (int len = Math.min(longestSuffix, word.length() - 2); len >= 2; len--) {
      float[] weights = suffixes.get(word.substring(word.length() - len));
      if (weights != null) {
        add(weights, scores);
        break;
      }
    }
    for (int k = 0; k < sequences.size(); k++) {
      if (word.contains(sequences.get(k))) {
        add(sequenceWeights.get(k), scores);
      }
    }
  }

  private static void add(float[] weights, double[] scores) {
    if (weights != null) {
      for (int l = 0; l < scores.length; l++) {
        scores[l] += weights[l];
      }
    }
  }
}
