package se.notis.internal;

import java.util.Locale;

/**
 * A fast, allocation-free pre-filter for rule stages: remembers words (and word stems) by their
 * first three lower-case chars and length in a 64K-bit table. {@link #test} may say yes for a
 * word never added (rarely) but never says no for one that was, so a rule stage asks it first
 * and looks a token up properly only when it passes.
 */
public final class WordFilter {
  private static final int MAX_LENGTH = 24;
  private final long[] bits = new long[1024];
  /** Per first char (low byte of its lower case): a bit per length class, the cheapest check. */
  private final int[] firstLengths = new int[256];

  /** Adds a whole word. */
  public WordFilter add(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!w.isEmpty()) {
      mark(key(w, 0, Math.min(w.length(), MAX_LENGTH)));
      firstLengths[w.charAt(0) & 0xff] |= 1 << Math.min(w.length(), 31);
    }
    return this;
  }

  /** Adds every word that starts with {@code stem} (of any length up to the filter's limit). */
  public WordFilter addPrefix(String stem) {
    String w = stem.toLowerCase(Locale.ROOT);
    if (w.length() < 3) {
      throw new IllegalArgumentException("a stem needs three chars or more: '" + stem + "'");
    }
    for (int length = Math.max(1, w.length()); length <= MAX_LENGTH; length++) {
      mark(key(w, 0, length));
    }
    for (int length = w.length(); length <= 31; length++) {
      firstLengths[w.charAt(0) & 0xff] |= 1 << length;
    }
    return this;
  }

  /** False when no added word or stem can be {@code text[from, to)}. */
  public boolean test(CharSequence text, int from, int to) {
    int length = to - from;
    if (length <= 0) {
      return false;
    }
    // Letters of Latin-1 lower-case by setting bit 5; a wrong guess for others only lets them pass.
    if ((firstLengths[(text.charAt(from) | 0x20) & 0xff] & (1 << Math.min(length, 31))) == 0) {
      return false;
    }
    int k = key(text, from, Math.min(length, MAX_LENGTH));
    return (bits[k >>> 6] & (1L << (k & 63))) != 0;
  }

  private void mark(int k) {
    bits[k >>> 6] |= 1L << (k & 63);
  }

  /** Hash of the first three chars (lower-cased; fewer for short words) and the length class. */
  private static int key(CharSequence text, int from, int lengthClass) {
    int h = lengthClass;
    int n = Math.min(3, lengthClass);
    for (int i = 0; i < n; i++) {
      h = h * 31 + Character.toLowerCase(text.charAt(from + i));
    }
    h *= 0x9E3779B1;
    return (h ^ (h >>> 16)) & 0xffff;
  }
}
