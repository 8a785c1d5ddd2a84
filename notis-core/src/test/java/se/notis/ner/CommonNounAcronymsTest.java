package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

class CommonNounAcronymsTest {
  private static final Pipeline PIPELINE = StageRegistry.pipeline(List.of(NerStage.NAME));

  @Test
  void anAcronymOfLowerCaseWordsIsNoNameButOneOfAnOrganisationIs() {
    Document doc = PIPELINE.process(Document.of(
        "Statens beredning för medicinsk och social utvärdering (SBU) har kartlagt vilka sociala insatser och "
            + "metoder som rekommenderas i Norden. Två metoder som används i syfte att motverka normbrytande eller "
            + "kriminellt beteende hos barn och unga är gruppvåldsintervention (GVI) samt funktionell familjeterapi "
            + "(FFT). Erfarenheterna av GVI är goda. Enligt den internationella energibyråns (IEA) statistik har "
            + "de globala satsningarna ökat. Regeringen vill att Totalförsvarets forskningsinstitut (FOI) ska bistå "
            + "ISP i granskningen. Ärendet utreds vidare av Avdelningen för särskilda utredningar (SU). "
            + "Statens väg- och transportforskningsinstitut (VTI) har genomfört en undersökning."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type());
    }
    assertFalse(found.containsKey("GVI"), found.toString());
    assertFalse(found.containsKey("FFT"), found.toString());
    assertEquals("ORG", found.get("SBU"), found.toString());
    assertEquals("ORG", found.get("IEA"), found.toString());
    assertEquals("ORG", found.get("FOI"), found.toString());
    assertTrue(found.containsKey("SU"), found.toString());
    assertEquals("ORG", found.get("VTI"), found.toString());
  }

  /** The tagger finds "SBU" but not the long name it stands for; the acronym's letters find it. */
  @Test
  void theNameAnAcronymInBracketsSpellsOutIsAnOrganisation() {
    Document doc = PIPELINE.process(Document.of(
        "För att stoppa nyrekryteringen krävs samverkan. Statens beredning för medicinsk och social utvärdering "
            + "(SBU) har kartlagt vilka sociala insatser och metoder som rekommenderas i Norden."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    String name = "Statens beredning för medicinsk och social utvärdering";
    assertEquals("ORG " + name, found.get(name), found.toString());
    assertEquals("ORG " + name, found.get("SBU"), found.toString());
  }
}
