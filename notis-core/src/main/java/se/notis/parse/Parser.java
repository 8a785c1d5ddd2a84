package se.notis.parse;

/** Parses one tagged sentence. Implementations are thread-safe. */
public interface Parser {
  /**
   * Fills {@code heads} (1-based head position, 0 for the root, as in CoNLL-U) and {@code relations}
   * for the words of one sentence, given their UPOS and XPOS.
   */
  void parse(String[] words, String[] upos, String[] xpos, int[] heads, String[] relations);

  /**
   * Parses as {@link #parse(String[], String[], String[], int[], String[])}; a parser that tags
   * jointly ({@link #tagsJointly}) may also choose a word's runner-up label from {@code alternatives}
   * and then writes it into {@code upos}, {@code xpos} and {@code feats}.
   */
  default void parse(String[] words, String[] upos, String[] xpos, String[] feats,
      se.notis.doc.TagAlternatives alternatives, int[] heads, String[] relations) {
    parse(words, upos, xpos, heads, relations);
  }

  /** Whether the parser chooses between the tagger's best and runner-up labels (it needs the latter). */
  default boolean tagsJointly() {
    return false;
  }
}
