package se.notis.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.notis.doc.Place;

class PlaceLinkerTest {
  private final PlaceLinker linker = PlaceLinker.standard();

  @Test
  void countriesLinkToIsoCodesAndSwedishNames() {
    Place mexico = linker.find("Mexiko").orElseThrow();
    assertEquals("country", mexico.kind());
    assertEquals("MX", mexico.id());
    assertEquals("Mexiko", mexico.name());
    assertEquals("US", linker.find("USA").orElseThrow().id());
    assertEquals("US", linker.find("Förenta staterna").orElseThrow().id());
  }

  @Test
  void unambiguousCitiesLinkToGeoNamesWithCoordinates() {
    Place city = linker.find("San Pedro Sula").orElseThrow();
    assertEquals("city", city.kind());
    assertEquals("3601782", city.id());
    assertEquals("HN", city.countryCode());
    assertTrue(city.latitude() > 15 && city.latitude() < 16);
    assertEquals("SE", linker.find("Göteborg").orElseThrow().countryCode());
  }

  @Test
  void ambiguousCitiesStayUnlinkedButADominantOneLinks() {
    assertTrue(linker.find("Kholm").isEmpty(), "two towns of similar size");
    assertEquals("FR", linker.find("Paris").orElseThrow().countryCode());
    assertTrue(linker.find("Kil").isEmpty(), "a Swedish town, not Kiel's Swedish spelling");
    assertEquals("SE", linker.find("Solna").orElseThrow().countryCode(), "not Žilina");
  }

  @Test
  void unknownAndEmptyNamesStayUnlinked() {
    assertTrue(linker.find("Tecún Umán").isEmpty());
    assertTrue(linker.find("").isEmpty());
    assertTrue(linker.find(null).isEmpty());
  }
}
