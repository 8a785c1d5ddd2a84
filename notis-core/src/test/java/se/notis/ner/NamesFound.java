package se.notis.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** The entity stage run on a text, for tests that look names up by their text. */
final class NamesFound {
  private static final Pipeline PIPELINE = StageRegistry.pipeline(List.of(NerStage.NAME));
  private static final Pipeline TAGGED = StageRegistry.pipeline(List.of("tag", NerStage.NAME));

  private NamesFound() {}

  /** Each entity's text, mapped to its type and canonical form ("ORG Handels utredningsinstitut"). */
  static Map<String, String> entities(String text) {
    return entities(PIPELINE, text);
  }

  /** The same with the tagger's parts of speech, which some rules read. */
  static Map<String, String> taggedEntities(String text) {
    return entities(TAGGED, text);
  }

  private static Map<String, String> entities(Pipeline pipeline, String text) {
    Document doc = pipeline.process(Document.of(text));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    return found;
  }
}
