package se.notis.quote;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A read-only map from lower-cased words to values, looked up straight from a char range of a
 * text without allocating (open addressing over a hash of the lower-cased chars), so the stage
 * can test every token against its word lists cheaply.
 */
final class WordMap<V> {
  private final char[][] keys;
  private final Object[] values;
  private final int mask;

  WordMap(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(16, entries.size() * 3)) << 1;
    keys = new char[size][];
    values = new Object[size];
    mask = size - 1;
    for (Map.Entry<String, V> entry : entries.entrySet()) {
      char[] chars = entry.getKey().toLowerCase(Locale.ROOT).toCharArray();
      int slot = hash(chars, 0, chars.length) & mask;
      while (keys[slot] != null && !Arrays.equals(keys[slot], chars)) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = chars;
      values[slot] = entry.getValue();
    }
  }

  /** The value of {@code text[start, end)} compared case-insensitively, or null. */
  @SuppressWarnings("unchecked")
  V get(CharSequence text, int start, int end) {
    int slot = hash(text, start, end) & mask;
    for (char[] key; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
      if (matches(key, text, start, end)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  V get(String word) {
    return get(word, 0, word.length());
  }

  boolean contains(CharSequence text, int start, int end) {
    return get(text, start, end) != null;
  }

  private static boolean matches(char[] key, CharSequence text, int start, int end) {
    if (key.length != end - start) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (key[i] != Character.toLowerCase(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] chars, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + chars[i];
    }
    return h ^ (h >>> 16);
  }

  private static int hash(CharSequence text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + Character.toLowerCase(text.charAt(i));
    }
    return h ^ (h >>> 16);
  }
}
