package se.notis.eval;

import java.util.HashSet;
import java.util.Set;

/** Exact matching of span sets, as CoNLL 2018 scores tokens and sentences. */
public final class SpanMatch {
  private SpanMatch() {}

  /** Compares spans given as parallel (start, end) arrays. */
  public static Prf exact(int[] goldStarts, int[] goldEnds, int[] predStarts, int[] predEnds) {
    Set<Long> gold = new HashSet<>();
    for (int i = 0; i < goldStarts.length; i++) {
      gold.add(key(goldStarts[i], goldEnds[i]));
    }
    long tp = 0;
    for (int i = 0; i < predStarts.length; i++) {
      if (gold.contains(key(predStarts[i], predEnds[i]))) {
        tp++;
      }
    }
    return new Prf(tp, predStarts.length - tp, gold.size() - tp);
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | (end & 0xffffffffL);
  }
}
