package se.notis.parse;

import java.util.Arrays;
import java.util.Set;
import se.notis.doc.DependencyLayer;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;
import se.notis.pipeline.AbstractStage;

/** Adds {@code Layers.DEPENDENCIES}: one tree per sentence from the bundled parser. */
public final class ParseStage extends AbstractStage {
  public static final String NAME = "parse";
  private final Parser parser;

  public ParseStage() {
    this(ParserModel.bundled().parser());
  }

  public ParseStage(Parser parser) {
    super(NAME, Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.TAGS), Set.of(Layers.DEPENDENCIES));
    this.parser = parser;
  }

  @Override
  public Document process(Document doc) {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    SentenceLayer sents = doc.get(Layers.SENTENCES);
    TagLayer tags = doc.get(Layers.TAGS);
    int n = tokens.size();
    int[] heads = new int[n];
    String[] relations = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "root");
    for (int s = 0; s < sents.size(); s++) {
      int first = sents.firstToken(s);
      int len = sents.endToken(s) - first;
      String[] words = doc.texts(tokens, first, first + len);
      String[] upos = new String[len];
      String[] xpos = new String[len];
      for (int i = 0; i < len; i++) {
        int t = first + i;
        upos[i] = tags.upos(t);
        xpos[i] = tags.xpos(t);
      }
      int[] h = new int[len];
      String[] r = new String[len];
      parser.parse(words, upos, xpos, h, r);
      for (int i = 0; i < len; i++) {
        heads[first + i] = h[i] == 0 ? -1 : first + h[i] - 1;
        relations[first + i] = r[i];
      }
    }
    return doc.with(Layers.DEPENDENCIES, new DependencyLayer(heads, relations));
  }
}
