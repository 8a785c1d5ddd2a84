package se.notis.ner;

import static se.notis.ner.EntityWords.INTERNATIONAL;
import static se.notis.ner.EntityWords.PARTIES;
import static se.notis.ner.EntityWords.PLACE_LISTS;
import static se.notis.ner.EntityWords.ROAD_WORDS;
import static se.notis.ner.EntityWords.ROLE_ENDINGS;
import static se.notis.ner.EntityWords.isInternational;
import static se.notis.ner.EntityWords.isListedPlaceOnly;
import static se.notis.ner.EntityWords.stripGenitive;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a span the tagger ran over two names into the names: at a role noun, after a road's
 * number, before an international organisation in the genitive, between a person and an
 * authority, a place and a person, or a party and a person.
 */
final class SpanSplitter {
  private SpanSplitter() {}

  /**
   * A span the tagger ran over two names, cut into the names: at a role noun, after a road's
   * number or code, before an international organisation in the genitive, between a person and
   * an authority ("Carl-Oskar Bohlin Länsstyrelsen"), a place and a person ("i Stockholm Chen
   * Yuming") or a party and a person ("Sverigedemokraterna Oscar Sjöstedt").
   */
  static List<NerLabels.TokenSpan> split(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan whole,
      Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(2);
    List<NerLabels.TokenSpan> roleSplit = new ArrayList<>(2);
    List<NerLabels.TokenSpan> kinds = new ArrayList<>(2);
    List<NerLabels.TokenSpan> slashedParts = new ArrayList<>(2);
    for (NerLabels.TokenSpan clause : splitAtVerb(text, starts, ends, whole)) {
      slashedParts.addAll(splitAtSlash(text, starts, ends, clause));
    }
    for (NerLabels.TokenSpan slashed : slashedParts) {
      for (NerLabels.TokenSpan named : splitBeforeAcronym(text, starts, ends, slashed)) {
        for (NerLabels.TokenSpan piece : splitAtKindNoun(text, starts, ends, named)) {
          for (NerLabels.TokenSpan listed : splitBetweenListedNames(text, starts, ends, piece, gazetteer)) {
            for (NerLabels.TokenSpan body : splitAfterBodyCompound(text, starts, ends, listed, gazetteer)) {
              kinds.addAll(splitBetweenDefiniteNames(text, starts, ends, body));
            }
          }
        }
      }
    }
    for (NerLabels.TokenSpan coordinated : kinds) {
      for (NerLabels.TokenSpan part : splitAtApposition(text, starts, ends, coordinated, gazetteer)) {
        roleSplit.addAll(splitAtRole(text, starts, ends, part));
      }
    }
    for (NerLabels.TokenSpan span : roleSplit) {
      Cut cut = cutBetweenNames(text, starts, ends, span, gazetteer);
      if (cut == null) {
        out.add(span);
        continue;
      }
      out.add(new NerLabels.TokenSpan(span.start(), cut.at(), cut.leftType()));
      out.add(new NerLabels.TokenSpan(cut.at(), span.end(), cut.rightType()));
    }
    return out;
  }

  /**
   * "när Tre Kronor spelar Karjala Cup i Helsingfors": a lower-case word inside the tagger's span that
   * the dictionary knows only as a finite verb is the clause's verb between two names, no part of either.
   */
  private static List<NerLabels.TokenSpan> splitAtVerb(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan whole) {
    for (int k = whole.start() + 1; k < whole.end() - 1; k++) {
      // four letters at least: "Fridays for Future" is English, not the past of "fara"
      if (Character.isLowerCase(text.charAt(starts[k])) && Character.isUpperCase(text.charAt(starts[k + 1]))
          && ends[k] - starts[k] >= 4 && PhraseWords.isFiniteVerbOnly(text.subSequence(starts[k], ends[k]).toString())) {
        return List.of(new NerLabels.TokenSpan(whole.start(), k, whole.type()),
            new NerLabels.TokenSpan(k + 1, whole.end(), whole.type()));
      }
    }
    return List.of(whole);
  }

