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

  /** Housing companies, Nordic infrastructure bodies and charities the press names alone are listed. */
  @Test
  void housingCompaniesAndNordicBodiesAreListed() {
    Map<String, String> found = entities("Hyresgästerna hos Familjebostäder och Stångåstaden får höjda hyror. "
        + "Tågen till Narvik stoppas enligt Bane NOR och Statens vegvesen. Samtalen till Bris ökade kraftigt.");
    assertEquals("ORG Familjebostäder", found.get("Familjebostäder"), found.toString());
    assertEquals("ORG Stångåstaden", found.get("Stångåstaden"), found.toString());
    assertEquals("ORG Bane NOR", found.get("Bane NOR"), found.toString());
    assertEquals("ORG Statens vegvesen", found.get("Statens vegvesen"), found.toString());
    assertEquals("ORG Bris", found.get("Bris"), found.toString());
  }

  /** Sveriges Radio's local stations are the broadcaster's, not their regions. */
  @Test
  void aLocalRadioStationIsAnOrganisation() {
    Map<String, String> found = entities("Det rapporterar P4 Jämtland på fredagen.");
    assertEquals("ORG P4 Jämtland", found.get("P4 Jämtland"), found.toString());
  }

  /** A place named after a person is the place; named wars and unions of the past are events. */
  @Test
  void placesAfterPeopleAndWarsOfThePast() {
    Map<String, String> found = entities("Mötet hölls i Hjalmar Lundbohmsgården i Kiruna. Finland förlorade "
        + "mark i fortsättningskriget, långt efter att Kalmarunionen hade upplösts.");
    assertEquals("LOC Hjalmar Lundbohmsgården", found.get("Hjalmar Lundbohmsgården"), found.toString());
    assertEquals("MISC fortsättningskriget", found.get("fortsättningskriget"), found.toString());
    assertEquals("MISC Kalmarunionen", found.get("Kalmarunionen"), found.toString());
  }

  /** Places by their ending, their noun or their island: railway lines abroad, fields, halls, terminals. */
  @Test
  void placesByTheirEndingsAndNouns() {
    Map<String, String> found = entities("Tågen på Ofotbanen står still. Gasen kommer från Trollfältet i Nordsjön. "
        + "Att se Folkets hus rivas gjorde ont. Fåren betar på Gotska Sandön, skriver Pär Schön. Muddringen "
        + "sprider gifter i Lule älvs mynning.");
    assertEquals("LOC Ofotbanen", found.get("Ofotbanen"), found.toString());
    assertEquals("LOC Trollfältet", found.get("Trollfältet"), found.toString());
    assertEquals("LOC Folkets hus", found.get("Folkets hus"), found.toString());
    assertEquals("LOC Gotska Sandön", found.get("Gotska Sandön"), found.toString());
    assertEquals("PER Pär Schön", found.get("Pär Schön"), found.toString());
    assertEquals("LOC Lule älv", found.get("Lule älvs"), found.toString());
  }

  /** A cinema's or restaurant's noun before its name is no part of it, and no person's name. */
  @Test
  void aVenuesNounBeforeItsNameStaysOutside() {
    Map<String, String> found = entities("Biografen Royal i Luleå har haft stängt sedan dess.");
    assertEquals("ORG Royal", found.get("Royal"), found.toString());
  }

  /** A parish and a church named after a saint or a king are the parish and the church, not the person. */
  @Test
  void aParishNamedAfterAPerson() {
    Map<String, String> found = entities("Olaus Petri församling har 20 000 medlemmar. Gustav Vasa kyrka ligger vid Odenplan.");
    assertEquals("ORG Olaus Petri församling", found.get("Olaus Petri församling"), found.toString());
    assertEquals("LOC Gustav Vasa kyrka", found.get("Gustav Vasa kyrka"), found.toString());
  }

  /** A board's common noun opening a sentence is no name; a role written with a capital is no place. */
  @Test
  void boardsAndRolesOpeningASentenceAreNoNames() {
    Map<String, String> found = entities("Tekniska nämndens ordförande Anna Berg (S) är nöjd. Stadsdelsnämnden "
        + "beslutade i går. – Det ligger i allas intresse, säger Europaparlamentarikern Jonas Ekström (M).");
    assertEquals(null, found.get("Tekniska nämndens"), found.toString());
    assertEquals(null, found.get("Stadsdelsnämnden"), found.toString());
    assertEquals("PER Jonas Ekström", found.get("Jonas Ekström"), found.toString());
  }

  /** Canals and locks named by their place, English streets named after people, bands by their word. */
  @Test
  void canalsStreetsAndBands() {
    Map<String, String> found = entities("Båten gick genom Göta kanal förbi Bergs slussar. Mötet hölls på Matthew "
        + "Parker Street i London. Konserten med Norrbotten Big Band lockade 500 personer.");
    assertEquals("LOC Göta kanal", found.get("Göta kanal"), found.toString());
    assertEquals("LOC Bergs slussar", found.get("Bergs slussar"), found.toString());
    assertEquals("LOC Matthew Parker Street", found.get("Matthew Parker Street"), found.toString());
    assertEquals("ORG Norrbotten Big Band", found.get("Norrbotten Big Band"), found.toString());
  }

  /** A group's one-word name is a body, not a place, and stays apart from the person named after it. */
  @Test
  void aGroupBeforeItsChairIsTheBody() {
    Map<String, String> found = entities("Det säger socialförsäkringsminister tillika ordförande i Pensionsgruppen "
        + "Anna Tenje.");
    assertEquals("ORG Pensionsgruppen", found.get("Pensionsgruppen"), found.toString());
    assertEquals("PER Anna Tenje", found.get("Anna Tenje"), found.toString());
  }

  /** A town's art gallery, a student nation and a café by its name are bodies. */
  @Test
  void galleriesNationsAndCafesAreBodies() {
    Map<String, String> found = entities("Utställningen visas på Skellefteå konsthall. Vi åt på Café Nygatan. "
        + "Kalmar Nations kurator är nöjd.");
    assertEquals("ORG Skellefteå konsthall", found.get("Skellefteå konsthall"), found.toString());
    assertEquals("ORG Café Nygatan", found.get("Café Nygatan"), found.toString());
    assertEquals("ORG", found.get("Kalmar Nations").split(" ")[0], found.toString());
  }

  /** A shipyard and a railway company keep their names' own s and words; speedway clubs are clubs. */
  @Test
  void shipyardsRailwaysAndSpeedwayClubsAreListed() {
    Map<String, String> found = entities("Ubåten byggs av Saab Kockums i Karlskrona, och Kockums varv anställer. "
        + "Vy Tåg kör nattåget. Dackarna vann mot Smederna på Skrotfrag Arena.");
    assertEquals("ORG Saab Kockums", found.get("Saab Kockums"), found.toString());
    assertEquals("ORG Kockums", found.get("Kockums"), found.toString());
    assertEquals("ORG Vy Tåg", found.get("Vy Tåg"), found.toString());
    assertEquals("ORG Dackarna", found.get("Dackarna"), found.toString());
    assertEquals("ORG Smederna", found.get("Smederna"), found.toString());
  }
}
