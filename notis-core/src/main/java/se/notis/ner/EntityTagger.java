package se.notis.ner;

/** Finds names in a tokenised sentence: one BIO label per token. Implementations are thread-safe. */
public interface EntityTagger {
  /** BIO labels ({@code O}, {@code B-PER}, {@code I-PER}, ...), one per token. */
  String[] tag(String[] tokens);
}
