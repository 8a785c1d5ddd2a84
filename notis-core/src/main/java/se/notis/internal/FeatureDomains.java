package se.notis.internal;

/**
 * Domain copies of feature hashes for "frustratingly easy" domain adaptation (Daumé III 2007): while
 * training, every feature of a sentence also fires as its domain's copy, so that what only one
 * domain's annotation does (the converted v1 treebank's idiosyncrasies) is learnt by that domain's
 * copies instead of the shared weights. A copy is an affine map of the feature with an odd
 * multiplier, hence invertible: {@link AveragedLabelWeights#addFolded} recognises a copy's row by
 * its original's row for the same label (the two are always updated together). The map is not an
 * involution, so an original is never mistaken for the copy of its own copy.
 */
public final class FeatureDomains {
  /** Odd, so that multiplying is a bijection of the 64-bit hashes. */
  private static final long[] MULTIPLIERS = {0xD6E8FEB86659FD93L, 0xA0761D6478BD642FL, 0xE7037ED1A0B428DBL,
      0x8EBC6AF09C88C6E3L};
  private static final long[] OFFSETS = {0x589965CC75374CC3L, 0x1D8E4E27C47D124FL, 0x2D358DCCAA6C78A5L,
      0x5BD1E9955BD1E995L};
  private static final long[] INVERSES = new long[MULTIPLIERS.length];
  /** How many domains can have copies. */
  public static final int MAX_DOMAINS = MULTIPLIERS.length;

  static {
    for (int d = 0; d < MULTIPLIERS.length; d++) {
      // Newton's iteration doubles the correct low bits of the inverse each round: 3, 6, …, 96 > 64.
      long m = MULTIPLIERS[d];
      long x = m;
      for (int round = 0; round < 5; round++) {
        x *= 2 - m * x;
      }
      INVERSES[d] = x;
    }
  }

  private FeatureDomains() {}

  /** The copy of {@code feature} specific to {@code domain} (0 … {@link #MAX_DOMAINS} - 1). */
  public static long copy(long feature, int domain) {
    return feature * MULTIPLIERS[domain] + OFFSETS[domain];
  }

  /** The feature whose {@code domain} copy is {@code copy}: the inverse of {@link #copy}. */
  public static long original(long copy, int domain) {
    return (copy - OFFSETS[domain]) * INVERSES[domain];
  }

  /**
   * Appends the {@code domain} copies of the first {@code count} features of {@code features} after
   * them; returns the new count ({@code 2 * count}).
   */
  public static int addCopies(long[] features, int count, int domain) {
    for (int f = 0; f < count; f++) {
      features[count + f] = copy(features[f], domain);
    }
    return 2 * count;
  }
}
