package se.notis.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A set of abbreviations (lower case, with their dots: "bl.a.", "t.ex.", "kl.") looked up
 * straight from a char range without allocating: open addressing over a hash of the
 * lower-cased chars.
 */
final class Abbreviations {
  private final char[][] table;
  private final int mask;
  private final int maxLength;

  Abbreviations(List<String> entries) {
    int size = Integer.highestOneBit(Math.max(16, entries.size() * 4)) << 1;
    table = new char[size][];
    mask = size - 1;
    int longest = 0;
    for (String entry : entries) {
      String lower = entry.toLowerCase(Locale.ROOT);
      char[] chars = lower.toCharArray();
      int slot = hash(chars, 0, chars.length) & mask;
      while (table[slot] != null && !java.util.Arrays.equals(table[slot], chars)) {
        slot = (slot + 1) & mask;
      }
      table[slot] = chars;
      longest = Math.max(longest, chars.length);
    }
    maxLength = longest;
  }

  /** Reads one abbreviation per line; '#' starts a comment. */
  static Abbreviations load(String resource) {
    List<String> entries = new ArrayList<>();
    try (InputStream in = Abbreviations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new Abbreviations(entries);
  }

  int maxLength() {
    return maxLength;
  }

  boolean contains(CharSequence text, int start, int end) {
    int length = end - start;
    if (length > maxLength || length <= 0 || isAcronymWithDot(text, start, end)) {
      return false;
    }
    int slot = hash(text, start, end) & mask;
    for (char[] entry; (entry = table[slot]) != null; slot = (slot + 1) & mask) {
      if (entry.length == length && equalsLower(entry, text, start)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "…, SKR." closing a sentence: capitals only and one dot at the end, after a space, are an acronym
   * before a full stop, not the abbreviation "skr." in capitals ("OBS." opening a line stays one).
   */
  private static boolean isAcronymWithDot(CharSequence text, int start, int end) {
    if (end - start < 3 || text.charAt(end - 1) != '.' || start == 0 || text.charAt(start - 1) != ' ') {
      return false;
    }
    for (int i = start; i < end - 1; i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalsLower(char[] entry, CharSequence text, int start) {
    for (int i = 0; i < entry.length; i++) {
      if (Character.toLowerCase(text.charAt(start + i)) != entry[i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + Character.toLowerCase(text.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static int hash(char[] chars, int start, int end) {
    return hash(java.nio.CharBuffer.wrap(chars), start, end);
  }
}
