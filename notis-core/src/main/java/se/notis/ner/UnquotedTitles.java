package se.notis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Titles of creative works written without quote marks after the noun that names their kind:
 * "diktsamlingen Stenar i vatten 1962", "romanen Sommaren vid Klarälven, som …", "låten Nordlys."
 * Swedish titles capitalise only their first word, so the tagger sees a name ("Klarälven") or
 * nothing; the title runs from the capitalised word to the first verb, conjunction, number or
 * mark.
 */
final class UnquotedTitles {
  private UnquotedTitles() {}

  /** Definite kind nouns of works (also the last part of a compound: "debutromanen", "tv-serien"). */
  private static final Set<String> KINDS = Set.of("romanen", "boken", "diktsamlingen", "novellsamlingen",
      "essäsamlingen", "antologin", "filmen", "dokumentären", "pjäsen", "operan", "musikalen", "albumet", "låten",
      "singeln", "skivan", "dikten", "deckaren", "thrillern");

  /** "tv-serien Fjordbyen", "dramaserien Bron": a series only in a compound ("serien" alone is a league). */
  private static final String SERIES = "serien";

  /** Words after which a title never goes on: "filmen Saltet av …", "romanen X från 1998". */
  private static final Set<String> STOPS = Set.of("som", "av", "från", "regi");

  private static final int MAX_TOKENS = 6;

  /**
   * MISC spans of the titles after a kind noun. {@code endsTitle} says whether a token ends a title
   * (a verb, a conjunction, a number, a mark: read from the tags).
   */
  static List<NerLabels.TokenSpan> find(CharSequence text, int[] starts, int[] ends, IntPredicate endsTitle) {
    List<NerLabels.TokenSpan> titles = new ArrayList<>();
    for (int i = 0; i + 1 < starts.length; i++) {
      boolean owned = isOwnedKind(text, starts, ends, i);
      // "Strands förra film, Stenarna, vann …": the title set off by commas after an owned kind
      int first = owned && i + 2 < starts.length && ",".equals(RuleTokens.word(text, starts, ends, i + 1)) ? i + 2 : i + 1;
      if (!RuleTokens.isCapitalisedWord(text, starts[first], ends[first])
          || !owned && !isKind(RuleTokens.word(text, starts, ends, i))) {
        continue;
      }
      int end = first + 1;
      while (end < starts.length && end - first <= MAX_TOKENS && !endsTitle.test(end)
          && !STOPS.contains(RuleTokens.word(text, starts, ends, end))) {
        end++;
      }
      if (end - first <= MAX_TOKENS && end < starts.length) {
        titles.add(new NerLabels.TokenSpan(first, end, "MISC"));
        i = end - 1;
      }
    }
    return titles;
  }

  /** Indefinite kind nouns, which name a title after an owner: "hennes film Vinterljus", "hans nya bok Nattvakt". */
  private static final Set<String> OWNED_KINDS = Set.of("film", "bok", "roman", "pjäs", "dokumentär", "album", "låt",
      "singel", "diktsamling", "novellsamling", "debutroman", "opera", "musikal");

  /** Owners before a kind noun: possessive pronouns, and a capitalised name in the genitive. */
  private static final Set<String> POSSESSIVES = Set.of("hennes", "hans", "deras", "sin", "sitt", "sina", "min", "mitt");

  /** Adjectives between an owner and the kind noun: "hennes förra film", "hans nya bok". */
  private static final Set<String> OWNED_ADJECTIVES = Set.of("nya", "förra", "senaste", "första", "andra", "sista");

  private static boolean isOwnedKind(CharSequence text, int[] starts, int[] ends, int i) {
    if (!OWNED_KINDS.contains(RuleTokens.word(text, starts, ends, i))) {
      return false;
    }
    int owner = i - 1 >= 0 && OWNED_ADJECTIVES.contains(RuleTokens.word(text, starts, ends, i - 1)) ? i - 2 : i - 1;
    if (owner < 0) {
      return false;
    }
    String w = RuleTokens.word(text, starts, ends, owner);
    return POSSESSIVES.contains(w.toLowerCase(Locale.ROOT))
        || Character.isUpperCase(w.charAt(0)) && w.length() > 3 && w.endsWith("s") && owner > 0;
  }

  private static boolean isKind(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (KINDS.contains(lower) || lower.endsWith(SERIES) && lower.length() > SERIES.length() + 2
        || lower.endsWith("programmet") && lower.length() > 12) { // "tävlingsprogrammet Stjärnkampen"
      return true;
    }
    for (String kind : KINDS) {
      if (lower.endsWith(kind) && lower.length() > kind.length() + 2) {
        return true; // "debutromanen", "barnboken"
      }
    }
    return false;
  }
}
