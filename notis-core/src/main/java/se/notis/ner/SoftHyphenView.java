package se.notis.ner;

/**
 * The text and tokens the name finder reads, without soft hyphens. Press releases hyphenate long
 * words invisibly ("Polis\u00ADmyndig\u00ADheten", "Migrations\u00ADverket"); the tokenizer splits at
 * each soft hyphen, so the tagger saw "Polis" and "heten" and no name list matched. Here the
 * soft hyphens are taken out of the text and the pieces of a word joined into one token, which
 * keeps the indices of its first and last token of the document so that entities are placed
 * on the document's own tokens. A text without soft hyphens is its own view.
 */
final class SoftHyphenView {
  private static final char SOFT_HYPHEN = '\u00AD';

  final String text;
  /** Character spans of the view's tokens in {@link #text}. */
  final int[] starts;
  final int[] ends;
  /** The document's first and last token of each view token. */
  final int[] first;
  final int[] last;
  /** The view token of each document token (and the view's size at index {@code n}). */
  private final int[] index;

  private SoftHyphenView(String text, int[] starts, int[] ends, int[] first, int[] last, int[] index) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.first = first;
    this.last = last;
    this.index = index;
  }

  /** The view of {@code text} with document tokens at character spans {@code starts}/{@code ends}. */
  static SoftHyphenView of(String text, int[] starts, int[] ends) {
    int n = starts.length;
    int[] index = new int[n + 1];
    if (text.indexOf(SOFT_HYPHEN) < 0) {
      int[] identity = new int[n];
      for (int i = 0; i <= n; i++) {
        index[i] = i;
        if (i < n) {
          identity[i] = i;
        }
      }
      return new SoftHyphenView(text, starts, ends, identity, identity, index);
    }
    int[] removedBefore = new int[text.length() + 1];
    StringBuilder stripped = new StringBuilder(text.length());
    for (int c = 0; c < text.length(); c++) {
      removedBefore[c + 1] = removedBefore[c] + (text.charAt(c) == SOFT_HYPHEN ? 1 : 0);
      if (text.charAt(c) != SOFT_HYPHEN) {
        stripped.append(text.charAt(c));
      }
    }
    int[] vs = new int[n];
    int[] ve = new int[n];
    int[] vf = new int[n];
    int[] vl = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      index[i] = count;
      if (onlySoftHyphens(text, starts[i], ends[i])) {
        continue;
      }
      int start = starts[i] - removedBefore[starts[i]];
      int end = ends[i] - removedBefore[ends[i]];
      // A piece that touches the previous one across soft hyphens only continues its word.
      if (count > 0 && ve[count - 1] == start && joinedBySoftHyphens(text, ends[vl[count - 1]], starts[i])) {
        index[i] = count - 1;
        ve[count - 1] = end;
        vl[count - 1] = i;
        continue;
      }
      vs[count] = start;
      ve[count] = end;
      vf[count] = i;
      vl[count] = i;
      count++;
    }
    index[n] = count;
    return new SoftHyphenView(stripped.toString(), java.util.Arrays.copyOf(vs, count), java.util.Arrays.copyOf(ve, count),
        java.util.Arrays.copyOf(vf, count), java.util.Arrays.copyOf(vl, count), index);
  }

  int size() {
    return starts.length;
  }

  /** The view token holding document token {@code token} ({@code n} gives the view's size). */
  int viewToken(int token) {
    return index[token];
  }

  private static boolean onlySoftHyphens(String text, int start, int end) {
    for (int c = start; c < end; c++) {
      if (text.charAt(c) != SOFT_HYPHEN) {
        return false;
      }
    }
    return end > start;
  }

  /** Whether the characters between two pieces are soft hyphens, at least one. */
  private static boolean joinedBySoftHyphens(String text, int from, int to) {
    return to > from && onlySoftHyphens(text, from, to);
  }
}
