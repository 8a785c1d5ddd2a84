package se.notis.time;

import java.util.List;
import java.util.Objects;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.TimeExpression;
import se.notis.eval.Accuracy;
import se.notis.eval.DocumentEvaluator;
import se.notis.eval.EvalReport;
import se.notis.eval.GoldDocuments;
import se.notis.eval.Prf;

/**
 * Scores predicted time expressions against gold ones. A predicted span matches a gold span it
 * overlaps (each is used once, in text order). Keys: {@code timex} (P/R/F1 of overlapping spans),
 * {@code timex.exact} (P/R/F1 of identical spans), {@code timex.type} (type accuracy over matched
 * pairs) and {@code timex.value} (value accuracy over matched pairs whose gold value is not null).
 */
public final class TimexEvaluator implements DocumentEvaluator {
  @Override
  public String name() {
    return "timex";
  }

  /** Compares the time layer of {@code predicted} (same text as the gold document) with the gold expressions. */
  @Override
  public EvalReport evaluate(GoldDocuments.GoldDocument gold, Document predicted) {
    return evaluate(expressions(gold), predicted.get(Layers.TIMEX).expressions());
  }

  /** The gold annotations as time expressions. */
  public static List<TimeExpression> expressions(GoldDocuments.GoldDocument gold) {
    return gold.timex().stream().map(x -> new TimeExpression(x.start(), x.end(), x.type(), x.value())).toList();
  }

  /** Compares two lists of expressions, each in text order. */
  public static EvalReport evaluate(List<TimeExpression> gold, List<TimeExpression> predicted) {
    boolean[] used = new boolean[predicted.size()];
    long matched = 0;
    long exact = 0;
    Accuracy type = Accuracy.ZERO;
    Accuracy value = Accuracy.ZERO;
    for (TimeExpression g : gold) {
      for (int p = 0; p < predicted.size(); p++) {
        TimeExpression pred = predicted.get(p);
        if (used[p] || pred.end() <= g.start() || pred.start() >= g.end()) {
          continue;
        }
        used[p] = true;
        matched++;
        if (pred.start() == g.start() && pred.end() == g.end()) {
          exact++;
        }
        type = type.plus(g.type().equals(pred.type()));
        if (g.value() != null) {
          value = value.plus(Objects.equals(g.value(), pred.value()));
        }
        break;
      }
    }
    long exactPredicted = predicted.size();
    return EvalReport.empty()
        .with("timex", new Prf(matched, predicted.size() - matched, gold.size() - matched))
        .with("timex.exact", new Prf(exact, exactPredicted - exact, gold.size() - exact))
        .with("timex.type", type)
        .with("timex.value", value);
  }
}
