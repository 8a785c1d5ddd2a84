package se.notis.ner;

import static se.notis.ner.RuleTokens.word;

import java.util.List;
import java.util.Set;

/**
 * Names the tagger missed beside a name they are coordinated with: "byar runt Odemira och Aljezur",
 * "tyska RWE och norska Statkraft". Words joined by "och", "eller" or a comma are mostly of one kind,
 * so an unknown capitalised word inside a sentence takes the type of its partner, a place or an
 * organisation (works and events are too often capitalised common words). A person's name is
 * taken only when the lists know the word as a name, since a party or a place may stand beside a
 * person ("Trump och Republikanerna").
 */
final class CoordinatedNames {
  private static final Set<String> CONJUNCTIONS = Set.of("och", "eller", "samt");
  /** The most capitalised words a missed name may have. */
  private static final int MAX_WORDS = 3;

  private CoordinatedNames() {}

  /** Adds to {@code out} (sorted by start) the missed names coordinated with one of its spans. */
  static void add(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out, Gazetteer gazetteer) {
    for (int i = 1; i < n; i++) {
      if (!isUnknownCapitalised(text, starts, ends, i, taken, gazetteer) || RuleTokens.opensSentence(text, starts, i)
          || MissedNames.isInsideQuote(text, starts, i)) {
        continue;
      }
      int end = i + 1;
      while (end < n && end < i + MAX_WORDS && isUnknownCapitalised(text, starts, ends, end, taken, gazetteer)) {
        end++;
      }
      String type = partnerType(text, starts, ends, n, i, end, out, gazetteer);
      boolean fits = "LOC".equals(type) || "ORG".equals(type)
          || "PER".equals(type) && isListedName(text, starts, ends, i, end, gazetteer);
      if (fits) {
        out.add(new NerLabels.TokenSpan(i, end, type));
        RuleTokens.mark(taken, i, end);
      }
      i = end - 1;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  /**
   * "byar runt Odemira och Aljezur": a one-word name the tagger took for a person, which no list knows
   * as a name or a body, after "och" or "eller" that joins it to a place, is a place too.
   */
  static void retypeBesidePlaces(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> out,
      Gazetteer gazetteer) {
    for (int s = 1; s < out.size(); s++) {
      NerLabels.TokenSpan span = out.get(s);
      NerLabels.TokenSpan left = out.get(s - 1);
      int i = span.start();
      if (span.end() - i == 1 && "PER".equals(span.type()) && "LOC".equals(left.type())
          && left.end() + 1 == i && CONJUNCTIONS.contains(word(text, starts, ends, i - 1))
          && (gazetteer.single(text, starts[i], ends[i]) & NAME_OR_BODY_LISTS) == 0
          && !EntityWords.isAllCaps(word(text, starts, ends, i))) {
        out.set(s, new NerLabels.TokenSpan(i, span.end(), "LOC"));
      }
    }
  }

  private static final int NAME_OR_BODY_LISTS = Gazetteer.FIRST_NAME | Gazetteer.SURNAME | Gazetteer.ORGANISATION
      | Gazetteer.AUTHORITY;

  /** The type of the name coordinated with tokens {@code from} to {@code to}, before or after them; null if none. */
  private static String partnerType(CharSequence text, int[] starts, int[] ends, int n, int from, int to,
      List<NerLabels.TokenSpan> out, Gazetteer gazetteer) {
    int before = from - 1;
    if (before > 0 && isDemonym(text, starts, ends, before, gazetteer)) {
      before--; // "och norska Statkraft"
    }
    if (before > 0 && CONJUNCTIONS.contains(word(text, starts, ends, before))) {
      NerLabels.TokenSpan left = RuleTokens.spanEndingAt(out, before);
      if (left != null) {
        return left.type();
      }
    }
    if (to + 1 < n && (CONJUNCTIONS.contains(word(text, starts, ends, to)) || text.charAt(starts[to]) == ',')) {
      int after = to + 1;
      if (after + 1 < n && isDemonym(text, starts, ends, after, gazetteer)) {
        after++;
      }
      for (NerLabels.TokenSpan span : out) {
        if (span.start() == after) {
          return span.type();
        }
      }
    }
    return null;
  }

  private static boolean isUnknownCapitalised(CharSequence text, int[] starts, int[] ends, int i, boolean[] taken,
      Gazetteer gazetteer) {
    if (taken[i] || !Character.isUpperCase(text.charAt(starts[i])) || !Character.isLetter(text.charAt(ends[i] - 1))) {
      return false;
    }
    String w = word(text, starts, ends, i);
    return EntityWords.isAllCaps(w) // "GE Vernova": no acronym is the common word it spells
        || !gazetteer.isCommon(text, starts[i], ends[i]) && !isCompoundWithNoun(text, starts[i], ends[i])
            && !w.endsWith("ade") && !w.endsWith("ska"); // "EU:s och Schengenassocierade länders"
  }

  /** "EU-förordning", "Nato-länder": a name joined to a common noun is no name (the guidelines' "EU-minister"). */
  private static boolean isCompoundWithNoun(CharSequence text, int start, int end) {
    for (int c = end - 2; c > start; c--) {
      if (text.charAt(c) == '-') {
        return Character.isLowerCase(text.charAt(c + 1));
      }
    }
    return false;
  }

  private static boolean isDemonym(CharSequence text, int[] starts, int[] ends, int i, Gazetteer gazetteer) {
    return RuleTokens.isLower(text, starts[i]) && (gazetteer.single(text, starts[i], ends[i]) & Gazetteer.DEMONYM) != 0;
  }

  private static boolean isListedName(CharSequence text, int[] starts, int[] ends, int from, int to, Gazetteer gazetteer) {
    for (int k = from; k < to; k++) {
      if ((gazetteer.single(text, starts[k], ends[k]) & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0) {
        return false;
      }
    }
    return true;
  }
}
