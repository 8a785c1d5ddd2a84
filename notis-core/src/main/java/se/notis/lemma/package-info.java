/**
 * Lemmas: {@link se.notis.lemma.Lemmatizer} gives each word its lemma from its form and predicted
 * tag. {@code DictionaryLemmatizer} looks words up in a closed-class table and the Swedish
 * dictionary ({@link se.notis.lemma.SwedishDictionary}), keeping the entry that agrees with the
 * tag; unknown compounds inflect on their last known part, and what is left falls back to suffix
 * rules learnt from the dictionary ({@link se.notis.lemma.LemmaModel}, trained by {@link
 * se.notis.lemma.LemmaTrainer}). {@link se.notis.lemma.LemmaStage} adds {@code Layers.LEMMAS}.
 */
package se.notis.lemma;
