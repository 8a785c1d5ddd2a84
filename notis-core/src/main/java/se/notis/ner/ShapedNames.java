package se.notis.ner;

import static se.notis.ner.EntityWords.COMPANY_FORMS;
import static se.notis.ner.EntityWords.ORG_TAILS;
import static se.notis.ner.EntityWords.PLACE_LISTS;
import static se.notis.ner.RuleTokens.isCapitalisedWord;
import static se.notis.ner.RuleTokens.isLower;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Organisations recognised by the shape of their names, whatever the tagger said: public bodies
 * "Myndigheten/Rådet … för X", courts "Hovrätten för Västra Sverige" and companies written with an
 * ampersand ("Hennes & Mauritz").
 */
final class ShapedNames {
  /**
   * Endings of the head nouns of names of public bodies written "Head för X" ("Myndigheten för
   * psykologiskt försvar", "Organisationen för ekonomiskt samarbete och utveckling", "Rådet för
   * främjande av kommunala analyser", "Inspektionen för vård och omsorg", "Institutionen för
   * geovetenskaper", "Statens beredning för medicinsk och social utvärdering").
   */
  private static final String[] BODY_HEADS = {"myndigheten", "organisationen", "rådet", "nämnden", "institutet",
      "inspektionen", "verket", "kommissionen", "delegationen", "stiftelsen", "förbundet", "fonden", "byrån", "centret",
      "centrum", "akademien", "kollegiet", "styrelsen", "ombudsmannen", "kommittén", "domstolen",
      "banken", "institut", "kontoret", "sekretariatet", "beredning", "institutionen", "föreningen", "sällskapet",
      "akademin", "avdelningen", "enheten", "kontor"};

  /** Bodies named by their seat: "Länsstyrelsen i Värmland", "Förvaltningsrätten i Luleå", "Universitetet i Oslo". */
  private static final Set<String> SEATED_BODIES = Set.of("Länsstyrelsen", "Förvaltningsrätten", "Kammarrätten",
      "Migrationsdomstolen", "Patent- och marknadsdomstolen", "Hyresnämnden", "Arrendenämnden", "Länstrafiken",
      "Överförmyndarnämnden", "Universitetet", "Landstinget");

  /**
   * Heads of associations and faith communities whose local branch is named by its seat, written as
   * one word ("Naturskyddsföreningen i Kalmar län", "Fredsrörelsen i Uppsala") or after an adjective
   * ("Svenska kyrkan i Malmö", "Judiska församlingen i Göteborg"); parties and companies before "i"
   * stay apart from the place ("Moderaterna i Malmö", "Saab i Linköping").
   */
  private static final String[] BRANCH_HEADS = {"föreningen", "församlingen", "rörelsen"};

  /** Faith communities and charities named by one word whose heads are no association nouns. */
  private static final Set<String> BRANCHED_BODIES = Set.of("Pingstkyrkan", "Equmeniakyrkan", "Frälsningsarmén",
      "Stadsmissionen");

  /** Adjectives that open a faith community's or association's name ("Svenska kyrkan", "Islamiska föreningen"). */
  private static final Set<String> BRANCH_MODIFIERS = Set.of("Svenska", "Katolska", "Judiska", "Islamiska",
      "Ortodoxa", "Syrisk-ortodoxa", "Muslimska");

  /** Hospitals named by their seat, one town: "Universitetssjukhuset i Linköping och Lasarettet i Motala". */
  private static final Set<String> HOSPITALS = Set.of("Universitetssjukhuset", "Lasarettet", "Sjukhuset", "Länssjukhuset",
      "Centrallasarettet");

  /** Capitalised first words of a public body's name before a lower-case head ("Statens institut för …"). */
  private static final Set<String> BODY_MODIFIERS = Set.of("FN:s", "Statens", "Europeiska", "Svenska", "Nordiska",
      "Internationella", "Förenta");

  private ShapedNames() {}

