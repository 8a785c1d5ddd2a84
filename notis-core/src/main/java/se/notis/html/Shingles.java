package se.notis.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word 4-gram shingle matching as the public article-extraction benchmark scores article bodies:
 * words are maximal runs of word characters (Python's {@code \w}: letters, numbers and the
 * underscore); a text of fewer than four words is one shingle; tp, fp and fn count shingles with
 * multiplicity and are normalised to sum to 1 so that every page weighs the same.
 */
final class Shingles {
  static final int N = 4;

  private Shingles() {}

  /** Normalised {tp, fp, fn} of a predicted text against the true one (all 0 when both are empty). */
  static double[] match(String truth, String predicted) {
    Map<String, Integer> trueCounts = counts(truth);
    Map<String, Integer> predCounts = counts(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : predCounts.entrySet()) {
      int t = trueCounts.getOrDefault(e.getKey(), 0);
      int p = e.getValue();
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
    }
    for (Map.Entry<String, Integer> e : trueCounts.entrySet()) {
      fn += Math.max(0, e.getValue() - predCounts.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0};
  }

  static Map<String, Integer> counts(String text) {
    List<String> words = words(text);
    Map<String, Integer> counts = new HashMap<>();
    if (words.isEmpty()) {
      return counts;
    }
    for (int i = 0; i < Math.max(1, words.size() - N + 1); i++) {
      String shingle = String.join("\u0000", words.subList(i, Math.min(words.size(), i + N)));
      counts.merge(shingle, 1, Integer::sum);
    }
    return counts;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean word = isWordChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }

  /** Python's {@code \w} in Unicode mode: alphanumeric ({@code str.isalnum}) or underscore. */
  static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
