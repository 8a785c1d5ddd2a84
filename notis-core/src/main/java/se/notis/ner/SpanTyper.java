package se.notis.ner;

import java.util.Set;

import static se.notis.ner.EntityWords.COMPANY_FORMS;
import static se.notis.ner.EntityWords.ORG_TAILS;
import static se.notis.ner.EntityWords.PARTIES;
import static se.notis.ner.EntityWords.PLACE_LISTS;
import static se.notis.ner.EntityWords.ROAD_WORDS;
import static se.notis.ner.EntityWords.STREET_WORDS;
import static se.notis.ner.EntityWords.WORLD_REGIONS;
import static se.notis.ner.EntityWords.isInternational;
import static se.notis.ner.EntityWords.isListedPlaceOnly;
import static se.notis.ner.EntityWords.stripGenitive;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Types (and slightly extends) one span by its context and its own words: a noun for a kind of
 * organisation before it, an organisation's closing word, a street word or road number after it,
 * a world region, a law, agreement, event or authority, and a listed place of several words.
 */
final class SpanTyper {
  /** First words of the names of public bodies, schools and foundations: "Region Skåne", "Högskolan Väst", "Stiftelsen IVL". */
  private static final java.util.Set<String> BODY_OPENERS = java.util.Set.of("Region", "Högskolan", "Universitetet",
      "Polisområde", "Lokalpolisområde", "Stiftelsen", "Föreningen", "Advokatfirman", "Advokatbyrån", "Bokförlaget", "Polisregion",
      "Bostadsrättsföreningen", "Brf", "Team");

  private SpanTyper() {}

  /** "Region", "Högskolan", "Stiftelsen": a word that opens the name of a public body, school or foundation. */
  static boolean isBodyOpener(String w) {
    return BODY_OPENERS.contains(w);
  }

  /**
   * A name right after a noun for a kind of organisation is that organisation, whatever the
   * tagger called it: "tidningen El Excelsior", "bolaget Ericsson", "fotbollsklubben Malmö FF".
   */
  static NerLabels.TokenSpan organisationByHead(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span) {
    if ("ORG".equals(span.type()) || span.start() == 0) {
      return span;
    }
    String before = word(text, starts, ends, span.start() - 1);
    if (before.isEmpty() || !Character.isLowerCase(before.charAt(0)) && span.start() - 1 > 0) {
      return span; // "Föräldragruppen Rädda Solbackaskolan lämnade …": the head opens the sentence
    }
    return EntityWords.isOrganisationHead(before.toLowerCase(Locale.ROOT))
        ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG") : span;
  }

  /**
   * "Stockholms stad", "Räddningstjänsten Östra Götaland": a city's authority and a rescue service
   * named by its area are organisations, whatever the tagger called them (the blind sets: 10 of 10
   * and 10 of 10).
   */
  static NerLabels.TokenSpan localAuthority(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    boolean city = span.end() - s == 2 && word(text, starts, ends, s + 1).equals("stad");
    boolean rescue = span.end() - s >= 2 && word(text, starts, ends, s).equals("Räddningstjänsten")
        && Character.isUpperCase(text.charAt(starts[s + 1]));
    return (city || rescue) && !"ORG".equals(span.type()) ? new NerLabels.TokenSpan(s, span.end(), "ORG") : span;
  }

  /** Nouns of the arts that open a regional institution's name: "Teater Halland", "Musik i Syd", "Opera Nord". */
  private static final Set<String> ARTS_OPENERS = Set.of("Teater", "Musik", "Opera", "Dans", "Film", "Kultur");

  /** "Även Teater Halland har uttryckt oro": an art's noun and a capitalised name are an institution, not a person. */
  static NerLabels.TokenSpan artsInstitution(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    boolean opened = span.end() - s >= 2 && !"ORG".equals(span.type()) && ARTS_OPENERS.contains(word(text, starts, ends, s))
        && Character.isUpperCase(text.charAt(starts[span.end() - 1]));
    return opened ? new NerLabels.TokenSpan(s, span.end(), "ORG") : span;
  }

  /** Heads of organisation nouns that name a kind, not the organisation: never the first word of its name. */
  private static final String[] KIND_HEADS = {"bolaget", "företaget", "koncernen", "tidningen", "tidskriften",
      "nyhetsbyrån", "kanalen", "partiet", "klubben", "kedjan", "sajten", "banken"};

  /**
   * "Flygbolaget Latam har ställt in …": at a sentence's start the noun for the kind of organisation
   * has a capital too and the tagger takes it into the name; the name is the rest, an organisation.
   */
  static NerLabels.TokenSpan organisationAfterOpeningHead(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span) {
    if (span.end() - span.start() < 2 || !Character.isUpperCase(text.charAt(starts[span.start() + 1]))
        && !FOREIGN_PARTICLES.contains(word(text, starts, ends, span.start() + 1))) {
      return span; // "Palácio da Alvorada" has its particle second
    }
    String first = word(text, starts, ends, span.start());
    if (first.length() < 2 || !Character.isUpperCase(first.charAt(0)) || !Character.isLowerCase(first.charAt(1))) {
      return span;
    }
    String lower = first.toLowerCase(Locale.ROOT);
    for (String head : KIND_HEADS) {
      if (lower.endsWith(head)) {
        return new NerLabels.TokenSpan(span.start() + 1, span.end(), "ORG");
      }
    }
    return span;
  }

  /**
   * Endings of nouns for ships and boats, for storms and for products (medicines, apps, satellites),
   * in the form that stands before the name: named objects, named weather and products are MISC
   * ("orkanen Milton", "stormen Hans", "läkemedlet Nevrazolid").
   */
  private static final String[] VESSEL_HEADS = {"fartyget", "färjan", "båten", "skeppet", "isbrytaren",
      "korvetten", "fregatten", "jagaren", "kryssaren", "minröjaren", "tankern", "orkanen", "stormen", "ovädret",
      "tyfonen", "cyklonen", "läkemedel", "läkemedlet", "preparatet", "vaccinet", "medicinen", "appen", "satelliten",
      "raketen", "drönaren", "roboten", "övningen"}; // "storövningen Tsentr 2019", "övningen Aurora 26"

  /** Prefixes of warships' names: His Majesty's Ship, United States Ship, His Majesty's Canadian Ship, Russian Federation Ship. */
  private static final Set<String> SHIP_PREFIXES = Set.of("HMS", "USS", "HMCS", "RFS");

  /**
   * A name right after a noun for a ship is the ship, a named object (MISC), whatever the tagger
   * called it: "grundstötningen av färjan Marco Polo", "isbrytaren Oden", "ubåten Gotland".
   */
  static NerLabels.TokenSpan vesselByHead(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int m = motorShipAt(text, starts, ends, span);
    if (m >= 0) {
      return new NerLabels.TokenSpan(m, span.end(), "MISC"); // "färjan M/S Visborg"
    }
    if (SHIP_PREFIXES.contains(word(text, starts, ends, span.start())) && span.end() - span.start() == 1) {
      int end = span.end();
      while (end < starts.length && end - span.end() < 3
          && RuleTokens.isCapitalisedWord(text, starts[end], ends[end])) {
        end++; // "HMS" and "Blekinge", which the tagger took for a place of its own
      }
      return end > span.end() ? new NerLabels.TokenSpan(span.start(), end, "MISC") : span;
    }
    if (SHIP_PREFIXES.contains(word(text, starts, ends, span.start())) && span.end() - span.start() > 1) {
      return new NerLabels.TokenSpan(span.start(), span.end(), "MISC"); // "korvetterna HMS Visby och HMS Nyköping"
    }
    if (span.start() > 0 && SHIP_PREFIXES.contains(word(text, starts, ends, span.start() - 1))) {
      return new NerLabels.TokenSpan(span.start() - 1, span.end(), "MISC"); // "USS" + "Gerald R. Ford"
    }
    if ("MISC".equals(span.type()) || span.start() == 0) {
      return span;
    }
    String written = word(text, starts, ends, span.start() - 1);
    boolean opening = span.start() == 1 || !Character.isLetterOrDigit(text.charAt(starts[span.start() - 2]));
    if (written.isEmpty() || !Character.isLowerCase(written.charAt(0)) && !opening) {
      return span; // "Orkanen Milton" opening a sentence
    }
    // "under övningen Sverige deltar": an exercise is never named by a country
    boolean exerciseOfPlace = written.endsWith("övningen")
        && isListedPlaceOnly(text, starts[span.start()], ends[span.end() - 1], gazetteer);
    return endsWithVesselHead(written) && !exerciseOfPlace ? new NerLabels.TokenSpan(span.start(), span.end(), "MISC") : span;
  }

  /**
   * "Orkanen Milton drog in … Milton väntas försvagas": a name a kind noun introduced as a ship, a
   * storm or a product is that object in every mention, where the tagger, seeing the name alone,
   * takes it for a person.
   */
  static List<NerLabels.TokenSpan> objectsEverywhere(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    Set<String> objects = new java.util.HashSet<>();
    for (NerLabels.TokenSpan span : spans) {
      if ("MISC".equals(span.type()) && span.start() > 0 && endsWithVesselHead(word(text, starts, ends, span.start() - 1))) {
        objects.add(nameWithoutGenitive(text, starts, ends, span));
      }
    }
    if (objects.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      boolean object = !"MISC".equals(span.type()) && objects.contains(nameWithoutGenitive(text, starts, ends, span));
      out.add(object ? new NerLabels.TokenSpan(span.start(), span.end(), "MISC") : span);
    }
    return out;
  }

  /**
   * "Klara Westin och bandet Hurricane Heart …", then "Hurricane Heart, fyra killar från Borås": the
   * noun that introduced a name says what it is at its other mentions too, which the tagger may read as
   * a person's; without this the document's vote would follow the tagger. A noun for a company does so
   * for a one-word name a list knows as a place ("Gruvbolaget Boliden åtalas …", then "Boliden bestrider
   * ansvar"), the noun opening the sentence too.
   */
  static List<NerLabels.TokenSpan> organisationsNamedByHead(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    Set<String> named = new java.util.HashSet<>();
    Set<String> oneWordNamed = new java.util.HashSet<>();
    for (NerLabels.TokenSpan span : spans) {
      String before = span.start() == 0 ? "" : word(text, starts, ends, span.start() - 1);
      boolean lower = !before.isEmpty() && Character.isLowerCase(before.charAt(0));
      boolean opening = !before.isEmpty() && RuleTokens.opensSentence(text, starts, span.start() - 1);
      if ("ORG".equals(span.type()) && (lower || opening)
          && EntityWords.isOrganisationHead(before.toLowerCase(Locale.ROOT))) {
        named.add(nameWithoutGenitive(text, starts, ends, span));
        if (span.end() - span.start() == 1 && isCompanyHead(before.toLowerCase(Locale.ROOT))) {
          oneWordNamed.add(nameWithoutGenitive(text, starts, ends, span)); // not "styrkan Mali 17"
        }
      }
    }
    if (named.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      String name = nameWithoutGenitive(text, starts, ends, span);
      boolean renamed = "PER".equals(span.type()) && named.contains(name)
          || "LOC".equals(span.type()) && span.end() - span.start() == 1 && oneWordNamed.contains(name);
      out.add(renamed ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG") : span);
    }
    return out;
  }

  /** Nouns for a company before its name: "gruvbolaget", "flygplanstillverkaren", "klädjätten". */
  private static final String[] COMPANY_HEADS = {"bolaget", "företaget", "koncernen", "tillverkaren", "jätten",
      "kedjan", "rederiet", "banken"};

  private static boolean isCompanyHead(String lower) {
    for (String head : COMPANY_HEADS) {
      if (lower.endsWith(head)) {
        return true;
      }
    }
    return false;
  }

  static boolean endsWithVesselHead(String written) {
    String before = written.toLowerCase(java.util.Locale.ROOT);
    for (String head : VESSEL_HEADS) {
      if (before.endsWith(head)) {
        return true;
      }
    }
    return false;
  }

  private static String nameWithoutGenitive(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    String name = text.subSequence(starts[span.start()], ends[span.end() - 1]).toString();
    return name.substring(0, Gazetteer.stripGenitive(name, 0, name.length()));
  }

  /** Where "M/S" (motor ship) opens the span or stands right before it, written in three tokens; else -1. */
  private static int motorShipAt(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    int m = word(text, starts, ends, s).equals("S") && span.end() - s > 1 ? s - 2 : s - 3;
    boolean written = m >= 0 && word(text, starts, ends, m).equals("M") && word(text, starts, ends, m + 1).equals("/")
        && word(text, starts, ends, m + 2).equals("S") && ends[m] == starts[m + 1] && ends[m + 1] == starts[m + 2];
    return written ? m : -1;
  }

  /** Last words of English names of events and contests ("Eurovision Song Contest", "Australian Open"). */
  private static final Set<String> EVENT_HEADS = Set.of("Contest", "Festival", "Awards", "Cup", "Championship",
      "Championships", "Games", "Olympics", "Open", "Prix", "Summit", "Expo", "League", "Week", "Award", "Prize",
      "Tournament", "Invitational", "Classic", "Masters");

  /**
   * Sport's series, contests of a season and the yearly events the press names in one word (MISC):
   * "Allsvenskan", "Hockeyettan", "Bundesliga", "Finnkampen", "Vasaloppet".
   */
  private static final Set<String> LEAGUES = Set.of("Allsvenskan", "Damallsvenskan", "Superettan", "Hockeyallsvenskan",
      "Hockeyettan", "Elitserien", "Bundesliga", "Ligue", "Eredivisie", "Finnkampen", "Vasaloppet", "Tjejvasan",
      "Lidingöloppet", "Vätternrundan", "Vansbrosimningen", "Göteborgsvarvet", "Melodifestivalen", "Guldbaggegalan",
      "Almedalsveckan", "Järvaveckan", "Bokmässan", "SHL", "SDHL", "Handbollsligan", "Bandyallsvenskan", "Elitettan");

  /** "Konferensen", "Mötet": a Swedish noun in the definite form, which opens no English name. */
  private static boolean isSwedishDefinite(String w) {
    return w.length() > 5 && (w.endsWith("en") || w.endsWith("et") || w.endsWith("na"));
  }

  /**
   * "Jag har följt Premier League": the tagger found the head of a contest's name alone; the
   * capitalised word before it, in no other name and not opening the sentence, opens the name.
   */
  static List<NerLabels.TokenSpan> eventsWithOpener(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      int s = span.start();
      // "Eurovision" + "Song Contest" opening a sentence: before an English name of two words, a capital
      // opening the sentence opens the name too
      boolean english = span.end() - s == 2 && RuleTokens.isCapitalisedWord(text, starts[s], ends[s]) && s > 0
          && !isSwedishDefinite(word(text, starts, ends, s - 1)); // not "Konferensen Media Summit"
      boolean opened = (span.end() - s == 1 && s > 1 || english && s > 0)
          && EVENT_HEADS.contains(word(text, starts, ends, span.end() - 1))
          && RuleTokens.isCapitalisedWord(text, starts[s - 1], ends[s - 1])
          && (out.isEmpty() || out.get(out.size() - 1).end() < s);
      NerLabels.TokenSpan before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (!opened && before != null && before.end() == s && isOpenerOfEvent(text, starts, ends, before)
          && EVENT_HEADS.contains(word(text, starts, ends, span.end() - 1))) {
        // "Sweden" + "Rock Festival", "KPMG Women's" + "PGA Championship": the name before the head's words opens the event
        out.set(out.size() - 1, new NerLabels.TokenSpan(before.start(), span.end(), "MISC"));
        continue;
      }
      out.add(opened ? new NerLabels.TokenSpan(s - 1, span.end(), "MISC") : span);
    }
    return out;
  }

