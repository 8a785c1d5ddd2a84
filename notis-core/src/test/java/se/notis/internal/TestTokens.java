package se.notis.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small tokenizer for grammar tests, close enough to the Swedish tokenizer for one-sentence
 * inputs: splits at spaces (not inside "4 000") and peels punctuation off word edges, keeping
 * "kl." whole.
 */
public final class TestTokens {
  public final String text;
  public final int[] starts;
  public final int[] ends;

  private TestTokens(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  public static TestTokens of(String text) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
        // Numbers keep their thousands spaces ("4 000"), as the Swedish tokenizer does.
        if (end < text.length() && text.charAt(end) == ' ' && Character.isDigit(text.charAt(end - 1))
            && end + 4 <= text.length() && text.substring(end + 1, end + 4).chars().allMatch(Character::isDigit)
            && (end + 4 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 4)))) {
          end++;
        }
      }
      int s = i;
      int e = end;
      List<int[]> tail = new ArrayList<>();
      while (s < e && isPunct(text.charAt(s))) {
        spans.add(new int[] {s, s + 1});
        s++;
      }
      while (e > s && isPunct(text.charAt(e - 1)) && !text.substring(s, e).equalsIgnoreCase("kl.")) {
        tail.add(0, new int[] {e - 1, e});
        e--;
      }
      if (s < e) {
        spans.add(new int[] {s, e});
      }
      spans.addAll(tail);
      i = end;
    }
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    for (int k = 0; k < spans.size(); k++) {
      starts[k] = spans.get(k)[0];
      ends[k] = spans.get(k)[1];
    }
    return new TestTokens(text, starts, ends);
  }

  private static boolean isPunct(char c) {
    return ",.;:!?()\"”“'".indexOf(c) >= 0;
  }

  public se.notis.doc.SpanLayer spans() {
    return new se.notis.doc.SpanLayer(starts, ends);
  }

  public int[] sentenceFirst() {
    return new int[] {0};
  }

  public int[] sentenceEnd() {
    return new int[] {starts.length};
  }
}
