package se.notis.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "ha" and "bli" as auxiliaries or main verbs by the words after them, on Talbanken sentences the tagger got wrong. */
class AuxiliaryVerbsTest {
  private static String uposOf(String sentence, int i) {
    String[] words = sentence.split(" ");
    String[] upos = new String[words.length];
    String[] xpos = new String[words.length];
    String[] feats = new String[words.length];
    TaggerModel.bundled().tagger().tag(words, upos, xpos, feats);
    return upos[i] + " " + xpos[i];
  }

  @Test
  void haveWithoutASupineIsTheMainVerb() {
    assertEquals("VERB VB|PRS|AKT", uposOf("Kvinnan har sålunda långt att gå innan hon är fri .", 1));
    assertEquals("VERB VB|PRS|AKT", uposOf("Varje vuxen medborgare har i princip samma ställning inför lagen .", 3));
  }

  @Test
  void haveBeforeASupineIsTheAuxiliary() {
    assertEquals("AUX VB|PRS|AKT", uposOf("Så har också omvärldens attityder och värderingar gjort .", 1));
    assertEquals("AUX VB|PRT|AKT", uposOf("Hon hade redan lämnat landet när domen kom .", 1));
  }

  @Test
  void becomeBeforeAPastParticipleIsThePassiveAuxiliary() {
    assertEquals("AUX", uposOf("Vi blev mycket frustrerade av beskedet .", 1).split(" ")[0]);
    assertEquals("VERB", uposOf("Frågan blir avgörande för valet .", 1).split(" ")[0]);
  }
}
