package se.notis.tag;

/**
 * Which words of a found name are proper nouns although the tagger read them as common words. In the
 * treebank a name built from Swedish words keeps their classes ("Svenska Dagbladet": ADJ NOUN, "Röda
 * Korset", "Energimyndigheten"), so only two kinds of word change: a capitalised word the Swedish dictionary
 * does not know as a common word ("Videgaray" opening a sentence, "Mexico City", "El Excelsior"), and a capitalised word
 * inside a name of several words that the tagger made a function word (Spanish "El" read as Swedish
 * "el", "De" in "De Niro"), where no Swedish function word is capitalised mid-sentence.
 */
final class NameWords {
  private NameWords() {}

  /**
   * Whether a word of a person, place or organisation name should be tagged PROPN.
   *
   * @param word the word as written
   * @param upos the tagger's UPOS
   * @param sentenceInitial whether the word opens its sentence (where every word is capitalised)
   * @param nameOfSeveralWords whether the name has more than one word
   * @param knownToDictionary whether the dictionary knows the word's lower-case form as a common word
   */
  static boolean isProperNoun(String word, String upos, boolean sentenceInitial, boolean nameOfSeveralWords,
      boolean knownToDictionary) {
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || word.endsWith("-") || !changeable(upos)) {
      return false;
    }
    if (!knownToDictionary) {
      return true;
    }
    return !sentenceInitial && nameOfSeveralWords && isFunctionWord(upos);
  }

  /**
   * Open-class and function-word tags; numbers, symbols and punctuation inside a name stay, and so
   * does the first part of a compound cut before a conjunction ("Post- och telestyrelsen").
   */
  private static boolean changeable(String upos) {
    return switch (upos) {
      case "PROPN", "NUM", "SYM", "PUNCT", "X" -> false;
      default -> true;
    };
  }

  private static boolean isFunctionWord(String upos) {
    return switch (upos) {
      case "ADP", "CCONJ", "SCONJ", "DET", "PRON", "PART", "AUX" -> true;
      default -> false;
    };
  }
}