  /** Where a span is cut in two, and the types of the two names. */
  private record Cut(int at, String leftType, String rightType) {}

  /** The first cut {@link #split} makes in a span, or null when the span is one name. */
  private static Cut cutBetweenNames(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int road = roadEnd(text, starts, ends, span);
    if (road > span.start() && road < span.end()) {
      // What follows a road's number is where on the road ("Riksväg 95 Myckle", "E20 Björklunda").
      return new Cut(road, "LOC", "LOC");
    }
    int cut = internationalStart(text, starts, ends, span);
    if (cut > span.start() && cut < span.end()) {
      return new Cut(cut, span.type(), span.type());
    }
    cut = authorityAfterPerson(text, starts, ends, span, gazetteer);
    if (cut > 0) {
      return new Cut(cut, "PER", "ORG");
    }
    cut = visitedAfterPerson(text, starts, ends, span, gazetteer);
    if (cut > 0) {
      return new Cut(cut, "PER", EntityWords.isAllCaps(word(text, starts, ends, cut)) ? "ORG" : "LOC");
    }
    cut = personAfterPlace(text, starts, ends, span, gazetteer);
    if (cut > 0) {
      // "Sunderlands Frazier Campbell" in a report of a match: the club's player.
      boolean club = text.charAt(ends[cut - 1] - 1) == 's' && SpanFixer.isAboutSport(text, starts, ends);
      return new Cut(cut, club ? "ORG" : "LOC", "PER");
    }
    if (isClubsPlayer(text, starts, ends, span, gazetteer)) {
      return new Cut(span.start() + 1, "ORG", "PER"); // "en utvisning på Frölundas Lindqvist"
    }
    cut = personAfterParty(text, starts, ends, span, gazetteer);
    if (cut > 0) {
      return new Cut(cut, "ORG", "PER");
    }
    cut = afterPersonsGenitive(text, starts, ends, span, gazetteer);
    if (cut > 0) {
      return new Cut(cut, "PER", "ORG"); // "statsminister Erna Solbergs Høyre": the person's party
    }
    if ("PER".equals(span.type()) && span.end() - span.start() >= 2
        && SpanTyper.isLeague(EntityWords.stripGenitive(word(text, starts, ends, span.end() - 1)))) {
      return new Cut(span.end() - 1, "PER", "MISC"); // "toppar Forsberg Damallsvenskans skytteliga": the league
    }
    if (endsWithAcronymGenitive(text, starts, ends, span)) {
      // "sänkte S&P Global SBB:s kreditbetyg": an acronym's genitive opens a noun phrase of its own
      return new Cut(span.end() - 1, "PER".equals(span.type()) ? "PER" : "ORG", "ORG");
    }
    return isEventAtPlace(text, starts, ends, span, gazetteer) ? new Cut(span.start() + 1, "MISC", "LOC") : null;
  }

  /**
   * "Stadsfesten Härnösand", "Bokmässan Göteborg": an event's compound name and the listed town
   * it is held in, which the tagger ran together, are the event and the place.
   */
  private static boolean isEventAtPlace(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if (span.end() - s != 2 || !Character.isUpperCase(text.charAt(starts[s]))
        || !SpanTyper.isEventName(text.subSequence(starts[s], ends[s]).toString())) {
      return false;
    }
    int place = Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.CITY;
    return (gazetteer.single(text, starts[s + 1], ends[s + 1]) & place) != 0;
  }

  /** "Riksväg 95 Myckle", "E20 Björklunda": the end of a road at the start of a longer span, else -1. */
  private static int roadEnd(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int number = span.start() + 1;
    if (number < span.end() && NameWords.isRoadCode(word(text, starts, ends, span.start()))
        && Character.isUpperCase(text.charAt(starts[number]))) {
      return number;
    }
    boolean road = number + 1 < span.end() && ROAD_WORDS.contains(word(text, starts, ends, span.start()))
        && Character.isDigit(text.charAt(starts[number]));
    return road ? number + 1 : -1;
  }

