package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityWordsTest {
  @Test
  void compoundsWithCommonNounsAreNoNames() {
    assertTrue(EntityWords.isCompoundWithCommonNoun("Trump-perspektiv"));
    assertTrue(EntityWords.isCompoundWithCommonNoun("EU-minister"));
    assertFalse(EntityWords.isCompoundWithCommonNoun("AI-kommissionen"));
    assertFalse(EntityWords.isCompoundWithCommonNoun("Guevara-Rosas"));
  }
}
