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

/** A company named like a person is the company where the document shows it is one. News sentences. */
class CompanyNamesTest {
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
  void aSurnameWithACompanysVdIsTheCompanyEverywhere() {
    Map<String, String> found = entities("Ministern besöker Ericsson i Mexico City. Det sker vid ett möte på "
        + "Ericssons nybyggda kontor. Ericssons tillförordnade vd för Nord- och Latinamerika, Fabian Mongue, "
        + "berättar om verksamheten i Mexiko.");
    assertEquals("ORG Ericsson", found.get("Ericsson"), found.toString());
    assertEquals("ORG Ericsson", found.get("Ericssons"), found.toString());
  }

  @Test
  void aPersonNamedInFullKeepsHisSurname() {
    Map<String, String> found = entities("Mötet leddes av statssekreterare Dan Ericsson. Ericsson betonade att "
        + "arbetet med strategin inte bara är en produkt. Ericssons kontor ligger i Rosenbad.");
    assertEquals("PER Dan Ericsson", found.get("Ericsson"), found.toString());
  }
}
