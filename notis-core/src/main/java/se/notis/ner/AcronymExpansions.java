package se.notis.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Adds the name an acronym in brackets spells out when the tagger found the acronym but not the
 * name: "Statens beredning för medicinsk och social utvärdering (SBU)", "Storstockholms
 * brandförsvar (SSBF)", and the same with the acronym set off by commas: "Handels
 * utredningsinstitut, HUI, har …". The name runs from a capitalised word through lower-case words
 * to the bracket or comma, and the acronym's letters stand in it in order from its first letter.
 */
final class AcronymExpansions {
  /** The most words such a name has. */
  private static final int MAX_WORDS = 10;

  /** Nouns of laws and rules, which a body's name does not hold. */
  private static final java.util.Set<String> LAW_NOUNS = java.util.Set.of("förordning", "förordningen", "direktiv",
      "direktivet", "lag", "lagen", "regelverk", "regelverket", "förordningens");

  /** Words that say what follows is a term, not part of a name: "EU:s så kallade ansvarsfördelningsförordning (ESR)". */
  private static final java.util.Set<String> HEDGES = java.util.Set.of("så", "kallade", "kallad", "sk", "s.k.");

  private AcronymExpansions() {}

  static List<NerLabels.TokenSpan> add(String text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found) {
    int[] spanAt = new int[starts.length];
    java.util.Arrays.fill(spanAt, -1);
    for (int s = 0; s < found.size(); s++) {
      for (int k = found.get(s).start(); k < found.get(s).end(); k++) {
        spanAt[k] = s;
      }
    }
    List<NerLabels.TokenSpan> added = new ArrayList<>();
    boolean[] absorbed = new boolean[found.size()];
    for (int s = 0; s < found.size(); s++) {
      NerLabels.TokenSpan span = found.get(s);
      int t = span.start();
      // "Handels utredningsinstitut, HUI,": an acronym set off by commas that the tagger took for a work
      boolean organisation = "ORG".equals(span.type()) || "MISC".equals(span.type()) && t >= 3
          && isAppositive(text, starts, t) && EntityMerger.isAcronym(text.substring(starts[t], ends[t]));
      if (span.end() - t != 1 || !organisation && !"PER".equals(span.type()) || t < 3
          || !isBracketed(text, starts, t) && !isAppositive(text, starts, t)) {
        continue;
      }
      String acronym = text.substring(starts[t], ends[t]);
      int first;
      if (EntityMerger.isAcronym(acronym)) {
        first = organisation ? nameStart(text, starts, ends, spanAt, found, t - 2, acronym, isBracketed(text, starts, t)) : -1;
      } else {
        first = bodyNameStart(text, starts, ends, spanAt, found, t - 2); // the tagger may take "Sipri" for a person
      }
      if (first >= 0) {
        if (spanAt[first] >= 0) {
          absorbed[spanAt[first]] = true;
        }
        added.add(new NerLabels.TokenSpan(first, t - 1, "ORG"));
        if (!"ORG".equals(span.type())) {
          absorbed[s] = true;
          added.add(new NerLabels.TokenSpan(t, t + 1, "ORG"));
        }
        for (int k = first; k < t - 1; k++) {
          spanAt[k] = found.size();
        }
      }
    }
    for (int t = 3; t < starts.length; t++) {
      if (spanAt[t] < 0 && spanAt[t - 2] >= 0 && spanAt[t - 2] < found.size() && isUntaggedAcronymOf(text, starts, ends,
          found.get(spanAt[t - 2]), t)) {
        added.add(new NerLabels.TokenSpan(t, t + 1, "ORG"));
      }
    }
    if (added.isEmpty()) {
      return found;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(found.size() + added.size());
    for (int s = 0; s < found.size(); s++) {
      if (!absorbed[s]) {
        out.add(found.get(s));
      }
    }
    out.addAll(added);
    out.sort(Comparator.comparingInt(NerLabels.TokenSpan::start));
    return out;
  }

  /**
   * "Mediamätning i Skandinavien (MMS)": a name the tagger took for a work, before an acronym in brackets
   * that it took for a body and whose letters the name holds in order, is that body; not a law's name.
   */
  static List<NerLabels.TokenSpan> bodiesBeforeTheirAcronyms(String text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> found) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(found);
    for (int s = 1; s < out.size(); s++) {
      NerLabels.TokenSpan acronym = out.get(s);
      NerLabels.TokenSpan name = out.get(s - 1);
      int t = acronym.start();
      if ("ORG".equals(acronym.type()) && "MISC".equals(name.type()) && acronym.end() - t == 1 && name.end() == t - 1
          && isBracketed(text, starts, t) && name.end() - name.start() > 1
          && EntityMerger.isAcronym(text.substring(starts[t], ends[t]))
          && EntityMerger.lettersInOrder(text.substring(starts[t], ends[t]),
              text.substring(starts[name.start()], ends[name.end() - 1]))
          && !holdsLawNoun(text, starts, ends, name)) {
        out.set(s - 1, new NerLabels.TokenSpan(name.start(), name.end(), "ORG"));
      }
    }
    return out;
  }

