package se.notis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.notis.lemma.SwedishWords;

/**
 * Counts how the compound splitter treats the words of a text: long words, long words the
 * lexicon does not know, and how many of each it splits, with examples. Measures coverage of the
 * search decompounding on real text.
 */
public final class CompoundStats {
  private final CompoundSplitter splitter = new CompoundSplitter(SwedishWords.shared());
  private final SwedishWords words = SwedishWords.shared();
  private final List<String> examples = new ArrayList<>();
  private long longWords;
  private long unknownLong;
  private long splitUnknown;
  private long splitKnown;

  /** Adds the words of a text. */
  public void add(String text) {
    for (String raw : text.split("[^\\p{L}]+")) {
      if (raw.length() < CompoundSplitter.MIN_WORD) {
        continue;
      }
      String word = raw.toLowerCase(new Locale("sv"));
      longWords++;
      boolean known = words.contains(word);
      List<String> parts = splitter.split(word);
      if (!known) {
        unknownLong++;
        if (!parts.isEmpty()) {
          splitUnknown++;
          if (examples.size() < 40 && (splitUnknown % 97 == 1)) {
            examples.add(word + " → " + String.join(" + ", parts));
          }
        }
      } else if (!parts.isEmpty()) {
        splitKnown++;
      }
    }
  }

  /** One line of counts and shares, then the examples. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "long_words=%d unknown_long=%d (%.1f%%) split_unknown=%d (%.1f%% of unknown) split_known=%d (%.1f%% of known)%n",
        longWords, unknownLong, pct(unknownLong, longWords), splitUnknown, pct(splitUnknown, unknownLong),
        splitKnown, pct(splitKnown, longWords - unknownLong)));
    examples.forEach(e -> out.append("  ").append(e).append('\n'));
    return out.toString();
  }

  private static double pct(long a, long b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }
}