  /** A name that may open an event's: no person, no Swedish genitive ("Sveriges Open" is no event's name). */
  private static boolean isOpenerOfEvent(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    String last = word(text, starts, ends, span.end() - 1);
    return !"PER".equals(span.type()) && (last.endsWith("'s") || !last.endsWith("s") && !last.endsWith(":s"));
  }

  static boolean isLeague(String w) {
    return LEAGUES.contains(w);
  }

  /** Last words of English names of laws and treaties ("AI Act", "Digital Services Act"). */
  private static final Set<String> LAW_HEADS = Set.of("Act", "Directive", "Treaty", "Accord", "Accords");

  /** A capitalised name of two words or more that ends in an English event's or law's head is MISC. */
  static NerLabels.TokenSpan eventByHead(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    String last = EntityWords.stripGenitive(word(text, starts, ends, span.end() - 1)); // "Europa Leagues slutspel"
    if ("MISC".equals(span.type()) || span.end() - span.start() < 2
        || !EVENT_HEADS.contains(last) && !LAW_HEADS.contains(last)) {
      return span;
    }
    return new NerLabels.TokenSpan(span.start(), span.end(), "MISC");
  }

  /** A one-word name of an agreement, a programme or a prize is MISC, whatever the tagger called it. */
  static NerLabels.TokenSpan workByHead(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if ("MISC".equals(span.type()) || span.end() - s != 1) {
      return span;
    }
    boolean listedBody = gazetteer.isListedBody(text, starts[s], ends[s]);
    return !listedBody // "Världslivsmedelsprogrammet" is a UN body
        && LawNames.isWorkNameAt(text, starts[s], ends[s], LawNames.capitalisedAnyway(text, starts, s), gazetteer)
        ? new NerLabels.TokenSpan(s, s + 1, "MISC") : span;
  }

