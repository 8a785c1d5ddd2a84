package se.notis.ner;

import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Buildings that stand for the power seated in them: "Vita huset", "Pentagon", "Kreml",
 * "Élyséepalatset", "Downing Street". The
 * guidelines make a building used as a place a place and an authority an organisation, so the
 * name is a place where one goes or is ("i Vita huset", "besöka Pentagon", "till Kreml") and an
 * organisation where it acts, owns or is represented ("Kreml har intecknat …", "Kremls krigsbrott",
 * "företrädare för Vita huset"). The tagger misses "Vita huset" as two common words and types the
 * others at random.
 */
final class SeatsOfPower {
  private SeatsOfPower() {}

  /** Words before the building that make it the place where one is or goes. */
  private static final Set<String> PLACE_WORDS = Set.of("i", "på", "till", "utanför", "framför", "besöka", "besöker",
      "besökte", "besökt", "Plats", "inne");

  /** Names of such buildings of one word, with their genitives. */
  private static final Set<String> ONE_WORD = Set.of("Pentagon", "Pentagons", "Kreml", "Kremls", "Kreml:s",
      "Élyséepalatset", "Élyséepalatsets", "Elyséepalatset", "Elyséepalatsets");

  /** The spans with each such name typed by its use, and added where the tagger missed it. */
  static List<NerLabels.TokenSpan> apply(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = spans;
    for (int i = 0; i < starts.length; i++) {
      int end = nameEnd(text, starts, ends, i);
      if (end < 0) {
        continue;
      }
      NerLabels.TokenSpan name = new NerLabels.TokenSpan(i, end, type(text, starts, ends, i, end));
      List<NerLabels.TokenSpan> next = replace(out, name);
      if (next != null) {
        out = next;
      }
    }
    return out;
  }

  /** The end of such a name starting at token {@code i}, or -1. */
  private static int nameEnd(CharSequence text, int[] starts, int[] ends, int i) {
    String w = word(text, starts, ends, i);
    if (ONE_WORD.contains(w)) {
      return i + 1;
    }
    if ((w.equals("Vita") || w.equals("Downing")) && i + 1 < starts.length) {
      String next = word(text, starts, ends, i + 1);
      boolean whole = w.equals("Vita") ? next.equals("huset") || next.equals("husets") : next.startsWith("Street");
      return whole ? i + 2 : -1;
    }
    return -1;
  }

  /** A place after a word of being or going there ({@link #PLACE_WORDS}), else the power: an organisation. */
  private static String type(CharSequence text, int[] starts, int[] ends, int start, int end) {
    if (text.charAt(ends[end - 1] - 1) == 's') {
      return "ORG"; // "Kremls krigsmaskineri", "Vita husets webbplats"
    }
    int before = start - 1;
    while (before >= 0 && !Character.isLetter(text.charAt(starts[before])) && ends[before] - starts[before] == 1
        && text.charAt(starts[before]) != '.') {
      before--; // "Plats: Pentagon"
    }
    return before >= 0 && PLACE_WORDS.contains(word(text, starts, ends, before)) ? "LOC" : "ORG";
  }

  /**
   * {@code spans} with {@code name} in place of a span of the same tokens, or added where no span
   * touches them; null where the tagger's span runs over more words ("Vita husets kommission" as
   * part of a longer name is left as it is).
   */
  private static List<NerLabels.TokenSpan> replace(List<NerLabels.TokenSpan> spans, NerLabels.TokenSpan name) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size() + 1);
    for (NerLabels.TokenSpan span : spans) {
      if (span.end() <= name.start() || span.start() >= name.end()) {
        out.add(span);
      } else if (span.start() != name.start() || span.end() != name.end()) {
        return null;
      }
    }
    out.add(name);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
