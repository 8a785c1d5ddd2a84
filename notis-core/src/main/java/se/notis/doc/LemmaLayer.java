package se.notis.doc;

/** The lemma of each token, indexed like the token layer. */
public final class LemmaLayer implements Layer {
  private final String[] lemmas;

  public LemmaLayer(String[] lemmas) {
    this.lemmas = lemmas;
  }

  public int size() {
    return lemmas.length;
  }

  public String lemma(int i) {
    return lemmas[i];
  }

  @Override
  public void validate(int length) {
    // Indexed by token, not by offset.
  }
}
