package se.notis.ner;

import java.util.List;

/**
 * Small tests on the tokens of a sentence given as char offsets ({@code starts}, {@code ends}):
 * a token's word and case, and marks over token ranges, shared by the entity rules.
 */
final class RuleTokens {
  private RuleTokens() {}

  /** Whether token {@code k} is a comma. */
  static boolean isComma(CharSequence text, int[] starts, int[] ends, int k) {
    return ends[k] - starts[k] == 1 && text.charAt(starts[k]) == ',';
  }

  /** Whether any token of the span is marked. */
  static boolean overlaps(boolean[] mask, NerLabels.TokenSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (mask[i]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the chars from {@code start} to {@code end} are one capital and lower-case letters ("Acko"). */
  static boolean isCapitalisedWord(CharSequence text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} is the single character {@code bracket}. */
  static boolean isBracket(CharSequence text, int[] starts, int[] ends, int i, char bracket) {
    return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == bracket;
  }

  /** The span that ends at token {@code end}, or null. */
  static NerLabels.TokenSpan spanEndingAt(List<NerLabels.TokenSpan> spans, int end) {
    for (NerLabels.TokenSpan span : spans) {
      if (span.end() == end) {
        return span;
      }
    }
    return null;
  }

  /** Marks the tokens from {@code from} to {@code to} (exclusive). */
  static void mark(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
  }

  /** Whether the token starting at char {@code start} opens with a lower-case letter. */
  static boolean isLower(CharSequence text, int start) {
    return Character.isLowerCase(text.charAt(start));
  }

  /** Token {@code i} as a string. */
  static String word(CharSequence text, int[] starts, int[] ends, int i) {
    return text.subSequence(starts[i], ends[i]).toString();
  }

  /** Whether token {@code t} opens a sentence (or the text), where capitals say nothing. */
  static boolean opensSentence(CharSequence text, int[] starts, int t) {
    if (t == 0) {
      return true;
    }
    char before = text.charAt(starts[t - 1]);
    return before == '.' || before == '!' || before == '?' || before == '\n';
  }
}