  /** English words of agreements and reports: "Joint Comprehensive Plan of Action (JCPOA)". */
  private static final java.util.Set<String> ENGLISH_DOCUMENT_WORDS = java.util.Set.of("plan", "action", "agreement",
      "treaty", "convention", "act", "accord", "report", "strategy", "programme", "program", "the");

  private static boolean holdsLawNoun(String text, int[] starts, int[] ends, NerLabels.TokenSpan name) {
    for (int k = name.start(); k < name.end(); k++) {
      String w = text.substring(starts[k], ends[k]).toLowerCase(java.util.Locale.ROOT);
      if (LAW_NOUNS.contains(w) || ENGLISH_DOCUMENT_WORDS.contains(w) || w.endsWith("lagen") || w.endsWith("konventionen") || w.endsWith("avtalet")
          || w.endsWith("förordningen") || w.endsWith("direktivet")) {
        return true;
      }
    }
    return false;
  }

  /** "(SBU)": the acronym at token {@code t} stands alone in brackets. */
  private static boolean isBracketed(String text, int[] starts, int t) {
    return t + 1 < starts.length && text.charAt(starts[t - 1]) == '(' && text.charAt(starts[t + 1]) == ')';
  }

  /**
   * "Försvarets materielverk, FMV, har …", "… på Totalförsvarets forskningsinstitut, FOI.": the
   * acronym at token {@code t} follows a comma and ends the clause, so it renames what stands before
   * the comma rather than continuing a list ("Röda korset, UNICEF och …" does not end there).
   */
  static boolean isAppositive(String text, int[] starts, int t) {
    if (t < 1 || text.charAt(starts[t - 1]) != ',') {
      return false;
    }
    if (t + 1 >= starts.length) {
      return true;
    }
    char next = text.charAt(starts[t + 1]);
    return next == ',' || next == '.' || next == ';' || next == ')';
  }

  /**
   * Whether the acronym at token {@code t}, set off by commas ({@link #isAppositive}), spells the name
   * {@code name} that ends before the comma: its first letter opens the name and all its letters
   * stand in the name in order ("Handels utredningsinstitut, HUI", "Strålsäkerhetsmyndigheten, SSM,"; not
   * "Svenskt näringsliv, TCO"); a short name of one word needs three letters.
   */
  static boolean spellsNameBeforeComma(String text, int[] starts, int[] ends, int t, String name) {
    String acronym = text.substring(starts[t], ends[t]);
    // "Gotlands Energi, GEAB,": a company's letters end in its form
    String letters = acronym.length() >= 4 && acronym.endsWith("AB") ? acronym.substring(0, acronym.length() - 2) : acronym;
    return isAppositive(text, starts, t) && EntityMerger.isAcronym(acronym)
        && (name.indexOf(' ') > 0 || acronym.length() >= 3 || name.length() >= 8) // "Finansinspektionen, FI,"
        && acronym.charAt(0) == Character.toUpperCase(name.charAt(0)) && EntityMerger.lettersInOrder(letters, name);
  }

