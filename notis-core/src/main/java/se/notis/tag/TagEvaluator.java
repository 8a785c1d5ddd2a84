package se.notis.tag;

import se.notis.eval.Accuracy;
import se.notis.eval.EvalReport;

/**
 * Scores predicted tags against gold tags word by word: {@code tag.upos}, {@code tag.xpos}, {@code
 * tag.ufeats} (FEATS compared as a whole, as the CoNLL 2018 scorer does) and {@code tag.alltags}.
 */
public final class TagEvaluator {
  private TagEvaluator() {}

  public static EvalReport evaluate(String[] goldUpos, String[] goldXpos, String[] goldFeats, String[] upos,
      String[] xpos, String[] feats) {
    Accuracy u = Accuracy.ZERO;
    Accuracy x = Accuracy.ZERO;
    Accuracy f = Accuracy.ZERO;
    Accuracy all = Accuracy.ZERO;
    for (int i = 0; i < goldUpos.length; i++) {
      boolean uOk = goldUpos[i].equals(upos[i]);
      boolean xOk = goldXpos[i].equals(xpos[i]);
      boolean fOk = sameFeats(goldFeats[i], feats[i]);
      u = u.plus(uOk);
      x = x.plus(xOk);
      f = f.plus(fOk);
      all = all.plus(uOk && xOk && fOk);
    }
    return EvalReport.empty().with("tag.upos", u).with("tag.xpos", x).with("tag.ufeats", f)
        .with("tag.alltags", all);
  }

  /** FEATS equal as sets of name=value pairs (order and case of names ignored). */
  public static boolean sameFeats(String gold, String predicted) {
    if (gold.equals(predicted)) {
      return true;
    }
    java.util.Set<String> a = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    java.util.Set<String> b = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    if (!gold.equals("_")) {
      a.addAll(java.util.Arrays.asList(gold.split("\\|")));
    }
    if (!predicted.equals("_")) {
      b.addAll(java.util.Arrays.asList(predicted.split("\\|")));
    }
    return a.equals(b);
  }
}
