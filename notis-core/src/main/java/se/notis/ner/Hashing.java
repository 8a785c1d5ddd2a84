package se.notis.ner;

/** 64-bit string hashes over char ranges (no substring allocated) and feature-id mixing. */
final class Hashing {
  static final long SEED = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Hashing() {}

  static long exact(CharSequence text, int start, int end) {
    long h = SEED;
    for (int i = start; i < end; i++) {
      h = (h ^ text.charAt(i)) * PRIME;
    }
    return h;
  }

  static long lower(CharSequence text, int start, int end) {
    long h = SEED;
    for (int i = start; i < end; i++) {
      h = (h ^ Character.toLowerCase(text.charAt(i))) * PRIME;
    }
    return h;
  }

  /** One FNV step: the hash of a sequence extended by {@code c}. */
  static long step(long h, char c) {
    return (h ^ c) * PRIME;
  }

  static long exact(String s) {
    return exact(s, 0, s.length());
  }

  static long lower(String s) {
    return lower(s, 0, s.length());
  }

  /** Word shape with runs collapsed: "Videgaray" → Xx, "USA:s" → X:x, "4 000" → d d. */
  static long shape(CharSequence text, int start, int end) {
    long h = SEED;
    char last = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        h = (h ^ k) * PRIME;
        last = k;
      }
    }
    return h;
  }

  /** Extends a sequence hash by one element. */
  static long combine(long seq, long element) {
    return (seq ^ fmix(element)) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
  }

  /** A feature id: template and value mixed into a non-zero int. */
  static int feature(int template, long value) {
    long h = fmix(value * 0x9E3779B97F4A7C15L + template);
    int f = (int) (h ^ (h >>> 32));
    return f == 0 ? 1 : f;
  }

  static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
