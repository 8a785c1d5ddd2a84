package se.notis.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "ha" and "bli" as auxiliaries or main verbs by the words after them, on Talbanken sentences the tagger got wrong. */
class AuxiliaryVerbsTest {
  @Test
  void haveWithoutASupineIsTheMainVerb() {
    assertEquals("VERB VB|PRS|AKT", BundledTags.of("Kvinnan har sålunda långt att gå innan hon är fri .", 1));
    assertEquals("VERB VB|PRS|AKT", BundledTags.of("Varje vuxen medborgare har i princip samma ställning inför lagen .", 3));
  }

  @Test
  void haveBeforeASupineIsTheAuxiliary() {
    assertEquals("AUX VB|PRS|AKT", BundledTags.of("Så har också omvärldens attityder och värderingar gjort .", 1));
    assertEquals("AUX VB|PRT|AKT", BundledTags.of("Hon hade redan lämnat landet när domen kom .", 1));
  }

  @Test
  void becomeBeforeAPastParticipleIsThePassiveAuxiliary() {
    assertEquals("AUX", BundledTags.upos("Vi blev mycket frustrerade av beskedet .", 1));
    assertEquals("VERB", BundledTags.upos("Frågan blir avgörande för valet .", 1));
  }
}
