package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names with the number that tells one of a kind from the others, on sentences of news articles. */
class NumberedNamesTest {
  @Test
  void aReactorAnExerciseAndAWeaponKeepTheirNumbers() {
    Map<String, String> found = NamesFound.taggedEntities("Reaktorerna Ringhals 3 och 4 stängdes för revision. "
        + "Övningen Baltops 23 "
        + "inleddes i Östersjön. Sverige köper Robotsystem 70. Ministern gick från Finansdepartementet "
        + "(Jakobsgatan 24) till riksdagen.");
    assertEquals("Ringhals 3", canonical(found.get("Ringhals 3")), found.toString());
    assertEquals("Baltops 23", canonical(found.get("Baltops 23")), found.toString());
    assertEquals("Robotsystem 70", canonical(found.get("Robotsystem 70")), found.toString());
    assertEquals("LOC Jakobsgatan 24", found.get("Jakobsgatan 24"), found.toString());
  }

  @Test
  void aCountAScoreAFractionOrACountrysTallyIsNoPartOfTheName() {
    Map<String, String> found = NamesFound.taggedEntities("Olyckan skedde i Lycksele 10 mil bort. "
        + "Hammarby vann mot Malmö FF 3–1 i går. "
        + "I Stockholm 1 av 5 tillfrågade. Medaljligan: Sverige 14, Norge 12. Festivalen Melodifestivalen 2019 "
        + "sågs av många.");
    assertEquals("LOC Lycksele", found.get("Lycksele"), found.toString());
    assertEquals("ORG Malmö FF", found.get("Malmö FF"), found.toString());
    assertEquals("LOC Stockholm", found.get("Stockholm"), found.toString());
    assertEquals("LOC Sverige", found.get("Sverige"), found.toString());
    assertEquals("MISC Melodifestivalen", found.get("Melodifestivalen"), found.toString());
  }

  private static String canonical(String typed) {
    return typed == null ? null : typed.substring(typed.indexOf(' ') + 1);
  }
}
