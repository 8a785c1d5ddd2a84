package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Companies the name lists lack take their type from the organisations listed with them. News sentences. */
class OrganisationListsTest {
  @Test
  void aSurnameListedAmongOrganisationsIsACompany() {
    Map<String, String> found = entities("KTH, RISE, Försvarsmakten, Karlstads universitet, Saab, Ericsson och "
        + "Myndigheten för samhällsskydd och beredskap (MSB) har sedan deltagit i ett planeringsprojekt.");
    assertEquals("ORG Ericsson", found.get("Ericsson"), found.toString());
    assertEquals("ORG RISE", found.get("RISE"), found.toString());
  }

  @Test
  void anUnknownWordListedAmongOrganisationsIsOneButAListedPlaceStaysAPlace() {
    Map<String, String> found = entities("På mötet deltog representanter från Alfvén & Didriksson, Sjätte "
        + "AP-fonden, Bridgepoint, Cevian, Creandum, EQT, Mellby Gård, Navigare Ventures och Nordic Capital.");
    assertEquals("ORG Cevian", found.get("Cevian"), found.toString());
    assertEquals("ORG Creandum", found.get("Creandum"), found.toString());
    Map<String, String> places = entities("Samarbetet omfattar EU, EES och Schengenområdet samt Storbritannien.");
    assertEquals("LOC Schengenområdet", places.get("Schengenområdet"), places.toString());
  }

  /** A listed union that is also an adjective opens its sentence as the subject before a verb or "i". */
  @Test
  void aListedUnionOpensItsSentence() {
    Map<String, String> found = entities("Fackförbundet Kommunal kräver mer personal. Kommunal i Dalarna har "
        + "länge varnat för situationen. Attendo och Humana driver boendena.");
    assertEquals("ORG Kommunal", found.get("Kommunal"), found.toString());
    assertEquals("ORG Attendo", found.get("Attendo"), found.toString());
    assertEquals("ORG Humana", found.get("Humana"), found.toString());
    found = entities("Kommunal service ska finnas i hela landet.");
    assertEquals(null, found.get("Kommunal"), found.toString());
  }

  @Test
  void twoListedUnionsJoinedByOchAreTwo() {
    Map<String, String> found = entities("IF Metall och Kommunal har tecknat ett nytt avtal. Folk och Försvar "
        + "håller sin rikskonferens i Sälen.");
    assertEquals("ORG IF Metall", found.get("IF Metall"), found.toString());
    assertEquals("ORG Kommunal", found.get("Kommunal"), found.toString());
    assertEquals("ORG Folk och Försvar", found.get("Folk och Försvar"), found.toString());
  }

  /** A compound noun for the part a body plays opens the sentence outside the body's name. */
  @Test
  void aSponsorOrOwnerOpeningTheSentenceIsNoPartOfTheName() {
    Map<String, String> found = entities("Huvudsponsorn Jämtkraft har gått in med extra pengar. "
        + "Fastighetsägaren Akelius vill sälja husen.");
    assertEquals("ORG Jämtkraft", found.get("Jämtkraft"), found.toString());
    assertEquals("ORG Akelius", found.get("Akelius"), found.toString());
  }
}
