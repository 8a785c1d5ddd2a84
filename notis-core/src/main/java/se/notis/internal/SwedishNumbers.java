package se.notis.internal;

import java.util.Locale;

/**
 * Reads Swedish numbers written in digits ("4 000", "3,5", "12") or in words ("fyra",
 * "tjugofem", "tvåhundra", "tusen"). Shared by the time and quantity grammars.
 */
public final class SwedishNumbers {
  private SwedishNumbers() {}

  private static final String[] WORDS = {
    "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
    "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "aderton", "nitton", "tjugo",
    "tjugu", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio", "hundra",
    "tusen"
  };
  private static final int[] VALUES = {
    1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 18, 19, 20, 20, 30, 40, 50,
    60, 70, 80, 90, 100, 1000
  };

  /**
   * The value of a number in digits on {@code text[from, to)}, with a space or no-break space as
   * thousands separator and a comma (or a dot between digits, not followed by exactly three
   * digits) as decimal mark; NaN when the range is not such a number.
   */
  public static double parseDigits(CharSequence text, int from, int to) {
    if (from >= to || !isDigit(text.charAt(from)) || !isDigit(text.charAt(to - 1))) {
      return Double.NaN;
    }
    long whole = 0;
    long fraction = 0;
    long scale = 1;
    boolean decimal = false;
    int digits = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        if (decimal) {
          if (scale > 1_000_000_000L) {
            return Double.NaN;
          }
          fraction = fraction * 10 + (c - '0');
          scale *= 10;
        } else {
          if (++digits > 15) {
            return Double.NaN;
          }
          whole = whole * 10 + (c - '0');
        }
      } else if ((c == ' ' || c == '\u00a0' || c == '\u202f') && !decimal && groupFollows(text, i + 1, to)) {
        continue;
      } else if ((c == ',' || c == '.') && !decimal) {
        decimal = true;
      } else {
        return Double.NaN;
      }
    }
    return whole + (double) fraction / scale;
  }

  private static boolean groupFollows(CharSequence text, int at, int to) {
    int n = 0;
    while (at + n < to && isDigit(text.charAt(at + n))) {
      n++;
    }
    return n == 3;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The value of a cardinal number word ("tre", "tjugofem", "tvåhundrafemtio", "tusen"), or NaN.
   * Compounds are read greedily, longest morpheme first.
   */
  public static double parseWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.isEmpty()) {
      return Double.NaN;
    }
    long total = 0;
    long current = 0;
    int i = 0;
    int parts = 0;
    while (i < w.length()) {
      int best = -1;
      for (int k = 0; k < WORDS.length; k++) {
        if (w.startsWith(WORDS[k], i) && (best < 0 || WORDS[k].length() > WORDS[best].length())) {
          best = k;
        }
      }
      if (best < 0) {
        return Double.NaN;
      }
      int value = VALUES[best];
      if (value == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (value == 1000) {
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      } else {
        current += value;
      }
      i += WORDS[best].length();
      parts++;
    }
    // "en" starts no compound ("entre" is not 4); "ett" does ("etthundra").
    if (parts > 1 && w.startsWith("en")) {
      return Double.NaN;
    }
    return total + current;
  }
}
