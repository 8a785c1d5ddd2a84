package se.notis.ner;

import java.util.Arrays;

/**
 * One sentence of named-entity training or gold data: its tokens and a BIO label per token
 * ({@code O}, {@code B-PER}, {@code I-PER}, ...); {@code otherDomain} marks training text annotated by
 * another scheme than the target's, which the trainer gives feature copies of its own.
 */
public record NerSample(String[] tokens, String[] labels, boolean otherDomain) {
  public NerSample(String[] tokens, String[] labels) {
    this(tokens, labels, false);
  }

  public NerSample {
    if (tokens.length != labels.length) {
      throw new IllegalArgumentException(
          "tokens and labels differ in length: " + tokens.length + " vs " + labels.length);
    }
    tokens = tokens.clone();
    labels = labels.clone();
  }

  /** The same sentence marked as text of another annotation scheme than the target's. */
  public NerSample inOtherDomain() {
    return new NerSample(tokens, labels, true);
  }

  public int size() {
    return tokens.length;
  }

  @Override
  public String[] tokens() {
    return tokens.clone();
  }

  @Override
  public String[] labels() {
    return labels.clone();
  }

  String token(int i) {
    return tokens[i];
  }

  String label(int i) {
    return labels[i];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NerSample s && Arrays.equals(tokens, s.tokens) && Arrays.equals(labels, s.labels)
        && otherDomain == s.otherDomain;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(tokens) + Arrays.hashCode(labels)) + Boolean.hashCode(otherDomain);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      out.append(i == 0 ? "" : " ").append(tokens[i]).append('/').append(labels[i]);
    }
    return out.toString();
  }
}
