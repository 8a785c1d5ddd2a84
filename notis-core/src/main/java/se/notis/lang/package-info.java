/**
 * Language identification.
 *
 * <p>{@link se.notis.lang.LanguageIdentifier} names the language of a text (ISO 639-1). A
 * character n-gram detector (optimaize language-detector, 70 languages, Wikipedia profiles)
 * ranks the candidates; when it points at Swedish, Norwegian or Danish, which share most
 * n-grams, {@code ScandinavianScorer} decides among the three from function words, spellings and
 * word endings listed in {@code scandinavian.tsv}. {@link se.notis.lang.LanguageStage} sets the
 * language on every document that has none; {@link se.notis.lang.LanguageEvaluator} measures
 * accuracy on {@code lang<TAB>text} lines.
 */
package se.notis.lang;