  /**
   * Organisations recognised by the shape of their names, whatever the tagger said: a public body
   * "Head för X" with a capitalised head noun and a lower-case noun phrase after "för"
   * ("Myndigheten för psykologiskt försvar", "Statens institut för …"), and a company written
   * with an ampersand ("Hennes & Mauritz", "Procter & Gamble") unless the tagger found it whole
   * (the series "Will & Grace" is MISC).
   */
  static List<NerLabels.TokenSpan> find(CharSequence text, int[] starts, int[] ends, int n,
      List<NerLabels.TokenSpan> spans, IntPredicate notPhrase, Gazetteer gazetteer) {
    return find(text, starts, ends, n, spans, notPhrase, gazetteer, new int[n]);
  }

  /**
   * {@code runPosition} marks the listed names of several words ({@link Gazetteer#matchRuns}): a
   * listed name that ends in a genitive ends there ("Myndigheten för arbetsmiljökunskaps uppgifter";
   * but "Rådet för forskningens infrastruktur" is a name of its own).
   */
  static List<NerLabels.TokenSpan> find(CharSequence text, int[] starts, int[] ends, int n,
      List<NerLabels.TokenSpan> spans, IntPredicate notPhrase, Gazetteer gazetteer, int[] runPosition) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(0);
    for (int i = 0; i + 2 < n; i++) {
      char first = text.charAt(starts[i]);
      if (first == '&' && ends[i] - starts[i] == 1) {
        int end = ampersandEnd(text, starts, ends, n, i, spans, gazetteer);
        int amp = i;
        if (end > 0 && spans.stream().noneMatch(span -> span.start() < amp && span.end() > amp + 1)) {
          // "Advokatfirman Norén & Falk": a firm's noun written as part of its name opens it
          int from = i > 1 && SpanJoiner.isNamedBodyOpener(word(text, starts, ends, i - 2)) ? i - 2
              : ampersandStart(text, starts, ends, i, gazetteer);
          out.add(new NerLabels.TokenSpan(from, end, "ORG"));
          i = end - 1;
        }
        continue;
      }
      int coordinated = coordinatedBodyEnd(text, starts, ends, n, i);
      if (coordinated > 0) {
        out.add(new NerLabels.TokenSpan(i > 0 && BODY_MODIFIERS.contains(word(text, starts, ends, i - 1)) ? i - 1 : i,
            coordinated, "ORG"));
        i = coordinated - 1;
        continue;
      }
      // "hovrätten för Nedre Norrland" is the court's name in lower case too
      boolean court = first == 'h' && ends[i] - starts[i] == 9 && word(text, starts, ends, i).equals("hovrätten");
      if (!Character.isUpperCase(first) && !court) {
        continue;
      }
      String w = word(text, starts, ends, i);
      int head = i;
      if (w.endsWith("rätten") && (word(text, starts, ends, i + 1).equals("för")
          || word(text, starts, ends, i + 1).equals("över"))) {
        int end = courtDistrictEnd(text, starts, ends, n, i + 2);
        if (end > i + 2) {
          out.add(new NerLabels.TokenSpan(i, end, "ORG")); // "Hovrätten för Västra Sverige"
          i = end - 1;
          continue;
        }
      }
      String bare = EntityWords.stripGenitive(w);
      int branchEnd = branchEnd(text, starts, ends, n, i);
      if (branchEnd > 0) {
        out.add(new NerLabels.TokenSpan(i, branchEnd, "ORG"));
        i = branchEnd - 1;
        continue;
      }
      boolean seated = (SEATED_BODIES.contains(bare) || HOSPITALS.contains(bare)) && i + 2 < n
          && word(text, starts, ends, i + 1).equals("i") && Character.isUpperCase(text.charAt(starts[i + 2]));
      if (seated) { // "Länsstyrelsen i Gävleborgs län", "Länsstyrelsen i Värmland", "Förvaltningsrätten i Luleå"
        int end = HOSPITALS.contains(bare) ? i + 3 : courtDistrictEnd(text, starts, ends, n, i + 2); // "… i Västra Götalands län"
        end = end < n && word(text, starts, ends, end).startsWith("län") ? end + 1 : end;
        out.add(new NerLabels.TokenSpan(i, end, "ORG"));
        i = end - 1;
        continue;
      }
      String next = word(text, starts, ends, i + 1);
      if (BODY_MODIFIERS.contains(w) && isLower(text, starts[i + 1]) && isBodyHead(next)
          && !next.equals("kommissionen") && !next.equals("rådet")) {
        head = i + 1; // but "Europeiska kommissionen för godkännande av …" is the commission
      } else if (!isBodyHead(w.toLowerCase(Locale.ROOT))
          || (gazetteer.single(text, starts[i], ends[i]) & Gazetteer.AUTHORITY) != 0) {
        continue; // "Statsrådsberedningen" is a whole name of its own
      }
      String linking = head + 1 < n ? word(text, starts, ends, head + 1) : "";
      if (head + 2 >= n || !linking.equals("för") && !linking.equals("mot")) { // "Riksenheten mot korruption"
        continue;
      }
      int end = NamePhrases.phraseEnd(text, starts, ends, n, head + 2, notPhrase, gazetteer);
      if (end > head + 3 && runPosition[i] == 1 && runPosition[head + 2] == 2 && runPosition[head + 3] != 2
          && Gazetteer.stripGenitive(text, starts[head + 2], ends[head + 2]) < ends[head + 2]) {
        end = head + 3; // "Myndigheten för arbetsmiljökunskaps uppgifter", a listed name in the genitive
      }
      if (end > head + 2) {
        out.add(new NerLabels.TokenSpan(i, end, "ORG"));
        i = end - 1;
      }
    }
    return out;
  }

  /**
   * The end of an association's local branch named by its seat ("Naturskyddsföreningen i Kalmar
   * län", "Svenska kyrkan i Göteborg") starting at {@code i}, a capitalised word; -1 when there is none.
   */
  private static int branchEnd(CharSequence text, int[] starts, int[] ends, int n, int i) {
    String w = word(text, starts, ends, i);
    int head = i;
    if (BRANCH_MODIFIERS.contains(w) && i + 1 < n) {
      String next = word(text, starts, ends, i + 1);
      if (!next.equals("kyrkan") && !isBranchHead(next)) {
        return -1;
      }
      head = i + 1;
    } else if (!BRANCHED_BODIES.contains(w) && !isBranchHead(w)
        || Arrays.stream(BRANCH_HEADS).anyMatch(w::equalsIgnoreCase)) {
      return -1; // "Föreningen i Malmö" alone says which association no more than "föreningen" does
    }
    if (head + 2 >= n || !word(text, starts, ends, head + 1).equals("i")
        || !Character.isUpperCase(text.charAt(starts[head + 2]))) {
      return -1;
    }
    int end = head + 2;
    while (end < n && end - head < 5 && Character.isUpperCase(text.charAt(starts[end]))
        && Character.isLetter(text.charAt(starts[end]))) {
      end++; // "i Västra Götalands län", but not "i Malmö och Judiska församlingen"
    }
    return end < n && word(text, starts, ends, end).startsWith("län") ? end + 1 : end;
  }

  private static boolean isBranchHead(String word) {
    return Arrays.stream(BRANCH_HEADS).anyMatch(word::endsWith);
  }

  /** "Västra Sverige", "Övre Norrland", "Skåne och Blekinge": capitalised words, "och" between. */
  private static int courtDistrictEnd(CharSequence text, int[] starts, int[] ends, int n, int from) {
    int end = from;
    int k = from;
    while (k < n && k - from < 4 && Character.isUpperCase(text.charAt(starts[k]))
        && Character.isLetter(text.charAt(starts[k]))) {
      end = ++k;
      if (k + 1 < n && word(text, starts, ends, k).equals("och") && Character.isUpperCase(text.charAt(starts[k + 1]))) {
        k++;
      }
    }
    return end;
  }

  /**
   * The end of a body's name whose first words are coordinated by a hyphen: "Europeiska gräns- och
   * kustbevakningsbyrån", "Hälso- och sjukvårdens ansvarsnämnd", "Sjö- och flygräddningscentralen"; -1 when
   * the words at {@code i} are no such name. Written with a capital inside a sentence, the words name one
   * body; opening a sentence they may be a common noun, unless a modifier of names comes first
   * ("Europeiska"). A municipality's committee is none ("Barn- och utbildningsnämnden").
   */
  private static int coordinatedBodyEnd(CharSequence text, int[] starts, int[] ends, int n, int i) {
    if (i + 2 >= n || text.charAt(ends[i] - 1) != '-' || !word(text, starts, ends, i + 1).equals("och")
        || !isLower(text, starts[i + 2])) {
      return -1;
    }
    boolean modified = i > 0 && BODY_MODIFIERS.contains(word(text, starts, ends, i - 1));
    if (!modified && (isLower(text, starts[i]) || RuleTokens.opensSentence(text, starts, i))) {
      return -1;
    }
    for (int k = i + 2; k < n && k <= i + 3 && isLower(text, starts[k]); k++) {
      String w = word(text, starts, ends, k);
      if (w.endsWith("nämnden")) {
        return -1; // "Barn- och utbildningsnämnden", a municipality's committee, is no name
      }
      if (isBodyHead(w) || w.endsWith("nämnd") || w.endsWith("centralen")) {
        return k + 1;
      }
    }
    return -1;
  }

  /** A compound ending in a body's head, with a first part of three letters or more: "industrifonden", not "delegationen". */
  static boolean isCompoundBody(String lower) {
    for (String head : BODY_HEADS) {
      if (lower.endsWith(head) && lower.length() >= head.length() + 3) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBodyHead(String lower) {
    for (String head : BODY_HEADS) {
      if (lower.endsWith(head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first word of a company name "X & Y" around the ampersand at {@code amp}: "X", or up to two
   * capitalised words before it, when they follow a lower-case word ("stöd av Nordisk Film & TV Fond") or
   * are a genitive ("Lindbergs Hem & Textil", "Söderslätts Bygg & Fastighet AB"): a firm is named after its
   * owner or place, and an adjective of its name is capitalised only as part of it. Not a title.
   */
  private static int ampersandStart(CharSequence text, int[] starts, int[] ends, int amp, Gazetteer gazetteer) {
    int from = amp - 1;
    while (from > 0 && amp - from <= 2 && isCapitalisedWord(text, starts[from - 1], ends[from - 1])
        && (gazetteer.single(text, starts[from - 1], ends[from - 1]) & Gazetteer.TITLE) == 0
        && (from > 1 && isLower(text, starts[from - 2]) || isGenitive(word(text, starts, ends, from - 1)))) {
      from--;
    }
    return from;
  }

  private static boolean isGenitive(String w) {
    return w.length() > 3 && w.endsWith("s") && !EntityWords.stripGenitive(w).equals(w);
  }

  /**
   * The end of a company name "X & Y" around the ampersand at {@code amp}: a capitalised word on
   * each side (and a company form after), not two places ("Sverige & Norge") or two first names
   * the tagger found as two people ("Filip & Fredrik"); -1 when none.
   */
  private static int ampersandEnd(CharSequence text, int[] starts, int[] ends, int n, int amp,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    if (amp == 0 || amp + 1 >= n || !Character.isUpperCase(text.charAt(starts[amp - 1]))
        || !Character.isUpperCase(text.charAt(starts[amp + 1]))
        || !Character.isLetter(text.charAt(ends[amp - 1] - 1)) || !Character.isLetter(text.charAt(starts[amp + 1]))) {
      return -1;
    }
    int left = gazetteer.single(text, starts[amp - 1], ends[amp - 1]);
    int right = gazetteer.single(text, starts[amp + 1], ends[amp + 1])
        | gazetteer.genitive(text, starts[amp + 1], ends[amp + 1]);
    boolean people = (left & Gazetteer.FIRST_NAME) != 0 && (right & Gazetteer.FIRST_NAME) != 0
        && spans.stream().anyMatch(span -> span.end() == amp && "PER".equals(span.type()))
        && spans.stream().anyMatch(span -> span.start() == amp + 1 && "PER".equals(span.type()));
    int end = amp + 2;
    while (end < n && end - amp <= 3 && isCapitalisedWord(text, starts[end], ends[end])
        && !COMPANY_FORMS.contains(word(text, starts, ends, end))) {
      end++; // "Brighton & Hove Albion"
    }
    if (end == amp + 2 && (left & PLACE_LISTS) != 0 && (right & PLACE_LISTS) != 0 || people) {
      return -1; // "Sverige & Norge", "Filip & Fredrik" (two first names the tagger found as two people)
    }
    while (end < n && (COMPANY_FORMS.contains(word(text, starts, ends, end))
        || ORG_TAILS.contains(word(text, starts, ends, end)))) {
      end++;
    }
    return end;
  }
}
