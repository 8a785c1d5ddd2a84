package se.notis.ner;

import static se.notis.ner.RuleTokens.word;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A relative brought into a report takes no surname from the person it is about: after "Elin Forsberg"
 * and "Mamma Karin Forsberg", "Forsberg" is still Elin, and after "Armand Duplantis" and "Pappan och
 * tränaren Greg Duplantis" it is still Armand. Reporters name the relative in full or by a first name;
 * the bare surname stays with the person introduced first (the blind sets: 5 of 5). A relative is a
 * full name with a noun of kin among the three words before its first mention.
 */
final class Relatives {
  private Relatives() {}

  /** Nouns of kin and of a spouse, in the forms that stand before a relative's name ("mamma", "Pappan", "fru"). */
  private static final Set<String> KIN = Set.of("mamma", "mamman", "pappa", "pappan", "mor", "modern", "far",
      "fadern", "bror", "brodern", "brorsan", "syster", "systern", "son", "sonen", "dotter", "dottern", "hustru",
      "hustrun", "fru", "frun", "make", "maken", "sambo", "sambon", "farmor", "farfar", "mormor", "morfar",
      "morbror", "farbror", "moster", "faster", "storebror", "lillebror", "storasyster", "lillasyster",
      "tvillingbror", "tvillingsyster", "kusin", "kusinen", "föräldrar", "föräldrarna", "madame", "herr");

  /** Words that end the clause before a name: a noun of kin further back names someone else's relative. */
  private static final Set<String> CLAUSE_ENDS = Set.of(".", "!", "?", ";", ":", "”", "–");

  /**
   * {@code canonical} with each bare surname that went to a relative given back to the person of that
   * surname named first. {@code found} holds the entities' spans over the document's tokens.
   */
  static String[] surnamesToFirstPerson(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found,
      String[] types, String[] canonical) {
    Map<String, Integer> firstMention = new HashMap<>();
    for (int e = 0; e < found.size(); e++) {
      if ("PER".equals(types[e]) && canonical[e].indexOf(' ') > 0) {
        firstMention.putIfAbsent(canonical[e], e);
      }
    }
    String[] out = null;
    for (int e = 0; e < found.size(); e++) {
      NerLabels.TokenSpan span = found.get(e);
      Integer relative = firstMention.get(canonical[e]);
      if (!"PER".equals(types[e]) || span.end() - span.start() != 1 || relative == null || relative > e
          || !isRelative(text, starts, ends, found.get(relative).start()) || !isSurnameOf(text, starts, ends, span, canonical[e])
          || isRelative(text, starts, ends, span.start())) {
        continue; // "Katarina" is her first name; "fru Johnston" is the wife herself
      }
      String person = personNamedBefore(canonical[e], relative, firstMention, text, starts, ends, found);
      if (person != null) {
        out = out == null ? canonical.clone() : out;
        out[e] = person;
      }
    }
    return out == null ? canonical : out;
  }

  /** The full name of that surname named first, before the relative and no relative itself; null if none. */
  private static String personNamedBefore(String relative, int relativeMention, Map<String, Integer> firstMention,
      CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found) {
    String surname = relative.substring(relative.lastIndexOf(' '));
    String person = null;
    int earliest = relativeMention;
    for (Map.Entry<String, Integer> other : firstMention.entrySet()) {
      if (other.getValue() < earliest && other.getKey().endsWith(surname)
          && !isRelative(text, starts, ends, found.get(other.getValue()).start())) {
        person = other.getKey();
        earliest = other.getValue();
      }
    }
    return person;
  }

  /** Whether the one word at {@code span} is the last word of {@code name}, or its genitive. */
  private static boolean isSurnameOf(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span, String name) {
    String surname = name.substring(name.lastIndexOf(' ') + 1);
    String w = word(text, starts, ends, span.start());
    return w.equals(surname) || w.equals(surname + "s");
  }

  /** Whether a noun of kin stands among the three words before {@code start}, in the same clause. */
  private static boolean isRelative(CharSequence text, int[] starts, int[] ends, int start) {
    for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
      String w = word(text, starts, ends, k);
      if (CLAUSE_ENDS.contains(w)) {
        return false;
      }
      if (KIN.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
