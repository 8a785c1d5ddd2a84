package se.notis.parse;

import java.util.Locale;
import se.notis.internal.Hashing;

/**
 * Feature templates of the parser (after Zhang and Nivre 2011): words, tags, distance, valency and
 * the labels of dependents around the top of the stack (s0, s1) and the buffer front (n0..n2).
 * Word and tag hashes are computed once per sentence; position 0 is the root.
 */
final class ParserFeatures {
  static final int MAX = 96;
  private static final long NONE = 0x5A5A5A5AL;

  final long[] w;
  final long[] p;
  /** Whether the richer templates of feature version 2 are on. */
  final boolean rich;
  final long[] x;
  /** Joint tagging: the positions (1-based, ascending) of the words the beam chooses a label for. */
  int[] ambiguous = new int[0];
  /** Joint tagging, by position: the hashes of the best and runner-up labels, and the score band. */
  private long[] pBest;
  private long[] xBest;
  private long[] pAlt;
  private long[] xAlt;
  private int[] band;
  private boolean[] choosing;
  /** The label (0 best, 1 runner-up) whose hashes {@link #p} and {@link #x} hold now, by position. */
  private byte[] loaded;

  ParserFeatures(String[] words, String[] upos, String[] xpos, boolean rich) {
    this.rich = rich;
    int n = words.length;
    w = new long[n + 1];
    p = new long[n + 1];
    x = new long[n + 1];
    w[0] = 0x1234L;
    p[0] = 0x1234L;
    x[0] = 0x1234L;
    for (int i = 0; i < n; i++) {
      String word = words[i];
      boolean upper = false;
      for (int c = 0; c < word.length() && !upper; c++) {
        upper = Character.isUpperCase(word.charAt(c));
      }
      w[i + 1] = Hashing.hash(upper ? word.toLowerCase(Locale.ROOT) : word);
      p[i + 1] = Hashing.hash(upos[i]);
      x[i + 1] = Hashing.hash(xpos[i]);
    }
  }

  /**
   * Joint tagging: words whose runner-up label ({@code alternatives}) trails the best by at most
   * {@code margin} get a choice between the two; the gap falls into one of three bands, a feature.
   */
  void alternatives(String[] altUpos, String[] altXpos, int[] gaps, int margin) {
    int n = w.length - 1;
    int count = 0;
    int[] positions = new int[n];
    pBest = p.clone();
    xBest = x.clone();
    pAlt = new long[n + 1];
    xAlt = new long[n + 1];
    band = new int[n + 1];
    choosing = new boolean[n + 2];
    loaded = new byte[n + 1];
    for (int i = 0; i < n; i++) {
      if (altUpos[i] != null && gaps[i] <= margin) {
        positions[count++] = i + 1;
        choosing[i + 1] = true;
        pAlt[i + 1] = Hashing.hash(altUpos[i]);
        xAlt[i + 1] = Hashing.hash(altXpos[i]);
        band[i + 1] = (int) Math.min(2, 3L * gaps[i] / (margin + 1L));
      }
    }
    ambiguous = java.util.Arrays.copyOf(positions, count);
  }

  /** Joint tagging: makes the word and tag features read the labels {@code choice} gives each word. */
  void use(byte[] choice) {
    for (int j : ambiguous) {
      byte c = choice[j];
      if (loaded[j] != c) {
        p[j] = c == 0 ? pBest[j] : pAlt[j];
        x[j] = c == 0 ? xBest[j] : xAlt[j];
        loaded[j] = c;
      }
    }
  }

  /**
   * Joint tagging: the features of giving word {@code j} label {@code c} (0 best, 1 runner-up) as it
   * is pushed in configuration {@code st} (whose choices {@link #use} has loaded); scored in the
   * column of the transition that pushes it. Returns the end.
   */
  int choice(ParseState st, int j, int c, long[] out, int from) {
    long pc = c == 0 ? pBest[j] : pAlt[j];
    long xc = c == 0 ? xBest[j] : xAlt[j];
    long b = band[j];
    int last = w.length - 1;
    int k = from;
    out[k++] = Hashing.mix(90, c, b);
    out[k++] = Hashing.mix(91, c, b, pc);
    out[k++] = Hashing.mix(92, w[j], pc);
    out[k++] = Hashing.mix(93, xc, c, b);
    out[k++] = Hashing.mix(94, pc, p(st.s0()));
    out[k++] = Hashing.mix(95, p(j - 1), pc, p(j + 1 <= last ? j + 1 : -1));
    out[k++] = Hashing.mix(96, w[j], pc, p(j - 1));
    out[k++] = Hashing.mix(97, pc, w(j + 1 <= last ? j + 1 : -1));
    return k;
  }

