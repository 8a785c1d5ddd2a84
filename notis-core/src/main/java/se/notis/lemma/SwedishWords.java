package se.notis.lemma;

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
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A Swedish lexicon: every lemma and inflected form of a lemma table, lower-cased, in one sorted
 * char array (about 10 MB for 740k words, where a hash set would take several times that), each
 * form with its lemma. The lemmatiser takes from it the lemma of a word the dictionary lacks
 * ("åtgärderna", "dagens"); the search analysis checks compound parts against it and maps
 * "polisen", "poliser" → "polis" and "städer" → "stad". A line of the list is
 * {@code form} (a lemma itself) or {@code form<TAB>code}, where the code says how to turn the form
 * into its lemma: the number of chars to cut from its end, then the chars to append
 * ("städer\t4ad" → "stad"). Thread-safe and read-only after load.
 */
public final class SwedishWords {
  /** Where the committed list lives on the class path. */
  public static final String RESOURCE = "/se/notis/lemma/lexicon-sv.tsv.gz";
  private static volatile SwedishWords shared;

  private final char[] chars;
  private final int[] starts;
  private final char[] codes;
  private final int[] codeStarts;

  /**
   * Open addressing over the words: word index + 1 per slot, 0 when empty. A lookup reads one or two
   * slots where a binary search over the sorted array would miss the cache some twenty times.
   */
  private final int[] slots;
  private final int mask;

  private SwedishWords(char[] chars, int[] starts, char[] codes, int[] codeStarts) {
    this.chars = chars;
    this.starts = starts;
    this.codes = codes;
    this.codeStarts = codeStarts;
    int n = starts.length - 1;
    slots = new int[Integer.highestOneBit(Math.max(4, n) * 2) * 2];
    mask = slots.length - 1;
    for (int i = 0; i < n; i++) {
      int slot = hash(chars, starts[i], starts[i + 1] - starts[i]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  private static int hash(char[] word, int offset, int length) {
    int h = 0x9E3779B9;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + word[i];
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    return h ^ (h >>> 13);
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

  /** Reads a sorted list, one {@code form} or {@code form<TAB>code} a line (UTF-8). */
  static SwedishWords read(InputStream in) throws IOException {
    StringBuilder all = new StringBuilder(1 << 23);
    StringBuilder allCodes = new StringBuilder(1 << 21);
    int[] starts = new int[1 << 16];
    int[] codeStarts = new int[1 << 16];
    int n = 0;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty()) {
        continue;
      }
      if (n + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        codeStarts = Arrays.copyOf(codeStarts, codeStarts.length * 2);
      }
      int tab = line.indexOf('\t');
      starts[n] = all.length();
      codeStarts[n] = allCodes.length();
      n++;
      all.append(line, 0, tab < 0 ? line.length() : tab);
      if (tab >= 0) {
        allCodes.append(line, tab + 1, line.length());
      }
    }
    starts[n] = all.length();
    codeStarts[n] = allCodes.length();
    char[] chars = new char[all.length()];
    all.getChars(0, all.length(), chars, 0);
    char[] codes = new char[allCodes.length()];
    allCodes.getChars(0, allCodes.length(), codes, 0);
    return new SwedishWords(chars, Arrays.copyOf(starts, n + 1), codes, Arrays.copyOf(codeStarts, n + 1));
  }

  /** Builds a list from words given one a line (for tests and small lists). */
  public static SwedishWords of(Iterable<String> words) {
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
    return indexOf(word, offset, length) >= 0;
  }

  /**
   * Writes the lemma of {@code word[0, length)} into {@code out} (which must hold
   * {@code length + 32} chars) and returns its length; -1 when the word is unknown. A word that
   * is a lemma itself comes back unchanged.
   */
  public int lemma(char[] word, int length, char[] out) {
    int index = indexOf(word, 0, length);
    if (index < 0) {
      return -1;
    }
    int from = codeStarts[index];
    int to = codeStarts[index + 1];
    System.arraycopy(word, 0, out, 0, length);
    if (from == to) {
      return length;
    }
    int cut = 0;
    int i = from;
    while (i < to && codes[i] >= '0' && codes[i] <= '9') {
      cut = cut * 10 + (codes[i++] - '0');
    }
    int len = Math.max(0, length - cut);
    int add = Math.min(to - i, out.length - len);
    System.arraycopy(codes, i, out, len, add);
    return len + add;
  }

  /** The lemma of a lower-case word, or empty when the word is unknown. */
  public java.util.Optional<String> lemma(String word) {
    char[] out = new char[word.length() + 32];
    int len = lemma(word.toCharArray(), word.length(), out);
    return len < 0 ? java.util.Optional.empty() : java.util.Optional.of(new String(out, 0, len));
  }

  private int indexOf(char[] word, int offset, int length) {
    int slot = hash(word, offset, length) & mask;
    for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
      if (compare(entry - 1, word, offset, length) == 0) {
        return entry - 1;
      }
    }
    return -1;
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
   * A form of several lemmas takes the shortest, then the alphabetically first (index and queries
   * agree, which is what search needs); see {@link #lexicalised} for lemmas that are also forms.
   *
   * @return number of words written
   */
  public static int build(Path lemmaTable, Path out) throws IOException {
    Locale sv = new Locale("sv");
    java.util.TreeMap<String, String> lemmaOf = new java.util.TreeMap<>();
    TreeSet<String> lemmas = new TreeSet<>();
    try (BufferedReader reader = Files.newBufferedReader(lemmaTable, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = line.split("\t");
        if (fields.length < 2) {
          continue;
        }
        String lemma = fields[0].strip().toLowerCase(sv);
        String form = fields[1].strip().toLowerCase(sv);
        if (!isWord(lemma)) {
          continue;
        }
        lemmas.add(lemma);
        if (isWord(form)) {
          lemmaOf.merge(form, lemma, SwedishWords::preferred);
        }
      }
    }
    TreeSet<String> words = new TreeSet<>(lemmas);
    words.addAll(lemmaOf.keySet());
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer writer = new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8)) {
      for (String word : words) {
        writer.write(word);
        String lemma = lemmaOf.containsKey(word)
            ? (lemmas.contains(word) ? lexicalised(word, lemmaOf.get(word)) : lemmaOf.get(word)) : word;
        if (!lemma.equals(word)) {
          int common = 0;
          while (common < word.length() && common < lemma.length() && word.charAt(common) == lemma.charAt(common)) {
            common++;
          }
          writer.write('\t');
          writer.write(Integer.toString(word.length() - common));
          writer.write(lemma, common, lemma.length() - common);
        }
        writer.write('\n');
      }
    }
    return words.size();
  }

  /**
   * A lemma that is also a form of another lemma: a lexicalised definite or plural ("polisen" of
   * "polis") goes to the other; anything else ("gräns", not the genitive of "grän") stays.
   */
  private static String lexicalised(String word, String other) {
    if (word.startsWith(other)) {
      String ending = word.substring(other.length());
      if (List.of("en", "et", "n", "t", "na", "ar", "er", "or", "arna", "erna", "orna").contains(ending)) {
        return other;
      }
    }
    return word;
  }

  private static String preferred(String a, String b) {
    if (a.length() != b.length()) {
      return a.length() < b.length() ? a : b;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static boolean isWord(String word) {
    return word.length() >= 2 && word.chars().allMatch(Character::isLetter);
  }
}
