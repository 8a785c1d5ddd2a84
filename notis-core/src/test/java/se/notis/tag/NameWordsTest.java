package se.notis.tag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which words of a found name become proper nouns. */
class NameWordsTest {
  @Test
  void wordTheDictionaryDoesNotKnowIsAName() {
    // "Videgaray har även begärt hjälp": opening the sentence, tagged NOUN.
    assertTrue(NameWords.isProperNoun("Videgaray", "NOUN", true, false, false));
    assertTrue(NameWords.isProperNoun("City", "NOUN", false, true, false));
  }

  @Test
  void swedishWordsOfANameKeepTheirClassAsInTheTreebank() {
    // "Svenska Dagbladet", "Röda Korset", "Energimyndigheten": ADJ and NOUN in Talbanken.
    assertFalse(NameWords.isProperNoun("Svenska", "ADJ", false, true, true));
    assertFalse(NameWords.isProperNoun("Korset", "NOUN", false, true, true));
    assertFalse(NameWords.isProperNoun("Energimyndigheten", "NOUN", false, false, true));
  }

  @Test
  void capitalisedFunctionWordInsideALongerNameIsAName() {
    // "för den mexikanska tidningen El Excelsior", "Hans Dahlgren", "Per Bolund".
    assertTrue(NameWords.isProperNoun("El", "CCONJ", false, true, true));
    assertTrue(NameWords.isProperNoun("Hans", "PRON", false, true, true));
    assertTrue(NameWords.isProperNoun("Per", "ADP", false, true, true));
    // Opening a sentence every word is capitalised; a name of one word may be the tagger's right call.
    assertFalse(NameWords.isProperNoun("Per", "ADP", true, true, true));
    assertFalse(NameWords.isProperNoun("Hans", "PRON", false, false, true));
  }

  @Test
  void numbersPunctuationAndCutCompoundsStay() {
    assertFalse(NameWords.isProperNoun("Post-", "NOUN", false, true, false));
    assertFalse(NameWords.isProperNoun("2018", "NUM", false, true, false));
    assertFalse(NameWords.isProperNoun("videgaray", "NOUN", false, true, false));
    assertFalse(NameWords.isProperNoun("", "NOUN", false, true, false));
  }
}
