package se.notis.sentence;

import java.util.Set;
import se.notis.doc.BlockLayer;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.internal.IntArray;
import se.notis.pipeline.AbstractStage;

/** Adds the sentence layer: sentences never cross a block, so each heading is its own sentence. */
public final class SentenceStage extends AbstractStage {
  public static final String NAME = "sentences";

  public SentenceStage() {
    super(NAME, Set.of(Layers.BLOCKS, Layers.TOKENS), Set.of(Layers.SENTENCES));
  }

  @Override
  public Document process(Document doc) {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    BlockLayer blocks = doc.get(Layers.BLOCKS);
    int n = tokens.size();
    SpanLayer chars = doc.charSpans(tokens);
    int[] starts = chars.starts();
    int[] ends = chars.ends();
    IntArray firsts = new IntArray(n / 15 + 4);
    int t = 0;
    for (int b = 0; b < blocks.size(); b++) {
      int blockEnd = blocks.end(b);
      int from = t;
      while (t < n && tokens.end(t) <= blockEnd) {
        t++;
      }
      SentenceBoundaries.split(doc.text(), starts, ends, from, t, firsts);
    }
    int count = firsts.size();
    int[] first = firsts.toArray();
    int[] end = new int[count];
    for (int s = 0; s < count; s++) {
      end[s] = s + 1 < count ? first[s + 1] : t;
    }
    return doc.with(Layers.SENTENCES, new SentenceLayer(first, end, tokens));
  }
}
