package se.notis.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The Swedish word list the compound splitter checks parts against: every lemma and inflected
 * form of a lexicon, lower-cased, in one sorted char array (about 10 MB for 740k words, where a
 * hash set would take several times that). Thread-safe and read-only after load.
 */
public final class SwedishWords {
  /** Where the committed list lives on the class path. */
  public static final String RESOURCE = "/se/notis/search/words-sv.txt.gz";
  private static volatile SwedishWords shared;

  private final char[] chars;
  private final int[] starts;

  private SwedishWords(char[] chars, int[] starts) {
    this.chars = chars;
    this.starts = starts;
  }

  /** The committed list, loaded once per JVM. */
  public static SwedishWords shared() {
    SwedishWords words = shared;
    if (words == null) {
      synchronized (SwedishWords.class) {
        words = shared;
        if (words == null) {
          try (InputStream in = SwedishWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("word list missing from the class path: " + RESOURCE);
            }
            words = read(new GZIPInputStream(in, 1 << 16));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
          shared = words;
        }
      }
    }
    return words;
  }

  /** Reads a sorted list, one word a line (UTF-8). */
  static SwedishWords read(InputStream in) throws IOException {
    StringBuilder all = new StringBuilder(1 << 23);
    int[] starts = new int[1 << 16];
    int n = 0;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty()) {
        continue;
      }
      if (n + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      starts[n++] = all.length();
      all.append(line);
    }
    starts[n] = all.length();
    char[] chars = new char[all.length()];
    all.getChars(0, all.length(), chars, 0);
    return new SwedishWords(chars, Arrays.copyOf(starts, n + 1));
  }

  /** Builds a list from words given one a line (for tests and small lists). */
  static SwedishWords of(Iterable<String> words) {
    TreeSet<String> sorted = new TreeSet<>();
    words.forEach(w -> sorted.add(w.toLowerCase(Locale.ROOT)));
    String joined = String.join("\n", sorted);
    try {
      return read(new java.io.ByteArrayInputStream(joined.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int size() {
    return starts.length - 1;
  }

  /** True when {@code word[offset, offset + length)} is in the list (exact, lower case). */
  public boolean contains(char[] word, int offset, int length) {
    int lo = 0;
    int hi = starts.length - 2;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = compare(mid, word, offset, length);
      if (cmp < 0) {
        lo = mid + 1;
      } else if (cmp > 0) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  public boolean contains(String word) {
    char[] w = word.toCharArray();
    return contains(w, 0, w.length);
  }

  private int compare(int index, char[] word, int offset, int length) {
    int start = starts[index];
    int len = starts[index + 1] - start;
    int n = Math.min(len, length);
    for (int i = 0; i < n; i++) {
      int diff = chars[start + i] - word[offset + i];
      if (diff != 0) {
        return diff;
      }
    }
    return len - length;
  }

  /**
   * Builds the committed list from a lemma table ({@code lemma<TAB>form} a line): every lemma and
   * form of letters only, two or more characters, lower-cased, sorted by UTF-16 order, gzipped.
   *
   * @return number of words written
   */
  public static int build(Path lemmaTable, Path out) throws IOException {
    TreeSet<String> words = new TreeSet<>();
    try (BufferedReader reader = Files.newBufferedReader(lemmaTable, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        for (String field : line.split("\t")) {
          String word = field.strip().toLowerCase(new Locale("sv"));
          if (word.length() >= 2 && word.chars().allMatch(Character::isLetter)) {
            words.add(word);
          }
        }
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer writer = new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8)) {
      for (String word : words) {
        writer.write(word);
        writer.write('\n');
      }
    }
    return words.size();
  }
}
