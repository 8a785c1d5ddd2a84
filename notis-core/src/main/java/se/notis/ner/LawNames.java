package se.notis.ner;

import static se.notis.ner.RuleTokens.isLower;
import static se.notis.ner.RuleTokens.word;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Names of laws written as one word ("alkohollagen", "brottsbalken") and the words that may or
 * may not continue "lagen om …".
 */
final class LawNames {
  /** Words that end the name "lagen om …", unless an "och" joins two adjectives. */
  private static final Set<String> LAW_STOPS = Set.of("alternativt", "och", "i", "på", "för", "samt", "efter", "som", "till", "men",
      "eller", "vid", "med", "när", "då", "mot");

  /** Endings of the part before "lagen" that make "-slagen" a form of "slag" ("försvarsanslagen", "storslagen"). */
  private static final String[] SLAGEN_HEADS = {"förs", "bes", "unders", "ans", "stors", "uts", "neds", "oms", "ins",
      "avs", "upps", "tills", "genoms", "pås"};

  /** Prefixes that make "-lagen"/"-slagen" a common noun: förslagen, underlagen, beslagen. */
  private static final Set<String> NOT_LAW_PREFIXES = Set.of("förs", "bes", "ans", "ins", "uts", "avs", "tills", "upps",
      "oms", "pås", "neds", "unders", "övers", "genoms", "frams", "under", "upp", "av", "in", "ut", "be", "över", "fram",
      "till", "för", "om", "på", "sam", "ned", "ner", "efter", "mot", "bakom", "grund", "rege", "ramf", "ansl");

  private LawNames() {}

  /**
   * The end of the name "lagen om …" whose "lagen" is token {@code i}: the noun phrase after "om"
   * ("lagen om elcertifikat anpassas" ends before the verb), at most seven words, none taken by
   * another name; {@code i + 2} when no name follows.
   */
  static int lawAfterOmEnd(CharSequence text, int[] starts, int[] ends, int n, int i, boolean[] taken,
      IntPredicate notPhrase, Gazetteer gazetteer) {
    int phrase = NamePhrases.phraseEnd(text, starts, ends, n, i + 2, notPhrase, gazetteer);
    int end = i + 2;
    while (end < phrase && end - i < 7 && !taken[end] && isLower(text, starts[end])
        && (!LAW_STOPS.contains(word(text, starts, ends, end)) || isAdjectiveBeforeOch(text, starts, ends, end))) {
      end++;
    }
    return end;
  }

  /**
   * The token "om" that opens the subject of the law or ordinance titled by token {@code i}: right
   * after it ("lagen om …") or after its number in the statute book ("förordningen (2020:1180) om …");
   * -1 when there is none.
   */
  static int omAfterTitle(CharSequence text, int[] starts, int[] ends, int n, int i) {
    if (i + 1 < n && word(text, starts, ends, i + 1).equals("om")) {
      return i + 1;
    }
    int k = i + 1;
    if (k < n && word(text, starts, ends, k).equals("(")) {
      k++;
      while (k < n && k - i < 6 && !word(text, starts, ends, k).equals(")")) {
        k++;
      }
      if (k + 1 >= n || k == i + 2 || !word(text, starts, ends, k).equals(")")) {
        return -1;
      }
      String number = text.subSequence(starts[i + 2], ends[k - 1]).toString();
      if (number.matches("\\d{4}:\\d+") && word(text, starts, ends, k + 1).equals("om")) {
        return k + 1;
      }
    }
    return -1;
  }

  /** "lagen om brandfarliga och explosiva varor": an "och" between two adjectives joins them. */
  private static boolean isAdjectiveBeforeOch(CharSequence text, int[] starts, int[] ends, int k) {
    if (k + 1 >= starts.length || !word(text, starts, ends, k).equals("och")) {
      return false;
    }
    String before = word(text, starts, ends, k - 1);
    String after = word(text, starts, ends, k + 1);
    return before.endsWith("a") && after.endsWith("a") && isLower(text, starts[k + 1]);
  }

  /**
   * First parts that make "-förordningen" a common noun: "ändringsförordningen" and
   * "genomförandeförordningen" are whichever amending or implementing regulation the text is about.
   */
  private static final Set<String> GENERIC_ORDINANCE_HEADS = Set.of("ändrings", "genomförande");

