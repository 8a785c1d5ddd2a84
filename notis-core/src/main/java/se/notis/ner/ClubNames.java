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

  /** Prepositions and parts of a town after which a town in a report of sport is the town: "matchen i Karlstad", "centrala Luleå". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("i", "på", "vid", "utanför", "nära", "kring", "runt",
      "genom", "över", "norr", "söder", "öster", "väster", "hemma", "centrala", "norra", "södra", "östra", "västra");

  /** {@code spans} over the whole document, in order, with the towns that play made organisations. */
  static List<NerLabels.TokenSpan> retype(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      Gazetteer gazetteer, boolean sport) {
    if (!sport) {
      return spans;
    }
    spans = splitAdjacentClubs(text, starts, ends, spans);
    Set<String> clubs = new HashSet<>();
    Set<Integer> listed = new HashSet<>();
    for (int i = 0; i < spans.size(); i++) {
      NerLabels.TokenSpan span = spans.get(i);
      if (i > 0 && isPlayersClub(text, starts, ends, spans.get(i - 1), span, gazetteer)) {
        listed.add(span.start());
        if (span.end() - span.start() == 1) {
          clubs.add(stripGenitive(word(text, starts, ends, span.start())));
        }
      }
      boolean town = isTown(text, starts, ends, span, gazetteer)
          || isTownNamedOrganisation(text, starts, ends, span, gazetteer);
      boolean townPlays = town && plays(text, starts, ends, span.start(), span.end());
      int clubTown = isClubOfTown(text, starts, ends, span, gazetteer);
      if (townPlays || clubTown >= 0) {
        clubs.add(stripGenitive(word(text, starts, ends, townPlays ? span.start() : clubTown)));
      }
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      int last = span.end() - 1;
      if ("PER".equals(span.type()) && last - span.start() >= 2 && clubs.contains(word(text, starts, ends, last))) {
        // "gav kanadensaren Tyler McKenzie Piteå ledningen": the tagger ran the player into his team.
        out.add(new NerLabels.TokenSpan(span.start(), last, "PER"));
        out.add(new NerLabels.TokenSpan(last, span.end(), "ORG"));
        continue;
      }
      if (listed.contains(span.start()) || isClubGenitive(text, starts, ends, span, spans, gazetteer)
          || isPlayedFor(text, starts, ends, span, gazetteer)) {
        out.add(new NerLabels.TokenSpan(span.start(), span.end(), "ORG"));
        continue;
      }
      boolean club = isTown(text, starts, ends, span, gazetteer)
          && clubs.contains(stripGenitive(word(text, starts, ends, span.start())))
          && (span.start() == 0
              || !PLACE_PREPOSITIONS.contains(word(text, starts, ends, span.start() - 1).toLowerCase(Locale.ROOT)))
          && !isTravelledTo(text, starts, ends, span.start());
      out.add(club ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG") : span);
    }
    return withUntaggedTeams(text, starts, ends, out, gazetteer);
  }

  /**
   * "Nästa söndag tar Tottenham emot Fulham": in a report of sport, a capitalised word inside a sentence that
   * the tagger left out and that plays is a team, and so is each other mention of it outside a preposition
   * of place (the tagger misses clubs abroad it never saw, "Fulham", "Tottenham").
   */
  private static List<NerLabels.TokenSpan> withUntaggedTeams(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    boolean[] taken = new boolean[starts.length];
    for (NerLabels.TokenSpan span : spans) {
      RuleTokens.mark(taken, span.start(), span.end());
    }
    Set<String> teams = new HashSet<>();
    for (int k = 1; k < starts.length; k++) {
      if (isUntaggedName(text, starts, ends, k, taken, gazetteer) && plays(text, starts, ends, k, k + 1)) {
        teams.add(stripGenitive(word(text, starts, ends, k)));
      }
    }
    if (teams.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans);
    for (int k = 1; k < starts.length; k++) {
      if (isUntaggedName(text, starts, ends, k, taken, gazetteer) && teams.contains(stripGenitive(word(text, starts, ends, k)))
          && !PLACE_PREPOSITIONS.contains(word(text, starts, ends, k - 1).toLowerCase(Locale.ROOT))) {
        out.add(new NerLabels.TokenSpan(k, k + 1, "ORG"));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** A capitalised word of letters no span holds, inside its sentence, that no list knows as a common word. */
  private static boolean isUntaggedName(CharSequence text, int[] starts, int[] ends, int k, boolean[] taken,
      Gazetteer gazetteer) {
    return !taken[k] && RuleTokens.isCapitalisedWord(text, starts[k], ends[k]) && !RuleTokens.opensSentence(text, starts, k)
        && !gazetteer.isCommon(text, starts[k], ends[k]);
  }

  /**
   * "Robin Lindqvist (Hammarby)", "Kristian Olsson (Krasnodar)": in a report of sport, the name in
   * brackets right after a player's is his club, unless a list has it as a country or a region (a
   * national side is named by its country).
   */
  private static boolean isPlayersClub(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan player,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    int s = span.start();
    if (!"PER".equals(player.type()) || player.end() + 1 != s || span.end() >= starts.length
        || !"(".equals(word(text, starts, ends, s - 1)) || !")".equals(word(text, starts, ends, span.end()))) {
      return false;
    }
    int bits = gazetteer.single(text, starts[s], ends[span.end() - 1]);
    return (bits & (Gazetteer.COUNTRY | Gazetteer.REGION)) == 0;
  }

  /** Words after a club's letters that belong to its name: "Djurgårdens IF Hockey", "Hammarby IF Dam". */
  private static final Set<String> CLUB_SECTIONS = Set.of("Fotboll", "FF", "Hockey", "Bandy", "Handboll", "Innebandy",
      "Basket", "Dam", "Damer", "Herr", "Akademi", "Ungdom", "Friidrott");

  /** Sports that name a club after its town: "Luleå Hockey", "Sirius Bandy". */
  private static final Set<String> CLUB_SPORTS = Set.of("Fotboll", "Hockey", "Bandy", "Handboll", "Innebandy", "Basket",
      "Håndball", "Håndbold", "Fotball", "Ishockey"); // Norwegian and Danish clubs: "Elverum Håndball"

  /** Whether the word is a sport that closes a club's name after its town ("Luleå Hockey"). */
  static boolean isSport(String word) {
    return CLUB_SPORTS.contains(word);
  }

  /**
   * "möter Malmö FF Djurgården på Tele2 Arena": a club's name ends at its letters, so a capitalised word
   * the tagger ran on after them is the next club.
   */
  private static List<NerLabels.TokenSpan> splitAdjacentClubs(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      int cut = -1;
      for (int k = span.start() + 1; "ORG".equals(span.type()) && k + 1 < span.end() && cut < 0; k++) {
        String next = word(text, starts, ends, k + 1);
        if (EntityWords.isClubLetters(word(text, starts, ends, k)) && Character.isUpperCase(next.charAt(0))
            && !CLUB_SECTIONS.contains(next)) {
          cut = k + 1;
        }
      }
      if (cut < 0) {
        out.add(span);
      } else {
        out.add(new NerLabels.TokenSpan(span.start(), cut, "ORG"));
        out.add(new NerLabels.TokenSpan(cut, span.end(), "ORG"));
      }
    }
    return out;
  }

  /** Verbs of going somewhere: "AIK reser till Göteborg för att möta IFK Göteborg" names the town. */
  private static final Set<String> TRAVEL_VERBS = Set.of("reser", "reste", "åker", "åkte", "flyger", "flög", "beger");

  private static boolean isTravelledTo(CharSequence text, int[] starts, int[] ends, int start) {
    return start >= 2 && "till".equalsIgnoreCase(word(text, starts, ends, start - 1))
        && TRAVEL_VERBS.contains(word(text, starts, ends, start - 2).toLowerCase(Locale.ROOT));
  }

  /** Nouns of a team's people: "Aston Villas tränare", "Frölundas målvakt". */
  private static final Set<String> TEAM_ROLES = Set.of("tränare", "tränaren", "huvudtränare", "målvakt", "målvakten",
      "lagkapten", "lagkaptenen", "sportchef", "sportchefen", "anfallare", "mittfältare", "back", "forward",
      "center", "supportrar", "supportrarna", "ordförande", "match", "matcher", "seger", "trupp", "truppen", "historia");

  /**
   * "Aston Villas tränare Paul Lambert", "Sunderlands Frazier Campbell reducerade": in a report of
   * sport, a name in the genitive before a role in a team or before a player is the team. Countries
   * are left alone ("Sveriges Zlatan Ibrahimović" is the national side, named by the country).
   */
  private static boolean isClubGenitive(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    int last = span.end() - 1;
    if ("ORG".equals(span.type()) || "MISC".equals(span.type()) || text.charAt(ends[last] - 1) != 's'
        || span.end() >= starts.length) {
      return false;
    }
    int bits = gazetteer.single(text, starts[last], ends[last]) | gazetteer.genitive(text, starts[last], ends[last]);
    if ((bits & (Gazetteer.COUNTRY | Gazetteer.REGION)) != 0 || EntityWords.WORLD_REGIONS.contains(stripGenitive(
        word(text, starts, ends, last)))) {
      return false;
    }
    int next = span.end();
    return TEAM_ROLES.contains(word(text, starts, ends, next))
        || spans.stream().anyMatch(s -> s.start() == next && "PER".equals(s.type()) && s.end() - s.start() >= 2);
  }

  /** Forms of "spela" before "i" or "för" and a team: "som spelar i Arsenal", "spelade för Brentford". */
  private static final Set<String> PLAYS = Set.of("spelar", "spelade", "spelat", "spela");

  /**
   * "Blackstenius, som spelar i Arsenal i England": in a report of sport, a one-word name after a form
   * of "spela" and "i" or "för" is the team, unless a list has it as a place ("att spela i Karlstad";
   * a team named after its town is told by the town's other mentions).
   */
  private static boolean isPlayedFor(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if ("ORG".equals(span.type()) || "MISC".equals(span.type()) || span.end() - s != 1 || s < 2
        || !PLAYS.contains(word(text, starts, ends, s - 2))
        || !(word(text, starts, ends, s - 1).equals("i") || word(text, starts, ends, s - 1).equals("för"))) {
      return false;
    }
    return (gazetteer.single(text, starts[s], ends[s]) & EntityWords.PLACE_LISTS) == 0
        && !EntityWords.WORLD_REGIONS.contains(word(text, starts, ends, s)); // "jag vill spela i Europa"
  }

  /** "Piteå" the tagger already took for an organisation: a one-word listed town. */
  private static boolean isTownNamedOrganisation(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    return "ORG".equals(span.type()) && span.end() - span.start() == 1
        && isTown(text, starts, ends, new NerLabels.TokenSpan(span.start(), span.end(), "LOC"), gazetteer);
  }

  /**
   * "Piteå HC", "Kalix HC:s", "Malmö FF", "IFK Norrköping": a town and a club's letters, which make the
   * town a club's short name. Returns the town's token, or -1.
   */
  private static int isClubOfTown(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    if (!"ORG".equals(span.type()) || span.end() - span.start() != 2) {
      return -1;
    }
    int s = span.start();
    boolean lettersFirst = EntityWords.isClubLetters(word(text, starts, ends, s));
    int town = lettersFirst ? s + 1 : s;
    String second = stripGenitive(word(text, starts, ends, s + 1));
    // "Luleå Hockey", "Sirius Bandy": a town and its sport name the club as its letters do
    boolean club = (lettersFirst || EntityWords.isClubLetters(second) || CLUB_SPORTS.contains(second))
        && isTown(text, starts, ends, new NerLabels.TokenSpan(town, town + 1, "LOC"), gazetteer);
    return club ? town : -1;
  }

  /** A one-word place that is no country, county or part of the world: what a club is named after. */
  private static boolean isTown(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    if (span.end() - span.start() != 1 || !"LOC".equals(span.type()) && !"PER".equals(span.type())) {
      return false;
    }
    int bits = gazetteer.single(text, starts[span.start()], ends[span.start()])
        | gazetteer.genitive(text, starts[span.start()], ends[span.start()]);
    // A town the tagger took for a person ("vann Piteå med 4–2") is a town when no list has it as a name.
    boolean town = "LOC".equals(span.type()) || (bits & (Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.CITY)) != 0
        && (bits & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0;
    return town && (bits & (Gazetteer.COUNTRY | Gazetteer.REGION)) == 0
        && !EntityWords.WORLD_REGIONS.contains(word(text, starts, ends, span.start()));
  }

  /**
   * Whether the name at [start, end) plays: opposed to another ("mot Luleå", "tar Bologna emot Lazio") or with
   * a verb of the match, after it or, inverted, before it ("På lördagskvällen vann Piteå").
   */
  private static boolean plays(CharSequence text, int[] starts, int[] ends, int start, int end) {
    return start > 0 && (word(text, starts, ends, start - 1).equals("mot") || word(text, starts, ends, start - 1).equals("emot")
            || MATCH_VERBS.contains(word(text, starts, ends, start - 1)))
        || end < starts.length && (MATCH_VERBS.contains(word(text, starts, ends, end)) || word(text, starts, ends, end).equals("emot"))
        || start > 0 && word(text, starts, ends, start - 1).equals("från") && isSigning(text, starts, ends, start);
  }

  /** Verbs of a club signing a player: "har värvat anfallaren Moa Hedlund från Djurgården". */
  private static final Set<String> SIGNING_VERBS = Set.of("värvat", "värvar", "värvade", "värva", "lånar", "lånade",
      "köpt", "köper", "köpte");

  /** Whether a verb of signing a player stands in the six words before the town. */
  private static boolean isSigning(CharSequence text, int[] starts, int[] ends, int start) {
    for (int k = Math.max(0, start - 7); k < start - 1; k++) {
      if (SIGNING_VERBS.contains(word(text, starts, ends, k))) {
        return true;
      }
    }
    return false;
  }
}
