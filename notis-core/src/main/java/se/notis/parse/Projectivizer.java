package se.notis.parse;

/**
 * Makes a tree projective by lifting: while some arc crosses another, the dependent of the shortest
 * crossing arc is re-attached to its head's head. Labels are kept; the parser can then learn every
 * tree with the arc-eager system.
 */
final class Projectivizer {
  private Projectivizer() {}

  /** Returns projective heads (1-based, 0 = root) for the given heads; the input is not changed. */
  static int[] projectivize(int[] heads) {
    int[] h = heads.clone();
    int n = h.length;
    for (int guard = 0; guard < n * n; guard++) {
      int worst = -1;
      int worstLength = Integer.MAX_VALUE;
      for (int d = 1; d <= n; d++) {
        int head = h[d - 1];
        if (head > 0 && !projective(h, head, d)) {
          int length = Math.abs(head - d);
          if (length < worstLength) {
            worstLength = length;
            worst = d;
          }
        }
      }
      if (worst < 0) {
        return h;
      }
      h[worst - 1] = h[h[worst - 1] - 1];
    }
    return h;
  }

  /** True when every token between head and dependent is dominated by the head. */
  private static boolean projective(int[] h, int head, int dep) {
    int from = Math.min(head, dep) + 1;
    int to = Math.max(head, dep);
    for (int k = from; k < to; k++) {
      int a = k;
      int steps = 0;
      while (a != head && a > 0 && steps++ <= h.length) {
        a = h[a - 1];
      }
      if (a != head) {
        return false;
      }
    }
    return true;
  }
}