  /**
   * Joint tagging: the features of giving word {@code j} label {@code c} as it becomes the buffer
   * front, pushed past by a transition from {@code st} (whose choices {@link #use} has loaded; the
   * pushed word is {@code j - 1}); scored in the column of that transition. Returns the end.
   */
  int frontChoice(ParseState st, int j, int c, long[] out, int from) {
    long pc = c == 0 ? pBest[j] : pAlt[j];
    long xc = c == 0 ? xBest[j] : xAlt[j];
    long b = band[j];
    int last = w.length - 1;
    long next = p(j + 1 <= last ? j + 1 : -1);
    int k = from;
    out[k++] = Hashing.mix(140, c, b);
    out[k++] = Hashing.mix(141, c, b, pc);
    out[k++] = Hashing.mix(142, w[j], pc);
    out[k++] = Hashing.mix(143, xc, c, b);
    out[k++] = Hashing.mix(144, pc, p(j - 1), p(st.s0()));
    out[k++] = Hashing.mix(145, p(j - 1), pc, next);
    out[k++] = Hashing.mix(146, w[j], pc, p(j - 1));
    out[k++] = Hashing.mix(147, pc, w(j + 1 <= last ? j + 1 : -1));
    out[k++] = Hashing.mix(148, Hashing.mix(w[j - 1], p(j - 1)), pc);
    out[k++] = Hashing.mix(149, pc, next, p(j + 2 <= last ? j + 2 : -1));
    return k;
  }

  /** Joint tagging: whether word {@code j} gets a choice of label. */
  boolean ambiguous(int j) {
    return choosing != null && choosing[j];
  }

  private long w(int i) {
    return i < 0 ? NONE : w[i];
  }

  private long p(int i) {
    return i < 0 ? NONE : p[i];
  }

  private long x(int i) {
    return i < 0 ? NONE : x[i];
  }

  private static long lab(ParseState st, int i) {
    return i < 0 ? -7 : st.label[i];
  }

  /** Features for choosing the next transition. */
  int transition(ParseState st, long[] out) {
    return stackAndArcs(st, out, bufferFront(st.next, out, 0));
  }

  /**
   * Writes from {@code out[from]} the transition features that depend only on the words from buffer
   * position {@code next} on (every configuration of a beam with the same next word shares them, so
   * a beam scores them once); returns the end.
   */
  int bufferFront(int next, long[] out, int from) {
    int last = w.length - 1;
    int n0 = next <= last ? next : -1;
    int n1 = next + 1 <= last ? next + 1 : -1;
    int n2 = next + 2 <= last ? next + 2 : -1;
    int k = from;
    out[k++] = 1;
    out[k++] = Hashing.mix(5, w(n0));
    out[k++] = Hashing.mix(6, p(n0));
    out[k++] = Hashing.mix(7, w(n0), p(n0));
    out[k++] = Hashing.mix(8, w(n1));
    out[k++] = Hashing.mix(9, p(n1));
    out[k++] = Hashing.mix(10, w(n1), p(n1));
    out[k++] = Hashing.mix(11, w(n2));
    out[k++] = Hashing.mix(12, p(n2));
    out[k++] = Hashing.mix(20, p(n0), p(n1));
    out[k++] = Hashing.mix(21, p(n0), p(n1), p(n2));
    out[k++] = Hashing.mix(54, x(n0));
    out[k++] = Hashing.mix(60, p(n0 >= 0 ? n0 - 1 : -1), p(n0));
    if (rich) {
      int n3 = next + 3 <= last ? next + 3 : -1;
      out[k++] = Hashing.mix(78, Hashing.mix(p(n0), p(n1)), p(n2), p(n3));
    }
    return k;
  }

