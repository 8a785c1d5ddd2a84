/**
 * Evaluation as data: {@link se.notis.eval.Prf} and {@link se.notis.eval.Accuracy} counts that add
 * up across documents, collected under stable keys in an immutable
 * {@link se.notis.eval.EvalReport}. Commands print reports; library code never does.
 */
package se.notis.eval;
