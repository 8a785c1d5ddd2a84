package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An abbreviation with a colon before its genitive s is a name however long the sentence. News sentences. */
class ColonGenitiveTest {
  @Test
  void aColonGenitiveAbbreviationIsAName() {
    Map<String, String> found = entities("Ministern inledde dagen med ett besök på universitetet, där hon efter "
        + "en rundvandring i de nya lokalerna och ett samtal med studenter om hur utbildningen kan utvecklas "
        + "träffade KTH:s vicerektor Anna Wahl.");
    assertEquals("ORG KTH", found.get("KTH:s"), found.toString());
  }

  @Test
  void aCommonNounsAbbreviationIsNone() {
    Map<String, String> found = entities("Ministrarna diskuterade AI:s möjligheter för europeisk konkurrenskraft.");
    assertNull(found.get("AI:s"), found.toString());
  }
}
