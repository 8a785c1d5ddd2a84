package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Organisations named by capitalised common words ("Vi Unga"), found by their company in a list. News sentences. */
class CommonWordNamesTest {
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

  @Test
  void aPersonWhoseSurnameEndsAVenueStaysAPersonAndTheVenueWhole() {
    Map<String, String> found = entities("Linnea Vall gör sin största turné hittills. Nu händer det, säger "
        + "Linnea Vall. Matchen spelas på Lindesbergs Vall.");
    assertEquals("PER Linnea Vall", found.get("Linnea Vall"), found.toString());
    assertEquals("LOC Lindesbergs Vall", found.get("Lindesbergs Vall"), found.toString());
    assertEquals(null, found.get("Vall"), found.toString());
  }

  @Test
  void festivalsGalasAndGrandPrixAreEvents() {
    Map<String, String> found = entities("Hon tävlar på Bauhaus-galan i Stockholm. Han vann Folksam GP i Karlstad. "
        + "Umeå Jazzfestival lockade många och Luleå vinterfestival startar i dag.");
    assertEquals("MISC Bauhaus-galan", found.get("Bauhaus-galan"), found.toString());
    assertEquals("MISC Folksam GP", found.get("Folksam GP"), found.toString());
    assertEquals("MISC Umeå Jazzfestival", found.get("Umeå Jazzfestival"), found.toString());
    assertEquals("MISC Luleå vinterfestival", found.get("Luleå vinterfestival"), found.toString());
  }
}
