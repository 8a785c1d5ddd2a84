/**
 * Who said what: the {@code quote} stage finds direct quotes (quote marks, speech dashes) and
 * reported speech (speech verb + att-clause, "enligt X", a statement followed by its attribution)
 * and attributes each to a speaker, with the cue word and the medium.
 *
 * <p>{@link se.notis.quote.QuoteStage} adapts the package-private {@code QuoteFinder} (pure rules
 * over a string and offset arrays) to a {@code Document}. The finder reads its Swedish word lists
 * through {@code QuoteLexicon}: speech verbs with every tense form and the frames they take
 * ({@code cues.tsv}), closed word classes ({@code words.tsv}), and a first-name → gender list
 * compiled from SCB statistics by {@link se.notis.quote.FirstNameTrainer}. When the entity stage
 * ran first, speakers take the merged entity name; otherwise the finder merges partial names
 * itself. {@link se.notis.quote.QuoteEvaluator} scores the layer against gold annotations read by
 * {@link se.notis.eval.GoldDocuments}.
 */
package se.notis.quote;