  /** Writes from {@code out[from]} the other transition features (of the stack and the arcs); returns the end. */
  int stackAndArcs(ParseState st, long[] out, int from) {
    int s0 = st.s0();
    int s1 = st.s1();
    int n0 = st.n(0);
    int n1 = st.n(1);
    int s0h = s0 > 0 ? st.head[s0] : -1;
    int s0l = s0 >= 0 ? st.leftmost[s0] : -1;
    int s0r = s0 >= 0 ? st.rightmost[s0] : -1;
    int n0l = n0 >= 0 ? st.leftmost[n0] : -1;
    long dist = s0 >= 0 && n0 >= 0 ? Math.min(n0 - s0, 6) : -1;
    long s0vl = s0 >= 0 ? st.leftCount[s0] : -1;
    long s0vr = s0 >= 0 ? st.rightCount[s0] : -1;
    long n0vl = n0 >= 0 ? st.leftCount[n0] : -1;
    long s0hasHead = s0 > 0 && st.head[s0] >= 0 ? 1 : 0;
    int k = from;
    out[k++] = Hashing.mix(2, w(s0));
    out[k++] = Hashing.mix(3, p(s0));
    out[k++] = Hashing.mix(4, w(s0), p(s0));
    out[k++] = Hashing.mix(13, Hashing.mix(w(s0), p(s0)), Hashing.mix(w(n0), p(n0)));
    out[k++] = Hashing.mix(14, Hashing.mix(w(s0), p(s0)), w(n0));
    out[k++] = Hashing.mix(15, w(s0), Hashing.mix(w(n0), p(n0)));
    out[k++] = Hashing.mix(16, Hashing.mix(w(s0), p(s0)), p(n0));
    out[k++] = Hashing.mix(17, p(s0), Hashing.mix(w(n0), p(n0)));
    out[k++] = Hashing.mix(18, w(s0), w(n0));
    out[k++] = Hashing.mix(19, p(s0), p(n0));
    out[k++] = Hashing.mix(22, p(s0), p(n0), p(n1));
    out[k++] = Hashing.mix(23, p(s0h), p(s0), p(n0));
    out[k++] = Hashing.mix(24, p(s0), p(s0l), p(n0));
    out[k++] = Hashing.mix(25, p(s0), p(s0r), p(n0));
    out[k++] = Hashing.mix(26, p(s0), p(n0), p(n0l));
    out[k++] = Hashing.mix(27, w(s0), dist);
    out[k++] = Hashing.mix(28, p(s0), dist);
    out[k++] = Hashing.mix(29, w(n0), dist);
    out[k++] = Hashing.mix(30, p(n0), dist);
    out[k++] = Hashing.mix(31, Hashing.mix(p(s0), p(n0)), dist);
    out[k++] = Hashing.mix(32, w(s0), s0vr);
    out[k++] = Hashing.mix(33, p(s0), s0vr);
    out[k++] = Hashing.mix(34, w(s0), s0vl);
    out[k++] = Hashing.mix(35, p(s0), s0vl);
    out[k++] = Hashing.mix(36, w(n0), n0vl);
    out[k++] = Hashing.mix(37, p(n0), n0vl);
    out[k++] = Hashing.mix(38, w(s0h));
    out[k++] = Hashing.mix(39, p(s0h));
    out[k++] = Hashing.mix(40, lab(st, s0));
    out[k++] = Hashing.mix(41, lab(st, s0l));
    out[k++] = Hashing.mix(42, lab(st, s0r));
    out[k++] = Hashing.mix(43, lab(st, n0l));
    out[k++] = Hashing.mix(44, w(s0l));
    out[k++] = Hashing.mix(45, p(s0l));
    out[k++] = Hashing.mix(46, w(s0r));
    out[k++] = Hashing.mix(47, p(s0r));
    out[k++] = Hashing.mix(48, w(n0l));
    out[k++] = Hashing.mix(49, p(n0l));
    out[k++] = Hashing.mix(50, w(s1));
    out[k++] = Hashing.mix(51, p(s1));
    out[k++] = Hashing.mix(52, p(s1), p(s0), p(n0));
    out[k++] = Hashing.mix(53, x(s0));
    out[k++] = Hashing.mix(55, x(s0), x(n0));
    out[k++] = Hashing.mix(56, p(s0), s0hasHead);
    out[k++] = Hashing.mix(57, Hashing.mix(p(s0), p(n0)), s0hasHead);
    out[k++] = Hashing.mix(58, p(s0), lab(st, s0), p(n0));
    out[k++] = Hashing.mix(59, w(s0), p(n0), lab(st, s0));
    out[k++] = Hashing.mix(61, p(s0), p(s0 >= 0 && s0 + 1 <= st.n ? s0 + 1 : -1), p(n0));
    out[k++] = Hashing.mix(62, st.rootChildren, p(n0));
    if (!rich) {
      return k;
    }
    int s2 = st.depth > 2 ? st.stack[st.depth - 3] : -1;
    int s0l2 = s0 >= 0 ? st.leftmost2[s0] : -1;
    int s0r2 = s0 >= 0 ? st.rightmost2[s0] : -1;
    int n0l2 = n0 >= 0 ? st.leftmost2[n0] : -1;
    int s0h2 = s0h > 0 ? st.head[s0h] : -1;
    long s0ll = s0 >= 0 ? st.leftLabels[s0] : -1;
    long s0rl = s0 >= 0 ? st.rightLabels[s0] : -1;
    long n0ll = n0 >= 0 ? st.leftLabels[n0] : -1;
    // Zhang and Nivre (2011): label sets, second-outermost dependents, third stack/buffer items.
    out[k++] = Hashing.mix(63, w(s0), s0rl);
    out[k++] = Hashing.mix(64, p(s0), s0rl);
    out[k++] = Hashing.mix(65, w(s0), s0ll);
    out[k++] = Hashing.mix(66, p(s0), s0ll);
    out[k++] = Hashing.mix(67, w(n0), n0ll);
    out[k++] = Hashing.mix(68, p(n0), n0ll);
    out[k++] = Hashing.mix(69, p(s0), p(s0l), p(s0l2));
    out[k++] = Hashing.mix(70, p(s0), p(s0r), p(s0r2));
    out[k++] = Hashing.mix(71, p(n0), p(n0l), p(n0l2));
    out[k++] = Hashing.mix(72, lab(st, s0l2), p(s0));
    out[k++] = Hashing.mix(73, lab(st, s0r2), p(s0));
    out[k++] = Hashing.mix(74, lab(st, n0l2), p(n0));
    out[k++] = Hashing.mix(75, p(s0), p(s0h), p(s0h2));
    out[k++] = Hashing.mix(76, lab(st, s0h), p(s0));
    out[k++] = Hashing.mix(77, p(s2), p(s1), p(s0));
    out[k++] = Hashing.mix(79, w(s1), p(s0), p(n0));
    out[k++] = Hashing.mix(80, w(n1), p(s0), p(n0));
    out[k++] = Hashing.mix(81, Hashing.mix(w(s0), w(n0)), dist);
    out[k++] = Hashing.mix(82, x(s0), x(n0), dist);
    return k;
  }

