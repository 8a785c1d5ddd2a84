package se.notis.tag;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import se.notis.internal.Hashing;
import se.notis.internal.WordClusters;
import se.notis.lemma.SwedishDictionary;

/**
 * The tagger's feature templates. Per sentence it takes each word's hashes (form, affixes,
 * dictionary tags) once, precomputed for the words of the training data and computed for the
 * rest; per position it combines those hashes with the previous labels into feature keys, without
 * making strings.
 */
final class TaggerFeatures {
  static final int MAX_FEATURES = 80;
  private static final int MAX_DICT_TAGS = 8;
  /** Added to the tag hashes of a compound's tail, so they are features apart from a word's own. */
  private static final long TAIL = 1_000_003L;

  /**
   * What the features need of one lower-cased word, hashed once: the form, suffixes of lengths
   * 1..5, prefixes of lengths 1..3, the set of main dictionary tags it can have (0 when neither
   * it nor a tail of it is in the dictionary; a tail's tags are kept apart from a word's own),
   * its distinct full dictionary tags, whether the dictionary
   * has it as a supine (bit 1) or an infinitive (bit 2), its word-cluster path (0 when none), its
   * length in chars and whether it is a number written in digits.
   */
  record WordHashes(long word, long[] suffix, long[] prefix, long dictSignature, long[] dictTags, int verbForms,
      int cluster, int length, boolean number) {
    static WordHashes of(String lower, SwedishDictionary dict) {
      int len = lower.length();
      long[] suffix = new long[5];
      for (int k = 0; k < 5; k++) {
        suffix[k] = Hashing.hash(lower, Math.max(0, len - k - 1), len);
      }
      long[] prefix = new long[3];
      for (int k = 0; k < 3; k++) {
        prefix[k] = Hashing.hash(lower, 0, Math.min(len, k + 1));
      }
      int at = dict.find(lower);
      long tailMark = 0;
      if (at < 0) {
        // A compound the dictionary lacks ("eu-länder", "flyktingorganen") takes the tags of its
        // longest tail the dictionary knows: its class, gender and number are the tail's.
        for (int split = 3; split <= len - 3 && at < 0; split++) {
          at = dict.find(lower, split);
        }
        tailMark = at < 0 ? 0 : TAIL;
      }
      int entries = at < 0 ? 0 : dict.count(at);
      long signature = 17 + tailMark;
      long[] tags = new long[Math.min(entries, MAX_DICT_TAGS)];
      int count = 0;
      int verbForms = 0;
      for (int j = 0; j < entries; j++) {
        long e = dict.entry(at, j);
        String tag = dict.tag(e);
        verbForms |= (tag.contains(":SUP") ? 1 : 0) | (tag.contains(":INF") ? 2 : 0);
        long tagHash = dict.tagId(e) + 1 + tailMark;
        boolean seen = false;
        for (int k = 0; k < count; k++) {
          seen |= tags[k] == tagHash;
        }
        if (!seen && count < tags.length) {
          tags[count++] = tagHash;
        }
        signature |= 1L << (dict.mainTagHash(e) & 63);
      }
      return new WordHashes(Hashing.hash(lower), suffix, prefix, entries == 0 ? 0 : signature,
          count == tags.length ? tags : Arrays.copyOf(tags, count), verbForms,
          WordClusters.bundled().path(lower), len, TaggerModel.isNumber(lower));
    }
  }

  final String[] lower;
  /** The training-data entry of each word, or null. */
  final TaggerModel.KnownWord[] known;
  final WordHashes[] hashes;
  final long[] shape;

  TaggerFeatures(String[] words, SwedishDictionary dict, Map<String, TaggerModel.KnownWord> knownWords) {
    int n = words.length;
    lower = new String[n];
    known = new TaggerModel.KnownWord[n];
    hashes = new WordHashes[n];
    shape = new long[n];
    for (int i = 0; i < n; i++) {
      lower[i] = lowerCase(words[i]);
      known[i] = knownWords.get(lower[i]);
      hashes[i] = known[i] != null ? known[i].hashes() : WordHashes.of(lower[i], dict);
      shape[i] = shape(words[i]);
    }
  }

