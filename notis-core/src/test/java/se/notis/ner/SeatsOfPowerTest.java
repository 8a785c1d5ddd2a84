package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Vita huset", "Pentagon", "Kreml": a place where one is, an organisation where it acts. News sentences. */
class SeatsOfPowerTest {
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

  @Test
  void thePalaceThatAnnouncesIsThePresidency() {
    Map<String, String> found = entities("Det meddelade Élyséepalatset på fredagen. Downing Street ville inte "
        + "kommentera uppgifterna.");
    assertEquals("ORG Élyséepalatset", found.get("Élyséepalatset"), found.toString());
    assertEquals("ORG Downing Street", found.get("Downing Street"), found.toString());
  }
}
