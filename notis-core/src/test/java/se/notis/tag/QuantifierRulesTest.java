package se.notis.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "båda", "mycket", "beroende" and a dash by the words around them, on Talbanken sentences the tagger got wrong. */
class QuantifierRulesTest {
  @Test
  void bothIsADeterminerBeforeANounAndAPronounAlone() {
    assertEquals("DET", BundledTags.upos("Båda makarna kommer att arbeta .", 0));
    assertEquals("PRON", BundledTags.upos("De var samstämmiga om att båda skall ha lika mycket att säga till om .", 5));
  }

  @Test
  void muchIsAPronounAloneAndAnAdverbBeforeAnAdjective() {
    assertEquals("PRON", BundledTags.upos("Karln tjänar så mycket att det räcker .", 3));
    assertEquals("ADV", BundledTags.upos("Skillnaden är mycket stor .", 2));
  }

  @Test
  void dependentBeforeAvAndADashBetweenNumbers() {
    assertEquals("ADJ", BundledTags.upos("Barnen är beroende av föräldrarna .", 2));
    assertEquals("SYM", BundledTags.upos("Det tar högst femton - tjugo år .", 4));
  }
}
