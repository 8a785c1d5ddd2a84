package se.notis.conversion;

import java.util.Locale;

/**
 * Queries on a dependency tree held as parallel arrays (1-based {@code head}, 0 for the root, and
 * {@code rel}), shared by the conversion passes.
 */
final class DependencyArrays {
  private DependencyArrays() {}

  /** Whether word {@code i} (0-based) has a dependent whose relation starts with {@code prefix}. */
  static boolean hasChild(int[] head, String[] rel, int i, String prefix) {
    for (int k = 0; k < head.length; k++) {
      if (head[k] == i + 1 && rel[k].startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
