package se.notis.internal;

/** Allocation-free 64-bit hashing of strings and feature templates for the perceptron models. */
public final class Hashing {
  private Hashing() {}

  private static final long PRIME = 0x100000001B3L;
  private static final long SEED = 0xCBF29CE484222325L;

  /** FNV-1a over the chars of {@code s} from {@code from} to {@code to}. */
  public static long hash(CharSequence s, int from, int to) {
    long h = SEED;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= PRIME;
    }
    return h;
  }

  public static long hash(CharSequence s) {
    return hash(s, 0, s.length());
  }

  /** Combines a template id with values into one feature hash. */
  public static long mix(long a, long b) {
    long h = a * 0xC2B2AE3D27D4EB4FL + b;
    h ^= h >>> 31;
    h *= 0x165667B19E3779F9L;
    return h ^ (h >>> 29);
  }

  public static long mix(long a, long b, long c) {
    return mix(mix(a, b), c);
  }

  public static long mix(long a, long b, long c, long d) {
    return mix(mix(mix(a, b), c), d);
  }
}
