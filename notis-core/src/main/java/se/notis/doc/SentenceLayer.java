package se.notis.doc;

/**
 * Sentences as ranges of token indexes; each sentence spans from its first token's start to its
 * last token's end.
 */
public final class SentenceLayer implements Layer {
  private final int[] firstToken;
  private final int[] endToken;
  private final SpanLayer spans;

  /**
   * @param firstToken index of each sentence's first token
   * @param endToken one past each sentence's last token
   * @param tokens the token layer the indexes point into
   */
  public SentenceLayer(int[] firstToken, int[] endToken, SpanLayer tokens) {
    if (firstToken.length != endToken.length) {
      throw new IllegalArgumentException("firstToken and endToken differ in length");
    }
    int[] starts = new int[firstToken.length];
    int[] ends = new int[firstToken.length];
    for (int i = 0; i < firstToken.length; i++) {
      if (firstToken[i] >= endToken[i] || endToken[i] > tokens.size()) {
        throw new IllegalArgumentException("sentence " + i + " has token range [" + firstToken[i]
            + ", " + endToken[i] + ") in a document of " + tokens.size() + " tokens");
      }
      starts[i] = tokens.start(firstToken[i]);
      ends[i] = tokens.end(endToken[i] - 1);
    }
    this.firstToken = firstToken;
    this.endToken = endToken;
    this.spans = new SpanLayer(starts, ends);
  }

  public int size() {
    return firstToken.length;
  }

  public int firstToken(int i) {
    return firstToken[i];
  }

  public int endToken(int i) {
    return endToken[i];
  }

  /** A copy of every sentence's first token index. */
  public int[] firstTokens() {
    return firstToken.clone();
  }

  /** A copy of every sentence's end token index (exclusive). */
  public int[] endTokens() {
    return endToken.clone();
  }

  public int start(int i) {
    return spans.start(i);
  }

  public int end(int i) {
    return spans.end(i);
  }

  /** Index of the sentence holding token {@code tokenIndex}. */
  public int sentenceOfToken(int tokenIndex) {
    int lo = 0;
    int hi = endToken.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (endToken[mid] <= tokenIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public void validate(int length) {
    spans.validate(length);
  }
}
