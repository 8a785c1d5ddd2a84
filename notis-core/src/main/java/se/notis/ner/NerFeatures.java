package se.notis.ner;

/**
 * Feature extraction for the name tagger: each token's static features (word, lower case,
 * shape, affixes, neighbours, position, name lists, word clusters, the common word that ends a
 * capitalised compound, quote marks) as hashed int ids, and the label-history
 * features added while decoding. Works on a text and char offsets, so a sentence costs no
 * substrings. One instance per thread: it reuses its buffers.
 */
final class NerFeatures {
  /** Upper bound of static features per token. */
  static final int STRIDE = 144;
  static final int DYNAMIC = 3;

  private final Gazetteer gazetteer;
  private final CasedWordClusters clusters;
  private int[] cluster = new int[64];
  private long[] lowerHash = new long[64];
  private long[] exactHash = new long[64];
  private long[] shapeHash = new long[64];
  private long[] prefix2 = new long[64];
  private long[] prefix4 = new long[64];
  private int[] single = new int[64];
  private int[] runClass = new int[64];
  private int[] runPosition = new int[64];
  private boolean[] common = new boolean[64];
  private boolean[] quoted = new boolean[64];
  int[] features = new int[64 * STRIDE];
  int[] counts = new int[64];
  /** Per token, how many of its static features are its own (the rest are another scheme's copies). */
  int[] ownCounts = new int[64];

