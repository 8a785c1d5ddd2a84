package se.notis.sentence;

import se.notis.internal.IntArray;

/**
 * Decides where sentences end, given a block's tokens (char offsets into the text).
 *
 * <p>A sentence ends after a terminal mark (. ! ? … and runs of them) together with the closing
 * quotes and brackets attached to it, unless the next token continues the sentence: a word in
 * lower case ("Vi ska ta oss in! skrek en ung man") or a comma. Abbreviations end a sentence only
 * when they typically close one (osv., etc., m.m.) and a capitalised word follows.
 */
final class SentenceBoundaries {
  private SentenceBoundaries() {}

  /** Adds the index of each sentence's first token within [from, to) to {@code firsts}. */
  static void split(CharSequence text, int[] starts, int[] ends, int from, int to, IntArray firsts) {
    if (from >= to) {
      return;
    }
    firsts.add(from);
    int t = from;
    int dateline = Dateline.length(text, starts, ends, from, to);
    if (dateline > 0 && from + dateline < to) {
      t = from + dateline; // "STOCKHOLM (TT) Regeringen vill …": the dateline is no part of the sentence
      firsts.add(t);
    }
    while (t < to) {
      int kind = terminalKind(text, starts[t], ends[t]);
      if (kind == NONE) {
        if (isColonBeforeSentence(text, starts, ends, t, from, to)) {
          firsts.add(t + 1);
        }
        t++;
        continue;
      }
      int last = t;
      while (last + 1 < to && starts[last + 1] == ends[last]
          && (isClosing(text, starts[last + 1], ends[last + 1])
              || terminalKind(text, starts[last + 1], ends[last + 1]) == MARK)) {
        last++;
      }
      int next = last + 1;
      if (next < to && startsSentence(text, starts[next], ends[next], kind)) {
        firsts.add(next);
      }
      t = next;
    }
  }

  private static final int NONE = 0;
  private static final int MARK = 1;
  private static final int ABBREVIATION = 2;
  private static final int CLOSING_ABBREVIATION = 3;

  private static int terminalKind(CharSequence text, int start, int end) {
    char c = text.charAt(start);
    if (c == '!' || c == '?' || c == '\u2026' || c == '\u203d') {
      return MARK;
    }
    if (c == '.') {
      return MARK;
    }
    if (end - start > 1 && text.charAt(end - 1) == '.') {
      return isClosingAbbreviation(text, start, end) ? CLOSING_ABBREVIATION : ABBREVIATION;
    }
    return NONE;
  }

  private static boolean startsSentence(CharSequence text, int start, int end, int kind) {
    char c = text.charAt(start);
    if (kind == ABBREVIATION) {
      return false;
    }
    if (kind == CLOSING_ABBREVIATION) {
      return Character.isUpperCase(c);
    }
    return Character.isUpperCase(c) || Character.isDigit(c) || isOpening(c) || isDash(c)
        || Character.isLetter(c) && !Character.isLowerCase(c);
  }

  /**
   * Talbanken ends a sentence at a colon that introduces a quotation or a new clause: after a
   * lower-case word, before an opening quote or a capitalised word ("löd: 'Du skall …'"), but not
   * after a name ("Rabin: Infants and Children").
   */
  private static boolean isColonBeforeSentence(CharSequence text, int[] starts, int[] ends, int t, int from, int to) {
    if (ends[t] - starts[t] != 1 || text.charAt(starts[t]) != ':' || t == from || t + 1 >= to) {
      return false;
    }
    char before = text.charAt(starts[t - 1]);
    char next = text.charAt(starts[t + 1]);
    if (!Character.isLowerCase(before)) {
      return false;
    }
    if (isOpening(next) && t + 2 < to) {
      return Character.isUpperCase(text.charAt(starts[t + 2]));
    }
    return Character.isUpperCase(next) && ends[t + 1] - starts[t + 1] > 1;
  }

  private static boolean isOpening(char c) {
    return c == '\u201d' || c == '"' || c == '\u00bb' || c == '\u00ab' || c == '\u201c' || c == '\'' || c == '\u2019'
        || c == '(' || c == '[';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  private static boolean isClosing(CharSequence text, int start, int end) {
    if (end - start != 1) {
      return false;
    }
    char c = text.charAt(start);
    return c == '\u201d' || c == '"' || c == '\u00bb' || c == '\'' || c == '\u2019' || c == ')'
        || c == ']';
  }

  private static final String[] CLOSING_ABBREVIATIONS = {"osv.", "o.s.v.", "etc.", "m.m.", "m.fl.", "o.d.", "mm."};

  private static boolean isClosingAbbreviation(CharSequence text, int start, int end) {
    for (String abbreviation : CLOSING_ABBREVIATIONS) {
      if (abbreviation.length() == end - start && regionMatches(text, start, abbreviation)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionMatches(CharSequence text, int start, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.toLowerCase(text.charAt(start + i)) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
