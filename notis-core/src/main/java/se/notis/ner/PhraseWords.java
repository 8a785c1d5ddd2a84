package se.notis.ner;

import java.util.Locale;
import se.notis.lemma.SwedishDictionary;

/**
 * Which words end the noun phrase of a name such as "lagen om elcertifikat" or "Myndigheten för
 * psykologiskt försvar" when the document has no syntax tags: a word the Swedish dictionary
 * knows only as a verb or only as an adverb ("anpassas", "följer", "noga"). Words it does not know
 * are looked up by their longest known tail of five letters or more, as compounds
 * ("återrapporterar" by "rapporterar"). Participles that are also adjectives ("berusade") and
 * nouns that are also verbs ("försvar") continue the phrase.
 */
final class PhraseWords {
  private static final int MIN_TAIL = 5;

  private PhraseWords() {}

  /**
   * Whether the dictionary knows the lower-case word and never as a noun: "sönderslagen" is a
   * participle, no law.
   */
  static boolean isKnownNotNoun(String lower) {
    return knownWithEveryTag(lower, tag -> !tag.startsWith("NN"));
  }

  /** Whether the dictionary knows the lower-case word only as a verb in the present or the past ("spelar", "vann"). */
  static boolean isFiniteVerbOnly(String lower) {
    return knownWithEveryTag(lower, tag -> tag.startsWith("VB:PRS") || tag.startsWith("VB:PRT"));
  }

  /** Whether the dictionary knows the lower-case word and every reading's tag passes {@code test}. */
  private static boolean knownWithEveryTag(String lower, java.util.function.Predicate<String> test) {
    SwedishDictionary dict = SwedishDictionary.get();
    int at = dict.find(lower);
    if (at < 0) {
      return false;
    }
    for (int k = 0; k < dict.count(at); k++) {
      if (!test.test(dict.tag(dict.entry(at, k)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the dictionary knows the lower-case word as an indefinite noun not in the genitive, or as a
   * compound ending in one of five letters or more ("maskin", "pumpteknik"; not "saks", "konungen",
   * "Mphonda").
   */
  static boolean isKnownNoun(String lower) {
    SwedishDictionary dict = SwedishDictionary.get();
    for (int split = 0; split == 0 || split <= lower.length() - 5; split = split == 0 ? 3 : split + 1) {
      int at = dict.find(lower, split);
      for (int k = 0; at >= 0 && k < dict.count(at); k++) {
        String tag = dict.tag(dict.entry(at, k));
        if (tag.startsWith("NN") && !tag.contains("GEN") && !tag.contains(":BF:")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the dictionary knows the lower-case word as an adjective or a participle ("regionalt", "centrala"). */
  static boolean isKnownAdjective(String lower) {
    SwedishDictionary dict = SwedishDictionary.get();
    int at = dict.find(lower);
    for (int k = 0; at >= 0 && k < dict.count(at); k++) {
      String tag = dict.tag(dict.entry(at, k));
      if (tag.startsWith("JJ") || tag.startsWith("PC") || tag.startsWith("VB:PPC")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the dictionary knows the lower-case word as a noun in a form that is no genitive ("pris", "konferens"). */
  static boolean isNonGenitiveNoun(String lower) {
    SwedishDictionary dict = SwedishDictionary.get();
    int at = dict.find(lower);
    for (int k = 0; at >= 0 && k < dict.count(at); k++) {
      String tag = dict.tag(dict.entry(at, k));
      if (tag.startsWith("NN") && !tag.contains("GEN")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the dictionary knows the lower-case word as a noun in the genitive and its form without
   * the s as well ("domkyrkas", "hamns"; not "rådhus", whose s is its stem's).
   */
  static boolean isKnownGenitiveNoun(String lower) {
    SwedishDictionary dict = SwedishDictionary.get();
    if (!lower.endsWith("s") || dict.find(lower.substring(0, lower.length() - 1)) < 0) {
      return false;
    }
    int at = dict.find(lower);
    for (int k = 0; at >= 0 && k < dict.count(at); k++) {
      String tag = dict.tag(dict.entry(at, k));
      if (tag.startsWith("NN") && tag.contains("GEN")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the dictionary knows {@code text[start, end)} only as a verb or only as an adverb. */
  static boolean endsPhrase(CharSequence text, int start, int end) {
    String lower = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    SwedishDictionary dict = SwedishDictionary.get();
    int at = dict.find(lower);
    for (int from = 1; from <= lower.length() - MIN_TAIL && at < 0; from++) {
      at = dict.find(lower, from);
    }
    if (at < 0) {
      return false;
    }
    boolean verb = true;
    boolean adverb = true;
    for (int k = 0; k < dict.count(at); k++) {
      String tag = dict.tag(dict.entry(at, k));
      verb &= tag.startsWith("VB:") && !tag.startsWith("VB:PPC");
      adverb &= tag.equals("AB");
    }
    return verb || adverb;
  }
}
