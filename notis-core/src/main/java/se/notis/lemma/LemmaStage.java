package se.notis.lemma;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.LemmaLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;
import se.notis.pipeline.AbstractStage;

/** Adds {@code Layers.LEMMAS} from the tokens and their tags. */
public final class LemmaStage extends AbstractStage {
  public static final String NAME = "lemma";
  private final Lemmatizer lemmatizer;

  /** Uses the Swedish dictionary and the bundled suffix rules. */
  public LemmaStage() {
    this(lemmatizer(LemmaModel.bundled()));
  }

  public LemmaStage(Lemmatizer lemmatizer) {
    super(NAME, Set.of(Layers.TOKENS, Layers.TAGS), Set.of(Layers.LEMMAS));
    this.lemmatizer = lemmatizer;
  }

  /** A lemmatiser using the shared dictionary and lemma list and the given suffix rules. */
  public static Lemmatizer lemmatizer(LemmaModel rules) {
    // The lemma list loads on a thread of its own beside the dictionary (a few tenths of a second
    // each), so that it does not lengthen the start of a pipeline.
    CompletableFuture<SwedishWords> lexicon = CompletableFuture.supplyAsync(SwedishWords::shared, task -> {
      Thread thread = new Thread(task, "notis-lemma-list");
      thread.setDaemon(true);
      thread.start();
    });
    return new DictionaryLemmatizer(SwedishDictionary.get(), lexicon.join(), rules);
  }

  @Override
  public Document process(Document doc) {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    TagLayer tags = doc.get(Layers.TAGS);
    String[] lemmas = new String[tokens.size()];
    for (int t = 0; t < lemmas.length; t++) {
      lemmas[t] = lemmatizer.lemma(doc.text(tokens.start(t), tokens.end(t)), tags.upos(t), tags.xpos(t));
    }
    return doc.with(Layers.LEMMAS, new LemmaLayer(lemmas));
  }
}
