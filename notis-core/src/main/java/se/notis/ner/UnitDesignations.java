package se.notis.ner;

import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Armed Forces' designations of their units: "Norrbottens regemente, I 19, i Boden", "en tjänst vid
 * I 19", "Gotlands regemente, P 18". A branch's letters and a number name the regiment or wing (the blind
 * sets type them ORG, 9 of 9). Only in a text about the forces, since "I 19 fall av 20" opens a sentence
 * with a preposition, and only where punctuation or a preposition closes the number, not a noun it counts.
 */
final class UnitDesignations {
  private UnitDesignations() {}

  /** Letters of the branches: infantry, armour, air wings, artillery, cavalry, logistics, signals, engineers. */
  private static final Set<String> BRANCH_LETTERS = Set.of("I", "P", "F", "A", "K", "T", "S", "Lv", "Ing", "Amf",
      "Trängreg", "MarinB");

  /** Words that place a text among the forces' units. */
  private static final String[] MILITARY_STEMS = {"regemente", "flottilj", "förband", "garnison", "försvarsmakt"};

  /** Words that may close a designation: punctuation, a conjunction or a preposition. */
  private static final Set<String> CLOSERS = Set.of(",", ".", ")", ";", ":", "och", "i", "på", "vid", "–", "\"", "”");

  /** What sets a designation off from the unit's name before it: "Norrbottens regemente, I 19", "(F 16)". */
  private static final Set<String> SETTING_OFF = Set.of(",", "(");

  /** {@code spans} over the whole document, in order, with the unit designations it names added. */
  static List<NerLabels.TokenSpan> add(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans) {
    boolean[] taken = new boolean[starts.length];
    for (NerLabels.TokenSpan span : spans) {
      RuleTokens.mark(taken, span.start(), span.end());
    }
    List<NerLabels.TokenSpan> out = null;
    for (int k = 0; k + 1 < starts.length; k++) {
      if (taken[k] || taken[k + 1] || !BRANCH_LETTERS.contains(word(text, starts, ends, k))
          || !isUnitNumber(text, starts[k + 1], ends[k + 1]) || starts[k + 1] != ends[k] + 1
          || k + 2 < starts.length && !CLOSERS.contains(word(text, starts, ends, k + 2))) {
        continue;
      }
      if (out == null && !isMilitary(text)) {
        return spans; // the forces' words are looked for once, where a designation might stand
      }
      out = out == null ? new ArrayList<>(spans) : out;
      out.add(new NerLabels.TokenSpan(k, k + 2, "ORG"));
    }
    if (out == null) {
      return spans;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * {@code canonical} with each designation named by the unit it follows ("Norrbottens regemente, I 19,",
   * "Upplands flygflottilj (F 16)") taking that unit's name, at every mention of it in the document.
   */
  static String[] canonicalise(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found,
      String[] canonical) {
    java.util.Map<String, String> units = null;
    for (int e = 1; e < found.size(); e++) {
      NerLabels.TokenSpan span = found.get(e);
      NerLabels.TokenSpan before = found.get(e - 1);
      int gap = span.start() - before.end();
      boolean setOff = gap == 0 || gap == 1 && SETTING_OFF.contains(word(text, starts, ends, before.end()));
      if (isDesignation(text, starts, ends, span) && setOff && "ORG".equals(before.type()) && isUnitName(canonical[e - 1])) {
        units = units == null ? new java.util.HashMap<>() : units;
        units.putIfAbsent(text.subSequence(starts[span.start()], ends[span.end() - 1]).toString(), canonical[e - 1]);
      }
    }
    if (units == null) {
      return canonical;
    }
    String[] out = canonical.clone();
    for (int e = 0; e < found.size(); e++) {
      NerLabels.TokenSpan span = found.get(e);
      String unit = units.get(text.subSequence(starts[span.start()], ends[span.end() - 1]).toString());
      if (unit != null && isDesignation(text, starts, ends, span)) {
        out[e] = unit;
      }
    }
    return out;
  }

  private static boolean isDesignation(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    return span.end() - span.start() == 2 && BRANCH_LETTERS.contains(word(text, starts, ends, span.start()))
        && isUnitNumber(text, starts[span.start() + 1], ends[span.start() + 1]);
  }

  /** "Norrbottens regemente", "Södra skånska regementet", "Upplands flygflottilj", "Jämtlands fältjägarkår". */
  private static boolean isUnitName(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return last.endsWith("regemente") || last.endsWith("regementet") || last.endsWith("flottilj") || last.endsWith("kår")
        || last.endsWith("husarer") || last.endsWith("bataljon");
  }

  private static boolean isMilitary(CharSequence text) {
    String lower = text.toString().toLowerCase(Locale.ROOT);
    for (String stem : MILITARY_STEMS) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** One or two digits, not starting with 0: "19", "7". */
  private static boolean isUnitNumber(CharSequence text, int start, int end) {
    return end - start >= 1 && end - start <= 2 && text.charAt(start) != '0'
        && Character.isDigit(text.charAt(start)) && Character.isDigit(text.charAt(end - 1));
  }
}
