package se.notis.tag;

/** Assigns UPOS, XPOS and FEATS to the words of one sentence. Implementations are thread-safe. */
public interface Tagger {
  /** Fills the three output arrays (same length as {@code words}). */
  void tag(String[] words, String[] upos, String[] xpos, String[] feats);

  /**
   * Re-tags word {@code i} of a tagged sentence with its best label of UPOS {@code upos}, the words
   * before it keeping their tags; returns false, changing nothing, when the word has no candidate
   * label of that UPOS.
   */
  /**
   * Tags as {@link #tag} and fills {@code alternatives} (arrays of the same length) with each word's
   * best label of another UPOS than its tag, and how far its score trails, where the tagger scored
   * the word against such a label; words it did not score, or whose tag a rule after the tagger
   * changed, get none.
   */
  default void tag(String[] words, String[] upos, String[] xpos, String[] feats,
      se.notis.doc.TagAlternatives alternatives) {
    tag(words, upos, xpos, feats);
  }

  boolean retag(String[] words, String[] upos, String[] xpos, String[] feats, int i, String targetUpos);
}
