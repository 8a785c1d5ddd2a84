package se.notis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test text split into words and single signs, near enough to the tokenizer for spans found in it. */
final class WordTokens {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

  private WordTokens() {}

  /** The text of each span {@code find} returns over the tokens of {@code text}. */
  static List<String> found(String text, Finder find) {
    Matcher m = TOKEN.matcher(text);
    List<Integer> from = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    while (m.find()) {
      from.add(m.start());
      to.add(m.end());
    }
    int[] starts = from.stream().mapToInt(Integer::intValue).toArray();
    int[] ends = to.stream().mapToInt(Integer::intValue).toArray();
    List<String> out = new ArrayList<>();
    for (NerLabels.TokenSpan span : find.find(text, starts, ends)) {
      out.add(text.substring(starts[span.start()], ends[span.end() - 1]));
    }
    return out;
  }

  /** A finder of spans over tokens, as {@code QuotedTitles.find}. */
  interface Finder {
    List<NerLabels.TokenSpan> find(CharSequence text, int[] starts, int[] ends);
  }
}
