package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** Names with the number that tells one of a kind from the others, on sentences of news articles. */
class NumberedNamesTest {
  private static final Pipeline TAGGED = StageRegistry.pipeline(List.of("tag", NerStage.NAME));

  private static Map<String, String> names(String text) {
    Document doc = TAGGED.process(Document.of(text));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    return found;
  }

  @Test
  void aReactorAnExerciseAndAWeaponKeepTheirNumbers() {
    Map<String, String> found = names("Reaktorerna Ringhals 3 och 4 stängdes för revision. Övningen Baltops 23 "
        + "inleddes i Östersjön. Sverige köper Robotsystem 70. Ministern gick från Finansdepartementet "
        + "(Jakobsgatan 24) till riksdagen.");
    assertEquals("Ringhals 3", canonical(found.get("Ringhals 3")), found.toString());
    assertEquals("Baltops 23", canonical(found.get("Baltops 23")), found.toString());
    assertEquals("Robotsystem 70", canonical(found.get("Robotsystem 70")), found.toString());
    assertEquals("LOC Jakobsgatan 24", found.get("Jakobsgatan 24"), found.toString());
  }

  @Test
  void aCountAScoreAFractionOrACountrysTallyIsNoPartOfTheName() {
    Map<String, String> found = names("Olyckan skedde i Lycksele 10 mil bort. Hammarby vann mot Malmö FF 3–1 i går. "
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
