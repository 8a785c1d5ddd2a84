package se.notis.lemma;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bundled Swedish dictionary: which forms it knows as common words. */
class SwedishDictionaryTest {
  private static final SwedishDictionary DICTIONARY = SwedishDictionary.get();

  @Test
  void formsAndCompoundNounsAreCommonWords() {
    assertTrue(DICTIONARY.knowsAsCommonWord("kommissionen"));
    assertTrue(DICTIONARY.knowsAsCommonWord("per"), "a preposition as well as a name");
    assertTrue(DICTIONARY.knowsAsCommonWord("energimyndigheten"));
    assertTrue(DICTIONARY.knowsAsCommonWord("eu-kommissionen"));
  }

  @Test
  void namesAndForeignWordsAreNot() {
    assertFalse(DICTIONARY.knowsAsCommonWord("videgaray"));
    assertFalse(DICTIONARY.knowsAsCommonWord("excelsior"));
    // "Fo|rest" and "Swe|den" would split only with a first part under three letters or a last part
    // that is no noun of four letters.
    assertFalse(DICTIONARY.knowsAsCommonWord("forest"));
    assertFalse(DICTIONARY.knowsAsCommonWord("sweden"));
    assertFalse(DICTIONARY.knowsAsCommonWord(""));
  }
}
