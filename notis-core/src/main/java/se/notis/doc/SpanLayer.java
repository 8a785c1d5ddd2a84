package se.notis.doc;

import java.util.Arrays;

/** Ordered, non-overlapping spans stored as two offset arrays: the token layer. */
public final class SpanLayer implements Layer {
  private final int[] starts;
  private final int[] ends;

  /** Takes ownership of the arrays, which must have equal length. */
  public SpanLayer(int[] starts, int[] ends) {
    if (starts.length != ends.length) {
      throw new IllegalArgumentException("starts and ends differ in length: " + starts.length + " vs " + ends.length);
    }
    this.starts = starts;
    this.ends = ends;
  }

  public static SpanLayer of(int[] starts, int[] ends, int size) {
    return new SpanLayer(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size));
  }

  public int size() {
    return starts.length;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** A copy of the start offsets. */
  public int[] starts() {
    return starts.clone();
  }

  /** A copy of the end offsets. */
  public int[] ends() {
    return ends.clone();
  }

  /** Index of the first span whose end is after {@code offset}, or {@link #size()}. */
  public int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public void validate(int length) {
    int previousEnd = 0;
    for (int i = 0; i < starts.length; i++) {
      Layer.checkSpan("span " + i, starts[i], ends[i], length);
      if (starts[i] < previousEnd) {
        throw new IllegalArgumentException("span " + i + " [" + starts[i] + ", " + ends[i]
            + ") overlaps or precedes the previous span ending at " + previousEnd);
      }
      previousEnd = ends[i];
    }
  }
}
