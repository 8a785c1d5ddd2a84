package se.notis.tag;

import java.util.Arrays;
import java.util.Set;
import se.notis.doc.DependencyLayer;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;
import se.notis.pipeline.AbstractStage;

/**
 * Replaces {@code Layers.TAGS} where the dependency tree contradicts a word's part of speech
 * ({@link TreeTagRules}): the word takes the tagger's best label of the part of speech the tree
 * gives it, so that its XPOS and FEATS agree with the new UPOS. Lemmas are the same either way.
 */
public final class RetagStage extends AbstractStage {
  public static final String NAME = "retag";
  private final Tagger tagger;

  /** Uses the model shipped with notis. */
  public RetagStage() {
    this(TaggerModel.bundled().tagger());
  }

  public RetagStage(Tagger tagger) {
    super(NAME, Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.TAGS, Layers.DEPENDENCIES), Set.of(Layers.TAGS));
    this.tagger = tagger;
  }

  @Override
  public Document process(Document doc) {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    SentenceLayer sents = doc.get(Layers.SENTENCES);
    TagLayer tags = doc.get(Layers.TAGS);
    DependencyLayer tree = doc.get(Layers.DEPENDENCIES);
    String[] upos = new String[tokens.size()];
    String[] xpos = new String[upos.length];
    String[] feats = new String[upos.length];
    for (int t = 0; t < upos.length; t++) {
      upos[t] = tags.upos(t);
      xpos[t] = tags.xpos(t);
      feats[t] = tags.feats(t);
    }
    boolean changed = false;
    for (int s = 0; s < sents.size(); s++) {
      changed |= retag(doc, tokens, tree, sents.firstToken(s), sents.endToken(s), upos, xpos, feats);
    }
    return changed ? doc.with(Layers.TAGS, new TagLayer(upos, xpos, feats)) : doc;
  }

  /** Re-tags the words of one sentence whose tags the tree contradicts; true when any changed. */
  private boolean retag(Document doc, SpanLayer tokens, DependencyLayer tree, int first, int end,
      String[] upos, String[] xpos, String[] feats) {
    int n = end - first;
    String[] u = Arrays.copyOfRange(upos, first, end);
    int[] heads = new int[n];
    String[] relations = new String[n];
    for (int i = 0; i < n; i++) {
      int head = tree.head(first + i);
      heads[i] = head < first || head >= end ? -1 : head - first;
      relations[i] = tree.relation(first + i);
    }
    String[] words = null;
    String[] x = null;
    String[] f = null;
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      String target = TreeTagRules.target(i, u, heads, relations);
      if (target == null) {
        continue;
      }
      if (words == null) {
        words = doc.texts(tokens, first, end);
        x = Arrays.copyOfRange(xpos, first, end);
        f = Arrays.copyOfRange(feats, first, end);
      }
      changed |= tagger.retag(words, u, x, f, i, target);
    }
    if (changed) {
      System.arraycopy(u, 0, upos, first, n);
      System.arraycopy(x, 0, xpos, first, n);
      System.arraycopy(f, 0, feats, first, n);
    }
    return changed;
  }
}