  /**
   * Whether the acronym at token {@code t}, set off by commas, renames the name before the comma: it
   * spells it, or it is an international body's acronym, which spells the English name
   * ("Världshälsoorganisationen, WHO, …"), or a body's name of several words stands before it, whose
   * acronym may spell an older or a foreign name ("Totalförsvarets forskningsinstitut, FOI,").
   */
  static boolean renamesNameBeforeComma(String text, int[] starts, int[] ends, int t, String name) {
    String acronym = text.substring(starts[t], ends[t]);
    return spellsNameBeforeComma(text, starts, ends, t, name)
        || isAppositive(text, starts, t) && EntityWords.isInternational(acronym)
            && endsLikeBody(name) // not "Nato, EU, FN och OSSE" or "Röda korset, UNICEF,"
        || isAppositive(text, starts, t) && acronym.length() >= 3 && EntityMerger.isAcronym(acronym)
            && name.indexOf(' ') > 0 && EntityWords.isBodyHead(name.substring(name.lastIndexOf(' ') + 1))
        // "Stockholms internationella fredsforskningsinstitut, Sipri,": a short name of the body's first letter
        // "Delegationen för migrationsstudier, Delmi,", "Norsk utenrikspolitisk institutt, Nupi,": its letters in order
        || isAppositive(text, starts, t) && !EntityMerger.isAcronym(acronym) && name.indexOf(' ') > 0
            && (endsLikeBody(name) || EntityMerger.lettersInOrder(acronym, name)) && acronym.charAt(0) == name.charAt(0)
            && acronym.length() < name.length() / 2;
  }

  /** Endings of the Swedish names of international bodies: "Världshälsoorganisationen", "Internationella valutafonden". */
  private static final String[] BODY_ENDINGS = {"organisationen", "organisationens", "fonden", "fondens", "banken",
      "bankens", "programmet", "programmets", "byrån", "byråns", "organet", "organets", "domstolen", "domstolens",
      "kommissionen", "kommissionens", "rådet", "rådets", "unionen", "unionens", "nationerna", "nationernas",
      "förbundet", "federationen", "kommittén", "sällskapet", "centralen", "institutet", "verket", "myndigheten",
      "styrelsen", "nämnden", "föreningen", "akademien", "ligan", "kontoret", "alliansen", "styrkorna", "partiet",
      "program", "förbund", "institut"};

