/**
 * Time expressions: {@link se.notis.time.TimeStage} adapts the rule grammar {@code TimeGrammar}
 * (pure, tested on token arrays against {@code timex-values.tsv}) to a document, with the words of
 * {@code time-words.tsv}; {@link se.notis.time.TimexEvaluator} scores the layer against gold
 * annotation read by {@link se.notis.time.TimexGoldReader}.
 *
 * <p>Values follow TIMEX3 as the gold guidelines use it: DATE "2018-10-18", "2018-W41", "198X";
 * TIME "2018-10-19TEV", "2018-10-19T23:12"; DURATION "PT15M", "PXY"; SET "P1D".
 */
package se.notis.time;
