package se.notis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A name and the number that tells one of its kind from the others: reactors ("Ringhals 3",
 * "Oskarshamn 3"), weapons and vehicles ("Robotsystem 70", "Stridsfordon 90"), exercises ("Baltops
 * 23"), channels ("Channel 4"), regiments ("Amf 1"). The number is whole and short (not a year,
 * "Melodifestivalen 2019", nor a decimal, "Samlingspartiet 20,8"), and what follows it ends the name:
 * punctuation, a conjunction ("Ringhals 3 och 4") or a word that begins the rest of the clause
 * ("Baltops 23 inleddes"), not the noun it counts ("Lycksele 10 mil"), a fraction ("1 av 5"), a
 * range, a score or a date. A name and a number alone are a line of a table ("H&M 2."), and a
 * person's name and a country's take no such number ("Duda 43", "Sverige 14, Norge 12").
 */
final class NumberedNames {
  /** Words after a number that make it a count or a range, not a name's number. */
  private static final Set<String> COUNTING_WORDS = Set.of("av", "till", "per", "à", "gånger", "x", "%");

  /** Punctuation after which the number ends the name; not "–" or ":" of scores and times. */
  private static final Set<String> ENDING_MARKS = Set.of(".", ",", ";", ")", "!", "?", "”", "\"");

  private NumberedNames() {}

  /**
   * {@code found} with each name followed by its number extended over it. {@code countedWord}
   * says whether the word at a token is one a number counts or describes (a noun, an adjective,
   * a number); without tags pass null, and a number then joins a name only before punctuation or
   * a conjunction.
   */
  static List<NerLabels.TokenSpan> extend(String text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found,
      Gazetteer gazetteer, IntPredicate countedWord) {
    List<NerLabels.TokenSpan> out = null;
    for (int s = 0; s < found.size(); s++) {
      NerLabels.TokenSpan span = found.get(s);
      int number = span.end();
      boolean free = s + 1 >= found.size() || found.get(s + 1).start() > number;
      if (free && !"PER".equals(span.type()) && isDesignation(text, starts, ends, span, number, countedWord)
          && (gazetteer.name(text.substring(starts[span.start()], ends[span.end() - 1])) & Gazetteer.COUNTRY) == 0) {
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.set(s, new NerLabels.TokenSpan(span.start(), number + 1, span.type()));
      }
    }
    return out == null ? found : out;
  }

  private static boolean isDesignation(String text, int[] starts, int[] ends, NerLabels.TokenSpan span, int number,
      IntPredicate countedWord) {
    if (number >= starts.length || starts[number] != ends[span.end() - 1] + 1 || !isShortNumber(text, starts[number], ends[number])
        || Character.isDigit(text.charAt(ends[span.end() - 1] - 1))) {
      return false; // "E4 20" is a road and a number
    }
    int next = number + 1;
    if (next >= starts.length) {
      return true;
    }
    String word = text.substring(starts[next], ends[next]);
    if (ENDING_MARKS.contains(word) && RuleTokens.opensSentence(text, starts, span.start())) {
      return false; // "H&M 2." alone is a line of a table or a ranking
    }
    if (ENDING_MARKS.contains(word)) {
      // "Sverige 14, Norge 12" lists; a comma before a digit is a decimal the tokenizer split
      return !(",".equals(word) && next + 1 < starts.length && Character.isDigit(text.charAt(starts[next + 1]))
          && starts[next + 1] == ends[next]);
    }
    if ("och".equals(word) || "eller".equals(word)) {
      return true;
    }
    return countedWord != null && Character.isLowerCase(word.charAt(0)) && !COUNTING_WORDS.contains(word)
        && !countedWord.test(next);
  }


  /** One to three digits, not starting with 0: "3", "23", "890". */
  private static boolean isShortNumber(String text, int start, int end) {
    if (end - start > 3 || text.charAt(start) == '0') {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
