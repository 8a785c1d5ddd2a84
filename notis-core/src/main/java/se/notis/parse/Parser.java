package se.notis.parse;

/** Parses one tagged sentence. Implementations are thread-safe. */
public interface Parser {
  /**
   * Fills {@code heads} (1-based head position, 0 for the root, as in CoNLL-U) and {@code relations}
   * for the words of one sentence, given their UPOS and XPOS.
   */
  void parse(String[] words, String[] upos, String[] xpos, int[] heads, String[] relations);
}
