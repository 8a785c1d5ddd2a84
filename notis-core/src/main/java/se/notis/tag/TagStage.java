package se.notis.tag;

import java.util.Set;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;
import se.notis.pipeline.AbstractStage;

/** Adds {@code Layers.TAGS} (UPOS, XPOS, FEATS) sentence by sentence with the bundled tagger. */
public final class TagStage extends AbstractStage {
  public static final String NAME = "tag";
  private final Tagger tagger;

  /** Uses the model shipped with notis. */
  public TagStage() {
    this(TaggerModel.bundled().tagger());
  }

  public TagStage(Tagger tagger) {
    super(NAME, Set.of(Layers.TOKENS, Layers.SENTENCES), Set.of(Layers.TAGS));
    this.tagger = tagger;
  }

  /** The tagger this stage runs. */
  public Tagger tagger() {
    return tagger;
  }

  @Override
  public Document process(Document doc) {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    SentenceLayer sents = doc.get(Layers.SENTENCES);
    int n = tokens.size();
    String[] upos = new String[n];
    String[] xpos = new String[n];
    String[] feats = new String[n];
    for (int s = 0; s < sents.size(); s++) {
      int first = sents.firstToken(s);
      int end = sents.endToken(s);
      String[] words = doc.texts(tokens, first, end);
      String[] u = new String[words.length];
      String[] x = new String[words.length];
      String[] f = new String[words.length];
      tagger.tag(words, u, x, f);
      System.arraycopy(u, 0, upos, first, words.length);
      System.arraycopy(x, 0, xpos, first, words.length);
      System.arraycopy(f, 0, feats, first, words.length);
    }
    // Tokens outside every sentence (none from the notis splitter) still get a value.
    for (int t = 0; t < n; t++) {
      if (upos[t] == null) {
        upos[t] = "X";
        xpos[t] = "UO";
        feats[t] = "_";
      }
    }
    return doc.with(Layers.TAGS, new TagLayer(upos, xpos, feats));
  }
}
