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

/**
 * A compass word before a place is the name's only when written with a capital of its own
 * ("Västra Götaland", "Norra Kungsgatan"); "norra Sverige", "västra Balkan" name a part of the place,
 * and so does the same phrase opening a sentence. Sentences from the news collection.
 */
class CompassPlacesTest {
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
  void aCompassWordInLowerCaseIsOutsideThePlace() {
    Map<String, String> found = entities("Sverige stödjer länderna på västra Balkan i deras arbete. "
        + "Tillväxten i norra Sverige är stark.");
    assertEquals("LOC Balkan", found.get("Balkan"), found.toString());
    assertEquals("LOC Sverige", found.get("Sverige"), found.toString());
  }

  @Test
  void aCompassWordOpeningTheSentenceBeforeACountryIsOutsideIt() {
    Map<String, String> found = entities("Det gäller hela landet. Norra Sverige är en tillväxtmotor för hela "
        + "landet. Södra Sverige är även ett av de elområden där priserna stiger.");
    assertNull(found.get("Norra"), found.toString());
    assertNull(found.get("Södra Sverige"), found.toString());
    assertEquals("LOC Sverige", found.get("Sverige"), found.toString());
  }

  @Test
  void aCompassWordThatIsPartOfTheNameStaysInside() {
    Map<String, String> found = entities("Norra Mellansverige tar kliv framåt. Västra Götalands län har flest "
        + "företag. Olyckan skedde på Norra Kungsgatan i Gävle.");
    assertEquals("LOC Västra Götalands län", found.get("Västra Götalands län"), found.toString());
    assertEquals("LOC Norra Kungsgatan", found.get("Norra Kungsgatan"), found.toString());
  }
}
