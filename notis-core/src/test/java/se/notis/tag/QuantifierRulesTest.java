package se.notis.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "båda", "mycket", "beroende" and a dash by the words around them, on Talbanken sentences the tagger got wrong. */
class QuantifierRulesTest {
  private static String uposOf(String sentence, int i) {
    String[] words = sentence.split(" ");
    String[] upos = new String[words.length];
    String[] xpos = new String[words.length];
    String[] feats = new String[words.length];
    TaggerModel.bundled().tagger().tag(words, upos, xpos, feats);
    return upos[i];
  }

  @Test
  void bothIsADeterminerBeforeANounAndAPronounAlone() {
    assertEquals("DET", uposOf("Båda makarna kommer att arbeta .", 0));
    assertEquals("PRON", uposOf("De var samstämmiga om att båda skall ha lika mycket att säga till om .", 5));
  }

  @Test
  void muchIsAPronounAloneAndAnAdverbBeforeAnAdjective() {
    assertEquals("PRON", uposOf("Karln tjänar så mycket att det räcker .", 3));
    assertEquals("ADV", uposOf("Skillnaden är mycket stor .", 2));
  }

  @Test
  void dependentBeforeAvAndADashBetweenNumbers() {
    assertEquals("ADJ", uposOf("Barnen är beroende av föräldrarna .", 2));
    assertEquals("SYM", uposOf("Det tar högst femton - tjugo år .", 4));
  }
}
