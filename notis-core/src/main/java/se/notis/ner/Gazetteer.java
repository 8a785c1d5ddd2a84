package se.notis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Name lists as features: which lists a token (or a run of tokens) belongs to. Entries are
 * case-sensitive token sequences; a final genitive {@code s} / {@code :s} also matches
 * ("Guatemalas", "USA:s"). Common lower-case words (from news text) are kept apart and matched
 * case-insensitively, so a capitalised sentence-initial "Migranterna" is known as a common word.
 */
final class Gazetteer {
  static final int FIRST_NAME = 1;
  static final int SURNAME = 1 << 1;
  static final int MUNICIPALITY = 1 << 2;
  static final int TOWN = 1 << 3;
  static final int COUNTRY = 1 << 4;
  static final int CITY = 1 << 5;
  static final int AUTHORITY = 1 << 6;
  static final int REGION = 1 << 7;
  static final int ORGANISATION = 1 << 8;
  static final int DEMONYM = 1 << 9;
  static final int COMMON = 1 << 10;
  static final int TITLE = 1 << 11;
  static final int ROAD = 1 << 12;
  static final int CLASSES = 13;
  /**
   * A first name many Swedes are called by (150 or more): "Magnus", "Kalle", not "Sea" or "Donatello",
   * which the name lists hold too. Only {@link #isFrequentFirstName} reads it: the list bits that the
   * name tagger and the rules read leave it out.
   */
  static final int FREQUENT_FIRST_NAME = 1 << 13;
  /** Marks a proper prefix of a multi-token entry. */
  private static final int PREFIX = 1 << 30;
  /** Bits that {@link #single}, {@link #name} and {@link #matchRuns} do not return. */
  private static final int HIDDEN = PREFIX | FREQUENT_FIRST_NAME;
  static final int MAX_TOKENS = 6;
  private static final long LOWER_SALT = 0x5DEECE66DL;

  static final String RESOURCE = "gazetteer.tsv.gz";

  private final LongBits exact;
  private final LongBits lower;

  private Gazetteer(LongBits exact, LongBits lower) {
    this.exact = exact;
    this.lower = lower;
  }

  static Gazetteer empty() {
    return new Gazetteer(new LongBits(16), new LongBits(16));
  }

  private static final class Holder {
    static final Gazetteer DEFAULT = loadResource();
  }

  /** The committed gazetteer, loaded once. */
  static Gazetteer standard() {
    return Holder.DEFAULT;
  }

