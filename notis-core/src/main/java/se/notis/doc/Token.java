package se.notis.doc;

/** A view of one token of a {@link Document}; made on access, holds no text. */
public final class Token {
  private final Document doc;
  private final int index;

  Token(Document doc, int index) {
    this.doc = doc;
    this.index = index;
  }

  public int index() {
    return index;
  }

  public int start() {
    return doc.get(Layers.TOKENS).start(index);
  }

  public int end() {
    return doc.get(Layers.TOKENS).end(index);
  }

  public String text() {
    return doc.text(start(), end());
  }

  public String upos() {
    return doc.get(Layers.TAGS).upos(index);
  }

  public String xpos() {
    return doc.get(Layers.TAGS).xpos(index);
  }

  public String feats() {
    return doc.get(Layers.TAGS).feats(index);
  }

  public String lemma() {
    return doc.get(Layers.LEMMAS).lemma(index);
  }

  /** Document-level index of the head token, or -1 for a sentence root. */
  public int head() {
    return doc.get(Layers.DEPENDENCIES).head(index);
  }

  public String deprel() {
    return doc.get(Layers.DEPENDENCIES).relation(index);
  }

  @Override
  public String toString() {
    return text();
  }
}
