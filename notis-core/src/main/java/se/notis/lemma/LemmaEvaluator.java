package se.notis.lemma;

import se.notis.eval.Accuracy;
import se.notis.eval.EvalReport;

/** Scores lemmas word by word under {@code lemma} (case-sensitive, as the CoNLL 2018 scorer). */
public final class LemmaEvaluator {
  private LemmaEvaluator() {}

  public static EvalReport evaluate(String[] gold, String[] predicted) {
    Accuracy acc = Accuracy.ZERO;
    for (int i = 0; i < gold.length; i++) {
      acc = acc.plus(gold[i].equals(predicted[i]));
    }
    return EvalReport.empty().with("lemma", acc);
  }
}
