/**
 * Swedish tokenization following the UD Talbanken conventions: the pure
 * {@code SwedishTokenizer} (char ranges in, token offsets out, no allocation per token), its
 * abbreviation table, the {@link se.notis.tokenize.TokenizeStage} adapter and
 * {@link se.notis.tokenize.TokenizeEvaluator} (token and sentence F1, CoNLL 2018 style).
 */
package se.notis.tokenize;
