package se.notis.doc;

import java.util.Arrays;

/** The document's blocks (title, lead, subheadings, paragraphs) in text order. */
public final class BlockLayer implements Layer {
  private final SpanLayer spans;
  private final BlockType[] types;

  public BlockLayer(int[] starts, int[] ends, BlockType[] types) {
    this.spans = new SpanLayer(starts, ends);
    if (types.length != starts.length) {
      throw new IllegalArgumentException("types differ in length from spans: " + types.length);
    }
    this.types = types;
  }

  public int size() {
    return spans.size();
  }

  public int start(int i) {
    return spans.start(i);
  }

  public int end(int i) {
    return spans.end(i);
  }

  public BlockType type(int i) {
    return types[i];
  }

  SpanLayer spans() {
    return spans;
  }

  @Override
  public void validate(int length) {
    spans.validate(length);
  }

  @Override
  public String toString() {
    return "BlockLayer" + Arrays.toString(types);
  }
}
