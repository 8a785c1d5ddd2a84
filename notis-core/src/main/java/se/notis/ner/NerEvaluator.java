package se.notis.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.notis.eval.EvalReport;
import se.notis.eval.Prf;

/**
 * Scores a tagger on gold sentences by exact typed spans: keys {@code ner} (all types) and
 * {@code ner.PER}, {@code ner.LOC}, {@code ner.ORG}, {@code ner.MISC}.
 */
public final class NerEvaluator {
  private NerEvaluator() {}

  public static EvalReport evaluate(List<NerSample> gold, EntityTagger tagger) {
    EvalReport report = EvalReport.empty();
    long[][] counts = new long[NerLabels.TYPES.length][3];
    for (NerSample sample : gold) {
      String[] predicted = tagger.tag(sample.tokens());
      compare(NerLabels.ids(sample.labels()), NerLabels.ids(NerData.toBio(predicted)), counts);
    }
    Prf all = Prf.ZERO;
    for (int t = 0; t < NerLabels.TYPES.length; t++) {
      Prf prf = new Prf(counts[t][0], counts[t][1], counts[t][2]);
      report = report.with("ner." + NerLabels.TYPES[t], prf);
      all = all.plus(prf);
    }
    return report.with("ner", all);
  }

  /** Adds tp, fp, fn per type of one sentence to {@code counts}. */
  static void compare(int[] gold, int[] predicted, long[][] counts) {
    Set<NerLabels.TokenSpan> goldSpans = new HashSet<>(NerLabels.spans(gold, gold.length));
    List<NerLabels.TokenSpan> predictedSpans = NerLabels.spans(predicted, predicted.length);
    for (NerLabels.TokenSpan span : predictedSpans) {
      int t = typeIndex(span.type());
      if (goldSpans.remove(span)) {
        counts[t][0]++;
      } else {
        counts[t][1]++;
      }
    }
    for (NerLabels.TokenSpan span : goldSpans) {
      counts[typeIndex(span.type())][2]++;
    }
  }

  private static int typeIndex(String type) {
    for (int t = 0; t < NerLabels.TYPES.length; t++) {
      if (NerLabels.TYPES[t].equals(type)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown entity type '" + type + "'");
  }
}
