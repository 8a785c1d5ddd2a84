package se.notis.eval;

import java.util.List;
import se.notis.doc.Document;

/**
 * Scores one task on a hand-annotated document: {@code notis eval docs} runs the stages every
 * evaluator names and merges their reports.
 */
public interface DocumentEvaluator {
  /** Short task name ("entities", "quotes", "timex"). */
  String name();

  /** Stages whose layers this evaluator reads. */
  List<String> stages();

  /** Counts for one document, under keys that start with {@link #name()}. */
  EvalReport evaluate(GoldDocuments.GoldDocument gold, Document predicted);
}
