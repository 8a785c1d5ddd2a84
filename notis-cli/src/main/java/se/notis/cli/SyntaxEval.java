package se.notis.cli;

import java.util.List;
import se.notis.eval.EvalReport;
import se.notis.io.ConlluSentence;
import se.notis.tag.TagEvaluator;
import se.notis.tag.Tagger;

/** Runs the syntax models on gold tokens of CoNLL-U sentences and scores them. */
final class SyntaxEval {
  private SyntaxEval() {}

  static EvalReport goldTokens(List<ConlluSentence> gold, Tagger tagger, Object lemmatizer, Object parser) {
    EvalReport report = EvalReport.empty();
    for (ConlluSentence sent : gold) {
      int n = sent.words().size();
      String[] words = new String[n];
      String[] gu = new String[n];
      String[] gx = new String[n];
      String[] gf = new String[n];
      for (int i = 0; i < n; i++) {
        ConlluSentence.Word w = sent.words().get(i);
        words[i] = w.form();
        gu[i] = w.upos();
        gx[i] = w.xpos();
        gf[i] = w.feats();
      }
      String[] u = new String[n];
      String[] x = new String[n];
      String[] f = new String[n];
      tagger.tag(words, u, x, f);
      report = report.merge(TagEvaluator.evaluate(gu, gx, gf, u, x, f));
    }
    return report;
  }
}
