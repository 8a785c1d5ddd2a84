package se.notis.tag;

import java.util.Set;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagAlternatives;
import se.notis.doc.TagLayer;
import se.notis.pipeline.AbstractStage;

/** Adds {@code Layers.TAGS} (UPOS, XPOS, FEATS) sentence by sentence with the bundled tagger. */
public final class TagStage extends AbstractStage {
  public static final String NAME = "tag";
  private final Tagger tagger;
  /** Whether the layer also keeps each word's runner-up label, for a parser that tags jointly. */
  private final boolean alternatives;

  /** Uses the model shipped with notis, keeping the runners-up when the bundled parser tags jointly. */
  public TagStage() {
    this(TaggerModel.bundled().tagger(), se.notis.parse.ParserModel.bundledTagMargin() > 0);
  }

  public TagStage(Tagger tagger) {
    this(tagger, false);
  }

  /** With {@code alternatives}, the layer keeps each word's runner-up label too ({@link TagAlternatives}). */
  public TagStage(Tagger tagger, boolean alternatives) {
    super(NAME, Set.of(Layers.TOKENS, Layers.SENTENCES), Set.of(Layers.TAGS));
    this.tagger = tagger;
    this.alternatives = alternatives;
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
    TagAlternatives all = alternatives ? TagAlternatives.none(n) : null;
    for (int s = 0; s < sents.size(); s++) {
      int first = sents.firstToken(s);
      int end = sents.endToken(s);
      String[] words = doc.texts(tokens, first, end);
      String[] u = new String[words.length];
      String[] x = new String[words.length];
      String[] f = new String[words.length];
      if (all == null) {
        tagger.tag(words, u, x, f);
      } else {
        TagAlternatives alt = TagAlternatives.none(words.length);
        tagger.tag(words, u, x, f, alt);
        System.arraycopy(alt.upos(), 0, all.upos(), first, words.length);
        System.arraycopy(alt.xpos(), 0, all.xpos(), first, words.length);
        System.arraycopy(alt.feats(), 0, all.feats(), first, words.length);
        System.arraycopy(alt.gaps(), 0, all.gaps(), first, words.length);
      }
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
    return doc.with(Layers.TAGS, new TagLayer(upos, xpos, feats, all));
  }
}
