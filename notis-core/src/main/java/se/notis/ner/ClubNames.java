package se.notis.ner;

import static se.notis.ner.EntityWords.stripGenitive;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Clubs named after their town: in a report of sport, "Färjestad låg under med 0–2" and "vann mot
 * Luleå" name teams, and so does every other mention of that town in the document ("Dvořáček kom
 * till Färjestad"), except after a preposition of place ("Jag trivs i Karlstad"). A town counts
 * as a team only where it plays, opposed to another or with a verb of the match, because a word
 * of sport ("målet", "säsongen") also turns up in texts about other things.
 */
final class ClubNames {
  private ClubNames() {}

  /** Verbs of a team in a match: "Färjestad vann", "Luleå ledde". */
  private static final Set<String> MATCH_VERBS = Set.of("vann", "vinner", "förlorade", "förlorar", "ledde", "leder",
      "låg", "kvitterade", "besegrade", "slog", "mötte", "möter", "spelade", "spelar", "tog", "föll");

  /** Prepositions after which a town in a report of sport is the town: "matchen i Karlstad". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("i", "på", "vid", "utanför", "nära", "kring", "runt",
      "genom", "över", "norr", "söder", "öster", "väster", "hemma");

  /** {@code spans} over the whole document, in order, with the towns that play made organisations. */
  static List<NerLabels.TokenSpan> retype(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      Gazetteer gazetteer, boolean sport) {
    if (!sport) {
      return spans;
    }
    Set<String> clubs = new HashSet<>();
    for (NerLabels.TokenSpan span : spans) {
      if (isTown(text, starts, ends, span, gazetteer) && plays(text, starts, ends, span.start(), span.end())) {
        clubs.add(stripGenitive(word(text, starts, ends, span.start())));
      }
    }
    if (clubs.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      boolean club = isTown(text, starts, ends, span, gazetteer)
          && clubs.contains(stripGenitive(word(text, starts, ends, span.start())))
          && (span.start() == 0
              || !PLACE_PREPOSITIONS.contains(word(text, starts, ends, span.start() - 1).toLowerCase(Locale.ROOT)));
      out.add(club ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG") : span);
    }
    return out;
  }

  /** A one-word place that is no country, county or part of the world: what a club is named after. */
  private static boolean isTown(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    if (!"LOC".equals(span.type()) || span.end() - span.start() != 1) {
      return false;
    }
    int bits = gazetteer.single(text, starts[span.start()], ends[span.start()])
        | gazetteer.genitive(text, starts[span.start()], ends[span.start()]);
    return (bits & (Gazetteer.COUNTRY | Gazetteer.REGION)) == 0
        && !EntityWords.WORLD_REGIONS.contains(word(text, starts, ends, span.start()));
  }

  /** Whether the name at [start, end) plays: opposed to another ("mot Luleå") or with a verb of the match. */
  private static boolean plays(CharSequence text, int[] starts, int[] ends, int start, int end) {
    return start > 0 && word(text, starts, ends, start - 1).equals("mot")
        || end < starts.length && MATCH_VERBS.contains(word(text, starts, ends, end));
  }
}
