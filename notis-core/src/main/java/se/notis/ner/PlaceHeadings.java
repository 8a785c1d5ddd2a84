package se.notis.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.notis.sentence.Dateline;

/**
 * Place names written in capitals on a line of their own: the police's round-ups group their
 * events under the municipality ("SKELLEFTEÅ\nVid 8-tiden hölls en trafikkontroll …",
 * "UMEÅ\nUnder morgonen …"). The tagger, trained on running text, misses most of them, and
 * what it finds keeps its capitals as canonical name. A line counts when its title-cased form
 * ("Skellefteå", "Sorsele") is a place of the name lists; names the lists hold in capitals
 * ("USA") are left alone. Obituaries are signed the same way, by people on lines of their own
 * ("OLOF PERSSON\nKARIN ENGSTRÖM") and reporters their bylines ("Klara Örn/TT"): two or three words
 * in capitals or title case alone on a line (or before "/TT"), whose first, title-cased, is a listed
 * first name, are a person; the agency after a photographer's or reporter's slash is an organisation
 * ("Foto: Jonas Ekdal/Bildbyrån").
 */
final class PlaceHeadings {
  private static final int PLACES = Gazetteer.MUNICIPALITY | Gazetteer.TOWN | Gazetteer.CITY
      | Gazetteer.COUNTRY | Gazetteer.REGION;
  private PlaceHeadings() {}

