package se.notis.tokenize;

import java.util.Set;
import se.notis.doc.BlockLayer;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.SpanLayer;
import se.notis.internal.IntArray;
import se.notis.pipeline.AbstractStage;

/** Adds the token layer: Swedish tokens within each block, by {@link SwedishTokenizer}. */
public final class TokenizeStage extends AbstractStage {
  public static final String NAME = "tokenize";
  private final SwedishTokenizer tokenizer;

  public TokenizeStage() {
    super(NAME, Set.of(Layers.BLOCKS), Set.of(Layers.TOKENS));
    this.tokenizer = SwedishTokenizer.standard();
  }

  @Override
  public Document process(Document doc) {
    BlockLayer blocks = doc.get(Layers.BLOCKS);
    String text = doc.text();
    int estimate = text.length() / 5 + 16;
    IntArray starts = new IntArray(estimate);
    IntArray ends = new IntArray(estimate);
    SwedishTokenizer.Sink sink = (start, end) -> {
      starts.add(start);
      ends.add(end);
    };
    for (int b = 0; b < blocks.size(); b++) {
      tokenizer.tokenize(text, doc.charIndex(blocks.start(b)), doc.charIndex(blocks.end(b)), sink);
    }
    if (!doc.charsAreCodePoints()) {
      for (int i = 0; i < starts.size(); i++) {
        starts.set(i, doc.codePointIndex(starts.get(i)));
        ends.set(i, doc.codePointIndex(ends.get(i)));
      }
    }
    return doc.with(Layers.TOKENS, new SpanLayer(starts.toArray(), ends.toArray()));
  }
}
