package se.notis.doc;

/** A standoff layer: annotations addressed by code-point offsets into a document's text. */
public interface Layer {
  /**
   * Checks that every offset lies within a text of {@code length} code points.
   *
   * @throws IllegalArgumentException naming the first offending span
   */
  void validate(int length);

  static void checkSpan(String what, int start, int end, int length) {
    if (start < 0 || end < start || end > length) {
      throw new IllegalArgumentException(
          what + " [" + start + ", " + end + ") is outside the text of " + length + " code points");
    }
  }
}