  static boolean endsLikeBody(String name) {
    for (String ending : BODY_ENDINGS) {
      if (name.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of the name ending at token {@code last} that {@code acronym} abbreviates, else
   * -1. A name found already stops the search, except a genitive the tagger took alone as the first
   * word: "Sveriges kommuner och regioner (SKR)" is one name, not the place "Sverige" and nouns. Two
   * letters are too few to tell an acronym from a code: "Europaparlamentets och rådets förordning (EU)".
   */
  private static int nameStart(String text, int[] starts, int[] ends, int[] spanAt, List<NerLabels.TokenSpan> found,
      int last, String acronym, boolean bracketed) {
    for (int j = last; j >= 0 && j > last - MAX_WORDS; j--) {
      char c = text.charAt(starts[j]);
      if (!Character.isLetter(c) || HEDGES.contains(text.substring(starts[j], ends[j])) || spanAt[j] >= 0
          && (acronym.length() < 3 || !isLeadingGenitive(text, ends, spanAt[j], found, j, last))
          || LAW_NOUNS.contains(text.substring(starts[j], ends[j]))) {
        return -1; // "EU:s nya förordning om avskogningsfria produkter, EUDR,": a law's letters name no body
      }
      if (Character.isUpperCase(c)) {
        String name = text.substring(starts[j], ends[last]);
        boolean spelled = j < last && c == acronym.charAt(0) && EntityMerger.lettersInOrder(acronym, name);
        return spelled || bracketed && namesBody(text, starts, ends, j, last, acronym) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * "Inspektionen för arbetslöshetsförsäkringen, IAF, …": capitals the tagger left alone, set off by
   * commas right after an organisation's name whose letters they spell, are its acronym.
   */
  private static boolean isUntaggedAcronymOf(String text, int[] starts, int[] ends, NerLabels.TokenSpan name, int t) {
    String acronym = text.substring(starts[t], ends[t]);
    return "ORG".equals(name.type()) && name.end() == t - 1 && acronym.length() >= 2 && EntityMerger.isAcronym(acronym)
        && spellsNameBeforeComma(text, starts, ends, t, text.substring(starts[name.start()], ends[t - 2]));
  }

  /**
   * "Stockholms internationella fredsforskningsinstitut, Sipri, …": before a body's short name that is
   * no acronym, set off by commas, a capitalised word and lower-case words ending in a body's noun are
   * its full name (the tagger took "Stockholms" for the town).
   */
  private static int bodyNameStart(String text, int[] starts, int[] ends, int[] spanAt, List<NerLabels.TokenSpan> found,
      int last) {
    if (last < 1 || spanAt[last] >= 0 || !endsLikeBody(text.substring(starts[last], ends[last]))
        || !Character.isLowerCase(text.charAt(starts[last]))) {
      return -1;
    }
    for (int j = last - 1; j >= 0 && j > last - 5; j--) {
      char c = text.charAt(starts[j]);
      if (!Character.isLetter(c) || spanAt[j] >= 0 && !isLeadingGenitive(text, ends, spanAt[j], found, j, last)) {
        return -1;
      }
      if (Character.isUpperCase(c)) {
        return OPENING_FUNCTION_WORDS.contains(text.substring(starts[j], ends[j]).toLowerCase(java.util.Locale.ROOT)) ? -1 : j;
      }
    }
    return -1;
  }

  /**
   * Whether the words from {@code first} to {@code last}, before an acronym in brackets that does
   * not spell them, still name a body: a body's acronym often spells its name in another language
   * ("Internationella rödakorsfederationen (IFRC)", "Sjöräddningssällskapet (SSRS)", "FN:s
   * livsmedelsprogram (WFP)"), so the last word must say it is a body, and the first must not be a
   * sentence's opening function word ("Enligt myndigheten (MSB)").
   */
  private static boolean namesBody(String text, int[] starts, int[] ends, int first, int last, String acronym) {
    return acronym.length() >= 3 && last - first < 5 && !EntityWords.MEDIA.contains(acronym)
        && endsLikeBody(text.substring(starts[last], ends[last]))
        && !OPENING_FUNCTION_WORDS.contains(text.substring(starts[first], ends[first]).toLowerCase(java.util.Locale.ROOT));
  }

  /** Words that open a sentence before a body's common noun: "Enligt myndigheten", "Även förbundet". */
  private static final java.util.Set<String> OPENING_FUNCTION_WORDS = java.util.Set.of("enligt", "i", "på", "av", "från",
      "till", "med", "om", "för", "hos", "vid", "under", "efter", "inom", "mellan", "mot", "genom", "den", "det", "de",
      "en", "ett", "denna", "detta", "dessa", "hela", "alla", "flera", "många", "andra", "båda", "vissa", "och", "men",
      "nu", "då", "även", "också", "när", "så", "sedan", "samtidigt", "både", "varken", "bara", "endast", "hur", "varför");

  /** Whether span {@code s} is the one genitive word at token {@code j}, before more words up to {@code last}. */
  private static boolean isLeadingGenitive(String text, int[] ends, int s, List<NerLabels.TokenSpan> found, int j,
      int last) {
    NerLabels.TokenSpan span = s < found.size() ? found.get(s) : null;
    return span != null && span.start() == j && span.end() == j + 1 && j < last && text.charAt(ends[j] - 1) == 's';
  }

  /**
   * Names with "och" (or English "for", "of") inside that the tagger cut there, made whole by the acronym
   * after them: "Glöm Aldrig Pela och Fadime (GAPF)", "Inspektionen för Vård och Omsorg (IVO)", "Center
   * for Civil Liberties (CCL)". The acronym
   * must be the initials of the whole name's words (or of its content words) exactly, so two names
   * side by side keep apart ("Saab och Trafikflyghögskolan (TFHS)", "Hushållningssällskapet och
   * Lantbrukarnas Riksförbund (LRF)"), and places coordinated stay places ("Sverige och Norge").
   */
  static List<NerLabels.TokenSpan> joinAcrossConjunction(String text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> found) {
    List<NerLabels.TokenSpan> out = found;
    for (NerLabels.TokenSpan span : found) {
      int t = span.start();
      if (span.end() - t != 1 || !"ORG".equals(span.type()) || t < 4
          || !isBracketed(text, starts, t) && !isAppositive(text, starts, t)) {
        continue;
      }
      String acronym = text.substring(starts[t], ends[t]);
      int first = EntityMerger.isAcronym(acronym) && acronym.length() >= 3
          ? conjoinedNameStart(text, starts, ends, t - 2, acronym) : -1;
      if (first >= 0 && !isOneNameOrPlaces(out, first, t - 1)) {
        out = replaceWithin(out, new NerLabels.TokenSpan(first, t - 1, "ORG"));
      }
    }
    return out;
  }

  /**
   * "Rapid" + "Support Forces (RSF)": a name before its bracketed acronym that the tagger cut, its
   * words' initials the acronym's last letters, runs back over the capitalised words just before it
   * while their initials complete the acronym.
   */
  static List<NerLabels.TokenSpan> completeCutNames(String text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> found) {
    List<NerLabels.TokenSpan> out = found;
    for (int s = 1; s < found.size(); s++) {
      NerLabels.TokenSpan acronymSpan = found.get(s);
      NerLabels.TokenSpan name = found.get(s - 1);
      int t = acronymSpan.start();
      if (acronymSpan.end() - t != 1 || name.end() + 1 != t || !isBracketed(text, starts, t)) {
        continue;
      }
      String acronym = text.substring(starts[t], ends[t]);
      String initials = initials(text, starts, name.start(), name.end());
      if (!EntityMerger.isAcronym(acronym) || initials == null || initials.length() >= acronym.length()
          || !acronym.endsWith(initials)) {
        continue;
      }
      int first = name.start();
      int missing = acronym.length() - initials.length();
      while (missing > 0 && first > 0 && Character.isUpperCase(text.charAt(starts[first - 1]))
          && text.charAt(starts[first - 1]) == acronym.charAt(missing - 1) && (s < 2 || found.get(s - 2).end() < first)) {
        first--;
        missing--;
      }
      if (missing == 0) {
        out = replaceWithin(out, new NerLabels.TokenSpan(first, name.end(), name.type()));
      }
    }
    return out;
  }

  /** The initials of the capitalised words from {@code from} to before {@code to}, or null when one is not. */
  private static String initials(String text, int[] starts, int from, int to) {
    StringBuilder initials = new StringBuilder();
    for (int k = from; k < to; k++) {
      char c = text.charAt(starts[k]);
      if (!Character.isUpperCase(c)) {
        return null;
      }
      initials.append(c);
    }
    return initials.toString();
  }

  /** Lower-case words inside a name the tagger cuts at: "och", and "for", "of", "für", "de" of names abroad. */
  private static final java.util.Set<String> JOINING_WORDS = java.util.Set.of("och", "for", "of", "and", "on", "für",
      "und", "de", "des", "du", "del", "di", "y", "et");

  /**
   * The first token of a name of capitalised and lower-case words with "och" among them, ending at
   * {@code last}, whose initials are {@code acronym}; else -1.
   */
  private static int conjoinedNameStart(String text, int[] starts, int[] ends, int last, String acronym) {
    boolean conjoined = false;
    for (int j = last; j >= 0 && j > last - MAX_WORDS; j--) {
      if (!Character.isLetter(text.charAt(starts[j]))) {
        return -1;
      }
      String word = text.substring(starts[j], ends[j]);
      conjoined |= JOINING_WORDS.contains(word);
      if (conjoined && j < last - 1 && Character.isUpperCase(word.charAt(0))
          && EntityMerger.matchesInitials(acronym, text.substring(starts[j], ends[last]))) {
        return j;
      }
    }
    return -1;
  }

  /** Whether the tokens from {@code first} to before {@code end} are already one name, or are named as places only. */
  private static boolean isOneNameOrPlaces(List<NerLabels.TokenSpan> spans, int first, int end) {
    boolean any = false;
    boolean onlyPlaces = true;
    for (NerLabels.TokenSpan span : spans) {
      if (span.end() > first && span.start() < end) {
        if (span.start() == first && span.end() == end || span.start() < first || span.end() > end) {
          return true; // whole already, or a longer name runs over the edge
        }
        any = true;
        onlyPlaces &= "LOC".equals(span.type());
      }
    }
    return any && onlyPlaces;
  }

  /** {@code spans} with those inside {@code name} replaced by it, in order. */
  private static List<NerLabels.TokenSpan> replaceWithin(List<NerLabels.TokenSpan> spans, NerLabels.TokenSpan name) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      if (span.end() <= name.start() || span.start() >= name.end()) {
        out.add(span);
      }
    }
    out.add(name);
    out.sort(Comparator.comparingInt(NerLabels.TokenSpan::start));
    return out;
  }
}