  /**
   * "alkohollagen", "knivlagen", "brottsbalken", "avfallsförordningen", also in the genitive
   * ("polislagens", "miljöbalkens"), but not "förslagen", "underlagen", "flygbolagen", "storslagen"
   * or a word the dictionary knows as no noun ("sönderslagen").
   */
  static boolean isLawName(String word) {
    if (word.length() < 8 || !Character.isLowerCase(word.charAt(0)) || word.indexOf('-') >= 0) {
      return false;
    }
    String w = word.endsWith("ens") ? word.substring(0, word.length() - 1) : word;
    String head;
    if (w.endsWith("lagen")) {
      head = w.substring(0, w.length() - 5);
    } else if (w.endsWith("balken")) {
      head = w.substring(0, w.length() - 6);
    } else if (w.endsWith("förordningen")) {
      // Swedish ordinances are named by their subject: "miljötillsynsförordningen".
      head = w.substring(0, w.length() - 12);
      return head.length() >= 3 && !GENERIC_ORDINANCE_HEADS.contains(head) && !PhraseWords.isKnownNotNoun(w);
    } else {
      return false;
    }
    if (head.length() < 3 || NOT_LAW_PREFIXES.contains(head) || w.endsWith("lagen") && head.endsWith("bo")) {
      return false;
    }
    for (String slag : SLAGEN_HEADS) {
      if (head.endsWith(slag)) {
        return false; // "försvarsanslagen", "storslagen", "utslagen": forms of "slag", no laws
      }
    }
    return !head.endsWith("under") && !PhraseWords.isKnownNotNoun(w);
  }

  /** Acronyms whose compounds are common nouns: "EU-förordningen" is whichever regulation the text is about. */
  private static final Set<String> GENERIC_ACRONYMS = Set.of("EU", "FN", "EES");

  /** List classes that make the first part of a compound a name: "Paris", "Istanbul", "Nagoya". */
  private static final int NAME_CLASSES = Gazetteer.MUNICIPALITY | Gazetteer.TOWN | Gazetteer.COUNTRY | Gazetteer.CITY
      | Gazetteer.REGION;

  /**
   * Whether the capitalised word at [start, end) names an agreement, a programme or a prize: a
   * compound of a name and one of those heads in the definite singular, perhaps with a genitive
   * "s". The name part is a name before a hyphen ("DCA-avtalet", "Anger-priset"; not "EU-"), a
   * listed place ("Parisavtalet", "Istanbulkonventionen") or, inside a sentence, where a capital
   * marks a name, any stem ("Tidöavtalet", "Guldpalmen"); a sentence's first word is capitalised
   * anyway, so there only a place will do ("Handlingsplanen" is a common noun).
   */
  static boolean isWorkNameAt(CharSequence text, int start, int end, boolean opensSentence, Gazetteer gazetteer) {
    if (end - start < 8 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    String w = text.subSequence(start, end).toString();
    int stem = NameWords.workStem(w);
    if (stem < 0 && w.endsWith("s")) {
      stem = NameWords.workStem(w.substring(0, w.length() - 1)); // "Parisavtalets"
    }
    if (stem < 2) {
      return false;
    }
    if (text.charAt(start + stem - 1) == '-') {
      String name = text.subSequence(start, start + stem - 1).toString();
      return name.length() >= 2 && name.chars().allMatch(Character::isLetterOrDigit) && !GENERIC_ACRONYMS.contains(name);
    }
    if (stem < 3 || !Character.isLowerCase(text.charAt(start + stem - 1))) {
      return false;
    }
    if (!opensSentence) {
      return true;
    }
    int linked = text.charAt(start + stem - 1) == 's' ? stem - 1 : stem; // "Karlstadsdeklarationen"
    return (gazetteer.single(text, start, start + stem) & NAME_CLASSES) != 0
        || (gazetteer.single(text, start, start + linked) & NAME_CLASSES) != 0;
  }

  /** Whether token {@code i} opens a sentence or a clause, where any word is capitalised (not after a comma). */
  static boolean capitalisedAnyway(CharSequence text, int[] starts, int i) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(starts[i - 1]);
    return !Character.isLetterOrDigit(before) && before != ',' && before != ';';
  }
}
