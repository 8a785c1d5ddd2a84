/**
 * Named entities: recognition, merging within a document, and demonym references.
 *
 * <p>{@link se.notis.ner.NerStage} adapts the pieces to a {@link se.notis.doc.Document}: the
 * averaged-perceptron {@code PerceptronTagger} labels each sentence with BIO labels from hashed
 * features ({@code NerFeatures}: word, shape, affixes, neighbours, name lists from
 * {@code Gazetteer}); {@code EntityRules} applies the annotation guidelines (titles outside,
 * common-noun institutions out, laws MISC, roads LOC, news sources ORG) in a fixed order, one
 * family of rules per class: {@code ShapedNames} names organisations by their shape
 * ("Myndigheten för …", "X & Y"), ending a name's noun phrase ({@code NamePhrases}) where the
 * syntax tags or, without them, {@code PhraseWords} (the Swedish dictionary) find a verb;
 * {@code SpanSplitter} cuts spans run over two names, {@code SpanFixer} and {@code SpanTyper}
 * correct one span's borders and type, {@code SpanJoiner} joins spans cut short,
 * {@code MissedNames} (with {@code LawNames}) adds names of fixed patterns the tagger missed, and
 * {@code NamePropagation} spreads names through the document; the cue words live in
 * {@code EntityWords}, the token tests in {@code RuleTokens}. {@code EntityMerger}
 * gives each entity its canonical name (genitive stripped, partial names and acronyms
 * expanded); {@link se.notis.link.PlaceLinker} links places. {@link se.notis.ner.NerTrainer}
 * trains a {@link se.notis.ner.NerModel} on {@link se.notis.ner.NerSample}s read by
 * {@link se.notis.ner.NerData} (passive-aggressive by default; {@code CrfTrainer} fits the same
 * weights as a linear-chain CRF, with marginals from {@code ForwardBackward}); {@link se.notis.ner.NerEvaluator} and
 * {@link se.notis.ner.DocumentEntityEvaluator} score it. Resources (model, name lists,
 * demonyms) are committed beside these classes and rebuilt with {@code notis train gazetteer}
 * and {@code notis train ner}.
 */
package se.notis.ner;
