package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Programmes and strategies named with a capital inside a sentence are names (MISC). News sentences. */
class ProgrammeNamesTest {
  @Test
  void aCapitalisedProgrammeInsideASentenceIsAName() {
    Map<String, String> found = entities("För att projekten ska bli färdiga innan Landsbygdsprogrammet tar slut "
        + "föreslås ändringar. Arbetet med Livsmedelsstrategin 2.0 bedrivs i nära dialog med branschen.");
    assertEquals("MISC Landsbygdsprogrammet", found.get("Landsbygdsprogrammet"), found.toString());
    assertEquals("MISC Livsmedelsstrategin 2.0", found.get("Livsmedelsstrategin 2.0"), found.toString());
  }

  @Test
  void aProgrammeInLowerCaseOrOpeningASentenceIsNone() {
    Map<String, String> found = entities("Mark överförs från landsbygdsprogrammet till viltskadeanslaget. "
        + "Programmet tar slut nästa år.");
    assertNull(found.get("landsbygdsprogrammet"), found.toString());
    assertNull(found.get("Programmet"), found.toString());
  }

  @Test
  void aProgrammeOpeningASentenceIsNamedAsElsewhereInTheDocument() {
    Map<String, String> found = entities("Sverige är ordförandeland i Östersjöstrategin. "
        + "Östersjöstrategin är en av EU:s fyra makroregionala strategier.");
    assertEquals("MISC Östersjöstrategin", found.get("Östersjöstrategin"), found.toString());
  }

  @Test
  void aCompoundCapitalisedByItsFirstPartIsNoName() {
    Map<String, String> found = entities("Regeringen vill främja svensk medverkan i EU-programmet Kreativa Europa.");
    assertNull(found.get("EU-programmet"), found.toString());
  }
}
