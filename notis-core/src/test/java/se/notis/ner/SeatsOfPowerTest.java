package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** "Vita huset", "Pentagon", "Kreml": a place where one is, an organisation where it acts. News sentences. */
class SeatsOfPowerTest {
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
  void thePowerThatActsIsAnOrganisation() {
    Map<String, String> found = entities("Spänningen skruvas nu upp. Kreml är rationellt, utifrån sina egna mål. "
        + "Men Vita husets agerande väcker frågor.");
    assertEquals("ORG Kreml", found.get("Kreml"), found.toString());
    assertEquals("ORG Vita huset", found.get("Vita husets"), found.toString());
  }

  @Test
  void theBuildingOneVisitsIsAPlace() {
    Map<String, String> found = entities("Försvarsministern tar emot Pål Jonson i Pentagon för överläggningar.");
    assertEquals("LOC Pentagon", found.get("Pentagon"), found.toString());
    assertEquals("LOC Vita huset", entities("Under sitt besök i Vita huset mötte han presidentens rådgivare.")
        .get("Vita huset"));
  }
}
