package se.notis.eval;

import se.notis.doc.Document;

/**
 * Scores one task on a hand-annotated document: {@code notis eval docs} runs the default pipeline
 * and merges the evaluators' reports.
 */
public interface DocumentEvaluator {
  /** Short task name ("entities", "quotes", "timex"). */
  String name();

  /** Counts for one document, under keys that start with {@link #name()}. */
  EvalReport evaluate(GoldDocuments.GoldDocument gold, Document predicted);
}
