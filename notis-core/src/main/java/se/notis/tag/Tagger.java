package se.notis.tag;

/** Assigns UPOS, XPOS and FEATS to the words of one sentence. Implementations are thread-safe. */
public interface Tagger {
  /** Fills the three output arrays (same length as {@code words}). */
  void tag(String[] words, String[] upos, String[] xpos, String[] feats);
}
