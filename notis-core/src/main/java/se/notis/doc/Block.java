package se.notis.doc;

/** A view of one block (title, lead, subheading or paragraph) of a {@link Document}. */
public final class Block {
  private final Document doc;
  private final int index;

  Block(Document doc, int index) {
    this.doc = doc;
    this.index = index;
  }

  public int index() {
    return index;
  }

  public int start() {
    return doc.get(Layers.BLOCKS).start(index);
  }

  public int end() {
    return doc.get(Layers.BLOCKS).end(index);
  }

  public BlockType type() {
    return doc.get(Layers.BLOCKS).type(index);
  }

  public String text() {
    return doc.text(start(), end());
  }

  @Override
  public String toString() {
    return type().label() + ": " + text();
  }
}
