package se.notis.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.eval.DocumentEvaluator;
import se.notis.eval.EvalReport;
import se.notis.eval.GoldDocuments;
import se.notis.eval.Prf;

/**
 * Scores the entity layer against a hand-annotated document: {@code entities} (exact typed
 * spans), {@code entities.PER} … per type, {@code entities.untyped} (spans alone), and
 * {@code entities.canonical} (the document's distinct (canonical, type) pairs).
 */
public final class DocumentEntityEvaluator implements DocumentEvaluator {
  @Override
  public String name() {
    return "entities";
  }

  @Override
  public EvalReport evaluate(GoldDocuments.GoldDocument gold, Document predicted) {
    List<Entity> entities = predicted.entities();
    Set<String> goldSpans = new HashSet<>();
    Set<String> goldUntyped = new HashSet<>();
    Set<String> goldPairs = new HashSet<>();
    for (GoldDocuments.GoldEntity ent : gold.entities()) {
      goldSpans.add(ent.start() + ":" + ent.end() + ":" + ent.type());
      goldUntyped.add(ent.start() + ":" + ent.end());
      goldPairs.add(ent.canonical() + "\t" + ent.type());
    }
    EvalReport report = EvalReport.empty();
    for (String type : NerLabels.TYPES) {
      long tp = 0;
      long fp = 0;
      long fn = 0;
      Set<String> predictedSpans = new HashSet<>();
      for (Entity ent : entities) {
        if (ent.type().equals(type)) {
          predictedSpans.add(ent.start() + ":" + ent.end() + ":" + ent.type());
        }
      }
      for (String span : predictedSpans) {
        if (goldSpans.contains(span)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String span : goldSpans) {
        if (span.endsWith(":" + type) && !predictedSpans.contains(span)) {
          fn++;
        }
      }
      report = report.with("entities." + type, new Prf(tp, fp, fn)).with("entities", new Prf(tp, fp, fn));
    }
    Set<String> untyped = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (Entity ent : entities) {
      untyped.add(ent.start() + ":" + ent.end());
      pairs.add(ent.canonical() + "\t" + ent.type());
    }
    return report.with("entities.untyped", overlap(goldUntyped, untyped)).with("entities.canonical", overlap(goldPairs, pairs));
  }

  private static Prf overlap(Set<String> gold, Set<String> predicted) {
    long tp = 0;
    for (String p : predicted) {
      if (gold.contains(p)) {
        tp++;
      }
    }
    return new Prf(tp, predicted.size() - tp, gold.size() - tp);
  }
}
