package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseWordsTest {
  /** Verbs and adverbs end a name's noun phrase; nouns, adjectives and participles do not. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "anpassas\ttrue", "följer\ttrue", "inordnas\ttrue", "skärpts\ttrue", "innebär\ttrue", "noga\ttrue",
    "återrapporterar\ttrue", "försvar\tfalse", "analyser\tfalse", "berusade\tfalse", "unga\tfalse",
    "elcertifikat\tfalse", "omsorgsanalys\tfalse", "personer\tfalse", "x\tfalse", "\u00e5\u00e4\u00f6qz\tfalse"})
  void endsPhrase(String word, boolean expected) {
    assertEquals(expected, PhraseWords.endsPhrase(word, 0, word.length()));
  }
}