  /** {@code found} with every capitalised place line tagged LOC (replacing what overlaps it). */
  static List<NerLabels.TokenSpan> add(String text, int[] starts, int[] ends, int n, List<NerLabels.TokenSpan> found,
      Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> headings = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      if (isHeading(text, starts, ends, n, t, gazetteer)) {
        headings.add(new NerLabels.TokenSpan(t, t + 1, "LOC"));
      }
      t = addEventLinePlaces(text, starts, ends, n, t, headings);
      int signed = signatureEnd(text, starts, ends, n, t, gazetteer);
      if (signed > t) {
        headings.add(new NerLabels.TokenSpan(t, signed, "PER"));
        t = signed - 1;
      }
    }
    for (NerLabels.TokenSpan span : found) {
      int slash = span.end();
      if ("PER".equals(span.type()) && isBylineSource(text, starts, ends, n, slash)
          && RuleTokens.isCapitalisedWord(text, starts[slash + 1], ends[slash + 1])) {
        headings.add(new NerLabels.TokenSpan(slash + 1, slash + 2, "ORG")); // "Foto: Jonas Ekdal/Bildbyrån": the agency
      }
    }
    if (headings.isEmpty()) {
      return found;
    }
    List<NerLabels.TokenSpan> merged = new ArrayList<>(headings);
    for (NerLabels.TokenSpan span : found) {
      if (headings.stream().noneMatch(h -> h.start() < span.end() && span.start() < h.end())) {
        merged.add(span);
      }
    }
    merged.sort(Comparator.comparingInt(NerLabels.TokenSpan::start));
    return merged;
  }

  /** The most words of one place after an event line's dash: "Centrala Östersund", "Norra Ängby". */
  private static final int MAX_PLACE_WORDS = 3;

  /**
   * "19:45, Skadegörelse – Södermalm", "02:20, Olaga hot – Vällingby, Stockholm": a line of a police
   * round-up that opens with a clock time names its event, a dash and where it happened. The
   * capitalised words after the dash, to the line's end, are places (one per comma), listed or not:
   * districts and villages are in no list. Adds them to {@code headings}; returns the last token read.
   */
  private static int addEventLinePlaces(String text, int[] starts, int[] ends, int n, int t,
      List<NerLabels.TokenSpan> headings) {
    if (!lineStart(text, starts, ends, t) && t > 0 || !isClockTime(text, starts[t], ends[t])) {
      return t;
    }
    int dash = t + 1;
    while (dash < n && !lineStart(text, starts, ends, dash) && !isDash(text, starts, ends, dash)) {
      dash++;
    }
    if (dash >= n || lineStart(text, starts, ends, dash) || dash == t + 1) {
      return t;
    }
    List<NerLabels.TokenSpan> places = new ArrayList<>();
    int from = dash + 1;
    int k = from;
    while (k <= n) {
      boolean end = k == n || lineStart(text, starts, ends, k) || ",".equals(text.substring(starts[k], ends[k]));
      if (end) {
        if (k == from || k - from > MAX_PLACE_WORDS) {
          return t;
        }
        places.add(new NerLabels.TokenSpan(from, k, "LOC"));
        if (k == n || lineStart(text, starts, ends, k)) {
          break;
        }
        from = k + 1;
      } else if (!RuleTokens.isCapitalisedWord(text, starts[k], ends[k])) {
        return t; // "– södergående körfält": words about the event, not its place
      }
      k++;
    }
    headings.addAll(places);
    return places.get(places.size() - 1).end() - 1;
  }

  /** "19:45", "02.20": a clock time written as one token. */
  private static boolean isClockTime(String text, int start, int end) {
    return end - start >= 4 && end - start <= 5 && Character.isDigit(text.charAt(start))
        && Character.isDigit(text.charAt(end - 1)) && (text.charAt(end - 3) == ':' || text.charAt(end - 3) == '.');
  }

  private static boolean isDash(String text, int[] starts, int[] ends, int t) {
    return ends[t] - starts[t] == 1 && (text.charAt(starts[t]) == '–' || text.charAt(starts[t]) == '-');
  }

  /** Whether token {@code t} is a place in capitals alone on its line. */
  static boolean isHeading(String text, int[] starts, int[] ends, int n, int t, Gazetteer gazetteer) {
    return lineStart(text, starts, ends, t) && (t + 1 == n || lineStart(text, starts, ends, t + 1))
        && isCapitalWord(text, starts[t], ends[t]) && isPlace(text.substring(starts[t], ends[t]), gazetteer);
  }

  /** The end of a person's name in capitals alone on the line that token {@code t} begins, else -1. */
  private static int signatureEnd(String text, int[] starts, int[] ends, int n, int t, Gazetteer gazetteer) {
    if (!lineStart(text, starts, ends, t)) {
      return -1;
    }
    // All in capitals ("OLOF PERSSON") or all in title case ("Klara Örn"), not "Om OKG" over a company's profile.
    boolean capitals = isCapitalName(text, starts[t], ends[t]);
    int end = t;
    while (end < n && end - t < 3 && (end == t || !lineStart(text, starts, ends, end))
        && (capitals ? isCapitalName(text, starts[end], ends[end]) : isTitleCaseName(text, starts[end], ends[end]))) {
      end++;
    }
    String first = Dateline.titleCase(text.substring(starts[t], ends[t]));
    boolean firstName = capitals ? (gazetteer.single(first, 0, first.length()) & Gazetteer.FIRST_NAME) != 0
        : gazetteer.isFrequentFirstName(first, 0, first.length()); // "Om Tornvik Energi" heads a company's profile
    return end - t >= 2 && (lineEnds(text, starts, ends, n, end) || isBylineSource(text, starts, ends, n, end))
        && firstName ? end : -1;
  }

  private static boolean lineEnds(String text, int[] starts, int[] ends, int n, int t) {
    return t == n || lineStart(text, starts, ends, t);
  }

  /** "/TT" closing a reporter's byline ("Klara Örn/TT"): a slash and the agency's capitals end the line. */
  private static boolean isBylineSource(String text, int[] starts, int[] ends, int n, int t) {
    return t + 1 < n && ends[t] - starts[t] == 1 && text.charAt(starts[t]) == '/'
        && Character.isUpperCase(text.charAt(starts[t + 1])) && lineEnds(text, starts, ends, n, t + 2);
  }

  /** "Örn", "Wikström-Lind": a capital and lower-case letters, as a reporter signs a byline. */
  private static boolean isTitleCaseName(String text, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = text.charAt(i);
      boolean afterHyphen = text.charAt(i - 1) == '-' && Character.isUpperCase(c);
      if (!Character.isLowerCase(c) && !afterHyphen && !(c == '-' && i + 1 < end)) {
        return false;
      }
    }
    return true;
  }

  /** "BO", "LINDBERG", "ANNA-KARIN": a word of two letters or more, all capitals. */
  private static boolean isCapitalName(String text, int start, int end) {
    return end - start >= 2 && Character.isLetter(text.charAt(start)) && isCapitalWord(text, start, end)
        || end - start == 2 && Character.isUpperCase(text.charAt(start)) && Character.isUpperCase(text.charAt(start + 1));
  }

  /** Whether token {@code t} begins a line: only spaces lie between it and a newline or the text start. */
  private static boolean lineStart(String text, int[] starts, int[] ends, int t) {
    for (int i = starts[t] - 1; i >= (t == 0 ? 0 : ends[t - 1]); i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return t == 0;
  }

  private static boolean isCapitalWord(String text, int start, int end) {
    if (end - start < 3) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isUpperCase(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Whether a name in capitals ("SKELLEFTEÅ") is, title-cased, a place of the name lists that they do not hold in capitals. */
  static boolean isPlace(String surface, Gazetteer gazetteer) {
    if (surface.length() < 3 || !surface.equals(surface.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String title = Dateline.titleCase(surface);
    // A name the lists hold in capitals ("USA") is written so in running text too.
    return (gazetteer.single(title, 0, title.length()) & PLACES) != 0 && gazetteer.single(surface, 0, surface.length()) == 0;
  }
}
