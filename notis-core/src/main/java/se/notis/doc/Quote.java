package se.notis.doc;

/**
 * A statement and its attribution.
 *
 * @param start first code point of the quoted content (no quote marks, dash or attribution)
 * @param end one past its last code point
 * @param kind direct (quote marks or speech dash) or indirect (reported speech)
 * @param cue the attribution verb or noun as written ("säger", "enligt"), or null
 * @param speaker who said it, or null when the text does not say
 * @param medium where or to whom it was said ("i mexikansk tv"), or null
 */
public record Quote(int start, int end, Kind kind, Span cue, Speaker speaker, Span medium) {
  public enum Kind {
    DIRECT, INDIRECT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The mention naming the speaker, nearest to the quote.
   *
   * @param canonical the merged entity name, or the description itself when no name is given
   */
  public record Speaker(int start, int end, String canonical) {}
}