  /**
   * "besökte minister Carl-Oskar Bohlin Länsstyrelsen i Östergötland": where a capitalised
   * authority ("Länsstyrelsen", "Skatteverket", "Region Gotland") starts after a person's name (its last word a
   * listed first name or surname, or its first word a listed first name), else -1.
   */
  private static int authorityAfterPerson(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    for (int k = span.start() + 1; k < span.end(); k++) {
      String w = word(text, starts, ends, k);
      // "Acko Ankarberg Johansson Region Gotland": a body's opening word with its name after it
      // ("Baltic Sea Region Programme" is no person and keeps its words)
      boolean body = "PER".equals(span.type()) && SpanTyper.isBodyOpener(w) && k + 1 < span.end()
          && Character.isUpperCase(text.charAt(starts[k + 1]));
      if (!Character.isUpperCase(w.charAt(0)) || !(NameWords.isAuthority(stripGenitive(w)) || isAgency(w) || body)) {
        continue;
      }
      int before = gazetteer.single(text, starts[k - 1], ends[k - 1]);
      int first = gazetteer.single(text, starts[span.start()], ends[span.start()]);
      boolean named = (before & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) != 0 && (before & PLACE_LISTS) == 0
          || k - span.start() >= 2 && (first & Gazetteer.FIRST_NAME) != 0 && (first & PLACE_LISTS) == 0;
      boolean person = named && Character.isUpperCase(text.charAt(starts[k - 1])) && text.charAt(ends[k - 1] - 1) != 's';
      return person ? k : -1;
    }
    return -1;
  }

  /**
   * "besöker utrikesminister Maria Malmer Stenergard Litauen", "besökte minister Johan Pehrson
   * Hagaskolan": after a visit and the visitor's office, where the place visited starts behind the
   * visitor's name, at the first word after the first two that is no listed name and is a listed
   * place, an acronym, a common word or a compound ending in one; else -1. Without a visit the
   * words stay one name ("president Recep Tayyip Erdoğan").
   */
  private static int visitedAfterPerson(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if (span.end() - s < 3 || s == 0 || !SpanTyper.isPersonalOffice(word(text, starts, ends, s - 1))
        || !afterVisit(text, starts, ends, s - 1)) {
      return -1;
    }
    for (int k = s + 2; k < span.end(); k++) {
      int bits = gazetteer.single(text, starts[k], ends[k]);
      String w = word(text, starts, ends, k);
      if ((bits & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) != 0) {
        continue; // "Acko Ankarberg Johansson": the name goes on
      }
      if ((bits & PLACE_LISTS) != 0 || EntityWords.isAllCaps(w) || gazetteer.isCommon(text, starts[k], ends[k])
          || gazetteer.commonTail(text, starts[k], ends[k]) > 0) {
        return k;
      }
    }
    return -1;
  }

  private static final java.util.Set<String> VISIT_VERBS = java.util.Set.of("besöker", "besökte", "besöka", "besökt",
      "inviger", "invigde", "inviga", "invigt");