  private static Gazetteer loadResource() {
    try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource se/notis/ner/" + RESOURCE
            + ": rebuild it with `notis train gazetteer`");
      }
      return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code name<TAB>bits} lines; names of {@link #COMMON} words are lower case. */
  static Gazetteer read(BufferedReader in) throws IOException {
    LongBits exact = new LongBits(1 << 16);
    LongBits lower = new LongBits(1 << 15);
    String line;
    while ((line = in.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      String name = line.substring(0, tab);
      int bits = Integer.parseInt(line.substring(tab + 1).strip());
      if ((bits & COMMON) != 0) {
        lower.or(Hashing.lower(name) ^ LOWER_SALT, COMMON);
        bits &= ~COMMON;
      }
      if (bits != 0) {
        add(exact, name, bits);
      }
    }
    return new Gazetteer(exact, lower);
  }

  private static void add(LongBits table, String name, int bits) {
    String[] parts = name.split(" ");
    if (parts.length > MAX_TOKENS) {
      return;
    }
    long seq = Hashing.SEED;
    for (int i = 0; i < parts.length; i++) {
      seq = Hashing.combine(seq, Hashing.exact(parts[i]));
      table.or(seq, i == parts.length - 1 ? bits : PREFIX);
    }
  }

  /** List bits of one token as written (single-token entries only). */
  int single(CharSequence text, int start, int end) {
    return exact.get(Hashing.combine(Hashing.SEED, Hashing.exact(text, start, end))) & ~HIDDEN;
  }

  /** Whether the token is a first name many Swedes are called by ({@link #FREQUENT_FIRST_NAME}). */
  boolean isFrequentFirstName(CharSequence text, int start, int end) {
    return (exact.get(Hashing.combine(Hashing.SEED, Hashing.exact(text, start, end))) & FREQUENT_FIRST_NAME) != 0;
  }

  /** List bits of a name of one word or several separated by single spaces ("Svensk Handel"), as {@link #matchRuns} reads them. */
  int name(String name) {
    long seq = Hashing.SEED;
    for (int from = 0, to; from < name.length(); from = to + 1) {
      to = name.indexOf(' ', from);
      to = to < 0 ? name.length() : to;
      seq = Hashing.combine(seq, Hashing.exact(name, from, to));
    }
    return exact.get(seq) & ~HIDDEN;
  }

  /** List bits of a token without its genitive ending, or 0 when it has none. */
  int genitive(CharSequence text, int start, int end) {
    int stripped = stripGenitive(text, start, end);
    return stripped == end ? 0 : single(text, start, stripped);
  }

  /** Whether the chars are an authority's or organisation's name on the lists ("Världslivsmedelsprogrammet"). */
  boolean isListedBody(CharSequence text, int start, int end) {
    return (single(text, start, end) & (AUTHORITY | ORGANISATION)) != 0;
  }

  boolean isCommon(CharSequence text, int start, int end) {
    return lower.get(Hashing.lower(text, start, end) ^ LOWER_SALT) != 0;
  }

  /**
   * Start of the longest common lower-case word that ends a capitalised compound
   * ("Kyotoavtalet" → "avtalet", "OS-fotbollen" → "fotbollen"), or -1 when there is none.
   * Head and tail have at least three and four chars.
   */
  int commonTail(CharSequence text, int start, int end) {
    for (int k = start + 3; k <= end - 4; k++) {
      if (lower.get(Hashing.lower(text, k, end) ^ LOWER_SALT) != 0) {
        return k;
      }
    }
    return -1;
  }

  /** End of a token without a genitive "s" or ":s" (its end when it has none). */
  static int stripGenitive(CharSequence text, int start, int end) {
    // "SVT:s", and "5:s" of "Kanal 5:s"
    if (end - start >= 3 && text.charAt(end - 1) == 's' && text.charAt(end - 2) == ':'
        && (end - start >= 4 || Character.isDigit(text.charAt(start)))) {
      return end - 2;
    }
    if (end - start >= 3 && text.charAt(end - 1) == 's') {
      char before = text.charAt(end - 2);
      if (before != 's' && before != 'x' && before != 'z') {
        return end - 1;
      }
    }
    return end;
  }

  /**
   * Longest multi-token matches in tokens [from, to): for each token in a match of two or more
   * tokens, {@code classes[i]} gets the entry's bits and {@code position[i]} 1 (first) or 2
   * (inside). The last token may carry a genitive ending.
   */
  void matchRuns(CharSequence text, int[] starts, int[] ends, int from, int to, int[] classes, int[] position) {
    for (int i = from; i < to; i++) {
      classes[i] = 0;
      position[i] = 0;
    }
    int i = from;
    while (i < to) {
      long seq = Hashing.SEED;
      int bestEnd = -1;
      int bestBits = 0;
      for (int j = i; j < to && j - i < MAX_TOKENS; j++) {
        long next = Hashing.combine(seq, Hashing.exact(text, starts[j], ends[j]));
        if (j > i) {
          int stripped = stripGenitive(text, starts[j], ends[j]);
          if (stripped != ends[j]) {
            int gbits = exact.get(Hashing.combine(seq, Hashing.exact(text, starts[j], stripped))) & ~HIDDEN;
            if (gbits != 0) {
              bestEnd = j + 1;
              bestBits = gbits;
            }
          }
        }
        int bits = exact.get(next);
        if (bits == 0) {
          break;
        }
        if (j > i && (bits & ~HIDDEN) != 0) {
          bestEnd = j + 1;
          bestBits = bits & ~HIDDEN;
        }
        if ((bits & PREFIX) == 0) {
          break;
        }
        seq = next;
      }
      if (bestEnd > 0) {
        for (int k = i; k < bestEnd; k++) {
          classes[k] = bestBits;
          position[k] = k == i ? 1 : 2;
        }
        i = bestEnd;
      } else {
        i++;
      }
    }
  }
}
