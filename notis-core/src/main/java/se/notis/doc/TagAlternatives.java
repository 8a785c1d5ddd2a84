package se.notis.doc;

/**
 * The tagger's runner-up per word, for a parser that chooses between it and the best label: its
 * best label of another UPOS ({@code null} where the word has none) and how far its score trails
 * the best label's ({@code gaps}, in the tagger's integer score units). {@code right} is set only
 * on training data: whether the runner-up is the gold UPOS and the best label is not.
 */
public record TagAlternatives(String[] upos, String[] xpos, String[] feats, int[] gaps, boolean[] right) {
  public TagAlternatives {
    int n = upos.length;
    if (xpos.length != n || feats.length != n || gaps.length != n || (right != null && right.length != n)) {
      throw new IllegalArgumentException("alternative arrays differ in length");
    }
  }

  /** No alternatives for {@code n} words. */
  public static TagAlternatives none(int n) {
    return new TagAlternatives(new String[n], new String[n], new String[n], new int[n], null);
  }

  /** Whether word {@code i} has a runner-up within {@code margin} of its best label. */
  public boolean close(int i, int margin) {
    return upos[i] != null && gaps[i] <= margin;
  }

  /** The alternatives of words {@code from} to {@code to} (exclusive). */
  public TagAlternatives slice(int from, int to) {
    return new TagAlternatives(java.util.Arrays.copyOfRange(upos, from, to), java.util.Arrays.copyOfRange(xpos, from, to),
        java.util.Arrays.copyOfRange(feats, from, to), java.util.Arrays.copyOfRange(gaps, from, to),
        right == null ? null : java.util.Arrays.copyOfRange(right, from, to));
  }

  /** These alternatives with the training flags {@code right}. */
  public TagAlternatives withRight(boolean[] flags) {
    return new TagAlternatives(upos, xpos, feats, gaps, flags);
  }
}
