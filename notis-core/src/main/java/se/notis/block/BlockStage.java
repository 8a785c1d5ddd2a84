package se.notis.block;

import java.util.List;
import java.util.Set;
import se.notis.doc.BlockLayer;
import se.notis.doc.BlockType;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.pipeline.AbstractStage;

/**
 * Adds the block layer from the plain text's line structure, unless the reader already set blocks
 * (an HTML page knows its headings and paragraphs better than its text does).
 */
public final class BlockStage extends AbstractStage {
  public static final String NAME = "blocks";

  public BlockStage() {
    super(NAME, Set.of(), Set.of(Layers.BLOCKS));
  }

  @Override
  public Document process(Document doc) {
    if (doc.has(Layers.BLOCKS)) {
      return doc;
    }
    return doc.with(Layers.BLOCKS, blocksOf(doc));
  }

  /** The blocks of a document's plain text. */
  public static BlockLayer blocksOf(Document doc) {
    List<PlainTextBlocks.Found> found = PlainTextBlocks.find(doc.text());
    int[] starts = new int[found.size()];
    int[] ends = new int[found.size()];
    BlockType[] types = new BlockType[found.size()];
    for (int i = 0; i < found.size(); i++) {
      starts[i] = doc.codePointIndex(found.get(i).start());
      ends[i] = doc.codePointIndex(found.get(i).end());
      types[i] = found.get(i).type();
    }
    return new BlockLayer(starts, ends, types);
  }
}
