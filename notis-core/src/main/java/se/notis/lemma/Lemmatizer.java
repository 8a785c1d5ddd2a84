package se.notis.lemma;

/** Gives the words of a sentence their lemmas from their forms and tags. Thread-safe. */
public interface Lemmatizer {
  /** Lemma of one word given its UPOS and XPOS (SUC tag). */
  String lemma(String word, String upos, String xpos);
}
