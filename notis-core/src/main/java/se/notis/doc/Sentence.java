package se.notis.doc;

import java.util.List;

/** A view of one sentence of a {@link Document}. */
public final class Sentence {
  private final Document doc;
  private final int index;

  Sentence(Document doc, int index) {
    this.doc = doc;
    this.index = index;
  }

  public int index() {
    return index;
  }

  public int start() {
    return doc.get(Layers.SENTENCES).start(index);
  }

  public int end() {
    return doc.get(Layers.SENTENCES).end(index);
  }

  public String text() {
    return doc.text(start(), end());
  }

  /** Document-level index of the first token. */
  public int firstToken() {
    return doc.get(Layers.SENTENCES).firstToken(index);
  }

  /** Document-level index one past the last token. */
  public int endToken() {
    return doc.get(Layers.SENTENCES).endToken(index);
  }

  public List<Token> tokens() {
    int first = firstToken();
    return Document.views(endToken() - first, i -> new Token(doc, first + i));
  }

  @Override
  public String toString() {
    return text();
  }
}
