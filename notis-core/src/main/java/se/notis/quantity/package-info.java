/**
 * Quantities: {@link se.notis.quantity.QuantityStage} adapts the rule grammar
 * {@code QuantityGrammar} (pure, tested on token arrays) to a document, with the words of
 * {@code quantity-words.tsv}. Approximations become bounds, plural magnitudes ("hundratals") a
 * range; see {@link se.notis.doc.Quantity} for the conventions.
 */
package se.notis.quantity;
