package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;
import static se.notis.ner.NamesFound.taggedEntities;

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

  /** "vann Piteå" names the team as "Piteå vann" does, and a player the tagger ran into it keeps his own name. */
  @Test
  void aTownAfterTheVerbOfTheMatchIsTheClubOfTheReport() {
    Map<String, String> found = entities("Piteå HC tog en viktig seger i serien. På lördagskvällen vann Piteå med "
        + "4–2 borta mot Kalix HC. Kalix tog ledningen i första perioden, men i andra perioden gav kanadensaren "
        + "Tyler McKenzie Piteå ledningen i powerplay.");
    assertEquals("ORG Piteå HC", found.get("Piteå"), found.toString());
    assertEquals("PER Tyler McKenzie", found.get("Tyler McKenzie"), found.toString());
    assertEquals("ORG Kalix HC", found.get("Kalix"), found.toString());
  }

  @Test
  void gymnasticsAndSportsSocietiesCloseAClubsName() {
    Map<String, String> found = entities("Linköpings GIF:s ordförande Eva Strömberg är besviken. Matchen mellan Örgryte IS och GAIS slutade 1–1.");
    assertEquals("ORG Linköpings GIF", found.get("Linköpings GIF:s"), found.toString());
    assertEquals("ORG Örgryte IS", found.get("Örgryte IS"), found.toString());
  }

  /** "Luleå Hockey" makes its town the club as "Piteå HC" does, except where the town is the place. */
  @Test
  void aTownAndItsSportNameTheClub() {
    Map<String, String> found = taggedEntities("Luleå Hockey har sparkat huvudtränaren efter sju raka förluster. Laget "
        + "föll med 1–4 i matchen mot Skellefteå AIK, och nu ligger Luleå på tolfte plats i tabellen.");
    assertEquals("ORG Luleå Hockey", found.get("Luleå"), found.toString());
    found = taggedEntities("Luleå Hockey vann matchen med 3–2. Hundratals supportrar samlades i centrala Luleå.");
    assertEquals("LOC Luleå", found.get("Luleå"), found.toString());
  }

  /** A club signs a player from another club: "från Djurgården" names the team, and a heading is no expansion. */
  @Test
  void aPlayerSignedFromATownComesFromItsClub() {
    Map<String, String> found = entities("QBIK värvar från Djurgården\nQBIK, som spelar i Elitettan, har värvat "
        + "anfallaren Moa Hedlund från Djurgården. Hon spelade sex matcher i Damallsvenskan förra säsongen.");
    assertEquals("ORG Djurgården", found.get("Djurgården"), found.toString());
    assertEquals("ORG QBIK", found.get("QBIK"), found.toString());
  }

  /** A league the tagger ran a player's name into is cut off as the league. */
  @Test
  void aLeagueAfterAPlayerIsTheLeague() {
    Map<String, String> found = entities("Efter vårens nio omgångar toppar Forsberg Damallsvenskans skytteliga.");
    assertEquals("PER Forsberg", found.get("Forsberg"), found.toString());
    assertEquals("MISC Damallsvenskan", found.get("Damallsvenskans"), found.toString());
  }

  /** Clubs abroad the tagger never saw are teams where they play, "tar X emot Y" as "X vann". */
  @Test
  void untaggedClubsAbroadAreTeamsWhereTheyPlay() {
    Map<String, String> found = taggedEntities("Matchen blev en fest för gästerna. Dejan Kulusevski gjorde två mål när "
        + "Tottenham vann med 4–0 borta mot Manchester City i går. Nästa söndag tar Tottenham emot Fulham på "
        + "hemmaplan, och på söndag tar Bologna emot Lazio i Serie A.");
    assertEquals("ORG Tottenham", found.get("Tottenham"), found.toString());
    assertEquals("ORG Fulham", found.get("Fulham"), found.toString());
    assertEquals("ORG Bologna", found.get("Bologna"), found.toString());
  }

  /** The letters of handball and floorball clubs, before or after the name, and Norwegian sports' words. */
  @Test
  void handballAndFloorballClubsByTheirLetters() {
    Map<String, String> found = entities("Lugi HF tog emot HK Malmö i Baltiska hallen. IBK Dalen vann borta. "
        + "Hon har skrivit på för Elverum Håndball.");
    assertEquals("ORG Lugi HF", found.get("Lugi HF"), found.toString());
    assertEquals("ORG HK Malmö", found.get("HK Malmö"), found.toString());
    assertEquals("ORG IBK Dalen", found.get("IBK Dalen"), found.toString());
    assertEquals("ORG Elverum Håndball", found.get("Elverum Håndball"), found.toString());
  }

  /** A golf club's letters after its town make the club. */
  @Test
  void aGolfClubByItsLetters() {
    Map<String, String> found = entities("Tävlingen avgjordes på Halmstad GK i lördags.");
    assertEquals("ORG Halmstad GK", found.get("Halmstad GK"), found.toString());
  }
}
