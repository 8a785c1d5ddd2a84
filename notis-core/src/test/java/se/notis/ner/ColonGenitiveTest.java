package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** An abbreviation with a colon before its genitive s is a name however long the sentence. News sentences. */
class ColonGenitiveTest {
  private static final Pipeline PIPELINE = StageRegistry.pipeline(List.of(NerStage.NAME));

  private static Map<String, String> entities(String text) {
    Document doc = PIPELINE.process(Document.of(text));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    return found;
  }

  @Test
  void aColonGenitiveAbbreviationIsAName() {
    Map<String, String> found = entities("Ministern inledde dagen med ett besök på universitetet, där hon efter "
        + "en rundvandring i de nya lokalerna och ett samtal med studenter om hur utbildningen kan utvecklas "
        + "träffade KTH:s vicerektor Anna Wahl.");
    assertEquals("ORG KTH", found.get("KTH:s"), found.toString());
  }

  @Test
  void aCommonNounsAbbreviationIsNone() {
    Map<String, String> found = entities("Ministrarna diskuterade AI:s möjligheter för europeisk konkurrenskraft.");
    assertNull(found.get("AI:s"), found.toString());
  }
}
