package se.notis.doc;

/**
 * Converts between code-point offsets (what every layer and output uses) and UTF-16 char
 * offsets (what {@link String} uses). For the usual text without supplementary characters the two
 * are the same and no table is kept.
 */
final class OffsetIndex {
  private final int codePoints;
  /** Char offset of each code point (plus one past the end), or null when identical. */
  private final int[] charOfCodePoint;

  OffsetIndex(String text) {
    this.codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      charOfCodePoint = null;
    } else {
      charOfCodePoint = new int[codePoints + 1];
      int c = 0;
      for (int cp = 0; cp < codePoints; cp++) {
        charOfCodePoint[cp] = c;
        c += Character.charCount(text.codePointAt(c));
      }
      charOfCodePoint[codePoints] = c;
    }
  }

  int length() {
    return codePoints;
  }

  boolean identity() {
    return charOfCodePoint == null;
  }

  int toChar(int codePoint) {
    return charOfCodePoint == null ? codePoint : charOfCodePoint[codePoint];
  }

  int toCodePoint(int charIndex) {
    if (charOfCodePoint == null) {
      return charIndex;
    }
    int lo = 0;
    int hi = codePoints;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (charOfCodePoint[mid] < charIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
