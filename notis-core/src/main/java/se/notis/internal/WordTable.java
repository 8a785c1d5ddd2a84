package se.notis.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A read-only map from lower-case words to values that is looked up on a char range of any
 * {@link CharSequence}, folding case on the fly: the per-token filters of the rule stages ask it
 * about every token without allocating a {@link String}.
 */
public final class WordTable<V> {
  private final char[][] keys;
  private final Object[] values;
  private final int mask;
  private final int maxLength;
  /** lengths[n] is true when some key has n chars, so prefix probes skip the other lengths. */
  private final boolean[] lengths;
  /** Bit per (first, second) lower-case char pair of the keys (Latin-1 bits): a fast reject. */
  private final long[] pairs = new long[1024];
  /** First chars of one-char keys. */
  private final long[] singles = new long[4];

  private WordTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new char[capacity][];
    values = new Object[capacity];
    mask = capacity - 1;
    int longest = 0;
    for (String key : entries.keySet()) {
      longest = Math.max(longest, key.length());
    }
    maxLength = longest;
    lengths = new boolean[longest + 1];
    for (Map.Entry<String, V> entry : entries.entrySet()) {
      char[] key = entry.getKey().toLowerCase(Locale.ROOT).toCharArray();
      lengths[key.length] = true;
      if (key.length == 1) {
        singles[(key[0] & 0xff) >>> 6] |= 1L << (key[0] & 63);
      } else if (key.length > 1) {
        int pair = pair(key[0], key[1]);
        pairs[pair >>> 6] |= 1L << (pair & 63);
      }
      int slot = hash(key) & mask;
      while (keys[slot] != null && !Arrays.equals(keys[slot], key)) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = entry.getValue();
    }
  }

  /** A table of the given entries; keys are lower-cased. */
  public static <V> WordTable<V> of(Map<String, V> entries) {
    return new WordTable<>(entries);
  }

  /** The value of the word {@code text[from, to)} compared case-insensitively, or null. */
  public V get(CharSequence text, int from, int to) {
    int length = to - from;
    if (length <= 0 || length > maxLength || !lengths[length] || !mayStart(text, from, length)) {
      return null;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + Character.toLowerCase(text.charAt(i));
    }
    return find(text, from, length, mix(h));
  }

  public V get(CharSequence word) {
    return get(word, 0, word.length());
  }

  /**
   * The length of the longest key that {@code text[from, to)} starts with (case-insensitively),
   * or 0: one pass over the chars, probing only the lengths some key has.
   */
  public int longestPrefix(CharSequence text, int from, int to) {
    int limit = Math.min(to - from, maxLength);
    if (limit <= 0 || limit >= 2 && !mayStart(text, from, 2) && !mayStart(text, from, 1)) {
      return 0;
    }
    int h = 0;
    int best = 0;
    for (int n = 1; n <= limit; n++) {
      h = 31 * h + Character.toLowerCase(text.charAt(from + n - 1));
      if (lengths[n] && find(text, from, n, mix(h)) != null) {
        best = n;
      }
    }
    return best;
  }

  /** False when no key of this length class starts like {@code text[from…]}: most words stop here. */
  private boolean mayStart(CharSequence text, int from, int length) {
    char first = Character.toLowerCase(text.charAt(from));
    if (length == 1) {
      return (singles[(first & 0xff) >>> 6] & (1L << (first & 63))) != 0;
    }
    int pair = pair(first, Character.toLowerCase(text.charAt(from + 1)));
    return (pairs[pair >>> 6] & (1L << (pair & 63))) != 0;
  }

  private static int pair(char a, char b) {
    return (a & 0xff) << 8 | (b & 0xff);
  }

  @SuppressWarnings("unchecked")
  private V find(CharSequence text, int from, int length, int hash) {
    int slot = hash & mask;
    while (keys[slot] != null) {
      char[] key = keys[slot];
      if (key.length == length && sameLower(key, text, from)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private static boolean sameLower(char[] key, CharSequence text, int from) {
    for (int i = 0; i < key.length; i++) {
      if (key[i] != Character.toLowerCase(text.charAt(from + i))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] key) {
    int h = 0;
    for (char c : key) {
      h = 31 * h + c;
    }
    return mix(h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