  /** Features for choosing the relation of a new arc from {@code h} to {@code d}. */
  int label(ParseState st, int h, int d, long[] out) {
    long dir = d < h ? 1 : 2;
    long dist = Math.min(Math.abs(h - d), 8);
    int dl = st.leftmost[d];
    int dr = st.rightmost[d];
    int hh = h > 0 ? st.head[h] : -1;
    int k = 0;
    out[k++] = Hashing.mix(101, dir);
    out[k++] = Hashing.mix(102, w(h), dir);
    out[k++] = Hashing.mix(103, p(h), dir);
    out[k++] = Hashing.mix(104, w(d), dir);
    out[k++] = Hashing.mix(105, p(d), dir);
    out[k++] = Hashing.mix(106, p(h), p(d), dir);
    out[k++] = Hashing.mix(107, w(h), p(d), dir);
    out[k++] = Hashing.mix(108, p(h), w(d), dir);
    out[k++] = Hashing.mix(109, w(h), w(d), dir);
    out[k++] = Hashing.mix(110, Hashing.mix(p(h), p(d), dir), dist);
    out[k++] = Hashing.mix(111, x(h), x(d), dir);
    out[k++] = Hashing.mix(112, x(d), dir);
    out[k++] = Hashing.mix(113, p(d), lab(st, dl), lab(st, dr));
    out[k++] = Hashing.mix(114, p(h), lab(st, h), dir);
    out[k++] = Hashing.mix(115, p(hh), p(h), p(d));
    out[k++] = Hashing.mix(116, p(d), p(d + 1 <= st.n ? d + 1 : -1), dir);
    out[k++] = Hashing.mix(117, p(d), p(d - 1), dir);
    out[k++] = Hashing.mix(118, p(d), p(dl), p(dr));
    out[k++] = Hashing.mix(119, p(h), p(d), st.rootChildren);
    out[k++] = Hashing.mix(120, w(d), p(h), lab(st, h));
    if (!rich) {
      return k;
    }
    long hLabels = st.leftLabels[h] | st.rightLabels[h];
    long dLabels = st.leftLabels[d] | st.rightLabels[d];
    // The relations the head already has (a second subject is rare) and the dependent's own
    // dependents, above all the preposition that marks it (obl, obl:agent, nmod).
    out[k++] = Hashing.mix(121, p(d), hLabels, dir);
    out[k++] = Hashing.mix(122, Hashing.mix(p(h), p(d)), hLabels, dir);
    out[k++] = Hashing.mix(123, p(d), dLabels, dir);
    out[k++] = Hashing.mix(124, w(dl), p(d), p(h));
    out[k++] = Hashing.mix(125, w(dl), w(h), dir);
    out[k++] = Hashing.mix(126, x(h), p(d), dir);
    out[k++] = Hashing.mix(127, w(h), x(d), dir);
    out[k++] = Hashing.mix(128, Hashing.mix(p(h), p(d)), lab(st, hh > 0 ? h : -1), dist);
    return k;
  }
}