  NerFeatures(Gazetteer gazetteer, CasedWordClusters clusters) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
  }

  /** Fills {@link #features} / {@link #counts} for tokens 0..n-1 of a sentence. */
  void extract(CharSequence text, int[] starts, int[] ends, int n) {
    extract(text, starts, ends, n, false);
  }

  /**
   * As {@link #extract(CharSequence, int[], int[], int)}; for a training sentence of another
   * annotation scheme, each static feature also has a copy of that scheme's own (Daumé III 2007),
   * which learns where the scheme differs and is never read at run time.
   */
  void extract(CharSequence text, int[] starts, int[] ends, int n, boolean otherDomain) {
    ensure(n);
    for (int i = 0; i < n; i++) {
      hashToken(text, starts[i], ends[i], i);
      int bits = gazetteer.single(text, starts[i], ends[i]);
      single[i] = bits;
      common[i] = gazetteer.isCommon(text, starts[i], ends[i]);
      cluster[i] = clusters.cluster(text, starts[i], ends[i]);
    }
    gazetteer.matchRuns(text, starts, ends, 0, n, runClass, runPosition);
    // Inside quote marks: titles of songs, films and books ("There will be anger") are MISC.
    boolean inQuote = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(starts[i]);
      boolean mark = ends[i] - starts[i] == 1 && (c == '"' || c == '”' || c == '“' || c == '«' || c == '»');
      if (mark) {
        inQuote = !inQuote;
      }
      quoted[i] = inQuote && !mark;
    }
    for (int i = 0; i < n; i++) {
      int base = i * STRIDE;
      int c = 0;
      int[] f = features;
      int start = starts[i];
      int end = ends[i];
      int len = end - start;
      char first = text.charAt(start);
      boolean upper = Character.isUpperCase(first);
      f[base + c++] = Hashing.feature(1, 0);
      f[base + c++] = Hashing.feature(2, lowerHash[i]);
      f[base + c++] = Hashing.feature(3, exactHash[i]);
      f[base + c++] = Hashing.feature(4, shapeHash[i]);
      // Suffixes of 1-4 chars hashed back to front in one pass; prefixes of 2 and 4 chars.
      long suffix = Hashing.SEED;
      for (int k = 1; k <= 4 && k < len; k++) {
        suffix = Hashing.step(suffix, Character.toLowerCase(text.charAt(end - k)));
        f[base + c++] = Hashing.feature(4 + k, suffix);
      }
      if (len > 2) {
        f[base + c++] = Hashing.feature(10, prefix2[i]);
      }
      if (len > 4) {
        f[base + c++] = Hashing.feature(12, prefix4[i]);
      }
      f[base + c++] = Hashing.feature(13, Math.min(len, 12));
      long prevLower = i > 0 ? lowerHash[i - 1] : 11;
      long nextLower = i + 1 < n ? lowerHash[i + 1] : 13;
      long prevShape = i > 0 ? shapeHash[i - 1] : 11;
      long nextShape = i + 1 < n ? shapeHash[i + 1] : 13;
      f[base + c++] = Hashing.feature(14, prevLower);
      f[base + c++] = Hashing.feature(15, nextLower);
      f[base + c++] = Hashing.feature(16, i > 1 ? lowerHash[i - 2] : 17);
      f[base + c++] = Hashing.feature(17, i + 2 < n ? lowerHash[i + 2] : 19);
      f[base + c++] = Hashing.feature(18, Hashing.combine(prevShape, shapeHash[i]));
      f[base + c++] = Hashing.feature(19, Hashing.combine(shapeHash[i], nextShape));
      f[base + c++] = Hashing.feature(20, Hashing.combine(prevLower, lowerHash[i]));
      f[base + c++] = Hashing.feature(21, Hashing.combine(lowerHash[i], nextLower));
      f[base + c++] = Hashing.feature(22, Hashing.combine(prevShape, nextShape));
      boolean initial = i == 0 || isOpening(text, starts[i - 1], ends[i - 1]);
      f[base + c++] = Hashing.feature(23, (initial ? 1 : 0) * 4 + (upper ? 1 : 0) * 2 + (common[i] ? 1 : 0));
      f[base + c++] = Hashing.feature(24, Hashing.combine(initial ? 1 : 0, shapeHash[i]));
      int bits = single[i];
      for (int b = 0; b < Gazetteer.CLASSES; b++) {
        if ((bits & (1 << b)) != 0) {
          f[base + c++] = Hashing.feature(25, b * 2 + (upper ? 1 : 0));
        }
      }
      f[base + c++] = Hashing.feature(26, bits);
      int genitive = gazetteer.genitive(text, start, end);
      if (genitive != 0) {
        f[base + c++] = Hashing.feature(27, genitive);
      }
      if (runPosition[i] != 0) {
        f[base + c++] = Hashing.feature(28, runClass[i] * 4L + runPosition[i]);
        f[base + c++] = Hashing.feature(29, runPosition[i]);
      }
      f[base + c++] = Hashing.feature(30, i > 0 ? single[i - 1] * 4L + (runPosition[i - 1]) : -1);
      f[base + c++] = Hashing.feature(31, i + 1 < n ? single[i + 1] * 4L + (runPosition[i + 1]) : -1);
      f[base + c++] = Hashing.feature(32, Hashing.combine(prevLower, shapeHash[i]));
      f[base + c++] = Hashing.feature(33, Hashing.combine(shapeHash[i], nextLower));
      f[base + c++] = Hashing.feature(34, (common[i] ? 2 : 0) + (i > 0 && common[i - 1] ? 1 : 0));
      int prevCluster = i > 0 ? cluster[i - 1] : -1;
      int nextCluster = i + 1 < n ? cluster[i + 1] : -1;
      f[base + c++] = Hashing.feature(35, cluster[i]);
      f[base + c++] = Hashing.feature(36, prevCluster);
      f[base + c++] = Hashing.feature(37, nextCluster);
      f[base + c++] = Hashing.feature(38, Hashing.combine(cluster[i], shapeHash[i]));
      f[base + c++] = Hashing.feature(39, prevCluster * 1024L + cluster[i]);
      if (upper && len >= 7) {
        int tail = gazetteer.commonTail(text, start, end);
        if (tail >= 0) {
          long tailHash = Hashing.lower(text, tail, end);
          f[base + c++] = Hashing.feature(44, tailHash);
          f[base + c++] = Hashing.feature(45, clusters.cluster(text, tail, end));
        }
      }
      // Suffixes of 5 and 6 chars: Swedish compound heads ("-verket", "-skolan").
      if (len > 6) {
        f[base + c++] = Hashing.feature(46, Hashing.lower(text, end - 5, end));
        f[base + c++] = Hashing.feature(47, Hashing.lower(text, end - 6, end));
      }
      f[base + c++] = Hashing.feature(48, (quoted[i] ? 2 : 0) + (upper ? 1 : 0));
      ownCounts[i] = c;
      if (otherDomain) {
        for (int k = 0, own = c; k < own; k++) {
          f[base + c++] = Hashing.feature(49, f[base + k]);
        }
      }
      counts[i] = c;
    }
  }

  /** Exact, lower-case and shape hashes and lower-case prefixes of token {@code i}, in one pass. */
  private void hashToken(CharSequence text, int start, int end, int i) {
    long exact = Hashing.SEED;
    long lower = Hashing.SEED;
    long shape = Hashing.SEED;
    long p2 = 0;
    long p4 = 0;
    char last = 0;
    for (int k = start; k < end; k++) {
      char ch = text.charAt(k);
      exact = Hashing.step(exact, ch);
      lower = Hashing.step(lower, Character.toLowerCase(ch));
      char kind = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
      if (kind != last) {
        shape = Hashing.step(shape, kind);
        last = kind;
      }
      if (k - start == 1) {
        p2 = lower;
      } else if (k - start == 3) {
        p4 = lower;
      }
    }
    exactHash[i] = exact;
    lowerHash[i] = lower;
    shapeHash[i] = shape;
    prefix2[i] = p2;
    prefix4[i] = p4;
  }

  private static boolean isOpening(CharSequence text, int start, int end) {
    if (end - start != 1) {
      return false;
    }
    char c = text.charAt(start);
    return c == '"' || c == '”' || c == '“' || c == '–' || c == '-' || c == '(' || c == ':' || c == '«' || c == '\'';
  }

  /** Label-history features of token {@code i}, given the previous label (-1 at the start). */
  void dynamic(int i, int previous, int[] out) {
    out[0] = Hashing.feature(40, previous);
    out[1] = Hashing.feature(42, Hashing.combine(previous, lowerHash[i]));
    out[2] = Hashing.feature(43, Hashing.combine(previous, shapeHash[i]));
  }

  private void ensure(int n) {
    if (n > counts.length) {
      int size = Math.max(n, counts.length * 2);
      lowerHash = new long[size];
      exactHash = new long[size];
      shapeHash = new long[size];
      prefix2 = new long[size];
      prefix4 = new long[size];
      single = new int[size];
      runClass = new int[size];
      runPosition = new int[size];
      common = new boolean[size];
      quoted = new boolean[size];
      cluster = new int[size];
      features = new int[size * STRIDE];
      counts = new int[size];
      ownCounts = new int[size];
    }
  }
}
