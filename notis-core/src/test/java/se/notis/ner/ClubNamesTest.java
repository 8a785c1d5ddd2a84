package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A town that plays in a report of sport is its club, in every mention but those of the place. */
class ClubNamesTest {
  @Test
  void aTownThatPlaysIsItsClubThroughTheReport() {
    Map<String, String> found = entities("Matchen i SHL blev dramatisk. Färjestad låg under med 0–2 efter "
        + "första perioden, men vände och vann med 4–2 mot Luleå. Dvořáček kom till Färjestad från Prag inför "
        + "säsongen. Jag trivs i Karlstad, säger han.");
    assertEquals("ORG Färjestad", found.get("Färjestad"), found.toString());
    assertEquals("ORG Luleå", found.get("Luleå"), found.toString());
    assertEquals("LOC Karlstad", found.get("Karlstad"), found.toString());
  }

  @Test
  void aWordOfSportInAnotherTextMakesNoClub() {
    Map<String, String> found = entities("Målet beslutades av Europeiska rådet 2014 och blev en del av "
        + "klimatavtalet från Paris.");
    assertEquals("LOC Paris", found.get("Paris"), found.toString());
  }
}
