package se.notis.tag;

import java.util.List;
import se.notis.doc.DependencyLayer;
import se.notis.doc.Document;
import se.notis.doc.LemmaLayer;
import se.notis.doc.Layers;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;
import se.notis.eval.EvalReport;
import se.notis.eval.Prf;
import se.notis.io.ConlluSentence;
import se.notis.lemma.LemmaEvaluator;
import se.notis.parse.ParseEvaluator;

/**
 * Scores a document's tag, lemma and dependency layers against CoNLL-U gold: word by word when the
 * document carries the gold tokens, or as F1 over words matched by character offsets when notis
 * tokenized the raw text itself.
 */
public final class SyntaxEvaluator {
  private SyntaxEvaluator() {}

  /** {@code predicted} must carry the gold tokens, in order (as ConlluDocuments builds them). */
  public static EvalReport onGoldTokens(List<ConlluSentence> gold, Document predicted) {
    TagLayer tags = predicted.get(Layers.TAGS);
    LemmaLayer lemmas = predicted.get(Layers.LEMMAS);
    DependencyLayer deps = predicted.get(Layers.DEPENDENCIES);
    EvalReport report = EvalReport.empty();
    int t = 0;
    for (ConlluSentence sent : gold) {
      int n = sent.words().size();
      String[] gu = new String[n];
      String[] gx = new String[n];
      String[] gf = new String[n];
      String[] gl = new String[n];
      int[] gh = new int[n];
      String[] gr = new String[n];
      String[] u = new String[n];
      String[] x = new String[n];
      String[] f = new String[n];
      String[] l = new String[n];
      int[] h = new int[n];
      String[] r = new String[n];
      int first = t;
      for (int i = 0; i < n; i++, t++) {
        ConlluSentence.Word w = sent.words().get(i);
        gu[i] = w.upos();
        gx[i] = w.xpos();
        gf[i] = w.feats();
        gl[i] = w.lemma();
        gh[i] = w.head();
        gr[i] = w.deprel();
        u[i] = tags.upos(t);
        x[i] = tags.xpos(t);
        f[i] = tags.feats(t);
        l[i] = lemmas.lemma(t);
        h[i] = deps.head(t) < 0 ? 0 : deps.head(t) - first + 1;
        r[i] = deps.relation(t);
      }
      report = report.merge(TagEvaluator.evaluate(gu, gx, gf, u, x, f))
          .merge(LemmaEvaluator.evaluate(gl, l))
          .merge(ParseEvaluator.evaluate(gh, gr, h, r));
    }
    return report;
  }

  /**
   * F1 over words: a predicted word counts when a gold word has the same character span and the
   * attribute agrees; for UAS/LAS the heads must be aligned words too.
   */
  public static EvalReport onRawText(List<ConlluSentence> gold, Document goldDoc, Document predicted) {
    SpanLayer goldTokens = goldDoc.get(Layers.TOKENS);
    SpanLayer tokens = predicted.get(Layers.TOKENS);
    TagLayer tags = predicted.get(Layers.TAGS);
    LemmaLayer lemmas = predicted.get(Layers.LEMMAS);
    DependencyLayer deps = predicted.get(Layers.DEPENDENCIES);
    int goldCount = goldTokens.size();
    ConlluSentence.Word[] goldWords = new ConlluSentence.Word[goldCount];
    int[] goldHeadIndex = new int[goldCount];
    int t = 0;
    for (ConlluSentence sent : gold) {
      int first = t;
      for (ConlluSentence.Word w : sent.words()) {
        goldWords[t] = w;
        goldHeadIndex[t] = w.head() <= 0 ? -1 : first + w.head() - 1;
        t++;
      }
    }
    int[] align = new int[tokens.size()];
    int g = 0;
    for (int p = 0; p < tokens.size(); p++) {
      while (g < goldCount && goldTokens.start(g) < tokens.start(p)) {
        g++;
      }
      align[p] = g < goldCount && goldTokens.start(g) == tokens.start(p) && goldTokens.end(g) == tokens.end(p) ? g : -1;
    }
    long words = 0;
    long upos = 0;
    long xpos = 0;
    long feats = 0;
    long lemma = 0;
    long uas = 0;
    long las = 0;
    for (int p = 0; p < tokens.size(); p++) {
      int a = align[p];
      if (a < 0) {
        continue;
      }
      ConlluSentence.Word w = goldWords[a];
      words++;
      upos += w.upos().equals(tags.upos(p)) ? 1 : 0;
      xpos += w.xpos().equals(tags.xpos(p)) ? 1 : 0;
      feats += TagEvaluator.sameFeats(w.feats(), tags.feats(p)) ? 1 : 0;
      lemma += w.lemma().equals(lemmas.lemma(p)) ? 1 : 0;
      int head = deps.head(p);
      int alignedHead = head < 0 ? -1 : align[head];
      boolean headOk = head < 0 ? goldHeadIndex[a] < 0 : alignedHead >= 0 && alignedHead == goldHeadIndex[a];
      uas += headOk ? 1 : 0;
      las += headOk && w.deprel().equals(deps.relation(p)) ? 1 : 0;
    }
    int predictedCount = tokens.size();
    return EvalReport.empty()
        .with("words", prf(words, predictedCount, goldCount))
        .with("tag.upos", prf(upos, predictedCount, goldCount))
        .with("tag.xpos", prf(xpos, predictedCount, goldCount))
        .with("tag.ufeats", prf(feats, predictedCount, goldCount))
        .with("lemma", prf(lemma, predictedCount, goldCount))
        .with("parse.uas", prf(uas, predictedCount, goldCount))
        .with("parse.las", prf(las, predictedCount, goldCount));
  }

  private static Prf prf(long correct, long predicted, long gold) {
    return new Prf(correct, predicted - correct, gold - correct);
  }
}
