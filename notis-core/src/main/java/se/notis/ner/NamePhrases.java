package se.notis.ner;

import static se.notis.ner.EntityWords.INSTITUTIONS;
import static se.notis.ner.EntityWords.WORLD_REGIONS;
import static se.notis.ner.RuleTokens.isComma;
import static se.notis.ner.RuleTokens.isLower;
import static se.notis.ner.RuleTokens.word;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The end of the lower-case noun phrase that completes a name such as "Myndigheten för
 * psykologiskt försvar" or "lagen om elcertifikat", read from the words and, when the document
 * has them, the syntax tags.
 */
final class NamePhrases {
  /** Words that cannot continue the noun phrase of a name such as "Myndigheten för …" or "lagen om …". */
  private static final Set<String> PHRASE_STOPS = Set.of("i", "på", "vid", "under", "efter", "enligt", "inom", "genom",
      "från", "med", "mot", "hos", "inför", "kring", "utan", "som", "att", "när", "då", "men", "eller", "har", "är",
      "ska", "skall", "kan", "blir", "var", "hade", "skulle", "kommer", "får", "fick", "måste", "bör", "vill", "också",
      "även", "inte", "redan", "nu", "sedan", "därför", "bland", "samt", "så", "de", "den", "det", "en", "ett", "sig",
      "sin", "sina", "sitt", "gäller", "träder", "ger", "gav", "tar", "tog", "menar", "anser", "säger", "sa", "sade",
      "för", "vara", "bli", "till", "om", "av", "och", "dessa", "detta", "denna", "alla", "vissa", "varje", "där",
      "här", "ha", "varit", "blivit", "ju", "dock", "snart", "just", "andra", "övriga", "berörda", "samtliga", "flera",
      "olika", "myndigheter", "första", "tredje", "fjärde", "femte",
      "sjätte", "sjunde", "åttonde", "nionde", "tionde", "sista", "gången"); // "Riksbanken för första gången"

  /** Words that join two parts of a name's noun phrase ("samarbete och utveckling", "främjande av analyser"). */
  private static final Set<String> PHRASE_JOINS = Set.of("och", "av", "till", "om");

  private NamePhrases() {}

  /**
   * Where the lower-case noun phrase that starts at {@code from} ends: "psykologiskt försvar",
   * "ekonomiskt samarbete och utveckling", "press, radio och tv", "främjande av kommunala
   * analyser", "säkerhet och samarbete i Europa". It stops at punctuation, a capitalised word
   * (but a world region after "i"), a number, a verb or adverb (by the tags, or a short list of
   * frequent ones), a preposition that starts an adverbial, a common institution ("och
   * polisen"), and after a genitive ("delaktighets uppdrag"). Returns {@code from} when no phrase
   * starts there.
   */
  static int phraseEnd(CharSequence text, int[] starts, int[] ends, int n, int from, IntPredicate notPhrase,
      Gazetteer gazetteer) {
    int end = from;
    int k = from;
    int beforeJoin = -1;
    while (k < n && k - from < 8) {
      if (!isPhraseWord(text, starts, ends, k, notPhrase)) {
        if (end > from && isComma(text, starts, ends, k) && isListGoingOn(text, starts, ends, n, k + 1, notPhrase)) {
          k++;
          continue;
        }
        break;
      }
      if (end > from && k + 1 < n && word(text, starts, ends, k).equals("i")
          && WORLD_REGIONS.contains(word(text, starts, ends, k + 1))) {
        end = k + 2; // "Organisationen för säkerhet och samarbete i Europa"
        break;
      }
      String w = word(text, starts, ends, k);
      if (end == k && end > from && isPastTenseAfterNoun(text, starts, ends, k)) {
        break; // "Myndigheten för vård- och omsorgsanalys återrapporterade uppdraget"
      }
      if (PHRASE_JOINS.contains(w)) {
        if (end == from || k + 1 >= n || !isPhraseWord(text, starts, ends, k + 1, notPhrase)
            || PHRASE_STOPS.contains(word(text, starts, ends, k + 1))) {
          break;
        }
        beforeJoin = end;
        k++;
        continue;
      }
      if (PHRASE_STOPS.contains(w) || INSTITUTIONS.contains(w)) {
        // "Myndigheten för arbetsmiljökunskap till strategiska myndigheter": the phrase after the
        // join is a common noun's, cut off at its head; the name ends before the join.
        boolean commonHead = w.equals("myndigheter") || INSTITUTIONS.contains(w);
        if (commonHead && beforeJoin > from && word(text, starts, ends, end - 1).endsWith("a")) {
          end = beforeJoin;
        }
        break;
      }
      boolean first = end == from;
      end = ++k;
      if (!first && isGenitiveOfCommonNoun(text, starts[k - 1], ends[k - 1], gazetteer)) {
        break; // "Myndigheten för delaktighets uppdrag", but "lagen om kommuners ansvar"
      }
    }
    return end;
  }

  /**
   * "omsorgsanalys återrapporterade", "beredskap samordnade": a word in "-ade" right after a noun
   * is the verb of the sentence, whatever the tagger or the dictionary say (a participle that
   * describes a noun stands before it, "av berusade personer"). The word before must not be a join
   * or end like an adjective or an adverb ("kommunala", "ekonomiskt motiverade").
   */
  private static boolean isPastTenseAfterNoun(CharSequence text, int[] starts, int[] ends, int k) {
    int length = ends[k] - starts[k];
    if (length < 6 || !text.subSequence(ends[k] - 3, ends[k]).toString().equals("ade")) {
      return false;
    }
    String before = word(text, starts, ends, k - 1);
    char last = before.charAt(before.length() - 1);
    return !PHRASE_JOINS.contains(before) && !PHRASE_STOPS.contains(before) && last != 'a' && last != 't'
        && Character.isLetter(last);
  }

  /** A lower-case word (or a compound's first part, "ungdoms-") the tagger does not call a verb or adverb. */
  private static boolean isPhraseWord(CharSequence text, int[] starts, int[] ends, int k, IntPredicate notPhrase) {
    if (!isLower(text, starts[k]) || notPhrase.test(k)) {
      return false;
    }
    for (int c = starts[k]; c < ends[k]; c++) {
      char ch = text.charAt(c);
      if (!Character.isLetter(ch) && ch != '-') {
        return false;
      }
    }
    return true;
  }

  /** After a comma: "radio och tv", one word of a list and the "och" that joins its last part. */
  private static boolean isListGoingOn(CharSequence text, int[] starts, int[] ends, int n, int k, IntPredicate notPhrase) {
    if (k + 2 >= n || !isPhraseWord(text, starts, ends, k, notPhrase) || !word(text, starts, ends, k + 1).equals("och")
        || !isPhraseWord(text, starts, ends, k + 2, notPhrase)) {
      return false;
    }
    String w = word(text, starts, ends, k);
    return !PHRASE_STOPS.contains(w) && !INSTITUTIONS.contains(w);
  }

  /**
   * "delaktighets", "försvarets", "arbetsmiljökunskaps": a common noun with a genitive s, which
   * governs the next noun; a compound no list has counts by its last part of four letters or more.
   */
  private static boolean isGenitiveOfCommonNoun(CharSequence text, int start, int end, Gazetteer gazetteer) {
    if (end - start <= 4 || text.charAt(end - 1) != 's' || text.charAt(end - 2) == 's') {
      return false;
    }
    if (gazetteer.isCommon(text, start, end - 1)) {
      return true;
    }
    for (int tail = start + 3; tail <= end - 5; tail++) {
      if (gazetteer.isCommon(text, tail, end - 1)) {
        return true;
      }
    }
    return false;
  }
}
