/**
 * Part of speech and morphology: {@link se.notis.tag.Tagger} assigns each word a UPOS, a SUC XPOS and
 * UD FEATS in one decision (a joint label), made by an averaged perceptron ({@code PerceptronTagger})
 * whose features are hashed to 64-bit keys: the word, affixes, shape, the surrounding words and
 * labels, the tags the Swedish dictionary ({@link se.notis.lemma.SwedishDictionary}) allows, the UPOS
 * tags the next words had in training, and word clusters learnt from unlabelled news
 * ({@link se.notis.internal.WordClusters}).
 * {@link se.notis.tag.TaggerModel} stores it, {@link se.notis.tag.TaggerTrainer} trains it on the
 * converted Talbanken split, {@link se.notis.tag.TagEvaluator} scores it and {@link
 * se.notis.tag.TagStage} adds {@code Layers.TAGS} to a document.
 */
package se.notis.tag;
