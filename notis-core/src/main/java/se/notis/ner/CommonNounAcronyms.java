package se.notis.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops acronyms that a text introduces for a common noun: "gruppvåldsintervention (GVI)",
 * "funktionell familjeterapi (FFT)", "artificiell intelligens (AI)". Written in lower case the
 * expansion is no name, so neither is its acronym, there or anywhere else in the document.
 * Names of organisations begin with a capital ("Statens beredning för medicinsk och social
 * utvärdering (SBU)", "Nationella operativa avdelningen (Noa)") or are definite ("den
 * internationella energibyråns (IEA)") and keep theirs. The acronyms of common nouns, currencies and
 * measures ("BNP", "MSEK", "EBITA") are dropped wherever they stand, and so is the union's law at
 * large ("EU-förordningen", "EU-rätten"; a named act, "AI-förordningen", stays).
 */
final class CommonNounAcronyms {
  /** The most words an expansion may have. */
  private static final int MAX_WORDS = 4;

  private CommonNounAcronyms() {}

  static List<NerLabels.TokenSpan> drop(String text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found) {
    Set<String> common = new HashSet<>(EntityWords.COMMON_ACRONYMS); // "MSEK", "EBITA", whoever found them
    for (NerLabels.TokenSpan span : found) {
      if (span.end() - span.start() == 1 && introducedForCommonNoun(text, starts, ends, span.start())) {
        common.add(text.substring(starts[span.start()], ends[span.start()]));
      }
    }
    List<NerLabels.TokenSpan> kept = new ArrayList<>(found.size());
    for (NerLabels.TokenSpan span : found) {
      boolean single = span.end() - span.start() == 1;
      String word = text.substring(starts[span.start()], ends[span.start()]);
      if (!single || !common.contains(word) && !isEuLawInGeneral(word)) {
        kept.add(span);
      }
    }
    return kept;
  }

  /** The law of the union at large, no named act: "enligt EU-förordningen", "EU-rätten tillåter". */
  private static final Set<String> GENERAL_LAW_NOUNS = Set.of("rätt", "rätten", "rättens", "förordningen",
      "förordningens", "direktivet", "direktivets", "lagstiftningen", "lagstiftningens", "regelverket", "reglerna");

  static boolean isEuLawInGeneral(String word) {
    return word.startsWith("EU-") && GENERAL_LAW_NOUNS.contains(word.substring(3));
  }

  /** Token {@code t} is an acronym in brackets after lower-case words whose letters it takes in order. */
  static boolean introducedForCommonNoun(String text, int[] starts, int[] ends, int t) {
    String acronym = text.substring(starts[t], ends[t]);
    if (!EntityMerger.isAcronym(acronym) || t < 2 || t + 1 >= starts.length
        || text.charAt(starts[t - 1]) != '(' || text.charAt(starts[t + 1]) != ')') {
      return false;
    }
    char first = Character.toLowerCase(acronym.charAt(0));
    StringBuilder words = new StringBuilder();
    for (int k = t - 2; k >= 0 && k >= t - 1 - MAX_WORDS; k--) {
      if (!isLowerCaseWord(text, starts[k], ends[k])) {
        return false;
      }
      words.insert(0, words.length() == 0 ? "" : " ").insert(0, text, starts[k], ends[k]);
      if (text.charAt(starts[k]) == first && EntityMerger.lettersInOrder(acronym, words.toString())) {
        return !namesAnInstitution(text, starts, ends, k, t - 2) && !endsAName(text, starts, ends, k);
      }
    }
    return false;
  }

  /** Words a name keeps in lower case after its capital: "Avdelningen för särskilda utredningar (SU)". */
  private static final int NAME_TAIL = 3;

  /**
   * "Totalförsvarets forskningsinstitut (FOI)", "Statens väg- och transportforskningsinstitut (VTI)":
   * a capitalised word inside the sentence within a few lower-case words before the expansion
   * begins the name the acronym stands for.
   */
  private static boolean endsAName(String text, int[] starts, int[] ends, int first) {
    for (int k = first - 1; k >= 0 && k >= first - NAME_TAIL; k--) {
      char c = text.charAt(starts[k]);
      if (Character.isUpperCase(c)) {
        // "Även polisens regionala mediecenter (RMC)" opens a sentence; ". Statens väg- och
        // transportforskningsinstitut (VTI)" opens one with a name in the genitive.
        return !startsSentence(text, starts, ends, k) || text.charAt(ends[k] - 1) == 's';
      }
      if (!isLowerCaseWord(text, starts[k], ends[k])) {
        return false;
      }
    }
    return false;
  }

  private static boolean startsSentence(String text, int[] starts, int[] ends, int k) {
    if (k == 0) {
      return true;
    }
    char before = text.charAt(ends[k - 1] - 1);
    return before == '.' || before == '!' || before == '?' || before == ':'
        || text.substring(ends[k - 1], starts[k]).indexOf('\n') >= 0;
  }

  /**
   * "den internationella energibyråns (IEA)", "världshälsoorganisationen (WHO)": a definite noun
   * phrase written in lower case still names one institution.
   */
  private static boolean namesAnInstitution(String text, int[] starts, int[] ends, int first, int last) {
    String head = text.substring(starts[last], ends[last]);
    boolean definite = head.endsWith("en") || head.endsWith("ens") || head.endsWith("et") || head.endsWith("ets")
        || head.endsWith("ån") || head.endsWith("åns");
    if (definite || first == 0) {
      return definite;
    }
    String before = text.substring(starts[first - 1], ends[first - 1]).toLowerCase(java.util.Locale.ROOT);
    return before.equals("den") || before.equals("det");
  }

  private static boolean isLowerCaseWord(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isLowerCase(text.charAt(i)) && text.charAt(i) != '-') {
        return false;
      }
    }
    return end > start;
  }
}
