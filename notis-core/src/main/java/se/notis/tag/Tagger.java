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
  boolean retag(String[] words, String[] upos, String[] xpos, String[] feats, int i, String targetUpos);
}
