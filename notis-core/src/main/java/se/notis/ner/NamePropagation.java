package se.notis.ner;

import static se.notis.ner.EntityWords.isAllCaps;
import static se.notis.ner.EntityWords.stripGenitive;
import static se.notis.ner.RuleTokens.mark;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level consistency of names: a word the document names elsewhere is a name where the
 * tagger left it out, and an acronym the tagger names in a minority of its uses is none.
 */
final class NamePropagation {
  private NamePropagation() {}

  /**
   * Document-level consistency: a capitalised word the tagger left out is a name when the same
   * document names it elsewhere, alone or as a person's last name ("Videgaray har …" after
   * "Luis Videgaray"). Spans are token indices over the whole document, in order.
   */
  static List<NerLabels.TokenSpan> propagate(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      Gazetteer gazetteer) {
    Map<String, String> known = new HashMap<>();
    boolean[] taken = new boolean[starts.length];
    for (NerLabels.TokenSpan span : spans) {
      mark(taken, span.start(), span.end());
      if (span.end() - span.start() == 1) {
        known.putIfAbsent(stripGenitive(word(text, starts, ends, span.start())), span.type());
      } else if ("PER".equals(span.type())) {
        known.putIfAbsent(stripGenitive(word(text, starts, ends, span.end() - 1)), "PER");
      }
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans);
    dropRareAcronyms(text, starts, ends, spans, out, known);
    for (int i = 0; i < starts.length && !known.isEmpty(); i++) {
      if (taken[i] || !Character.isUpperCase(text.charAt(starts[i])) || gazetteer.isCommon(text, starts[i], ends[i])) {
        continue;
      }
      String w = word(text, starts, ends, i);
      String type = known.get(w);
      if (type == null) {
        type = known.get(stripGenitive(w));
      }
      // Acronyms and MISC names are too often common nouns ("AI") to spread on their own;
      // agreements and programmes are not ("Artemisavtalet är …" after "Artemisavtalets principer").
      boolean spreads = !"MISC".equals(type) || NameWords.isAgreement(stripGenitive(w))
          || NameWords.isProgramme(stripGenitive(w))
          || SpanTyper.isEventName(stripGenitive(w));
      if (type != null && w.length() > 1 && spreads && (!isAllCaps(w) || "ORG".equals(type))) {
        out.add(new NerLabels.TokenSpan(i, i + 1, type));
        taken[i] = true;
      }
    }
    addRepeatedPhrases(text, starts, ends, spans, taken, out);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * "Glesbygdsmedicinskt centrum arbetar …" after "besökte Glesbygdsmedicinskt centrum (GMC)": an
   * organisation or place of several words, found once, is that name wherever the document
   * repeats its words, also with a genitive on the last ("Glesbygdsmedicinskt centrums").
   */
  private static void addRepeatedPhrases(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      boolean[] taken, List<NerLabels.TokenSpan> out) {
    Map<String, NerLabels.TokenSpan> phrases = new HashMap<>();
    for (NerLabels.TokenSpan span : spans) {
      int length = span.end() - span.start();
      if (length >= 2 && ("ORG".equals(span.type()) || "LOC".equals(span.type()))
          && Character.isUpperCase(text.charAt(starts[span.start()]))) {
        phrases.putIfAbsent(word(text, starts, ends, span.start()), span);
      }
    }
    if (phrases.isEmpty()) {
      return;
    }
    for (int i = 0; i < starts.length; i++) {
      // Every phrase opens with a capital: other tokens cost no string.
      NerLabels.TokenSpan known = taken[i] || !Character.isUpperCase(text.charAt(starts[i])) ? null
          : phrases.get(word(text, starts, ends, i));
      if (known == null) {
        continue;
      }
      int length = known.end() - known.start();
      if (i + length <= starts.length && repeats(text, starts, ends, known, i, taken)) {
        out.add(new NerLabels.TokenSpan(i, i + length, known.type()));
        mark(taken, i, i + length);
        i += length - 1;
      }
    }
  }

  /** Whether the tokens from {@code at} repeat the words of {@code known}, none of them taken. */
  private static boolean repeats(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan known, int at,
      boolean[] taken) {
    int length = known.end() - known.start();
    for (int k = 0; k < length; k++) {
      if (taken[at + k]) {
        return false;
      }
      String want = word(text, starts, ends, known.start() + k);
      String have = word(text, starts, ends, at + k);
      boolean last = k == length - 1;
      if (!have.equals(want) && !(last && stripGenitive(have).equals(stripGenitive(want)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An acronym the tagger names in fewer than half of its uses is a common noun ("AI kommer att
   * påverka …" tagged once among a dozen mentions of AI): its spans leave {@code out} and its
   * type leaves {@code known}.
   */
  private static void dropRareAcronyms(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      List<NerLabels.TokenSpan> out, Map<String, String> known) {
    Map<String, int[]> acronyms = new HashMap<>();
    for (NerLabels.TokenSpan span : spans) {
      String w = stripGenitive(word(text, starts, ends, span.start()));
      if (span.end() - span.start() == 1 && isAllCaps(w) && w.length() > 1) {
        acronyms.computeIfAbsent(w, k -> new int[2])[0]++;
      }
    }
    if (!acronyms.isEmpty()) {
      for (int i = 0; i < starts.length; i++) {
        int[] counts = acronyms.get(stripGenitive(word(text, starts, ends, i)));
        if (counts != null) {
          counts[1]++;
        }
      }
      out.removeIf(span -> {
        int[] counts = span.end() - span.start() == 1
            ? acronyms.get(stripGenitive(word(text, starts, ends, span.start()))) : null;
        if (counts != null && counts[0] * 2 < counts[1]) {
          known.remove(stripGenitive(word(text, starts, ends, span.start())));
          return true;
        }
        return false;
      });
    }
  }
}