  /** Whether a word of visiting ("besökte", "inviger") stands among the eight words before {@code office}. */
  private static boolean afterVisit(CharSequence text, int[] starts, int[] ends, int office) {
    for (int k = office - 1; k >= Math.max(0, office - 8); k--) {
      if (VISIT_VERBS.contains(word(text, starts, ends, k).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "Skatteverket", "Försvarsmakten", "Polismyndigheten": one word naming a Swedish agency. */
  private static boolean isAgency(String w) {
    String base = stripGenitive(w);
    return base.length() > 8 && (base.endsWith("verket") || base.endsWith("makten"));
  }

  /**
   * "Kinas ambassadör i Stockholm Chen Yuming": where a person's name (two capitalised words or
   * more) starts after a listed city, town or country that is no person's name, in a span the
   * tagger called a person; else -1. A person's last name is a listed name or no common word:
   * "Novare Human Kapital" is a company whose first word is also a city's. After a place's
   * genitive a listed first name, or two capitalised words, are the person ("Sunderlands Frazier Campbell").
   */
  private static int personAfterPlace(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int k = span.start() + 1;
    if (!"PER".equals(span.type()) || span.end() - k < 2) {
      return -1;
    }
    int last = span.end() - 1;
    if (isPlaceGenitive(text, starts[span.start()], ends[span.start()], gazetteer)
        && Character.isUpperCase(text.charAt(starts[k])) && ((gazetteer.single(text, starts[k], ends[k])
            & Gazetteer.FIRST_NAME) != 0 || span.end() - k >= 2 && !gazetteer.isCommon(text, starts[last], ends[last]))) {
      return k; // "Sunderlands Frazier Campbell": a place's (or its club's) person
    }
    boolean lastIsName = (gazetteer.single(text, starts[last], ends[last]) & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) != 0
        || !gazetteer.isCommon(text, starts[last], ends[last]);
    return lastIsName && isListedPlaceOnly(text, starts[span.start()], ends[span.start()], gazetteer)
        && Character.isUpperCase(text.charAt(starts[k])) ? k : -1;
  }

  /**
   * "Frölundas Lindqvist", "Skellefteås Andersson": in a report of a match, a town's or club's genitive and a
   * listed surname are the club and its player, whatever the tagger took the two words for.
   */
  private static boolean isClubsPlayer(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int k = span.start() + 1;
    return span.end() - k == 1 && Character.isUpperCase(text.charAt(starts[k]))
        && (gazetteer.single(text, starts[k], ends[k]) & Gazetteer.SURNAME) != 0
        && !gazetteer.isCommon(text, starts[k], ends[k])
        && isClubGenitive(text, starts[span.start()], ends[span.start()], gazetteer)
        && SpanFixer.isAboutSport(text, starts, ends);
  }

  /** A listed place's genitive, or the genitive of a name that is nobody's and no common word ("Frölundas"). */
  private static boolean isClubGenitive(CharSequence text, int start, int end, Gazetteer gazetteer) {
    int owner = Gazetteer.stripGenitive(text, start, end);
    return isPlaceGenitive(text, start, end, gazetteer) || owner < end && !gazetteer.isCommon(text, start, owner)
        && (gazetteer.single(text, start, owner) & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0;
  }

  /**
   * "Sunderlands", "Argentinas": a word that is no listed name itself and whose base form is a
   * listed place that is no person's name, or a country ("Argentina" is also a first name); not
   * "Lars", whose "Lar" is a city.
   */
  static boolean isPlaceGenitive(CharSequence text, int start, int end, Gazetteer gazetteer) {
    int owner = Gazetteer.stripGenitive(text, start, end);
    if (owner == end || (gazetteer.single(text, start, end) & ~Gazetteer.COMMON) != 0) {
      return false;
    }
    return isListedPlaceOnly(text, start, owner, gazetteer) || (gazetteer.single(text, start, owner) & Gazetteer.COUNTRY) != 0;
  }

  /**
   * "Erna Solbergs Høyre": where the name after a person's genitive starts inside a person's span
   * (a listed first name, then a surname in the genitive), else -1. No surname follows a genitive
   * ("Karin Nilsson Hed" has none), so a listed surname after it keeps the span whole.
   */
  private static int afterPersonsGenitive(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    if (!"PER".equals(span.type()) || span.end() - span.start() < 3
        || (gazetteer.single(text, starts[span.start()], ends[span.start()]) & Gazetteer.FIRST_NAME) == 0) {
      return -1;
    }
    for (int k = span.start() + 2; k < span.end(); k++) {
      String owner = word(text, starts, ends, k - 1);
      boolean genitive = owner.endsWith("s") && !owner.endsWith("ss") && !owner.endsWith("son")
          && (gazetteer.single(text, starts[k - 1], ends[k - 1]) & Gazetteer.FIRST_NAME) == 0; // not "St James Park"
      if (genitive && Character.isUpperCase(text.charAt(starts[k]))
          && (gazetteer.single(text, starts[k], ends[k]) & (Gazetteer.SURNAME | Gazetteer.FIRST_NAME)) == 0) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "Världshälsoorganisationen WHO varnade", "Meteorologiska institutet IPMA": a body's name in words
   * and its acronym right after it are two mentions of the body, not one name.
   */
  static List<NerLabels.TokenSpan> splitBeforeAcronym(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int last = span.end() - 1;
    String acronym = word(text, starts, ends, last);
    String before = last > span.start() ? word(text, starts, ends, last - 1) : "";
    boolean split = !"PER".equals(span.type()) && last > span.start() && acronym.length() >= 2 && acronym.length() <= 6
        && EntityWords.isAllCaps(acronym) && !EntityWords.COMPANY_FORMS.contains(acronym)
        && before.length() >= 5 && Character.isLowerCase(before.charAt(before.length() - 1)) && before.indexOf('-') < 0
        && (before.endsWith("en") || before.endsWith("et"));
    if (!split) {
      return List.of(span);
    }
    return List.of(new NerLabels.TokenSpan(span.start(), last, "ORG"), new NerLabels.TokenSpan(last, span.end(), "ORG"));
  }

  /**
   * "i DN/Ipsos nya mätning": two bodies joined by a slash, which the tagger ran together, are two
   * names; of the bodies' types whatever the tagger made of the pair. A bar between table cells ("| SGU |
   * Tillväxtanalys |") always parts two names.
   */
  static List<NerLabels.TokenSpan> splitAtSlash(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    for (int k = span.start() + 1; k + 1 < span.end(); k++) {
      boolean bar = ends[k] - starts[k] == 1 && text.charAt(starts[k]) == '|';
      if (bar || ends[k] - starts[k] == 1 && text.charAt(starts[k]) == '/' && Character.isUpperCase(text.charAt(starts[k + 1]))
          && Character.isUpperCase(text.charAt(starts[span.start()])) && ends[k - 1] - starts[k - 1] > 1
          && ends[k + 1] - starts[k + 1] > 1) { // not the versions of a model, "Gripen E/F"
        String type = "MISC".equals(span.type()) ? "ORG" : span.type();
        List<NerLabels.TokenSpan> out = new ArrayList<>(2);
        out.add(new NerLabels.TokenSpan(span.start(), k, type));
        out.addAll(splitAtSlash(text, starts, ends, new NerLabels.TokenSpan(k + 1, span.end(), type)));
        return out;
      }
    }
    return List.of(span);
  }

  /** Whether the span's last word is an acronym in the genitive ("SBB:s") after a capitalised word of another name. */
  private static boolean endsWithAcronymGenitive(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int last = span.end() - 1;
    String w = word(text, starts, ends, last);
    return last > span.start() && w.length() >= 4 && w.endsWith(":s") && EntityWords.isAllCaps(w.substring(0, w.length() - 2))
        && Character.isUpperCase(text.charAt(starts[last - 1]));
  }

  /**
   * "talesperson för Sverigedemokraterna Oscar Sjöstedt", "fick Samlingspartiets Stubb": where a
   * person's name starts after a party (or a medium: "möter DN Sanna Hyvärinen"), else -1. A party abroad
   * is known by its genitive "-partiets", after which any capitalised word is its politician.
   */
  private static int personAfterParty(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int k = span.start() + 1;
    if (k >= span.end()) {
      return -1;
    }
    String party = word(text, starts, ends, span.start());
    // "möter DN Sanna Hyvärinen": a medium's letters before a first name are the reporter's paper, not the person
    boolean swedish = (PARTIES.contains(stripGenitive(party)) || EntityWords.MEDIA.contains(party) && span.end() - k >= 2)
        && (gazetteer.single(text, starts[k], ends[k]) & Gazetteer.FIRST_NAME) != 0;
    boolean abroad = party.length() > 8 && party.endsWith("partiets") && RuleTokens.isCapitalisedWord(text, starts[k], ends[k]);
    return swedish || abroad ? k : -1;
  }

  /**
   * "Sverige WHO:s värderingar": where an international organisation in the genitive starts after
   * other words of the span (its own noun phrase begins there), else -1. Without the genitive it
   * belongs to the name ("Next Generation EU").
   */
  private static int internationalStart(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    for (int k = span.start() + 1; k < span.end(); k++) {
      String w = word(text, starts, ends, k);
      if (!INTERNATIONAL.contains(w) && isInternational(w)) {
        return k;
      }
    }
    return -1;
  }

  /** "statsminister", "generalsekreterare": a noun that ends like a role. */
  private static boolean isRole(String noun) {
    String lower = noun.toLowerCase(Locale.ROOT);
    for (String role : ROLE_ENDINGS) {
      if (lower.endsWith(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that join two genitives, the words of an English name ("Status of Women") or of a person's
   * ("Andreas von Beckerath", "Contreras de Ecker"), never a noun.
   */
  private static final java.util.Set<String> JOINING_WORDS = java.util.Set.of("och", "eller", "samt", "respektive",
      "of", "for", "and", "the", "to", "by", "on", "at", "in", "with", "from", "under", "von", "van", "der", "den",
      "de", "del", "della", "di", "da", "dos", "du", "af", "la", "le", "bin", "ibn", "al", "el");

  /**
   * "flygplats", "miljöprogram", "klimatkonferens": a noun in the indefinite form, as an apposition
   * has it; not a joining word, an adjective ("EU:s gemensamma Rysslandspolitik"), a role
   * (splitAtRole's) or a genitive of one ("FN:s generalsekreterares Our Common Agenda").
   */
  private static boolean isAppositiveNoun(String word) {
    return !JOINING_WORDS.contains(word) && !word.endsWith("a") && !isRole(word)
        && !isRole(word.substring(0, word.length() - 1));
  }

  /**
   * "Bryssels flygplats Zaventem", "FN:s miljöprogram UNEP", "Moldaviens huvudstad Chisinău": a
   * genitive, a common noun in lower case and a name are two names, the owner and the thing the noun
   * names (the guidelines keep the common noun outside both). The owner is a place when the name
   * lists know it as one, else an organisation; the name keeps the tagger's type.
   */
  static List<NerLabels.TokenSpan> splitAtApposition(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    int owner = span.start();
    String first = word(text, starts, ends, owner);
    if (span.end() - owner < 3 || !Character.isUpperCase(first.charAt(0)) || first.length() < 3
        || first.charAt(first.length() - 1) != 's') {
      return List.of(span);
    }
    int k = owner + 1;
    String noun = word(text, starts, ends, k);
    if (!Character.isLowerCase(noun.charAt(0)) || !isAppositiveNoun(noun) || !gazetteer.isCommon(text, starts[k], ends[k])
        || !Character.isUpperCase(text.charAt(starts[k + 1]))) {
      return List.of(span);
    }
    k++;
    String ownerType = (gazetteer.genitive(text, starts[owner], ends[owner]) & PLACE_LISTS) != 0 ? "LOC" : "ORG";
    return List.of(new NerLabels.TokenSpan(owner, owner + 1, ownerType), new NerLabels.TokenSpan(k, span.end(), span.type()));
  }

  /**
   * "Naturskyddsföreningen och fackförbundet Kommunal": "och" and a lower-case noun for a kind of
   * organisation inside a span stand between two organisations; the noun is in neither.
   */
  static List<NerLabels.TokenSpan> splitAtKindNoun(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    for (int k = span.start() + 1; k + 2 < span.end(); k++) {
      if (word(text, starts, ends, k).equals("och") && RuleTokens.isLower(text, starts[k + 1])
          && EntityWords.isOrganisationHead(word(text, starts, ends, k + 1))) {
        return List.of(new NerLabels.TokenSpan(span.start(), k, span.type()), new NerLabels.TokenSpan(k + 2, span.end(), "ORG"));
      }
    }
    return List.of(span);
  }

  /**
   * "ordförande i Pensionsgruppen Anna Tenje": a body's one-word compound name ("-gruppen", "-förbundet") before a
   * first name is the body, and the person's name follows it.
   */
  static List<NerLabels.TokenSpan> splitAfterBodyCompound(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    int s = span.start();
    if (span.end() - s < 3 || !SpanTyper.isBodyCompound(stripGenitive(word(text, starts, ends, s)))
        || (gazetteer.single(text, starts[s + 1], ends[s + 1]) & Gazetteer.FIRST_NAME) == 0) {
      return List.of(span);
    }
    return List.of(new NerLabels.TokenSpan(s, s + 1, "ORG"), new NerLabels.TokenSpan(s + 1, span.end(), "PER"));
  }

  /**
   * "Strandfesten och Bråvallafestivalen", "Kulturnatten och Musikhjälpen": two capitalised
   * compounds in the definite form joined by "och" or "eller" are two names; a title of one work
   * joins names or plain words ("Romeo och Julia", "Krig och fred").
   */
  static List<NerLabels.TokenSpan> splitBetweenDefiniteNames(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span) {
    int s = span.start();
    String joint = span.end() - s == 3 ? word(text, starts, ends, s + 1) : "";
    if ((joint.equals("och") || joint.equals("eller")) && isDefiniteCompound(text, starts, ends, s)
        && isDefiniteCompound(text, starts, ends, s + 2)) {
      return List.of(new NerLabels.TokenSpan(s, s + 1, span.type()), new NerLabels.TokenSpan(s + 2, s + 3, span.type()));
    }
    return List.of(span);
  }

  /**
   * "IF Metall och Kommunal", "Unionen eller Vision": two listed names joined by "och" or "eller" are two
   * names, of the types the lists give them.
   */
  static List<NerLabels.TokenSpan> splitBetweenListedNames(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    if (gazetteer.name(stripGenitive(text.subSequence(starts[span.start()], ends[span.end() - 1]).toString())) != 0) {
      return List.of(span); // "Bosnien och Hercegovina", "Trinidad och Tobago": one listed name
    }
    for (int k = span.start() + 1; k + 1 < span.end(); k++) {
      String joint = word(text, starts, ends, k);
      if (!joint.equals("och") && !joint.equals("eller")) {
        continue;
      }
      String left = text.subSequence(starts[span.start()], ends[k - 1]).toString();
      String right = text.subSequence(starts[k + 1], ends[span.end() - 1]).toString();
      String leftType = listedType(gazetteer.name(left));
      String rightType = listedType(gazetteer.name(stripGenitive(right)));
      if (leftType != null && rightType != null) {
        return List.of(new NerLabels.TokenSpan(span.start(), k, leftType), new NerLabels.TokenSpan(k + 1, span.end(), rightType));
      }
    }
    return List.of(span);
  }

  /** The entity type a list gives a name, or null for a name no list of bodies or places knows. */
  private static String listedType(int bits) {
    if ((bits & (Gazetteer.ORGANISATION | Gazetteer.AUTHORITY)) != 0) {
      return "ORG";
    }
    return (bits & PLACE_LISTS) != 0 ? "LOC" : null;
  }

  private static final String[] DEFINITE_ENDINGS = {"en", "et", "an", "na"};

  /** "Strandfesten": a capitalised word of eight letters or more in a definite form. */
  private static boolean isDefiniteCompound(CharSequence text, int[] starts, int[] ends, int i) {
    String w = word(text, starts, ends, i);
    if (w.length() < 8 || !RuleTokens.isCapitalisedWord(text, starts[i], ends[i])) {
      return false;
    }
    for (String ending : DEFINITE_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits "Amnesty Internationals Amerikachef Erika Guevara-Rosas" at the role noun: the
   * words before it (ending in a genitive) name an organisation, the words after it a person.
   */
  static List<NerLabels.TokenSpan> splitAtRole(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    for (int k = span.start() + 1; k < span.end() - 1; k++) {
      String lower = word(text, starts, ends, k).toLowerCase(Locale.ROOT);
      for (String role : ROLE_ENDINGS) {
        if (lower.endsWith(role)) {
          String before = word(text, starts, ends, k - 1);
          String leftType = "PER".equals(span.type()) ? "ORG" : span.type();
          List<NerLabels.TokenSpan> parts = new ArrayList<>(2);
          if (before.endsWith("s")) {
            parts.add(new NerLabels.TokenSpan(span.start(), k, leftType));
          }
          parts.add(new NerLabels.TokenSpan(k + 1, span.end(), "PER"));
          return parts;
        }
      }
    }
    return List.of(span);
  }
}

