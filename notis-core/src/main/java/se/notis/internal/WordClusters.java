package se.notis.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Hierarchical word clusters learnt from unlabelled news text for the syntax models: each frequent
 * lower-cased word has a bit path in a binary tree (built by {@link WordClusterBuilder}), and words
 * used in similar contexts share long path prefixes. Short prefixes give coarse classes (nouns,
 * finite verbs), long ones fine classes (place names, supines of motion verbs), so a tagger learns
 * a weight per prefix and generalises to words it never saw labelled. Read-only after loading.
 *
 * <p>Words are looked up by {@link #key} (lower case, digits folded to 0), a 64-bit hash, without
 * allocation; a path is an int holding a leading 1 bit followed by the path's bits.
 */
public final class WordClusters {
  /** The clusters shipped in the jar. */
  public static final String RESOURCE = "/se/notis/internal/word-clusters.tsv.gz";

  /** Two entries per slot: the word's key (0 = empty), and its path in the low 32 bits. */
  private final long[] table;
  private final int mask;
  private final int size;

  private WordClusters(long[] keys, int[] paths, int count) {
    int capacity = Integer.highestOneBit(Math.max(16, count * 2 - 1)) << 1;
    table = new long[2 * capacity];
    mask = capacity - 1;
    int placed = 0;
    for (int i = 0; i < count; i++) {
      int slot = (int) (keys[i] ^ keys[i] >>> 32) & mask;
      while (table[2 * slot] != 0 && table[2 * slot] != keys[i]) {
        slot = (slot + 1) & mask;
      }
      if (table[2 * slot] == 0) {
        placed++;
      }
      table[2 * slot] = keys[i];
      table[2 * slot + 1] = paths[i];
    }
    size = placed;
  }

  /** Clusters with no words: every lookup answers 0. */
  public static WordClusters empty() {
    return new WordClusters(new long[0], new int[0], 0);
  }

  private static final class Holder {
    static final WordClusters INSTANCE = loadResource();
  }

  /** The clusters shipped with notis, loaded on first use. */
  public static WordClusters bundled() {
    return Holder.INSTANCE;
  }

  private static WordClusters loadResource() {
    try (InputStream raw = WordClusters.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + ": rebuild it with `notis train clusters`");
      }
      return read(new GZIPInputStream(raw));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code word<TAB>bits} lines (bits a string of 0 and 1, at most 30 long). */
  public static WordClusters read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long[] keys = new long[1 << 16];
    int[] paths = new int[1 << 16];
    int count = 0;
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      int path = parsePath(line, tab + 1);
      if (path < 0) {
        throw new IOException("bad cluster path on line " + lineNumber + ": " + line);
      }
      if (count == keys.length) {
        keys = Arrays.copyOf(keys, count * 2);
        paths = Arrays.copyOf(paths, count * 2);
      }
      keys[count] = key(line.substring(0, tab));
      paths[count++] = path;
    }
    return new WordClusters(keys, paths, count);
  }

  private static int parsePath(String line, int from) {
    int bits = line.length() - from;
    if (bits > 30) {
      return -1;
    }
    int path = 1;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '0' && c != '1') {
        return -1;
      }
      path = path << 1 | (c - '0');
    }
    return path;
  }

  /** How many words have a path. */
  public int size() {
    return size;
  }

  /**
   * The lookup key of a word: a hash of its chars in lower case with every digit taken as 0, so
   * that "2019" and "1987" share one entry. Never 0.
   */
  public static long key(CharSequence word) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < word.length(); i++) {
      char c = Character.toLowerCase(word.charAt(i));
      h ^= Character.isDigit(c) ? '0' : c;
      h *= 0x100000001B3L;
    }
    return h == 0 ? 1 : h;
  }

  /** The word form the clusters are built over: lower case, digits as 0. */
  public static String normalise(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = Character.toLowerCase(word.charAt(i));
      out.append(Character.isDigit(c) ? '0' : c);
    }
    return out.toString();
  }

  /** The path of the word with this {@link #key}, or 0 when it has none. */
  public int path(long key) {
    if (size == 0) {
      return 0;
    }
    int slot = (int) (key ^ key >>> 32) & mask;
    while (true) {
      long k = table[2 * slot];
      if (k == key) {
        return (int) table[2 * slot + 1];
      }
      if (k == 0) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The path of {@code word}, or 0. */
  public int path(CharSequence word) {
    return path(key(word));
  }

  /** The first {@code length} bits of a path, still with its leading 1 (the path itself when shorter). */
  public static int prefix(int path, int length) {
    int bits = 31 - Integer.numberOfLeadingZeros(path);
    return bits <= length ? path : path >>> (bits - length);
  }

  /** A path as its string of bits ("" for 0 and the root). */
  public static String bits(int path) {
    if (path <= 1) {
      return "";
    }
    return Integer.toBinaryString(path).substring(1);
  }
}
