package se.notis.parse;

import se.notis.eval.Accuracy;
import se.notis.eval.EvalReport;

/**
 * Scores trees word by word: {@code parse.uas} (right head) and {@code parse.las} (right head and
 * relation; relation subtypes compared in full, as the CoNLL 2018 scorer compares only the main
 * type, both are reported: {@code parse.las} full, {@code parse.las.main} main type).
 */
public final class ParseEvaluator {
  private ParseEvaluator() {}

  public static EvalReport evaluate(int[] goldHeads, String[] goldRelations, int[] heads, String[] relations) {
    Accuracy uas = Accuracy.ZERO;
    Accuracy las = Accuracy.ZERO;
    Accuracy lasMain = Accuracy.ZERO;
    for (int i = 0; i < goldHeads.length; i++) {
      boolean head = goldHeads[i] == heads[i];
      uas = uas.plus(head);
      las = las.plus(head && goldRelations[i].equals(relations[i]));
      lasMain = lasMain.plus(head && main(goldRelations[i]).equals(main(relations[i])));
    }
    return EvalReport.empty().with("parse.uas", uas).with("parse.las", las).with("parse.las.main", lasMain);
  }

  static String main(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
