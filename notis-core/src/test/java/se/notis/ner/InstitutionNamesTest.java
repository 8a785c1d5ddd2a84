package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;
import static se.notis.ner.NamesFound.taggedEntities;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies and places named by a place and a noun, by a closing or opening word, and by their site. News sentences. */
class InstitutionNamesTest {
  /** A place's parish, district administration, orchestra and council are bodies; its chapel hall and village hall are places. */
  @Test
  void placesNameTheirBodiesAndTheirHalls() {
    Map<String, String> found = entities("Vilhelmina församling och Skärholmens stadsdelsförvaltning bjuder in. "
        + "Västerviks kammarorkester spelar och Sveriges kristna råd står bakom. Mötet hålls i Getinge "
        + "församlingshem och sedan i Hjärnarps bygdegård.");
    assertEquals("ORG Vilhelmina församling", found.get("Vilhelmina församling"), found.toString());
    assertEquals("ORG Skärholmens stadsdelsförvaltning", found.get("Skärholmens stadsdelsförvaltning"), found.toString());
    assertEquals("ORG Västerviks kammarorkester", found.get("Västerviks kammarorkester"), found.toString());
    assertEquals("ORG Sveriges kristna råd", found.get("Sveriges kristna råd"), found.toString());
    assertEquals("LOC Getinge församlingshem", found.get("Getinge församlingshem"), found.toString());
    assertEquals("LOC Hjärnarps bygdegård", found.get("Hjärnarps bygdegård"), found.toString());
  }

  /** Channels, cruise lines and pizzerias are firms, not persons the tagger took them for. */
  @Test
  void channelsCruiseLinesAndPizzeriasAreOrganisations() {
    Map<String, String> found = entities("Matchen sänds i Sky Sports och Golf Channel. Aida Cruises lägger till i "
        + "Visby, och Pizzeria Bella håller öppet. Det säger Radiosporten.");
    assertEquals("ORG Sky Sports", found.get("Sky Sports"), found.toString());
    assertEquals("ORG Golf Channel", found.get("Golf Channel"), found.toString());
    assertEquals("ORG Aida Cruises", found.get("Aida Cruises"), found.toString());
    assertEquals("ORG Pizzeria Bella", found.get("Pizzeria Bella"), found.toString());
    assertEquals("ORG Radiosporten", found.get("Radiosporten"), found.toString());
  }

  /** A nuclear power plant is the place of its reactors, and the plant named alone is not one of them. */
  @Test
  void powerPlantsArePlacesApartFromTheirReactors() {
    Map<String, String> found = taggedEntities("Reaktorn Ringhals 4 stängdes i går. Vattenfall vill att Ringhals ska "
        + "leverera mer el. Vid Forsmark arbetar tusen personer.");
    assertEquals("LOC Ringhals 4", found.get("Ringhals 4"), found.toString());
    assertEquals("LOC Ringhals", found.get("Ringhals"), found.toString());
    assertEquals("LOC Forsmark", found.get("Forsmark"), found.toString());
  }

  /** A place's regiment, parish, band, club and city library are bodies; a country's assembly is no parish. */
  @Test
  void placesNameTheirRegimentsBandsAndLibraries() {
    Map<String, String> found = entities("Kalmar domkyrkoförsamling, Jämtlands fältjägarregemente, Skrea scoutkår "
        + "och Leksands spelmanslag medverkar, liksom Malmö stadsbibliotek. Länsstyrelsen Dalarna och Rotary "
        + "Falkenberg står bakom. Talmannen träffade Frankrikes nationalförsamling.");
    assertEquals("ORG Kalmar domkyrkoförsamling", found.get("Kalmar domkyrkoförsamling"), found.toString());
    assertEquals("ORG Jämtlands fältjägarregemente", found.get("Jämtlands fältjägarregemente"), found.toString());
    assertEquals("ORG Skrea scoutkår", found.get("Skrea scoutkår"), found.toString());
    assertEquals("ORG Leksands spelmanslag", found.get("Leksands spelmanslag"), found.toString());
    assertEquals("ORG Malmö stadsbibliotek", found.get("Malmö stadsbibliotek"), found.toString());
    assertEquals("ORG Länsstyrelsen Dalarna", found.get("Länsstyrelsen Dalarna"), found.toString());
    assertEquals("ORG Rotary Falkenberg", found.get("Rotary Falkenberg"), found.toString());
    assertEquals("LOC Frankrike", found.get("Frankrikes"), found.toString());
  }

  /** A shopping centre, a works, a waterside district and a sports ground take their place's name. */
  @Test
  void placesNameTheirCentresWorksAndGrounds() {
    Map<String, String> found = entities("Vi möttes i Valbo köpcentrum och sedan vid Forsmarks bruk. Matchen spelas "
        + "på Borgholms idrottsplats, och Hammarby sjöstad växer.");
    assertEquals("LOC Valbo köpcentrum", found.get("Valbo köpcentrum"), found.toString());
    assertEquals("LOC Forsmarks bruk", found.get("Forsmarks bruk"), found.toString());
    assertEquals("LOC Borgholms idrottsplats", found.get("Borgholms idrottsplats"), found.toString());
    assertEquals("LOC Hammarby sjöstad", found.get("Hammarby sjöstad"), found.toString());
  }

  /** A one-word name ending in a body's definite head is the body, though the tagger called it a work. */
  @Test
  void compoundsOfABodysHeadAreBodies() {
    Map<String, String> found = entities("Eftermiddagen avslutas med ett besök på Vasamuseet. Hon har sin bakgrund "
        + "i Flygvapnet och i Sjöräddningssällskapet.");
    assertEquals("ORG Vasamuseet", found.get("Vasamuseet"), found.toString());
    assertEquals("ORG Flygvapnet", found.get("Flygvapnet"), found.toString());
    assertEquals("ORG Sjöräddningssällskapet", found.get("Sjöräddningssällskapet"), found.toString());
  }

  /** A unit's designation after its name is the unit, and so is every later mention of it. */
  @Test
  void unitDesignationsNameTheirRegiments() {
    Map<String, String> found = entities("Norrbottens regemente, I 19, i Boden växer. Hon är aktuell för en tjänst "
        + "vid I 19. Upplands flygflottilj (F 16) ligger i Uppsala. I 19 fall av 20 gick det bra.");
    assertEquals("ORG Norrbottens regemente", found.get("I 19"), found.toString());
    assertEquals("ORG Upplands flygflottilj", found.get("F 16"), found.toString());
    found = entities("I 19 fall av 20 gick det bra för eleverna på skolan.");
    assertEquals(null, found.get("I 19"), found.toString());
  }
}