  /**
   * A span the tagger called a person that no person's name can be is an organisation: one that
   * opens with "Kungliga" or "Statens" ("Kungliga Operan") or an acronym, or with a listed place that is no
   * person's name and ends in a common word no list names ("Novare Human Kapital").
   */
  static NerLabels.TokenSpan organisationNotPerson(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    int s = span.start();
    int last = span.end() - 1;
    if (!"PER".equals(span.type()) || last == s) {
      return span;
    }
    String first = word(text, starts, ends, s);
    boolean placeAndCommonWord = isListedPlaceOnly(text, starts[s], ends[s], gazetteer)
        && gazetteer.isCommon(text, starts[last], ends[last])
        && (gazetteer.single(text, starts[last], ends[last]) & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0;
    if (first.equals("USS") || first.equals("HMS")) {
      return new NerLabels.TokenSpan(s, span.end(), "MISC"); // "USS Ronald Reagan": a ship
    }
    // "Företagarna Skåne", "PRO Luleå": a listed organisation's branch, named by its place
    boolean branch = last == s + 1 && (gazetteer.single(text, starts[s], ends[s]) & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0
        && (gazetteer.single(text, starts[s], ends[s]) & Gazetteer.ORGANISATION) != 0
        && (gazetteer.single(text, starts[last], ends[last]) & (PLACE_LISTS | Gazetteer.REGION)) != 0
        && (gazetteer.single(text, starts[last], ends[last]) & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0;
    if (first.equals("Kungliga") || first.equals("Statens") || first.equals("The") || placeAndCommonWord || branch
        || last == s + 1 && endsInThing(text, starts, ends, s, gazetteer)
        || isCapitals(first) || isCapitals(word(text, starts, ends, last)) && !isRomanNumeral(word(text, starts, ends, last))) {
      // "SAS Link", "Rolls-Royce SMR", "The Cure": no person's name opens or ends with three capitals (but a
      // regnal number) or an article
      return new NerLabels.TokenSpan(s, span.end(), "ORG");
    }
    return span;
  }

  /** "Linnea Vall": a person the tagger found, a first name and one more word, whatever that word also names. */
  private static boolean firstNameAndSurname(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    return "PER".equals(span.type()) && span.end() - span.start() == 2
        && (gazetteer.single(text, starts[span.start()], ends[span.start()]) & Gazetteer.FIRST_NAME) != 0;
  }

  /**
   * "Lindahl Maskin", "Kungsör Pumpteknik", "Nerikes Brandkår": two words that open with no first name
   * and end in a noun of the dictionary or a compound of one, no first name or surname, name a firm, not a
   * person.
   */
  private static boolean endsInThing(CharSequence text, int[] starts, int[] ends, int s, Gazetteer gazetteer) {
    int names = Gazetteer.FIRST_NAME | Gazetteer.SURNAME;
    int lastEnd = Gazetteer.stripGenitive(text, starts[s + 1], ends[s + 1]);
    String lastLower = text.subSequence(starts[s + 1], lastEnd).toString().toLowerCase(java.util.Locale.ROOT);
    return (gazetteer.single(text, starts[s], ends[s]) & Gazetteer.FIRST_NAME) == 0
        && (gazetteer.single(text, starts[s + 1], lastEnd) & names) == 0
        && PhraseWords.isKnownNoun(lastLower) && PLACE_TAILS.stream().noneMatch(lastLower::endsWith);
  }

  /** Ends of place names that are nouns too: "Öster Mälarstrand", "Malmbanan Sikträsk" are places. */
  private static final Set<String> PLACE_TAILS = Set.of("strand", "berg", "dal", "vik", "holm", "näs", "hamn", "park",
      "skog", "sjö", "älv", "fors", "udde", "gård", "torp", "stad", "träsk", "gata", "väg", "torg", "backe", "plan");

  /**
   * "Þórdís Hrafnsdóttir", "Gunnar Jónsson": a name of two or three capitalised words ending in a
   * patronymic is a person's, whatever the tagger made of its foreign letters.
   */
  static NerLabels.TokenSpan personByPatronymic(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int words = span.end() - span.start();
    if ("PER".equals(span.type()) || words < 2 || words > 3) {
      return span;
    }
    for (int t = span.start(); t < span.end(); t++) {
      if (!Character.isUpperCase(text.charAt(starts[t]))) {
        return span;
      }
    }
    String last = word(text, starts, ends, span.end() - 1);
    boolean patronymic = last.length() > 6 && (last.endsWith("dóttir") || last.endsWith("dottir") || last.endsWith("sson"));
    return patronymic ? new NerLabels.TokenSpan(span.start(), span.end(), "PER") : span;
  }

  /** English words for streets and squares, which close names of people's streets: "Matthew Parker Street". */
  /** Street words that close no other kind of name ("plan" and "led" do: "Europe's Beating Cancer plan"). */
  private static final Set<String> CLOSING_STREET_WORDS = Set.of("gatan", "vägen", "torget", "gränd", "gränden",
      "allé", "allén", "kajen");

  private static final Set<String> ENGLISH_STREET_WORDS = Set.of("Street", "Road", "Avenue", "Square", "Boulevard",
      "Lane", "Drive");

  /** Definite heads of places named after a person, closing the person's surname: "Hjalmar Lundbohmsgården". */
  private static final String[] PLACE_AFTER_PERSON_HEADS = {"gården", "gatan", "vägen", "torget", "parken",
      "platsen", "hallen", "backen", "stigen"};

  /**
   * "Hjalmar Lundbohmsgården", "Karl Johansgatan", "Matthew Parker Street": a person's name whose last word
   * is a compound of a place's head, or an English street's word, is the place named after the person.
   */
  static NerLabels.TokenSpan placeNamedAfterPerson(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    if (!"PER".equals(span.type()) || span.end() - span.start() < 2) {
      return span;
    }
    String last = stripGenitive(word(text, starts, ends, span.end() - 1));
    if (ENGLISH_STREET_WORDS.contains(last)) {
      return new NerLabels.TokenSpan(span.start(), span.end(), "LOC"); // "Matthew Parker Street"
    }
    for (String head : PLACE_AFTER_PERSON_HEADS) {
      if (last.length() >= head.length() + 3 && last.endsWith(head)) {
        return new NerLabels.TokenSpan(span.start(), span.end(), "LOC");
      }
    }
    return span;
  }

  /**
   * "Gotska Sandön", "Stora Rågön": a name of two words or more closing with an island's name in its definite
   * form is the island, whatever the tagger took its adjective for.
   */
  static NerLabels.TokenSpan islandByName(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    if ("LOC".equals(span.type()) || span.end() - span.start() < 2) {
      return span;
    }
    String last = stripGenitive(word(text, starts, ends, span.end() - 1));
    int names = Gazetteer.FIRST_NAME | Gazetteer.SURNAME; // "Pär Schön" is a person
    boolean island = last.length() >= 5 && Character.isUpperCase(last.charAt(0)) && last.endsWith("ön")
        && !last.endsWith("sjön") && !PhraseWords.isKnownNoun(last.toLowerCase(java.util.Locale.ROOT))
        && (gazetteer.single(text, starts[span.start()], ends[span.start()]) & names) == 0
        && (gazetteer.single(last, 0, last.length()) & names) == 0;
    return island ? new NerLabels.TokenSpan(span.start(), span.end(), "LOC") : span;
  }

  /** "III", "XVI": a regnal number ("Gustav III") is part of a person's name. */
  private static boolean isRomanNumeral(String w) {
    return w.chars().allMatch(c -> "IVXLCDM".indexOf(c) >= 0);
  }

  /** Three or more capital letters and nothing else: "SAS", "ICA". */
  private static boolean isCapitals(String w) {
    return w.length() >= 3 && w.chars().allMatch(c -> Character.isUpperCase(c));
  }

  /**
   * International organisations are organisations wherever they stand ("ett höjt utgiftsmål i
   * Nato"), and so is a name that ends in a word such as "Fund" or "Foundation" or opens with one such as
   * "Stiftelsen" or "Pizzeria", and a newspaper
   * whose name reads like a party ("Norrländska Socialdemokraten").
   */
  static NerLabels.TokenSpan organisationByName(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span) {
    if ("ORG".equals(span.type())) {
      return span;
    }
    String last = word(text, starts, ends, span.end() - 1);
    boolean one = span.end() - span.start() == 1;
    boolean international = one && isInternational(last);
    boolean body = one && (PARTIES.contains(stripGenitive(last)) || NameWords.isGovernmentAcronym(stripGenitive(last)));
    boolean media = MediaNames.isName(text, starts, ends, span.start(), span.end())
        || !one && RADIO_CHANNELS.contains(word(text, starts, ends, span.start())); // "P4 Jämtland"
    boolean opened = !one && SpanJoiner.isNamedBodyOpener(word(text, starts, ends, span.start())); // "Pizzeria Bella"
    // "Bildmuseet"; "Pensionsgruppen", which is no place either, whatever the tagger said (a museum may be one)
    boolean bodyCompound = one && isBodyCompound(stripGenitive(last)) && ("MISC".equals(span.type())
        || "LOC".equals(span.type()) && !stripGenitive(last).endsWith("museet") && !stripGenitive(last).endsWith("vapnet"));
    if (international || body || media || opened || bodyCompound || isStockExchange(last) || COMPANY_FORMS.contains(last) || isGroupCompound(last)
        || !"LOC".equals(span.type()) && ORG_TAILS.contains(last) || !one && namesUniversity(text, starts, ends, span)) {
      return new NerLabels.TokenSpan(span.start(), span.end(), "ORG");
    }
    return span;
  }

  /** Sveriges Radio's channels, whose local stations are named by their region: "P4 Jämtland", "P4 Väst". */
  private static final Set<String> RADIO_CHANNELS = Set.of("P1", "P2", "P3", "P4");

  /** Definite heads of bodies that close a one-word name: "Bildmuseet", "Sjöräddningssällskapet", "Flygvapnet". */
  private static final String[] BODY_COMPOUND_HEADS = {"museet", "sällskapet", "förbundet", "föreningen", "institutet",
      "vapnet", "nämnden", "myndigheten", "gruppen"}; // "Norrbotniabanegruppen", "Wagnergruppen"

  /** "Bildmuseet", "Flygvapnet": a capitalised compound of a body's definite head, which no work or event is named. */
  static boolean isBodyCompound(String w) {
    for (String head : BODY_COMPOUND_HEADS) {
      if (w.length() > head.length() + 2 && w.endsWith(head) && Character.isUpperCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesUniversity(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    for (int k = span.start(); k < span.end(); k++) {
      if (EntityWords.UNIVERSITY_WORDS.contains(word(text, starts, ends, k))) {
        return true;
      }
    }
    return false;
  }

  /** "Axel Johnson-koncernen", "Bonnier-gruppen": a name joined by a hyphen to a noun for a company group. */
  private static boolean isGroupCompound(String w) {
    int hyphen = w.lastIndexOf('-');
    return hyphen > 0 && GROUP_NOUNS.contains(stripGenitive(w.substring(hyphen + 1)));
  }

  private static final Set<String> GROUP_NOUNS = Set.of("koncernen", "gruppen", "bolaget", "företaget", "sfären");

  /** "Stockholmsbörsen", "Santiagobörsens": a city's stock exchange is a company, not a work or a place. */
  private static boolean isStockExchange(String word) {
    String base = stripGenitive(word);
    return base.length() > 6 && base.endsWith("börsen") && Character.isUpperCase(base.charAt(0));
  }

  /**
   * "Business Sweden", "Visit Sweden": two capitalised words whose second is a listed country and
   * whose first opens no place's name are an organisation named after the country, not the country.
   */
  static NerLabels.TokenSpan organisationNamedAfterCountry(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer, int[] runPosition) {
    int s = span.start();
    if (!"LOC".equals(span.type()) || span.end() - s != 2 || runPosition[s] == 1
        || (gazetteer.single(text, starts[s + 1], ends[s + 1]) & Gazetteer.COUNTRY) == 0
        || !RuleTokens.isCapitalisedWord(text, starts[s], ends[s])
        || (gazetteer.single(text, starts[s], ends[s]) & ~Gazetteer.COMMON) != 0) {
      return span;
    }
    String first = word(text, starts, ends, s);
    if (PART_OF_PLACE.contains(first) || EntityWords.PLACE_OPENERS.contains(first)) {
      return span; // "Södra Sudan", "Nya Zeeland"
    }
    return new NerLabels.TokenSpan(s, span.end(), "ORG");
  }

  /** Words for a square or street that follow only a full name ("Olof Palmes plats"), as "plats" alone is any place. */
  private static final Set<String> NAMED_SQUARE_WORDS = Set.of("plats", "gate");
  private static final Set<String> SQUARE_PREPOSITIONS = Set.of("på", "vid", "till", "från", "mot", "över", "längs",
      "runt", "kring", "av", "utanför", "nära");

  /**
   * "Karolinska vägen 22", "Gustav Adolfs torg": a name before a separate word for a street or a
   * square is a street, the word included. A country or city before "väg" is a genitive
   * instead ("Kinas väg mot …"), so listed places are left alone.
   */
  static NerLabels.TokenSpan streetWithStreetWord(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    int next = span.end();
    if (span.end() - span.start() >= 2 && !"LOC".equals(span.type())
        && CLOSING_STREET_WORDS.contains(word(text, starts, ends, span.end() - 1))) {
      return new NerLabels.TokenSpan(span.start(), span.end(), "LOC"); // "vid Gamla torget", whoever said a body
    }
    // "Ernst Fontells plats", "Karl Johans gate": a square or street after a person's full name in the genitive
    boolean afterFullName = next < starts.length && span.end() - span.start() >= 2 && span.start() > 0
        && text.charAt(ends[next - 1] - 1) == 's' && NAMED_SQUARE_WORDS.contains(word(text, starts, ends, next))
        && SQUARE_PREPOSITIONS.contains(word(text, starts, ends, span.start() - 1)); // not "tog Anders Svenssons plats"
    if (next >= starts.length || !STREET_WORDS.contains(word(text, starts, ends, next)) && !afterFullName) {
      return span;
    }
    for (int k = span.start(); k < span.end(); k++) {
      int bare = Gazetteer.stripGenitive(text, starts[k], ends[k]);
      int bits = gazetteer.single(text, starts[k], ends[k]) | gazetteer.single(text, starts[k], bare);
      if ((bits & PLACE_LISTS) != 0 || (bits & Gazetteer.ORGANISATION) != 0 && bare < ends[k]) {
        return span; // "Vattenfalls plan": a listed company's genitive owns the plan
      }
    }
    return new NerLabels.TokenSpan(span.start(), next + 1, "LOC");
  }

  /**
   * "Södra Gäddvik", "Nedre Bäck", "Stora Tuna", "Öster Mälarstrand": a name that opens with a word
   * for a part of a place is a place, whatever person or other name the tagger took it for; so is
   * one word opened by a hyphened compass word ("på Öst-Teg"), whatever the tagger took it for, and a
   * street, square or palace abroad ("Avenida Paulista"), and an airport's numbered terminal; a foundation or
   * university abroad is a body.
   */
  static NerLabels.TokenSpan placeByOpener(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    if (span.end() - span.start() == 1 && !"LOC".equals(span.type())
        && hasCompassPrefix(word(text, starts, ends, span.start()))) {
      return new NerLabels.TokenSpan(span.start(), span.end(), "LOC");
    }
    if (span.end() - span.start() == 2 && "Terminal".equals(word(text, starts, ends, span.start()))
        && Character.isDigit(text.charAt(starts[span.start() + 1]))) {
      return new NerLabels.TokenSpan(span.start(), span.end(), "LOC"); // an airport's "Terminal 5"
    }
    String first = word(text, starts, ends, span.start());
    boolean bodyOverParticle = span.end() - span.start() == 1 && FOREIGN_BODY_OPENERS.contains(first)
        && span.end() + 1 < starts.length && FOREIGN_PARTICLES.contains(word(text, starts, ends, span.end()))
        && Character.isUpperCase(text.charAt(starts[span.end() + 1])); // "Universidad de Chile", found as "Universidad"
    if (!bodyOverParticle && (span.end() - span.start() < 2 || !Character.isUpperCase(text.charAt(starts[span.start() + 1]))
        && !FOREIGN_PARTICLES.contains(word(text, starts, ends, span.start() + 1)))) {
      return span; // "Palácio da Alvorada" has its particle second
    }
    if (FOREIGN_BODY_OPENERS.contains(first)) {
      // "Fundação Getulio Vargas"; "Universidad Nacional Autónoma de México" goes on over its particle
      int end = span.end();
      while (end + 1 < starts.length && FOREIGN_PARTICLES.contains(word(text, starts, ends, end))
          && Character.isUpperCase(text.charAt(starts[end + 1]))) {
        end += 2;
      }
      return end == span.end() && "ORG".equals(span.type()) ? span : new NerLabels.TokenSpan(span.start(), end, "ORG");
    }
    boolean place = PART_OF_PLACE.contains(first) || FOREIGN_PLACE_OPENERS.contains(first);
    boolean compassWord = COMPASS_WORDS.contains(first); // "Öster Mälarstrand", which no body's name opens
    if (!place || !("PER".equals(span.type()) || "MISC".equals(span.type()) || compassWord && "ORG".equals(span.type()))) {
      return span;
    }
    return new NerLabels.TokenSpan(span.start(), span.end(), "LOC"); // "Avenida Paulista", "Palácio da Alvorada"
  }

  /**
   * "QBIK värvar från Djurgården", "FI granskar banken": a word in capitals alone is a body's acronym,
   * not a person, whatever the tagger took it for (a roman numeral or the letters of "HBTQ" are neither).
   */
  static NerLabels.TokenSpan acronymOfNoPerson(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    String w = word(text, starts, ends, span.start());
    return "PER".equals(span.type()) && span.end() - span.start() == 1 && EntityMerger.isAcronym(w)
        && !w.matches("[IVXLCDM]+") && !w.contains("BT") // "Gustav II", "LGBTI", "HBTQ"
        ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG") : span;
  }

  /** English compass words before a place abroad: "North Philadelphia", "East Jerusalem". */
  private static final Set<String> ENGLISH_COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern",
      "Eastern", "Western", "Central", "Upper", "Lower");

  /** "North Philadelphia", "East Jerusalem": an English compass word and a listed place are a part of that place. */
  static NerLabels.TokenSpan compassPlaceAbroad(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if ("LOC".equals(span.type()) || span.end() - s != 2 || !ENGLISH_COMPASS.contains(word(text, starts, ends, s))
        || (gazetteer.single(text, starts[s + 1], ends[s + 1]) & PLACE_LISTS) == 0) {
      return span;
    }
    return new NerLabels.TokenSpan(s, span.end(), "LOC");
  }

  /** First words of streets, squares, palaces and natural places abroad ("Calle", "Isla" are first names too). */
  private static final java.util.Set<String> FOREIGN_PLACE_OPENERS = java.util.Set.of("Avenida", "Avenue", "Rua",
      "Rue", "Praça", "Plaza", "Piazza", "Place", "Boulevard", "Palácio", "Palacio", "Palazzo", "Palais", "Castillo",
      "Mount", "Monte", "Lago", "Lake", "Ilha", "Cerro", "Costa", "St", "St.", "Sankt", "Saint", "Val", "Beit", "Kfar",
      "Deir", "Khan", "Ras", "Tel", "Bab", "Bio", "Hotel", "Hotell"); // "Beit Lahia", "Tel Aviv", "Hotel Libertador"

  /** Particles inside the names of bodies abroad: "Universidad Nacional Autónoma de México". */
  private static final java.util.Set<String> FOREIGN_PARTICLES = java.util.Set.of("de", "del", "da", "do", "di",
      "dos", "das", "des", "du");

  /** First words of foundations, universities, institutes, banks, parties and courts abroad. */
  private static final java.util.Set<String> FOREIGN_BODY_OPENERS = java.util.Set.of("Fundação", "Fundación",
      "Fondation", "Fondazione", "Stiftung", "Universidad", "Universidade", "Università", "Université", "Instituto",
      "Banco", "Banca", "Partido", "Audiencia", "Tribunal", "Corte", "Cour", "Bündnis", "Union", "Frente",
      "Movimiento", "Movimento", "Partito", "Partij", "Partei", "Alianza", "Alleanza");

  /**
   * First words that name a part of a place ("Södra", "Nedre", "Öster Mälarstrand", "Norr Amsberg");
   * "Nya", "Gamla" also open other names.
   */
  private static final java.util.Set<String> PART_OF_PLACE = java.util.Set.of("Norra", "Södra", "Östra", "Västra",
      "Övre", "Nedre", "Stora", "Lilla", "Inre", "Yttre", "Öster", "Väster", "Norr", "Söder");

  /** Compass words that open the name of a part of a town ("Öster Mälarstrand"), unlike "Södra" or "Norra". */
  private static final java.util.Set<String> COMPASS_WORDS = java.util.Set.of("Öster", "Väster", "Norr", "Söder");

  /** Hyphened compass words that open a part of a place: "Öst-Teg", "Väst-Teg", "Norr-Hede". */
  private static final String[] COMPASS_PREFIXES = {"Öst-", "Väst-", "Nord-", "Syd-", "Norr-", "Söder-", "Öster-",
      "Väster-"};

  /** "Öst-Teg": a compass word, a hyphen and a capitalised name. */
  private static boolean hasCompassPrefix(String w) {
    for (String prefix : COMPASS_PREFIXES) {
      if (w.startsWith(prefix) && w.length() > prefix.length() + 1 && Character.isUpperCase(w.charAt(prefix.length()))
          && w.chars().skip(prefix.length()).noneMatch(c -> c == '-')) {
        return true;
      }
    }
    return false;
  }

  /**
   * "vid Bjurhovda i Västerås", "till Saltskog", "på Fårö": a word no name list knows, that ends
   * like a Swedish place name ("-böle", "-berget", "-torp", "-ö") and stands after a preposition of
   * place or before "i" or a comma and a listed town, is a place (a village, a part of a town),
   * whatever organisation, other name or person the tagger took it for. A listed first name or
   * surname is left alone ("mellan Hedberg och …" may be a person).
   */
  static NerLabels.TokenSpan villageByContext(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if (span.end() - s != 1 || "LOC".equals(span.type()) || ends[s] - starts[s] < 4
        || !RuleTokens.isCapitalisedWord(text, starts[s], ends[s])) {
      return span;
    }
    int bits = gazetteer.single(text, starts[s], ends[s]) | gazetteer.genitive(text, starts[s], ends[s]);
    boolean after = s > 0 && PLACE_PREPOSITIONS.contains(word(text, starts, ends, s - 1));
    // "på Norrby", "i Norrby": after "i" or "på" a surname with a village's ending is the village
    boolean inOrOn = s > 0 && (word(text, starts, ends, s - 1).equals("i") || word(text, starts, ends, s - 1).equals("på"));
    int names = inOrOn ? bits & ~Gazetteer.COMMON & ~Gazetteer.SURNAME : bits & ~Gazetteer.COMMON;
    // After a preposition the capital is no sentence's: "till Innerstaden", "i Gamlestaden" name a
    // part of the town though "innerstaden" is a common word.
    if (names != 0 || gazetteer.isCommon(text, starts[s], ends[s]) && !after
        || !hasVillageEnding(word(text, starts, ends, s))) {
      return span;
    }
    int next = s + 1;
    boolean beforeTown = next + 1 < starts.length && (word(text, starts, ends, next).equals("i")
        || RuleTokens.isComma(text, starts, ends, next))
        && (gazetteer.single(text, starts[next + 1], ends[next + 1]) & (Gazetteer.TOWN | Gazetteer.MUNICIPALITY)) != 0;
    return after || beforeTown ? new NerLabels.TokenSpan(s, span.end(), "LOC") : span;
  }

  /** Nouns for the people of a sports club, which a town's genitive before them names: "Kalmars lagkapten". */
  private static final Set<String> CLUB_ROLES = Set.of("sportchef", "tränare", "huvudtränare", "lagkapten",
      "målvakt", "anfallare", "mittfältare", "mittback", "ytterback", "spelare", "förstemålvakt", "poängkung",
      "skyttekung", "assisterande", "supportrar", "klubbdirektör");

  /**
   * "säger Örebros sportchef Niklas Johansson", "Kalmars lagkapten Filip Strand": a town's genitive
   * before the role of a club's coach or player names the club, an organisation (a country's names
   * its national team and is left alone).
   */
  static NerLabels.TokenSpan clubBeforeRole(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if (span.end() - s != 1 || "ORG".equals(span.type()) || span.end() >= starts.length
        || !CLUB_ROLES.contains(word(text, starts, ends, span.end()))) {
      return span;
    }
    int owner = Gazetteer.stripGenitive(text, starts[s], ends[s]);
    int bits = gazetteer.single(text, starts[s], owner);
    boolean town = owner < ends[s] && (bits & (Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.CITY)) != 0
        && (bits & Gazetteer.COUNTRY) == 0;
    return town ? new NerLabels.TokenSpan(s, span.end(), "ORG") : span;
  }

  /**
   * "i Torneträsk", "över Kalmarsund", "till Nyhamnen": a capitalised word inside a sentence that no name
   * list or common-word list knows, ending like a Swedish place name after a preposition of place, is a
   * place the tagger missed ({@link #villageByContext} retypes those it found). Adds to {@code out}.
   */
  static void addVillages(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out, Gazetteer gazetteer) {
    for (int i = 1; i < n; i++) {
      if (taken[i] || ends[i] - starts[i] < 6 || !RuleTokens.isCapitalisedWord(text, starts[i], ends[i])
          || !(PLACE_PREPOSITIONS.contains(word(text, starts, ends, i - 1)) || word(text, starts, ends, i - 1).equals("över"))
          || RuleTokens.opensSentence(text, starts, i - 1) || i + 1 < n && RuleTokens.isCapitalisedWord(text, starts[i + 1], ends[i + 1])) {
        continue;
      }
      int bits = gazetteer.single(text, starts[i], ends[i]) | gazetteer.genitive(text, starts[i], ends[i]);
      if (bits == 0 && !gazetteer.isCommon(text, starts[i], ends[i]) && hasVillageEnding(word(text, starts, ends, i))) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "LOC"));
        taken[i] = true;
      }
    }
  }

  /**
   * A hospital is the body that employs, treats and speaks ("undersköterska på Sahlgrenska
   * universitetssjukhuset", "Akademiska sjukhuset uppger"), an organisation, as the news annotators and
   * Webbnyheter mostly have it; where a patient is taken ("fördes till Ystads lasarett") or lies, dies
   * or is cared for ("avled på Danderyds sjukhus", "vårdas på Östra sjukhuset") it is the building, a place.
   */
  static NerLabels.TokenSpan buildingByContext(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    if (span.end() - 1 == s || !BUILDINGS.contains(word(text, starts, ends, span.end() - 1))
        && !BUILDINGS.contains(word(text, starts, ends, span.end() - 2)) // "Hallands sjukhus Halmstad"
        && !isBuilding(word(text, starts, ends, s).toLowerCase(java.util.Locale.ROOT))) {
      return span; // "Området Lasarettet" is a neighbourhood
    }
    String before = s == 0 ? "" : word(text, starts, ends, s - 1);
    boolean building = TO_OR_FROM.contains(before) || "på".equals(before) && caredFor(text, starts, ends, s - 1)
        || ("på".equals(before) || "vid".equals(before)) && s > 1 && isWard(word(text, starts, ends, s - 2));
    return new NerLabels.TokenSpan(s, span.end(), building ? "LOC" : "ORG");
  }

  /** "Centrallasarettet", "Universitetssjukhuset": a hospital's own word opening its name ("… i Växjö"). */
  private static boolean isBuilding(String lower) {
    return lower.endsWith("lasarettet") || lower.endsWith("sjukhuset");
  }

  /** Endings of a hospital's wards and clinics, in the definite form: "akutmottagningen vid Östersunds sjukhus" is where it is. */
  private static final String[] WARDS = {"mottagningen", "akuten", "avdelningen", "kliniken", "förlossningen"};

  private static boolean isWard(String w) {
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    for (String ward : WARDS) {
      if (lower.endsWith(ward)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of lying ill, dying, being cared for or taking place stands within four words before {@code at}. */
  private static boolean caredFor(CharSequence text, int[] starts, int[] ends, int at) {
    for (int i = at - 1; i >= Math.max(0, at - 4); i--) {
      String w = word(text, starts, ends, i).toLowerCase(java.util.Locale.ROOT);
      if (CARE_VERBS.contains(w)) {
        return true;
      }
      if (".".equals(w) || "!".equals(w) || "?".equals(w)) {
        return false;
      }
    }
    return false;
  }

  /** Where a patient is taken or comes from. */
  private static final java.util.Set<String> TO_OR_FROM = java.util.Set.of("till", "från");

  /** Verbs of lying ill, dying or being cared for somewhere, and of what takes place there. */
  private static final java.util.Set<String> CARE_VERBS = java.util.Set.of("avled", "avlidit", "dog", "dött", "död",
      "somnade", "somnat", "vårdas", "vårdades", "vårdats", "opererades", "opereras", "opererats", "ligger", "låg",
      "legat", "föddes", "född", "fötts", "tillbringade", "behandlas", "behandlades", "behandlats", "inlagd",
      "inlagda", "lades", "omhändertogs", "sker", "skedde", "skett", "hålls", "hölls");

  /**
   * "I Ryds Skidklubb, där …", "i Alingsås Båtklubb": a name whose last word is a club is the club,
   * wherever it stands.
   */
  static NerLabels.TokenSpan clubByHead(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    if (!"LOC".equals(span.type()) || span.end() - span.start() < 2) {
      return span;
    }
    String last = stripGenitive(word(text, starts, ends, span.end() - 1)).toLowerCase(java.util.Locale.ROOT);
    return last.endsWith("klubb") || last.endsWith("klubben") ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG")
        : span;
  }

  /**
   * "i slalompremiären i finska Levi", "till österrikiska Lienz": a name after a nationality that a
   * preposition of place opens is a place, not the person the tagger took it for.
   */
  static NerLabels.TokenSpan placeAfterNationality(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if (!"PER".equals(span.type()) || span.end() - s != 1 || s < 2
        || !PLACE_PREPOSITIONS.contains(word(text, starts, ends, s - 2)) || !RuleTokens.isLower(text, starts[s - 1])
        || (gazetteer.single(text, starts[s - 1], ends[s - 1]) & Gazetteer.DEMONYM) == 0) {
      return span;
    }
    return new NerLabels.TokenSpan(s, span.end(), "LOC");
  }

  /**
   * "Elin Sandqvist från Skellefteå vann …", "Lukas Andersson från Linköping": a listed place right after a
   * person and "från" is where the person comes from, whatever club the tagger read there (the annotated
   * sets: 38 places to 3 clubs, none of those a listed place). {@code spans} are in text order.
   */
  static List<NerLabels.TokenSpan> hometownsOfPersons(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans);
    for (int k = 1; k < out.size(); k++) {
      NerLabels.TokenSpan span = out.get(k);
      int s = span.start();
      if ("ORG".equals(span.type()) && span.end() - s == 1 && "PER".equals(out.get(k - 1).type())
          && out.get(k - 1).end() == s - 1 && word(text, starts, ends, s - 1).equals("från")
          && (gazetteer.single(text, starts[s], ends[s]) & PLACE_LISTS) != 0) {
        out.set(k, new NerLabels.TokenSpan(s, span.end(), "LOC"));
      }
    }
    return out;
  }

  /** Lower-case last words of the names of hospitals. */
  private static final java.util.Set<String> BUILDINGS = java.util.Set.of("sjukhuset", "sjukhus", "lasarettet",
      "lasarett", "universitetssjukhuset", "universitetssjukhus");

  static boolean hasVillageEnding(String w) {
    if (w.endsWith("listan")) {
      return false; // "Sverigetopplistan" is a chart, no "-stan"
    }
    for (String ending : VILLAGE_ENDINGS) {
      if (w.endsWith(ending) && w.length() > ending.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions of place before a village's name: "vid", "på", "till", "mellan", "utanför", "nära". */
  /** Prepositions of a place's surroundings, after which a name of several words without a first name is the place. */
  private static final java.util.Set<String> NEAR_PLACE = java.util.Set.of("kring", "nära", "utanför", "vid", "runt");

  private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("vid", "på", "till", "mellan",
      "utanför", "nära", "i", "från", "mot");

  /** Endings of Swedish names of villages and parts of towns (the definite forms of nature words, "-torp", "-böle", "-sund"). */
  private static final String[] VILLAGE_ENDINGS = {"by", "sund", "staden", "böle", "skog", "slätt", "slätten", "berget", "bäck", "bäcken",
      "bygget", "sele", "rasten", "ön", "ö", "byn", "höjden", "bro", "näs", "näset", "torp", "porten", "gärdet",
      "gården", "träsk", "heden", "fors", "forsen", "dalen", "viken", "sjön", "åsen", "holmen", "hult", "ryd", "udden",
      "stranden", "myran", "liden", "tjärn", "hovda", "landet", "vallen", "mossen", "ängen", "backen", "kärr", "ån",
      "stan", "baden", "foss", "änget", "hamnen", "sunda", "lunda", "kullen", "fjärden", "skans", "skansen", "skär",
      "skäret", "grundet", "sanden", "vik"};

  /**
   * Names among places take their type: "i Houston, Texas, USA" (a name between two places in a
   * comma chain is the region between them) and "i Dover och Manston" (a name joined by "och" or
   * "eller" to a place after a preposition of place), and an untagged word between two places of
   * a chain ("Länsväg 344, Överammer, Ragunda"). Acronyms and listed organisations stay
   * ("i Sverige och EU", "i Ukraina och Nato"). {@code spans} are in text order.
   */
  static List<NerLabels.TokenSpan> placesAmongPlaces(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans);
    for (int k = 1; k < out.size(); k++) {
      NerLabels.TokenSpan span = out.get(k);
      NerLabels.TokenSpan before = out.get(k - 1);
      int s = span.start();
      // "provinserna Quảng Ninh och Hải Phòng": after a noun for places, a name of two words too
      boolean afterPlaceHead = before.start() > 0 && isPlaceHead(word(text, starts, ends, before.start() - 1));
      if ("LOC".equals(span.type()) || !"LOC".equals(before.type()) || span.end() - s > (afterPlaceHead ? 2 : 1)
          || before.end() != s - 1 || !RuleTokens.isCapitalisedWord(text, starts[s], ends[s])
          || isInternational(word(text, starts, ends, s))
          || gazetteer.isListedBody(text, starts[s], ends[s])) {
        continue;
      }
      String joint = word(text, starts, ends, s - 1);
      boolean chain = joint.equals(",") && k + 1 < out.size() && "LOC".equals(out.get(k + 1).type())
          && out.get(k + 1).start() == s + 2 && RuleTokens.isComma(text, starts, ends, s + 1);
      boolean coordinated = (joint.equals("och") || joint.equals("eller")) && before.start() > 0
          && (PLACE_PREPOSITIONS.contains(word(text, starts, ends, before.start() - 1))
              || afterPlaceHead); // "byarna Gärdnäs och Tullingsås"
      if (chain || coordinated) {
        out.set(k, new NerLabels.TokenSpan(s, span.end(), "LOC"));
      }
    }
    // "kring Norberg och Fagersta": a listed place the tagger took for a surname, joined to a place after
    // a preposition of place
    for (int k = 1; k < out.size(); k++) {
      NerLabels.TokenSpan first = out.get(k - 1);
      int s = first.start();
      if ("PER".equals(first.type()) && first.end() - s == 1 && "LOC".equals(out.get(k).type())
          && out.get(k).start() == s + 2 && s > 0 && isPlaceOrAround(word(text, starts, ends, s - 1))
          && (word(text, starts, ends, s + 1).equals("och") || word(text, starts, ends, s + 1).equals("eller"))
          && (gazetteer.single(text, starts[s], ends[s]) & (Gazetteer.MUNICIPALITY | Gazetteer.TOWN)) != 0) {
        out.set(k - 1, new NerLabels.TokenSpan(s, first.end(), "LOC"));
      }
    }
    // "i Reykjavik, Keflavík och Selfoss": the names listed after a place that a preposition of place opens
    for (int k = 0; k + 1 < out.size(); k++) {
      NerLabels.TokenSpan first = out.get(k);
      if (!"LOC".equals(first.type()) || first.start() == 0
          || !PLACE_PREPOSITIONS.contains(word(text, starts, ends, first.start() - 1))) {
        continue;
      }
      for (int m = k + 1; m < out.size(); m++) {
        NerLabels.TokenSpan next = out.get(m);
        int s = next.start();
        String w = word(text, starts, ends, s);
        String joint = word(text, starts, ends, s - 1);
        boolean listed = out.get(m - 1).end() == s - 1 && (joint.equals(",") || joint.equals("och") || joint.equals("eller"));
        // a genitive owns a noun ("i Sverige, Europaparlamentets kontor"), a definite name is a body or a lake the lists know
        boolean genitive = w.endsWith("s") && next.end() < starts.length && RuleTokens.isLower(text, starts[next.end()]);
        boolean placeLike = next.end() - s == 1 && !genitive && !w.endsWith("en") && !w.endsWith("et")
            && !isInternational(w) && !gazetteer.isListedBody(text, starts[s], ends[s]) && !EntityMerger.isAcronym(w);
        if (!listed || !placeLike) {
          break;
        }
        if (!joint.equals(",")) {
          for (int l = k + 1; l <= m; l++) { // "och" closes the list: every name in it is a place
            out.set(l, new NerLabels.TokenSpan(out.get(l).start(), out.get(l).end(), "LOC"));
          }
          break;
        }
      }
    }
    // "via Ekoln och Mälaren": the first of two names after a preposition of place, the second a place
    for (int k = 0; k + 1 < out.size(); k++) {
      NerLabels.TokenSpan span = out.get(k);
      NerLabels.TokenSpan after = out.get(k + 1);
      int s = span.start();
      if (!"LOC".equals(span.type()) && "LOC".equals(after.type()) && span.end() - s == 1 && s > 0
          && after.start() == s + 2 && LIST_ENDS.contains(word(text, starts, ends, s + 1))
          && (PLACE_PREPOSITIONS.contains(word(text, starts, ends, s - 1)) || word(text, starts, ends, s - 1).equals("via"))
          && !isInternational(word(text, starts, ends, s)) && !gazetteer.isListedBody(text, starts[s], ends[s])
          && !EntityMerger.isAcronym(word(text, starts, ends, s))) {
        out.set(k, new NerLabels.TokenSpan(s, span.end(), "LOC"));
      }
    }
    // "16:09, Länsväg 344, Överammer, Ragunda": an untagged capitalised word between two places of
    // a comma chain is a place too, also when "i" opens it ("Sundsvall, i Forsån, Själevad") or when it
    // is the last but one of a list ("på Rhodos, Kreta och Cypern").
    for (int k = 0; k + 1 < out.size(); k++) {
      NerLabels.TokenSpan before = out.get(k);
      NerLabels.TokenSpan after = out.get(k + 1);
      int s = before.end() + 1;
      if (s + 1 < after.start() && word(text, starts, ends, s).equals("i")) {
        s++;
      }
      if ("LOC".equals(before.type()) && "LOC".equals(after.type()) && after.start() == s + 2
          && RuleTokens.isComma(text, starts, ends, before.end())
          && (RuleTokens.isComma(text, starts, ends, s + 1) || LIST_ENDS.contains(word(text, starts, ends, s + 1)))
          && RuleTokens.isCapitalisedWord(text, starts[s], ends[s]) && ends[s] - starts[s] >= 3
          && !gazetteer.isCommon(text, starts[s], ends[s])) {
        out.add(k + 1, new NerLabels.TokenSpan(s, s + 1, "LOC"));
        k++;
      }
    }
    return out;
  }

  /** Words before the last item of a list. */
  private static final Set<String> LIST_ENDS = Set.of("och", "eller", "samt");

  /** Words that join the items of a list of names. */
  private static final Set<String> LIST_JOINS = Set.of(",", "och", "samt", "eller");

  /** Endings of one-word names of areas and orders, which stand among organisations too ("EU, EES och Schengenområdet"). */
  private static final String[] NOT_ORGANISATION_ENDINGS = {"området", "regionen", "orden"};

  /**
   * "Meteorologiska institutet IPMA": an acronym right after an organisation's name is that
   * organisation's, whatever the tagger called it (it read "IPMA" as MISC). {@code spans} are in text order.
   */
  static List<NerLabels.TokenSpan> acronymsAfterOrganisations(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      NerLabels.TokenSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean afterBody = last != null && last.end() == span.start() && "ORG".equals(last.type())
          || MissedNames.isAcronymAfterBodyHead(text, starts, ends, span.start()); // "meteorologiska institut AEMET"
      boolean acronym = afterBody && "MISC".equals(span.type()) && span.end() - span.start() == 1
          && EntityWords.isAllCaps(word(text, starts, ends, span.start()));
      out.add(acronym ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG") : span);
    }
    return out;
  }

  /**
   * "Cevian, Creandum, EQT, Mellby Gård …", "Saab, Ericsson, Myndigheten för samhällsskydd …":
   * in a list of three names or more, at least half of them organisations, a one-word name the
   * tagger took for a place, a person or another name is an organisation too, unless the name lists
   * know it as a place or it names an area. Lists are of one kind, and companies the name lists
   * lack ("Klarna", "Ericsson", a surname) are told by their company. {@code spans} are in text order.
   */
  static List<NerLabels.TokenSpan> organisationsAmongOrganisations(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = spans;
    int first = 0;
    while (first < spans.size()) {
      int last = first;
      while (last + 1 < spans.size() && spans.get(last + 1).start() == spans.get(last).end() + 1
          && LIST_JOINS.contains(word(text, starts, ends, spans.get(last).end()))) {
        last++;
      }
      int items = last - first + 1;
      int organisations = 0;
      for (int k = first; k <= last; k++) {
        organisations += "ORG".equals(spans.get(k).type()) ? 1 : 0;
      }
      // Two names alone may be a company and a place it stands in; an unlisted "place" beside a company
      // is another company ("Klarna och Adyen") unless a preposition of place opens the pair.
      boolean pair = items == 2 && organisations == 1 && spans.get(first).start() > 0
          && !PLACE_PREPOSITIONS.contains(word(text, starts, ends, spans.get(first).start() - 1));
      if ((items >= 3 || pair) && organisations * 2 >= items
          || items >= 2 && afterCompanyNoun(text, starts, ends, spans.get(first).start())) {
        for (int k = first; k <= last; k++) {
          if (isOrganisationInList(text, starts, ends, spans.get(k), gazetteer)
              && (!pair || "LOC".equals(spans.get(k).type())
                  && !hasVillageEnding(word(text, starts, ends, spans.get(k).start())))) {
            if (out == spans) {
              out = new ArrayList<>(spans);
            }
            out.set(k, new NerLabels.TokenSpan(spans.get(k).start(), spans.get(k).end(), "ORG"));
          }
        }
      }
      first = last + 1;
    }
    return out;
  }

  /**
   * "flera stora industriföretag, bland andra ABB, Bombardier och Westinghouse": a list that a noun for
   * companies introduces, within four words before it, unless a preposition of place opens the list
   * ("företag i Västerås och Eskilstuna").
   */
  private static boolean afterCompanyNoun(CharSequence text, int[] starts, int[] ends, int listStart) {
    if (listStart == 0 || PLACE_PREPOSITIONS.contains(word(text, starts, ends, listStart - 1))) {
      return false;
    }
    for (int i = listStart - 1; i >= Math.max(0, listStart - 4); i--) {
      String w = word(text, starts, ends, i).toLowerCase(java.util.Locale.ROOT);
      if (w.endsWith("företag") || w.endsWith("företagen") || w.endsWith("bolag") || w.endsWith("bolagen")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlaceOrAround(String w) {
    return PLACE_PREPOSITIONS.contains(w) || w.equals("kring") || w.equals("runt");
  }

  /** A one-word name not yet an organisation, no listed place, world region, area or order. */
  private static boolean isOrganisationInList(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if ("ORG".equals(span.type()) || span.end() - s != 1 || !Character.isUpperCase(text.charAt(starts[s]))) {
      return false;
    }
    String w = stripGenitive(word(text, starts, ends, s));
    int bits = gazetteer.single(text, starts[s], ends[s]) | gazetteer.genitive(text, starts[s], ends[s]);
    if ((bits & PLACE_LISTS) != 0 || WORLD_REGIONS.contains(w)) {
      return false;
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    for (String ending : NOT_ORGANISATION_ENDINGS) {
      if (lower.endsWith(ending)) {
        return false;
      }
    }
    return true;
  }

  /** "Västbanken", "Medelhavet", "Afrikas horn" (the tagger stops at "Afrikas"): listed regions are places. */
  static NerLabels.TokenSpan worldRegion(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int end = span.end();
    String name = text.subSequence(starts[span.start()], ends[end - 1]).toString();
    if (end < starts.length && WORLD_REGIONS.contains(name + " " + word(text, starts, ends, end))) {
      return new NerLabels.TokenSpan(span.start(), end + 1, "LOC");
    }
    boolean region = WORLD_REGIONS.contains(name) || WORLD_REGIONS.contains(stripGenitive(name));
    int space = name.indexOf(' ');
    if (space > 0 && EntityWords.PLACE_OPENERS.contains(name.substring(0, space))
        && WORLD_REGIONS.contains(stripGenitive(name.substring(space + 1)))) {
      return new NerLabels.TokenSpan(span.start(), end, "LOC"); // the tagger's organisation "Norra Mellansverige"
    }
    if (region && span.start() > 0 && EntityWords.PLACE_OPENERS.contains(word(text, starts, ends, span.start() - 1))) {
      return new NerLabels.TokenSpan(span.start() - 1, end, "LOC"); // "Norra Mellansverige", "Östra Småland"
    }
    if (!"LOC".equals(span.type()) && region) {
      return new NerLabels.TokenSpan(span.start(), end, "LOC");
    }
    return span;
  }

  /**
   * "Rv 61" or "Riksväg 90" the tagger took for an organisation, "E4:an" it took for MISC: a road
   * word and its number, or a road's code, are a road.
   */
  static NerLabels.TokenSpan roadWithNumber(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int number = span.start() + 1;
    if (number < starts.length && ROAD_WORDS.contains(word(text, starts, ends, span.start()))
        && Character.isDigit(text.charAt(starts[number]))) {
      return new NerLabels.TokenSpan(span.start(), Math.max(span.end(), number + 1), "LOC");
    }
    if (span.end() == number && NameWords.isRoadCode(word(text, starts, ends, span.start()))) {
      return new NerLabels.TokenSpan(span.start(), span.end(), "LOC");
    }
    return span;
  }

  /** "Gällivare skogssameby", "Laevas samebys": a place before "sameby" names the Sami village, a body. */
  static NerLabels.TokenSpan samiVillage(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int next = span.end();
    if (next >= starts.length || !Character.isLowerCase(text.charAt(starts[next]))
        || !EntityWords.stripGenitive(word(text, starts, ends, next)).endsWith("sameby")) {
      return span;
    }
    return new NerLabels.TokenSpan(span.start(), next + 1, "ORG");
  }

  /**
   * "på E10, Gyljen, kontrolleras", "på länsväg 356, Moråsen,": one name set off by commas right
   * after a road is the place on that road, whatever the tagger called it.
   */
  static NerLabels.TokenSpan placeOnRoad(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    if ("LOC".equals(span.type()) || span.end() - s != 1 || s < 2 || !",".equals(word(text, starts, ends, s - 1))) {
      return span;
    }
    int end = span.end();
    if (end < starts.length && !",".equals(word(text, starts, ends, end)) && !".".equals(word(text, starts, ends, end))) {
      return span;
    }
    String before = word(text, starts, ends, s - 2);
    boolean road = NameWords.isRoadCode(before) || s >= 3 && Character.isDigit(before.charAt(0))
        && ROAD_WORDS.contains(word(text, starts, ends, s - 3));
    return road ? new NerLabels.TokenSpan(s, end, "LOC") : span;
  }

  /**
   * The type a name's own words give, whatever the tagger said: laws and their acronyms,
   * agreements and historical events are MISC ("LOB", "Parisavtalet", "Förintelsen"), authorities
   * and the organisations on the name lists are ORG ("Åklagarmyndigheten", "Finansdepartementet").
   */
  static NerLabels.TokenSpan typeByName(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer, int[] runClass, int[] runPosition) {
    int s = span.start();
    int e = span.end();
    String last = stripGenitive(word(text, starts, ends, e - 1));
    String name = text.subSequence(starts[s], starts[e - 1]) + last;
    boolean capitalised = Character.isUpperCase(text.charAt(starts[s]));
    String type = span.type();
    boolean law = e - s > 2 && word(text, starts, ends, s).equals("lagen") && word(text, starts, ends, s + 1).equals("om")
        || e - s == 1 && (s == 0 || !Character.isLetterOrDigit(text.charAt(starts[s - 1])))
            && gazetteer.single(text, starts[s], ends[s]) == 0 && gazetteer.genitive(text, starts[s], ends[s]) == 0
            && LawNames.isLawName(last.toLowerCase(java.util.Locale.ROOT)); // "Socialtjänstlagens regler", not "Bergslagens"
    // "Per Anger-pris": a work's head may end in an s that is no genitive. "Världslivsmedelsprogrammet"
    // is also a UN body: an organisation the tagger saw stays one.
    boolean work = (NameWords.isWorkName(last) || NameWords.isWorkName(word(text, starts, ends, e - 1)))
        && !("ORG".equals(type) && last.endsWith("programmet"))
        // "Världslivsmedelsprogrammet" is listed as a UN body
        && !isListedOrganisation(text, starts, ends, span, gazetteer, runClass, runPosition);
    if (e - s == 1 && NameWords.LAW_ACRONYMS.contains(last) || NameWords.isHistoricalEvent(name)
        || NameWords.isHistoricalEvent(text.subSequence(starts[s], ends[e - 1]).toString()) // "Roland Garros"
        // "tredje omgången av Wimbledon" is the tournament, "i Wimbledon" the place it is played at
        || name.equals("Wimbledon") && !(s > 0
            && PLACE_PREPOSITIONS.contains(word(text, starts, ends, s - 1).toLowerCase(java.util.Locale.ROOT)))
        || e - s == 2 && word(text, starts, ends, s).equalsIgnoreCase("lex") // "Lex Maria", a law named after a case
        || e - s >= 2 && word(text, starts, ends, s).equals("Operation") // "Operation Vesper", a named operation
        || e - s == 1 && LEAGUES.contains(last)
        || e - s >= 2 && last.equals("GP") // "Folksam GP": a grand prix
        || capitalised && work || law || capitalised && e - s == 1 && isEventName(last)
        || capitalised && e - s == 1 && NameWords.isInquiry(last)) {
      type = "MISC";
    } else if (NameWords.isProduct(name) || isMakersModel(text, starts, ends, span, gazetteer)) {
      type = "MISC"; // "Iphone", "Ozempic", "Airbus A320neo": products, whatever the tagger said
    } else if (e - s == 1 && NameWords.isWebDomain(last)) {
      type = "ORG"; // "till aftonbladet.se": a site, as a source
    } else if (e - s == 1 && NameWords.isPriceArea(last)) {
      type = "LOC"; // "SE3", "SE4": areas of the electricity market
    } else if (capitalised && e - s >= 2 && (isPartyHead(last) || last.endsWith("organisation"))) {
      type = "ORG"; // "Dansk Folkeparti", "Norges Arbeiderparti", "Sveriges Fiskares Producentorganisation"
    } else if (e - s >= 2 && SpanJoiner.institutionType(last) != null && !firstNameAndSurname(text, starts, ends, span, gazetteer)) {
      type = SpanJoiner.institutionType(last); // "Uppsala centralstation", "Hålogaland Teater"
    } else if (capitalised && e - s == 1 && isFieldCentre(text, starts[s], last, gazetteer)) {
      type = "ORG"; // "Brännskadecentrum", "Demenscentrum": a centre for a field is a body, not a place
    } else if (capitalised && e - s == 1 && isCompoundOf(last, "rutten")) {
      type = "LOC"; // "Balkanrutten", "Medelhavsrutten": a route across a region is a place, as the region is
    } else if (capitalised && e - s == 1 && isCompoundOf(last, "regionen")) {
      type = "LOC"; // "Östersjöregionen", "Barentsregionen": a region, not the regional authority "Region X"
    } else if (capitalised && NameWords.isAuthority(last)
        || isListedOrganisation(text, starts, ends, span, gazetteer, runClass, runPosition)
        || e - s >= 2 && BODY_OPENERS.contains(word(text, starts, ends, s))) {
      type = "ORG"; // "Region Skåne" is the regional authority, "Högskolan Väst" a university
    } else if ("MISC".equals(type) && (listedBits(text, starts, ends, span, gazetteer, runClass, runPosition)
        & Gazetteer.COUNTRY) != 0) {
      type = "LOC"; // "resor till Centralafrikanska republiken": a listed country, not a title
    }
    return type.equals(span.type()) ? span : new NerLabels.TokenSpan(s, e, type);
  }

  /**
   * "ledaren Heinz-Christian Strache": a name of two words the tagger called MISC whose first word is
   * a listed first name (each part of a hyphened one) and whose second is a capitalised word no list
   * or dictionary has is a person.
   * A quoted title ("”Ally McBeal”") is left to the titles.
   */
  static NerLabels.TokenSpan personNotWork(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    int e = span.end();
    // a place too when the first word is two first names hyphened ("Sanna-Maija Kärkkäinen")
    boolean hyphenedFirst = "LOC".equals(span.type()) && word(text, starts, ends, s).indexOf('-') > 0;
    if (!"MISC".equals(span.type()) && !hyphenedFirst || e - s != 2 || s > 0 && isQuoteMark(text, starts, ends, s - 1)
        || !Character.isUpperCase(text.charAt(starts[s + 1])) || gazetteer.isCommon(text, starts[s + 1], ends[s + 1])
        || (gazetteer.single(text, starts[s + 1], ends[s + 1])
            & (PLACE_LISTS | Gazetteer.ORGANISATION | Gazetteer.AUTHORITY)) != 0) {
      return span; // "Way Out West", a festival
    }
    for (int from = starts[s], to; from < ends[s]; from = to + 1) {
      to = from;
      while (to < ends[s] && text.charAt(to) != '-') {
        to++;
      }
      if ((gazetteer.single(text, from, to) & Gazetteer.FIRST_NAME) == 0) {
        return span;
      }
    }
    return new NerLabels.TokenSpan(s, e, "PER");
  }

  /**
   * Whether a name is that of a building that houses a body: a concert hall, a theatre, a seat of
   * power ("Konserthuset", "Dramaten", "Vita huset", "Kreml"). Such a name is the place where
   * something happens in it and the body where it acts, mention by mention.
   */
  static boolean isVenueName(String name) {
    int space = name.indexOf(' ');
    String last = name.substring(name.lastIndexOf(' ') + 1);
    String base = EntityWords.stripGenitive(last);
    boolean named = space > 0 && (VENUE_HEADS.contains(base) || VENUE_OPENERS.contains(name.substring(0, space)));
    return VENUES.contains(base) || named || (base.endsWith("huset") || base.endsWith("teatern") || base.endsWith("hallen")
        || base.toLowerCase(java.util.Locale.ROOT).endsWith("stadion")) // "i Malmö Isstadion"
        && !base.endsWith("sjukhuset") && (base.length() > 7 || space > 0);
  }

  /** Venues named by one word that is no compound of "-huset" or "-teatern". */
  private static final Set<String> VENUES = Set.of("Dramaten", "Operan", "Cirkus");
  /** Last words of venues' names of several words: "Svenska Mässan", "Gävle Konserthus", "Waterfront Congress Centre". */
  private static final Set<String> VENUE_HEADS = Set.of("Mässan", "Konserthus", "Spektrum", "Center", "Centre", "Hotel",
      "Hôtel", "Hotell");
  /** First words of venues' names: "Hotel Eggers", "Hotell Tylösand", "Estádio da Luz", "Stade de France". */
  private static final Set<String> VENUE_OPENERS = Set.of("Hotel", "Hotell", "Estádio", "Estadio", "Stadio", "Stade",
      "Stadion");

  /** Prepositions that make a venue's name the place: "galan i Konserthuset", "premiär på Dramaten". */
  private static final Set<String> IN_OR_AT = Set.of("i", "på", "vid", "utanför", "framför", "till", "från", "inne");

  /** Whether a word is a preposition of place before a venue ("i", "på", "Från"). */
  static boolean isPlacePreposition(String word) {
    return IN_OR_AT.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "i Konserthuset", "på Dramaten", "i Vita huset": a venue's name after a preposition of place is
   * the building, a place; elsewhere ("Konserthuset meddelade", "Dramatens chef") it keeps the type
   * the tagger or the lists gave it, mostly the body in it ("Börshuset byggdes 1776" stays a place).
   */
  static NerLabels.TokenSpan venueByContext(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    String name = text.subSequence(starts[s], ends[span.end() - 1]).toString();
    String last = word(text, starts, ends, span.end() - 1);
    boolean english = span.end() - s > 1 && ENGLISH_VENUE_HEADS.contains(last)
        && (!"Club".equals(last) || COURSE_CLUBS.contains(word(text, starts, ends, span.end() - 2))); // not "Rotary Club"
    if (!"ORG".equals(span.type()) && !"PER".equals(span.type()) && !("MISC".equals(span.type()) && english) || s == 0
        || !IN_OR_AT.contains(word(text, starts, ends, s - 1).toLowerCase(java.util.Locale.ROOT))
        || !english && !isVenueName(name)) {
      return span;
    }
    return new NerLabels.TokenSpan(s, span.end(), "LOC");
  }

  /**
   * Last words of English names of grounds and courses where games are played: "på Sahalee Country Club",
   * "på Muirfield Village", "på Shinnecock Hills", "på Arthur Ashe Stadium".
   */
  /** Words before "Club" that make it a course or court, a place: "Sahalee Country Club". */
  private static final Set<String> COURSE_CLUBS = Set.of("Country", "Golf", "Tennis", "Cricket");

  private static final Set<String> ENGLISH_VENUE_HEADS = Set.of("Club", "Village", "Hills", "Stadium", "Arena",
      "Garden", "Links", "Speedway", "Raceway", "Ballpark", "Field");

  /** Nouns of what a producer publishes: "en mätning från Voxmeter", "en sammanställning från Infront". */
  private static final Set<String> PRODUCTS_OF_PRODUCERS = Set.of("mätning", "mätningen", "undersökning", "undersökningen",
      "enkät", "enkäten", "sammanställning", "sammanställningen", "rapport", "rapporten", "analys", "analysen",
      "prognos", "prognosen", "statistik", "siffror", "uppgifter", "data", "opinionsmätning", "väljarbarometer");

  /** Nouns for a producer right before its name: "opinionsinstitutet Novus" ("mättjänsten IQAir" by its ending). */
  private static final Set<String> PRODUCERS = Set.of("analysföretaget", "opinionsinstitutet", "undersökningsföretaget");

  /**
   * "enligt en mätning från Voxmeter", "enligt mättjänsten IQAir": the name of who produced a
   * measurement or a report is an organisation, whatever the tagger took the unknown word for.
   */
  static boolean isProducerAt(CharSequence text, int[] starts, int[] ends, int s) {
    if (s < 1 || ends[s - 1] - starts[s - 1] < 2 || !Character.isLowerCase(text.charAt(starts[s - 1]))) {
      return false; // most names follow no lower-case word of the kind: no strings made for them
    }
    String before = word(text, starts, ends, s - 1);
    if (s >= 2 && (before.equals("från") || before.equals("av"))) {
      return PRODUCTS_OF_PRODUCERS.contains(word(text, starts, ends, s - 2).toLowerCase(java.util.Locale.ROOT));
    }
    return before.endsWith("tjänsten") || PRODUCERS.contains(before);
  }

  static NerLabels.TokenSpan producerByContext(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    boolean single = span.end() - span.start() == 1;
    return single && !"ORG".equals(span.type()) && isProducerAt(text, starts, ends, span.start())
        ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG") : span;
  }

  /**
   * "Nationella insatsstyrkan", "Palestinska myndigheten", "Finska viken": a capitalised adjective and a
   * lower-case head naming a body or a place, which the tagger called MISC, is that body or place.
   */
  static NerLabels.TokenSpan bodyByAdjectiveHead(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    if (!"MISC".equals(span.type()) || span.end() - s != 2 || !Character.isLowerCase(text.charAt(starts[s + 1]))) {
      return span;
    }
    String type = EntityWords.adjectiveHeadType(EntityWords.stripGenitive(word(text, starts, ends, s + 1)));
    return type != null ? new NerLabels.TokenSpan(s, span.end(), type) : span;
  }

  /** Royal titles in lower case, as running text writes them before the name. */
  private static final Set<String> ROYAL_TITLES = Set.of("kung", "kungen", "konung", "drottning", "drottningen",
      "kronprinsessan", "kronprinsen", "prinsessan", "prinsen", "prins", "prinsessa", "hertigen", "hertiginnan",
      "storhertigen", "storhertiginnan", "påve", "påven");

  /**
   * "kronprinsessan Victoria", "prinsessan Sofia": a name right after a royal title is the person,
   * however the lists know it (Victoria and Sofia are also cities).
   */
  static NerLabels.TokenSpan personAfterRoyalTitle(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    if ("PER".equals(span.type()) || s == 0 || span.end() - s > 3
        || !ROYAL_TITLES.contains(word(text, starts, ends, s - 1).toLowerCase(java.util.Locale.ROOT))) {
      return span;
    }
    return new NerLabels.TokenSpan(s, span.end(), "PER");
  }

  /** Offices only a person holds, in the indefinite form that stands before the holder's name. */
  private static final Set<String> PERSONAL_OFFICES = Set.of("president", "vicepresident", "kansler",
      "förbundskansler", "guvernör", "senator", "borgmästare", "ambassadör", "kommissionär", "talman", "diktator");

  /**
   * "president Zelenskyj", "försvarsminister Austin", "sjukvårdsminister Acko Ankarberg Johansson": a
   * name right after a minister's or head of state's office is the person holding it, whatever the
   * tagger or the lists made of it, unless the office follows a comma, where a list of participants
   * names the country or body after it ("Elina Valtonen, utrikesminister Finland").
   */
  static NerLabels.TokenSpan personAfterOffice(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if ("PER".equals(span.type()) || s == 0 || span.end() - s > 4 || !isPersonalOffice(word(text, starts, ends, s - 1))
        || s >= 2 && ",".equals(word(text, starts, ends, s - 2))) {
      return span;
    }
    for (int t = s; t < span.end(); t++) {
      if (!Character.isUpperCase(text.charAt(starts[t])) || !Character.isLetter(text.charAt(ends[t] - 1))) {
        return span;
      }
    }
    int bits = gazetteer.single(text, starts[s], ends[s]) | gazetteer.genitive(text, starts[s], ends[s]);
    if (span.end() - s == 1 && (bits & Gazetteer.COUNTRY) != 0) {
      return span;
    }
    return new NerLabels.TokenSpan(s, span.end(), "PER");
  }

  static boolean isPersonalOffice(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith("minister") || PERSONAL_OFFICES.contains(lower);
  }

  /**
   * "Thailands premiärminister Paetongtarn Shinawatra": two or three capitalised words the tagger
   * took for a work or an event, right after an office or a role in lower case, are the person holding it.
   */
  static NerLabels.TokenSpan personAfterRole(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    int length = span.end() - s;
    if (!"MISC".equals(span.type()) || s == 0 || length < 2 || length > 3 || !isOfficeOrRole(word(text, starts, ends, s - 1))) {
      return span;
    }
    for (int t = s; t < span.end(); t++) {
      if (!Character.isUpperCase(text.charAt(starts[t])) || !Character.isLetter(text.charAt(ends[t] - 1))) {
        return span;
      }
    }
    return new NerLabels.TokenSpan(s, span.end(), "PER");
  }

  private static boolean isOfficeOrRole(String word) {
    return word.length() >= 4 && Character.isLowerCase(word.charAt(0)) && EntityWords.hasRoleEnding(word);
  }

  /**
   * "en katastrof för Uppsalas barn": a listed place's genitive before a common noun, which the
   * tagger took into a MISC name and no other mention names otherwise, is the place alone.
   */
  static List<NerLabels.TokenSpan> placesNotWorks(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    Set<String> named = new java.util.HashSet<>(); // "### Göteborgs hamn" heading the section makes it a name
    for (NerLabels.TokenSpan span : spans) {
      if (!"MISC".equals(span.type())) {
        named.add(text.subSequence(starts[span.start()], ends[span.end() - 1]).toString());
      }
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      boolean other = named.contains(text.subSequence(starts[span.start()], ends[span.end() - 1]).toString());
      out.add(other ? span : placeNotWork(text, starts, ends, span, gazetteer));
    }
    return out;
  }

  private static NerLabels.TokenSpan placeNotWork(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    boolean placeGenitive = "MISC".equals(span.type()) && span.end() - s == 2
        && Character.isUpperCase(text.charAt(starts[s])) && Character.isLowerCase(text.charAt(starts[s + 1]))
        && (gazetteer.genitive(text, starts[s], ends[s]) & PLACE_LISTS) != 0
        && !"MISC".equals(SpanJoiner.institutionType(word(text, starts, ends, s + 1))); // "Göteborgs filmfestival"
    return placeGenitive ? new NerLabels.TokenSpan(s, s + 1, "LOC") : span;
  }

  private static boolean isQuoteMark(CharSequence text, int[] starts, int[] ends, int i) {
    char c = text.charAt(starts[i]);
    return ends[i] - starts[i] == 1 && (c == '”' || c == '“' || c == '"' || c == '«' || c == '\'');
  }

  /** A model code: letters and digits in one word ("A320neo", "XC90", "737"). */
  private static final java.util.regex.Pattern MODEL_CODE = java.util.regex.Pattern.compile("\\p{L}{0,3}\\d{1,4}\\p{L}{0,5}");

  /** A maker's model found whole only after the tagger ("Polestar" + "3"): a product, MISC. */
  static NerLabels.TokenSpan makersModel(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    return isMakersModel(text, starts, ends, span, gazetteer) ? new NerLabels.TokenSpan(span.start(), span.end(), "MISC") : span;
  }

  /**
   * "Linköpingsföretaget Sensira … Bolagets programvara, Sensira Chest, …": a "person" whose first
   * word the document names alone as an organisation is that organisation's product, MISC; not
   * when that word is a first name ("Rosa" the tagger took for an organisation is Rosa Taikon).
   */
  static List<NerLabels.TokenSpan> productsOfOrganisations(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    Set<String> organisations = new java.util.HashSet<>();
    for (NerLabels.TokenSpan span : spans) {
      if ("ORG".equals(span.type()) && span.end() - span.start() == 1
          && (gazetteer.single(text, starts[span.start()], ends[span.start()]) & Gazetteer.FIRST_NAME) == 0) {
        organisations.add(EntityWords.stripGenitive(word(text, starts, ends, span.start())));
      }
    }
    if (organisations.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      boolean product = "PER".equals(span.type()) && span.end() - span.start() >= 2 && span.end() - span.start() <= 3
          && organisations.contains(word(text, starts, ends, span.start()));
      out.add(product ? new NerLabels.TokenSpan(span.start(), span.end(), "MISC") : span);
    }
    return out;
  }

  /** "Airbus A320neo", "Volvo XC90", "Boeing 737 Max": a listed maker's name before a model code. */
  private static boolean isMakersModel(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    return span.end() - s >= 2 && span.end() - s <= 3
        && MODEL_CODE.matcher(word(text, starts, ends, s + 1)).matches()
        && (gazetteer.single(text, starts[s], ends[s]) & Gazetteer.ORGANISATION) != 0;
  }

  private static boolean isPartyHead(String w) {
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith("parti") || lower.endsWith("partiet") || w.equals("Party") || w.equals("Partei");
  }

  /**
   * "Stadsfesten", "Almedalsveckan", "Vasaloppet", "Bokmässan", "Khartoumprocessen": a compound
   * whose last part names a recurring event or a named process is an event (MISC).
   */
  static boolean isEventName(String w) {
    for (String ending : EVENT_ENDINGS) {
      if (isCompoundOf(w, ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Brännskadecentrum", "Thoraxcentrum", "Kompetenscentrum": a compound on "centrum" whose first
   * part names a field is a body. The centre of a place ("Vällingbycentrum", "Östercentrum") and the
   * buildings "Resecentrum" and "Köpcentrum" are places. {@code start} is where the word begins in
   * {@code text}.
   */
  static boolean isFieldCentre(CharSequence text, int start, String w, Gazetteer gazetteer) {
    if (!isCompoundOf(w, "centrum") || w.length() < "centrum".length() + 4) {
      return false;
    }
    String stem = w.substring(0, w.length() - "centrum".length()).toLowerCase(java.util.Locale.ROOT);
    int placeBits = Gazetteer.CITY | Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.COUNTRY | Gazetteer.REGION;
    if (PLACE_CENTRE_STEMS.contains(stem) || hasVillageEnding(stem)
        || (gazetteer.single(text, start, start + stem.length()) & placeBits) != 0) {
      return false;
    }
    for (String ending : TOWN_ENDINGS) {
      if (stem.endsWith(ending)) {
        return false; // "Vällingbycentrum", "Nyköpingcentrum"
      }
    }
    return true;
  }

  /**
   * First parts of compounds on "centrum" that name a place: the centre of a town's part, a
   * building ("Resecentrum", "Köpcentrum", "Rättscentrum" that houses the courts).
   */
  private static final java.util.Set<String> PLACE_CENTRE_STEMS = java.util.Set.of("rese", "köp", "stads", "handels",
      "öster", "väster", "norr", "söder", "nord", "syd", "city", "torg", "rätts");

  /** Endings of the names of towns and their parts ("Vällingby", "Nyköping", "Bergsjö"). */
  private static final String[] TOWN_ENDINGS = {"by", "köping", "holm", "berg", "hamn", "vik", "sjö", "ås"};

  /** Last parts of the names of events and processes. */
  private static final String[] EVENT_ENDINGS = {"festen", "festivalen", "veckan", "loppet", "mässan", "galan",
      "processen", "yran"}; // "Storsjöyran"

  /** "Bauhaus-galan": a name, not an acronym ("FN-stadgan"), joined by a hyphen to an event's noun. */
  static boolean isHyphenedEvent(String w) {
    int hyphen = w.lastIndexOf('-');
    if (hyphen < 3 || w.substring(0, hyphen).chars().allMatch(c -> Character.isUpperCase(c) || c == '-')) {
      return false;
    }
    String tail = w.substring(hyphen + 1);
    for (String ending : EVENT_ENDINGS) {
      if (tail.equals(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} is a compound of at least three letters before {@code tail}. */
  private static boolean isCompoundOf(String w, String tail) {
    return w.length() >= tail.length() + 3 && w.endsWith(tail);
  }

  /** Whether the span is exactly a listed authority or organisation, and not also a listed place. */
  private static boolean isListedOrganisation(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer, int[] runClass, int[] runPosition) {
    int bits = listedBits(text, starts, ends, span, gazetteer, runClass, runPosition);
    // A city abroad of the same name does not count against our list: "Carnegie", "Nokia", "Toyota".
    int placeLists = (bits & Gazetteer.ORGANISATION) != 0 ? PLACE_LISTS & ~Gazetteer.CITY : PLACE_LISTS;
    return (bits & (Gazetteer.AUTHORITY | Gazetteer.ORGANISATION)) != 0 && (bits & placeLists) == 0;
  }

  /** The name lists that hold exactly the span's words (a genitive ending aside for one word). */
  private static int listedBits(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer, int[] runClass, int[] runPosition) {
    int s = span.start();
    if (span.end() - s == 1) {
      return gazetteer.single(text, starts[s], ends[s]) | gazetteer.genitive(text, starts[s], ends[s]);
    }
    return isExactRun(span, runPosition) ? runClass[s] : 0;
  }

  /** Whether the span covers exactly one listed name of several words. */
  private static boolean isExactRun(NerLabels.TokenSpan span, int[] runPosition) {
    int s = span.start();
    int e = span.end();
    boolean exact = runPosition[s] == 1 && (e == runPosition.length || runPosition[e] != 2);
    for (int k = s + 1; k < e && exact; k++) {
      exact = runPosition[k] == 2;
    }
    return exact;
  }

  /**
   * A name the tagger called a person or organisation is a place when it is exactly a listed
   * place of several words ("San Pedro Sula"), or follows the preposition "i" ("i Tecún Umán").
   */
  static NerLabels.TokenSpan placeByContext(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      int[] runClass, int[] runPosition, Gazetteer gazetteer) {
    if ("LOC".equals(span.type())) {
      return span;
    }
    int s = span.start();
    int e = span.end();
    boolean exactRun = e - s > 1 && isExactRun(span, runPosition);
    int placeBits = Gazetteer.CITY | Gazetteer.COUNTRY | Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.REGION;
    if (exactRun && (runClass[s] & placeBits) != 0 && (runClass[s] & (Gazetteer.AUTHORITY | Gazetteer.ORGANISATION)) == 0) {
      return new NerLabels.TokenSpan(s, e, "LOC"); // "San Pedro Sula", "Gamla Ullevi"
    }
    if ("MISC".equals(span.type())) {
      // "stadshuset Kristallen": a name right after a word for a kind of place or building is the place
      return s > 0 && isPlaceHead(word(text, starts, ends, s - 1)) ? new NerLabels.TokenSpan(s, e, "LOC") : span;
    }
    if ("PER".equals(span.type()) && s > 0 && word(text, starts, ends, s - 1).equals("i")
        && text.charAt(ends[e - 1] - 1) != 's') {
      return new NerLabels.TokenSpan(s, e, "LOC");
    }
    if ("PER".equals(span.type()) && e - s > 1 && allListedPlaces(text, starts, ends, span, gazetteer)) {
      return new NerLabels.TokenSpan(s, e, "LOC"); // "Region Jämtland Härjedalen": two regions are no person
    }
    if ("PER".equals(span.type()) && e - s > 1 && s > 0 && isPlaceHead(word(text, starts, ends, s - 1))) {
      return new NerLabels.TokenSpan(s, e, "LOC"); // "i provinserna Al Haouz", "presidentpalatset La Moneda"
    }
    if ("PER".equals(span.type()) && e - s > 1 && s > 0 && NEAR_PLACE.contains(word(text, starts, ends, s - 1))
        && (gazetteer.single(text, starts[s], ends[s]) & Gazetteer.FIRST_NAME) == 0) {
      return new NerLabels.TokenSpan(s, e, "LOC"); // "en brand kring Pedrógão Grande", "nådde land vid Siesta Key"
    }
    if ("ORG".equals(span.type()) && e - s == 1 && s > 0 && isPlaceHead(word(text, starts, ends, s - 1))
        && !EntityMerger.isAcronym(word(text, starts, ends, s)) // "rymdstationen ISS"
        && !gazetteer.isListedBody(text, starts[s], ends[s])) {
      return new NerLabels.TokenSpan(s, e, "LOC"); // "på ön Lesbos": no organisation list has it
    }
    if ("ORG".equals(span.type()) && e - s == 1 && s > 1 && isPlaceBeside(text, starts, ends, s)
        && !EntityMerger.isAcronym(word(text, starts, ends, s)) && !gazetteer.isListedBody(text, starts[s], ends[s])) {
      return new NerLabels.TokenSpan(s, e, "LOC"); // "vid Fyrisån", "floder som Ganges och Indus"
    }
    if ("PER".equals(span.type()) && e - s == 1 && s > 0) {
      int bits = gazetteer.single(text, starts[s], ends[s]);
      boolean personName = (bits & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) != 0;
      String before = word(text, starts, ends, s - 1);
      // "Polis beordras till Hille", "i stadsdelen Söder": a word no list has as a person's name
      // after a preposition of place or a word for a part of a town.
      // "i provinsen Valencia", "floden Yamuna": after a word for a kind of place, also a listed first name
      if (!personName && (PLACE_PREPOSITIONS.contains(before) || TOWN_PARTS.contains(before)) || isPlaceHead(before)) {
        return new NerLabels.TokenSpan(s, e, "LOC");
      }
      // "00:12 Mark, mordbrand", "14:18 Ale: …": a listed municipality heading a police notice.
      boolean afterClock = isClock(word(text, starts, ends, s - 1))
          || s > 1 && before.equals(",") && isClock(word(text, starts, ends, s - 2));
      if (afterClock && (bits & (Gazetteer.MUNICIPALITY | Gazetteer.TOWN)) != 0) {
        return new NerLabels.TokenSpan(s, e, "LOC");
      }
    }
    if ("PER".equals(span.type()) && e - s <= 2 && isPlaceInHeading(text, starts[s], ends[e - 1])) {
      return new NerLabels.TokenSpan(s, e, "LOC"); // "09:53, Länsväg 321, Hoverberg, Berg"
    }
    return span;
  }

  /**
   * "gömde vapnet vid Fyrisån", "i orter som Paiporta och Chiva": a name ending like a place beside
   * ("vid") something, not after someone who works there ("forskare vid Chalmers"), or an example of
   * a kind of place.
   */
  private static boolean isPlaceBeside(CharSequence text, int[] starts, int[] ends, int s) {
    String before = word(text, starts, ends, s - 1);
    String twoBefore = word(text, starts, ends, s - 2);
    String w = word(text, starts, ends, s);
    return before.equals("vid") && (hasVillageEnding(w) || EntityWords.hasPlaceSuffix(w))
        && !WORKING_AT.contains(twoBefore.toLowerCase(Locale.ROOT)) && !EntityWords.hasRoleEnding(twoBefore)
        || (before.equals("som") || before.equals("och") && s > 3 && word(text, starts, ends, s - 3).equals("som"))
            && KINDS_OF_PLACES.contains(before.equals("som") ? twoBefore : word(text, starts, ends, s - 4));
  }

  /** Words before "vid" that put someone at a workplace: "anställd vid", "professor vid". */
  private static final Set<String> WORKING_AT = Set.of("anställd", "anställda", "arbetar", "jobbar", "verksam",
      "verksamma", "professor", "forskare", "doktorand", "lektor", "docent", "studerar", "student", "studenter",
      "läkare", "överläkare", "chef", "praktiserar", "utbildad", "utbildade", "tjänstgör", "kvar");

  /** Plural nouns of places before "som" and examples: "orter som Paiporta och Chiva". */
  private static final Set<String> KINDS_OF_PLACES = Set.of("orter", "städer", "floder", "byar", "öar", "länder",
      "kommuner", "stadsdelar", "områden", "förorter", "sjöar", "berg");

  /** Lower-case words for a part of a town before its name ("stadsdelen Söder"). */
  private static final java.util.Set<String> TOWN_PARTS = java.util.Set.of("stadsdelen", "området", "bostadsområdet",
      "orten", "byn", "tätorten", "kvarteret");

  /** Definite words for a kind of place before its name, as foreign news write them. */
  private static final java.util.Set<String> PLACE_HEADS = java.util.Set.of("staden", "huvudstaden", "huvudstad", "hamnstaden",
      "flygplatsen", "hamnen", "ön", "förorten", "provinsen", "delstaten", "distriktet", "gränsstaden", "byn",
      "provinserna", "delstaterna", "orten", "turistorten", "kuststaden", "stadsdelen", "landskapet", "sjön", "floden",
      "älven", "ån", "berget", "vulkanen", "halvön", "ögruppen", "sundet", "fjärden", "viken", "bukten", "dalen",
      "glaciären", "nationalparken", "naturreservatet", "gården", "herrgården", "slottet", "kyrkan", "stadion",
      "byarna", "orterna", "städerna", "öarna", "gränsövergången", "valdistriktet", "regionen", "regionerna");

  /**
   * "tunnelbanestationen Maalbeek", "i delstaten Kalifornien", "flyktinglägret Moria", "byn Amizmiz": a
   * word for a kind of place, or a compound ending in "stationen", "lägret", "palatset" or "byn", before the name.
   */
  static boolean isPlaceHead(String word) {
    return PLACE_HEADS.contains(word) || word.endsWith("stationen") || word.endsWith("lägret")
        || word.endsWith("palatset") || word.endsWith("byn") && word.length() > 3
        || word.endsWith("stadsdel") || word.endsWith("stadsdelen") // "hans barndomsstadsdel Biskopsgården"
        || word.endsWith("orten") || word.endsWith("orterna") || word.endsWith("boendet") || word.endsWith("kvarteret")
        || word.endsWith("kraftsparken") // "vallfartsorten Šaštín", "äldreboendet Lindgården"
        || word.endsWith("huset") && word.length() > 7 && !word.endsWith("sjukhuset") // "stadshuset Kristallen"
        || word.endsWith("arenan") || word.equals("hotellet") || word.endsWith("köpcentret")
        || word.equals("anstalten") || word.equals("fängelset") || word.equals("häktet") // "anstalten Hall"
        || word.endsWith("staten") && word.length() > 6; // "grannstaten Haryana", "östaten Tuvalu"
  }

  /**
   * Whether the chars from {@code start} to {@code end} are one item of a police notice's heading
   * line "HH:MM, road, village, municipality": the line opens with a clock time and a comma, and
   * the item stands between commas or ends the line.
   */
  private static boolean isPlaceInHeading(CharSequence text, int start, int end) {
    int line = start;
    while (line > 0 && text.charAt(line - 1) != '\n') {
      line--;
    }
    if (start - line < 8 || line + 6 > text.length() || !isClock(text.subSequence(line, line + 5).toString())
        || text.charAt(line + 5) != ',' || text.charAt(start - 2) != ',') {
      return false;
    }
    return end == text.length() || text.charAt(end) == ',' || text.charAt(end) == '\n';
  }

  /** "00:12", "14.18": a clock time as police notices head their events. */
  private static boolean isClock(String w) {
    return w.length() == 5 && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(1))
        && (w.charAt(2) == ':' || w.charAt(2) == '.') && Character.isDigit(w.charAt(3)) && Character.isDigit(w.charAt(4));
  }

  /** Whether every word of the span is a listed place and none a listed first name or surname. */
  private static boolean allListedPlaces(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    for (int k = span.start(); k < span.end(); k++) {
      int bits = gazetteer.single(text, starts[k], ends[k]) | gazetteer.genitive(text, starts[k], ends[k]);
      if ((bits & PLACE_LISTS) == 0 || (bits & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) != 0) {
        return false;
      }
    }
    return true;
  }
}
