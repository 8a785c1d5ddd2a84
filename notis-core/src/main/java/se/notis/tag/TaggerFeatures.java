package se.notis.tag;

import java.util.Locale;
import se.notis.internal.Hashing;
import se.notis.lemma.SwedishDictionary;

/**
 * The tagger's feature templates. Per sentence it hashes each word once (form, affixes, shape,
 * dictionary tags); per position it combines those hashes with the previous labels into feature
 * keys, without making strings.
 */
final class TaggerFeatures {
  static final int MAX_FEATURES = 64;
  private static final int MAX_DICT_TAGS = 8;

  final String[] lower;
  final long[] word;
  /** Suffix hashes of lengths 1..5, five per word (flat, so a sentence costs a few arrays). */
  final long[] suffix;
  final long[] prefix;
  final long[] shape;
  final long[] dictSignature;
  final long[] dictTags;
  final int[] dictTagCount;

  TaggerFeatures(String[] words, SwedishDictionary dict) {
    int n = words.length;
    lower = new String[n];
    word = new long[n];
    suffix = new long[n * 5];
    prefix = new long[n * 3];
    shape = new long[n];
    dictSignature = new long[n];
    dictTags = new long[n * MAX_DICT_TAGS];
    dictTagCount = new int[n];
    for (int i = 0; i < n; i++) {
      String w = words[i];
      String l = lowerCase(w);
      lower[i] = l;
      word[i] = Hashing.hash(l);
      int len = l.length();
      for (int k = 0; k < 5; k++) {
        suffix[i * 5 + k] = Hashing.hash(l, Math.max(0, len - k - 1), len);
      }
      for (int k = 0; k < 3; k++) {
        prefix[i * 3 + k] = Hashing.hash(l, 0, Math.min(len, k + 1));
      }
      shape[i] = shape(w);
      long[] entries = dict.lookup(l);
      long signature = 17;
      int count = 0;
      for (long e : entries) {
        long tagHash = dict.tagId(e) + 1;
        boolean seen = false;
        for (int k = 0; k < count; k++) {
          seen |= dictTags[i * MAX_DICT_TAGS + k] == tagHash;
        }
        if (!seen && count < MAX_DICT_TAGS) {
          dictTags[i * MAX_DICT_TAGS + count++] = tagHash;
        }
        signature |= 1L << (dict.mainTagHash(e) & 63);
      }
      dictTagCount[i] = count;
      dictSignature[i] = entries.length == 0 ? 0 : signature;
    }
  }

  static String lowerCase(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
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
    int n = word.length;
    int k = 0;
    out[k++] = 1;
    out[k++] = Hashing.mix(2, word[i]);
    for (int s = 0; s < 5; s++) {
      out[k++] = Hashing.mix(3 + s, suffix[i * 5 + s]);
    }
    for (int s = 0; s < 3; s++) {
      out[k++] = Hashing.mix(8 + s, prefix[i * 3 + s]);
    }
    out[k++] = Hashing.mix(11, shape[i]);
    out[k++] = Hashing.mix(12, i > 0 ? word[i - 1] : 1);
    out[k++] = Hashing.mix(13, i + 1 < n ? word[i + 1] : 2);
    out[k++] = Hashing.mix(14, i > 1 ? word[i - 2] : 1);
    out[k++] = Hashing.mix(15, i + 2 < n ? word[i + 2] : 2);
    out[k++] = Hashing.mix(16, p1);
    out[k++] = Hashing.mix(17, p1, p2);
    out[k++] = Hashing.mix(18, p1, word[i]);
    out[k++] = Hashing.mix(19, p2);
    out[k++] = Hashing.mix(20, i > 0 ? suffix[(i - 1) * 5 + 2] : 1);
    out[k++] = Hashing.mix(21, i + 1 < n ? suffix[(i + 1) * 5 + 2] : 2);
    out[k++] = Hashing.mix(22, dictSignature[i]);
    for (int t = 0; t < dictTagCount[i]; t++) {
      out[k++] = Hashing.mix(23, dictTags[i * MAX_DICT_TAGS + t]);
    }
    out[k++] = Hashing.mix(24, i + 1 < n ? dictSignature[i + 1] : 2);
    out[k++] = Hashing.mix(25, i > 0 ? dictSignature[i - 1] : 1);
    out[k++] = Hashing.mix(26, shape[i], i == 0 ? 1 : 0);
    out[k++] = Hashing.mix(27, word[i], i + 1 < n ? word[i + 1] : 2);
    out[k++] = Hashing.mix(28, p1, suffix[i * 5 + 2]);
    out[k++] = Hashing.mix(29, dictSignature[i], p1);
    out[k++] = Hashing.mix(30, i > 0 ? word[i - 1] : 1, word[i]);
    long next = i + 1 < n ? dictSignature[i + 1] : 2;
    long next2 = i + 2 < n ? dictSignature[i + 2] : 2;
    // Right context decides AUX/VERB ("har" + supine), ADV/ADJ and SCONJ/PRON: look two words ahead.
    out[k++] = Hashing.mix(31, word[i], next);
    out[k++] = Hashing.mix(32, p1, i + 1 < n ? word[i + 1] : 2);
    out[k++] = Hashing.mix(33, dictSignature[i], next);
    out[k++] = Hashing.mix(34, suffix[i * 5 + 2], next);
    out[k++] = Hashing.mix(35, i + 1 < n ? word[i + 1] : 2, i + 2 < n ? word[i + 2] : 2);
    out[k++] = Hashing.mix(36, next2);
    out[k++] = Hashing.mix(37, word[i], next2);
    out[k++] = Hashing.mix(38, word[i], i + 1 < n ? suffix[(i + 1) * 5 + 1] : 2);
    return k;
  }
}