  static String lowerCase(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
        return w.toLowerCase(Locale.ROOT);
      }
    }
    return w;
  }

  static long shape(String w) {
    long s = 0;
    int len = w.length();
    if (len > 0 && Character.isUpperCase(w.charAt(0))) {
      s |= 1;
    }
    boolean allUpper = len > 1;
    for (int i = 0; i < len; i++) {
      char c = w.charAt(i);
      if (c < 128) {
        // Most chars are ASCII: the same answers as the Unicode tests below, without their tables.
        if (c >= 'a' && c <= 'z') {
          allUpper = false;
        } else if (c >= '0' && c <= '9') {
          s |= 2;
        } else if (c == '-') {
          s |= 4;
        } else if (c == '.') {
          s |= 8;
        } else if (c < 'A' || c > 'Z') {
          s |= 16;
        }
        continue;
      }
      if (Character.isDigit(c)) {
        s |= 2;
      } else if (c == '-') {
        s |= 4;
      } else if (c == '.') {
        s |= 8;
      } else if (!Character.isLetterOrDigit(c)) {
        s |= 16;
      }
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        allUpper = false;
      }
    }
    if (allUpper) {
      s |= 32;
    }
    s |= (long) Math.min(len, 8) << 6;
    return s;
  }

  /** Writes the feature hashes of position {@code i} into {@code out}; returns how many. */
  int extract(int i, int p1, int p2, long[] out) {
    return extract(i, p1, p2, true, out);
  }

  /**
   * Writes only the features of position {@code i} that depend on more than its lower-cased form:
   * the rest ({@link #wordFeatures}) a decoder may have summed once per known word.
   */
  int extractContext(int i, int p1, int p2, long[] out) {
    return extract(i, p1, p2, false, out);
  }

  /**
   * The features that depend on the lower-cased word alone, whatever its case, position and
   * neighbours; {@link #extract} writes the same ones among the others.
   */
  static int wordFeatures(WordHashes w, long[] out) {
    int k = formFeatures(w, out, 0);
    k = dictionaryFeatures(w, out, k);
    return clusterFeatures(w, out, k);
  }

  // The three groups of word-only features are written where they always stood among the others,
  // so that training sees the features in the same order and sums its float scores the same way.
  private int extract(int i, int p1, int p2, boolean withWord, long[] out) {
    WordHashes w = hashes[i];
    long prev = word(i - 1);
    long next = word(i + 1);
    long next2 = word(i + 2);
    long nextDict = dictSignature(i + 1);
    int k = withWord ? formFeatures(w, out, 0) : 0;
    out[k++] = Hashing.mix(11, shape[i]);
    out[k++] = Hashing.mix(12, prev);
    out[k++] = Hashing.mix(13, next);
    out[k++] = Hashing.mix(14, word(i - 2));
    out[k++] = Hashing.mix(15, next2);
    out[k++] = Hashing.mix(16, p1);
    out[k++] = Hashing.mix(17, p1, p2);
    out[k++] = Hashing.mix(18, p1, w.word);
    out[k++] = Hashing.mix(19, p2);
    out[k++] = Hashing.mix(20, suffix(i - 1, 2));
    out[k++] = Hashing.mix(21, suffix(i + 1, 2));
    if (withWord) {
      k = dictionaryFeatures(w, out, k);
    }
    out[k++] = Hashing.mix(24, nextDict);
    out[k++] = Hashing.mix(25, dictSignature(i - 1));
    out[k++] = Hashing.mix(26, shape[i], i == 0 ? 1 : 0);
    out[k++] = Hashing.mix(27, w.word, next);
    out[k++] = Hashing.mix(28, p1, w.suffix[2]);
    out[k++] = Hashing.mix(29, w.dictSignature, p1);
    out[k++] = Hashing.mix(30, prev, w.word);
    // Right context decides AUX/VERB ("har" + supine), ADV/ADJ and SCONJ/PRON: look two words ahead.
    out[k++] = Hashing.mix(31, w.word, nextDict);
    out[k++] = Hashing.mix(32, p1, next);
    out[k++] = Hashing.mix(33, w.dictSignature, nextDict);
    out[k++] = Hashing.mix(34, w.suffix[2], nextDict);
    out[k++] = Hashing.mix(35, next, next2);
    out[k++] = Hashing.mix(36, dictSignature(i + 2));
    out[k++] = Hashing.mix(37, w.word, dictSignature(i + 2));
    out[k++] = Hashing.mix(38, w.word, suffix(i + 1, 1));
    // "har (inte) gått", "ska (snart) gå": an auxiliary has a supine or infinitive close behind.
    int ahead = verbForms(i + 1) | verbForms(i + 2) | verbForms(i + 3);
    out[k++] = Hashing.mix(39, w.word, ahead);
    out[k++] = Hashing.mix(40, w.dictSignature, ahead);
    // "ett starkt ökat", "är starkt": what came before and what follows decide ADJ or ADV of -t forms.
    out[k++] = Hashing.mix(41, p1, w.suffix[0], nextDict);
    // "som": a relative pronoun after a noun, a subordinator or adposition after a comparison.
    out[k++] = Hashing.mix(42, w.word, p1, nextDict);
    if (withWord) {
      k = clusterFeatures(w, out, k);
    }
    out[k++] = Hashing.mix(47, WordClusters.prefix(cluster(i + 1), 7));
    out[k++] = Hashing.mix(48, WordClusters.prefix(cluster(i - 1), 7));
    out[k++] = Hashing.mix(49, p1, WordClusters.prefix(w.cluster, 10));
    // The UPOS classes of the next two words (frequent words only), instead of a second pass.
    long next1 = ambiguity(i + 1);
    long next2Class = ambiguity(i + 2);
    out[k++] = Hashing.mix(50, w.word, next1);
    out[k++] = Hashing.mix(51, w.word, next1, next2Class);
    out[k++] = Hashing.mix(52, p1, next1);
    out[k++] = Hashing.mix(53, w.dictSignature, next1);
    return k;
  }

  /** The bias, the form, its suffixes and prefixes. */
  private static int formFeatures(WordHashes w, long[] out, int k) {
    out[k++] = 1;
    out[k++] = Hashing.mix(2, w.word);
    for (int s = 0; s < 5; s++) {
      out[k++] = Hashing.mix(3 + s, w.suffix[s]);
    }
    for (int s = 0; s < 3; s++) {
      out[k++] = Hashing.mix(8 + s, w.prefix[s]);
    }
    return k;
  }

  /** The set of main dictionary tags and each full tag. */
  private static int dictionaryFeatures(WordHashes w, long[] out, int k) {
    out[k++] = Hashing.mix(22, w.dictSignature);
    for (long tag : w.dictTags) {
      out[k++] = Hashing.mix(23, tag);
    }
    return k;
  }

  /** Word clusters from unlabelled news: what a rare word's neighbours in 8M tokens say it is. */
  private static int clusterFeatures(WordHashes w, long[] out, int k) {
    int c = w.cluster;
    out[k++] = Hashing.mix(43, WordClusters.prefix(c, 4));
    out[k++] = Hashing.mix(44, WordClusters.prefix(c, 7));
    out[k++] = Hashing.mix(45, WordClusters.prefix(c, 10));
    out[k++] = Hashing.mix(46, c);
    return k;
  }

  /** Hashes of position {@code j}; outside the sentence, 1 before its start and 2 after its end. */
  private long word(int j) {
    return j < 0 ? 1 : j >= hashes.length ? 2 : hashes[j].word;
  }

  long suffix(int j, int k) {
    return j < 0 ? 1 : j >= hashes.length ? 2 : hashes[j].suffix[k];
  }

  private long ambiguity(int j) {
    if (j >= hashes.length) {
      return 2;
    }
    TaggerModel.KnownWord word = known[j];
    return word != null && word.ambiguity() != 0 ? word.ambiguity() : hashes[j].dictSignature;
  }

  private int cluster(int j) {
    return j < 0 ? 1 : j >= hashes.length ? 2 : hashes[j].cluster;
  }

  private int verbForms(int j) {
    return j < hashes.length ? hashes[j].verbForms : 0;
  }

  long dictSignature(int j) {
    return j < 0 ? 1 : j >= hashes.length ? 2 : hashes[j].dictSignature;
  }
}
