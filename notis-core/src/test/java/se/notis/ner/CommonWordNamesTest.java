package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** Organisations named by capitalised common words ("Vi Unga"), found by their company in a list. News sentences. */
class CommonWordNamesTest {
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
  void capitalisedCommonWordsListedBesideAnOrganisationNameOne() {
    Map<String, String> found = entities("På mötet deltog bland andra Jordbruksverket, Hushållningssällskapet "
        + "och Vi Unga. Några frågor som diskuterades var generationsskiftet.");
    assertEquals("ORG Vi Unga", found.get("Vi Unga"), found.toString());
  }

  @Test
  void capitalisedCommonWordsWithoutSuchCompanyAreLeftAlone() {
    Map<String, String> found = entities("Polisen stoppar och kontrollerar en personbil i Inre Hamnen i Sundsvall.");
    assertTrue(found.get("Inre Hamnen") == null || !found.get("Inre Hamnen").startsWith("ORG"), found.toString());
  }
}
