package se.notis.ner;

import java.util.List;

/**
 * Small tests on the tokens of a sentence given as char offsets ({@code starts}, {@code ends}):
 * a token's word and case, and marks over token ranges, shared by the entity rules.
 */
final class RuleTokens {
  private RuleTokens() {}

  static boolean isComma(CharSequence text, int[] starts, int[] ends, int k) {
    return ends[k] - starts[k] == 1 && text.charAt(starts[k]) == ',';
  }

  static boolean overlaps(boolean[] mask, NerLabels.TokenSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (mask[i]) {
        return true;
      }
    }
    return false;
  }

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

  static boolean isBracket(CharSequence text, int[] starts, int[] ends, int i, char bracket) {
    return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == bracket;
  }

  static NerLabels.TokenSpan spanEndingAt(List<NerLabels.TokenSpan> spans, int end) {
    for (NerLabels.TokenSpan span : spans) {
      if (span.end() == end) {
        return span;
      }
    }
    return null;
  }

  static void mark(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
  }

  static boolean isLower(CharSequence text, int start) {
    return Character.isLowerCase(text.charAt(start));
  }

  static String word(CharSequence text, int[] starts, int[] ends, int i) {
    return text.subSequence(starts[i], ends[i]).toString();
  }
}
