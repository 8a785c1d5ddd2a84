package se.notis.parse;

import java.util.Arrays;
import java.util.Set;
import se.notis.doc.DependencyLayer;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagAlternatives;
import se.notis.doc.TagLayer;
import se.notis.pipeline.AbstractStage;

/**
 * Adds {@code Layers.DEPENDENCIES}: one tree per sentence from the bundled parser. A parser that tags
 * jointly also chooses between the tagger's best and runner-up labels (when the tag layer keeps the
 * runners-up) and the tag layer takes its choices.
 */
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
    TagAlternatives alternatives = parser.tagsJointly() ? tags.alternatives() : null;
    String[] allUpos = null;
    String[] allXpos = null;
    String[] allFeats = null;
    if (alternatives != null) {
      allUpos = new String[n];
      allXpos = new String[n];
      allFeats = new String[n];
      for (int t = 0; t < n; t++) {
        allUpos[t] = tags.upos(t);
        allXpos[t] = tags.xpos(t);
        allFeats[t] = tags.feats(t);
      }
    }
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
      if (alternatives == null) {
        parser.parse(words, upos, xpos, h, r);
      } else {
        String[] feats = Arrays.copyOfRange(allFeats, first, first + len);
        parser.parse(words, upos, xpos, feats, alternatives.slice(first, first + len), h, r);
        System.arraycopy(upos, 0, allUpos, first, len);
        System.arraycopy(xpos, 0, allXpos, first, len);
        System.arraycopy(feats, 0, allFeats, first, len);
      }
      for (int i = 0; i < len; i++) {
        heads[first + i] = h[i] == 0 ? -1 : first + h[i] - 1;
        relations[first + i] = r[i];
      }
    }
    Document out = doc.with(Layers.DEPENDENCIES, new DependencyLayer(heads, relations));
    return alternatives == null ? out : out.with(Layers.TAGS, new TagLayer(allUpos, allXpos, allFeats));
  }
}
