package se.notis.ner;

import static se.notis.ner.EntityWords.CLUB_FORMS;
import static se.notis.ner.EntityWords.CLUB_PREFIXES;
import static se.notis.ner.EntityWords.COMMON_ACRONYMS;
import static se.notis.ner.EntityWords.INSTITUTIONS;
import static se.notis.ner.EntityWords.INTERNATIONAL;
import static se.notis.ner.EntityWords.MEDIA;
import static se.notis.ner.EntityWords.NON_PLACE_LISTS;
import static se.notis.ner.EntityWords.ORG_TAILS;
import static se.notis.ner.EntityWords.PARTICLES;
import static se.notis.ner.EntityWords.PLACE_LISTS;
import static se.notis.ner.EntityWords.PLACE_OPENERS;
import static se.notis.ner.EntityWords.PLACE_WORDS;
import static se.notis.ner.EntityWords.ROAD_WORDS;
import static se.notis.ner.EntityWords.TRAFFIC_PLACES;
import static se.notis.ner.EntityWords.hasPlaceSuffix;
import static se.notis.ner.EntityWords.isAllCaps;
import static se.notis.ner.EntityWords.isCapitalisedStreetWord;
import static se.notis.ner.EntityWords.isCompoundWithCommonNoun;
import static se.notis.ner.EntityWords.isInternational;
import static se.notis.ner.EntityWords.stripGenitive;
import static se.notis.ner.EntityWords.stripS;
import static se.notis.ner.RuleTokens.isCapitalisedWord;
import static se.notis.ner.RuleTokens.isLower;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.notis.lemma.SwedishDictionary;

/**
 * The guidelines' corrections of one tagged span on its own: titles and brackets out, closing
 * words of organisations and clubs in, trailing punctuation off, and no span at all for common
 * nouns, institutions, demonyms and compounds.
 */
final class SpanFixer {
  /** Royal titles written with a capital before the name ("Kronprinsessan Victoria", "Kung Carl Gustaf"). */
  /** "Dansken", "Svensken", "Tysken": a demonym adjective made a definite noun, a person of that country. */
  private static boolean isDemonymNoun(String w) {
    return w.length() > 4 && w.endsWith("en") && Demonyms.standard().country(w.substring(0, w.length() - 2)).isPresent();
  }

  private static final java.util.Set<String> ROYAL_TITLES = java.util.Set.of("Kung", "Kungen", "Konung", "Konungen",
      "Drottning", "Drottningen", "Kronprinsessan", "Kronprinsen", "Prinsessan", "Prinsen", "Prins", "Prinsessa");

  /** The second word of a royal form of address: "Hans Majestät", "Hennes Kungliga Höghet". */
  private static final java.util.Set<String> MAJESTY = java.util.Set.of("Majestät", "Kungliga", "Kunglig");

  /** English forms of address before a name ("H.E. Mr Kairat Abdrakhmanov", "Mrs Shkëndije Geci Sherifi"). */
  private static final java.util.Set<String> HONORIFICS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr");

  private SpanFixer() {}

  /**
   * "Polis larmas till …", "12:52 Polis fick kännedom …": a capitalised word that opens a sentence
   * or follows a clock time, and is mostly written in lower case, is the common noun, unless a
   * name list or its ending says otherwise.
   */
  static boolean isCommonWordOpeningSentence(CharSequence text, int[] starts, int[] ends, int i,
      Gazetteer gazetteer) {
    String w = word(text, starts, ends, i);
    if (i > 0 && Character.isLetter(text.charAt(starts[i - 1]))
        || !gazetteer.isCommon(text, starts[i], ends[i]) && !isCommonBoardCompound(w)) {
      return false;
    }
    int bits = gazetteer.single(text, starts[i], ends[i]) | gazetteer.genitive(text, starts[i], ends[i]);
    return (bits & (PLACE_LISTS | NON_PLACE_LISTS)) == 0 && !isAllCaps(w) && !MEDIA.contains(w)
        && !isInternational(w) && !NameWords.isHistoricalEvent(w)
        && !NameWords.isAuthority(w) && !NameWords.isWorkName(w);
  }

  /** Heads of a municipality's or a church's boards, common nouns however compounded ("Stadsdelsnämnden"). */
  private static final String[] BOARD_HEADS = {"nämnden", "nämndens", "styrelsen", "styrelsens", "förvaltningen",
      "förvaltningens"};

  /** What a municipality's, a region's or a parish's own boards are for: "Stadsdelsnämnden", "Kommunstyrelsen". */
  private static final String[] LOCAL_BOARDS = {"stadsdels", "kommun", "region", "social", "byggnads", "kultur",
      "miljö", "utbildnings", "skol", "fritids", "kyrko", "äldre", "tekniska"};

  /**
   * "Stadsdelsnämnden", "Kyrkostyrelsens": a compound of a local board's head, a common noun that opens a
   * sentence; not a national board's name ("Fondtorgsnämnden", "Rikspolisstyrelsen").
   */
  static boolean isCommonBoardCompound(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return java.util.Arrays.stream(BOARD_HEADS).anyMatch(h -> lower.length() > h.length() + 3 && lower.endsWith(h))
        && java.util.Arrays.stream(LOCAL_BOARDS).anyMatch(lower::startsWith);
  }

  /**
   * "Stadsdelsnämnden beslutade …", "Tekniska nämndens ordförande …": a board's common noun opening a sentence,
   * alone in a compound or after an adjective ("tekniska nämnden" within a sentence), is no name; a listed body
   * and a national board ("Fondtorgsnämnden") are.
   */
  static boolean isCommonBoard(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    if (!"ORG".equals(span.type()) || !RuleTokens.opensSentence(text, starts, s)
        || gazetteer.isListedBody(text, starts[s], Gazetteer.stripGenitive(text, starts[s], ends[span.end() - 1]))) {
      return false;
    }
    if (span.end() - s == 1) {
      String w = word(text, starts, ends, s);
      return isCommonBoardCompound(w);
    }
    String head = word(text, starts, ends, s + 1);
    return span.end() - s == 2 && word(text, starts, ends, s).endsWith("a") && Character.isLowerCase(head.charAt(0))
        && java.util.Arrays.asList(BOARD_HEADS).contains(head);
  }

  /**
   * "Gästande Linköping ledde med 3 – 1", "klubben flyttade till Winnipeg": a sentence with a
   * score or a word of sport, where a town the tagger called an organisation is a club (and after
   * "skriver" it is a newspaper, "skriver Metro"). Asked only about such towns, which are rare outside sport.
   */
  static boolean isAboutSport(CharSequence text, int[] starts, int[] ends) {
    for (int k = 0; k < starts.length; k++) {
      if (isSportWord(text, starts[k], ends[k])) {
        return true;
      }
      boolean dash = ends[k] - starts[k] == 1 && (text.charAt(starts[k]) == '–' || text.charAt(starts[k]) == '-');
      if (dash && k > 0 && k + 1 < starts.length && isSmallNumber(text, starts[k - 1], ends[k - 1])
          && isSmallNumber(text, starts[k + 1], ends[k + 1])) {
        return true; // a score, "3 – 1"
      }
    }
    return false;
  }

  /**
   * Whether {@code text[start, end)} is a word of sport reports ("matchen", "Halvleken"). Asked of
   * every token of a document: only words whose first letter and length some word of the list has
   * become strings.
   */
  static boolean isSportWord(CharSequence text, int start, int end) {
    int length = end - start;
    if (length < 2 || length >= SPORT_SHAPES[0].length
        || !SPORT_SHAPES[Character.toLowerCase(text.charAt(start)) & 127][length]) {
      return false;
    }
    String w = text.subSequence(start, end).toString();
    return SPORT_WORDS.contains(w) || SPORT_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean isSmallNumber(CharSequence text, int start, int end) {
    return end - start <= 2 && Character.isDigit(text.charAt(start)) && Character.isDigit(text.charAt(end - 1));
  }

  /** "…, skriver Metro.": after these the organisation the tagger found is a source, not the city of its name. */
  private static final java.util.Set<String> SOURCE_VERBS = java.util.Set.of("skriver", "rapporterar", "meddelar");

  /** Words of sport reports: matches, series, results, clubs and their players. */
  private static final java.util.Set<String> SPORT_WORDS = java.util.Set.of("match", "matchen", "matcher", "matcherna",
      "mål", "målet", "serien", "elitserien", "allsvenskan", "hockeyallsvenskan", "superettan", "tabellen", "ledde",
      "kvitterade", "gästande", "hemmalaget", "bortalaget", "klubben", "klubbens", "laget", "lagets", "tränare",
      "tränaren", "derbyt", "finalen", "semifinalen", "kvartsfinalen", "slutspelet", "spelare", "spelaren",
      "värvningen", "landslaget", "seriematch", "poängen", "bortaplan", "hemmaplan", "säsong", "säsongen", "säsonger",
      "säsongerna", "seger", "segern", "förlängning", "förlängningen", "poäng", "ligan", "ligatoppen", "jumbon",
      "hemmalagets", "utematch", "åttondelsfinalen", "tilläggstiden", "perioden", "slutsignalen",
      "straffläggning", "elitserieklubben", "lagkamrater", "halvlek", "halvleken", "ligacupen", "cupen", "tilläggstid",
      "speltid", "kvittering", "kvitteringen", "assist", "målvakt", "målvakten", "mittfältaren", "anfallaren",
      "forwarden", "NHL", "SHL", "gruppspelet", "serieledningen", "matchens", "derby", "slutspel", "landskamp",
      "landskampen", "målskytt", "ishockey", "fotboll", "bandy", "handboll", "innebandy", "basket", "speedway");

  /** First letter (folded to 7 bits) and length of the words of {@link #SPORT_WORDS}. */
  private static final boolean[][] SPORT_SHAPES = new boolean[128][18];

  static {
    for (String w : SPORT_WORDS) {
      SPORT_SHAPES[Character.toLowerCase(w.charAt(0)) & 127][w.length()] = true;
    }
  }

  /**
   * "Natomedlemskapet", "FN-stadgan" aside, "EUs": an international organisation's name run into a
   * common noun is the common noun, and the guidelines tag no name inside a compound.
   */
  private static boolean isOrganisationCompound(CharSequence text, int start, int end, Gazetteer gazetteer) {
    String w = text.subSequence(start, end).toString();
    if (NameWords.isAuthority(w) || NameWords.isWorkName(w)) {
      return false; // "Unescorådet", "Natofördraget" are names of their own
    }
    for (String name : INTERNATIONAL) {
      int tail = start + name.length();
      if (end - tail > 3 && Character.isLowerCase(text.charAt(tail))
          && text.subSequence(start, tail).toString().equals(name) && gazetteer.isCommon(text, tail, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The span corrected by the guidelines, or null when no name is left: titles, brackets and
   * punctuation out, the closing words of organisations and clubs in, places by their last word,
   * and one-word names that are common nouns dropped.
   */
  static NerLabels.TokenSpan fix(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    return fix(text, starts, ends, span, gazetteer, false);
  }

  /** {@code sportDocument}: the sentence stands in a report of sport, where towns name clubs. */
  static NerLabels.TokenSpan fix(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer, boolean sportDocument) {
    if (span.end() - span.start() == 1 && !"ORG".equals(span.type())
        && isCapitalisedRole(word(text, starts, ends, span.start()))) {
      return null; // "säger Europaparlamentarikern Jonas Ekström": the tagger's place is the person's role
    }
    NerLabels.TokenSpan inner = withoutPunctuation(text, starts, ends,
        withOrganisationForms(text, starts, ends, withoutTitles(text, starts, ends, span)));
    if (inner == null) {
      return null;
    }
    inner = withoutOpeningKindNoun(text, starts, ends, withoutOpeningCommonWord(text, starts, ends, inner, gazetteer),
        gazetteer);
    inner = withoutOpeningDemonym(text, starts, ends, inner, gazetteer);
    NerLabels.TokenSpan placed = placeByShape(text, starts, ends, inner, gazetteer);
    if (isCoordinatedCommittee(text, starts, ends, placed)) {
      return null;
    }
    return placed.end() - placed.start() == 1 ? oneWordName(text, starts, ends, placed, gazetteer, sportDocument) : placed;
  }

  /**
   * "Finska Yle rapporterar", "Amerikanska CNN": a nationality adjective opening a sentence before
   * a medium or an acronym is no part of the name, as it would be in lower case within the sentence.
   */
  private static NerLabels.TokenSpan withoutOpeningDemonym(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    int s = span.start();
    if (span.end() - s != 2 || s > 0 && text.charAt(ends[s - 1] - 1) != '.') {
      return span;
    }
    String adjective = word(text, starts, ends, s).toLowerCase(Locale.ROOT);
    String name = word(text, starts, ends, s + 1);
    boolean medium = MEDIA.contains(name) || isAllCaps(name) && name.length() >= 2;
    return medium && (gazetteer.name(adjective) & Gazetteer.DEMONYM) != 0
        ? new NerLabels.TokenSpan(s + 1, span.end(), "ORG") : span;
  }

  /** "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden": a municipality's committee of two fields. */
  private static boolean isCoordinatedCommittee(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    return span.end() - s == 3 && word(text, starts, ends, s).endsWith("-") && word(text, starts, ends, s + 1).equals("och")
        && word(text, starts, ends, s + 2).endsWith("nämnden");
  }

  /**
   * Titles and roles before a name, an English article, and what follows a bracket or an
   * acronym's genitive, out; "lagen om …" is a law.
   */
  private static NerLabels.TokenSpan withoutTitles(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span) {
    int start = span.start();
    int end = span.end();
    String type = span.type();
    if (end - start > 2 && word(text, starts, ends, start).equals("lagen") && word(text, starts, ends, start + 1).equals("om")) {
      type = "MISC"; // "lagen om mottagande av asylsökande", whatever the tagger called it
    }
    // Titles and roles are outside: drop leading lower-case words from a name.
    while (start < end - 1 && isLower(text, starts[start]) && !PARTICLES.contains(word(text, starts, ends, start))
        && !"MISC".equals(type)) {
      start++;
    }
    // A kind noun compounded with a name opens no name: "FN-organet OCHA", "EU-kommissionären Ylva Johansson".
    if (start < end - 1 && isNamedKindNoun(word(text, starts, ends, start))
        && Character.isUpperCase(text.charAt(starts[start + 1]))) {
      start++;
    }
    // "Hans Majestät Kung Frederik X", "Hennes Kungliga Höghet Kronprinsessan Victoria": a form of address
    if (start < end - 2 && (word(text, starts, ends, start).equals("Hans") || word(text, starts, ends, start).equals("Hennes"))
        && MAJESTY.contains(word(text, starts, ends, start + 1))) {
      start += word(text, starts, ends, start + 2).equals("Höghet") ? 3 : 2;
    }
    // A royal title is a title however it is written: "Kronprinsessan Victoria" is the person Victoria;
    // so is a role written with a capital at a sentence's start or by mistake ("säger
    // Sjukvårdsminister Acko Ankarberg Johansson", "Statsminister Ulf Kristersson").
    if (start < end - 1 && (ROYAL_TITLES.contains(word(text, starts, ends, start))
        || !"ORG".equals(type) && isCapitalisedRole(word(text, starts, ends, start)))
        && isCapitalisedWord(text, starts[start + 1], ends[start + 1])) {
      start++;
      type = "PER";
    }
    // "Dansken Tomasson" opening a sentence: a demonym noun is no part of the person's name.
    if (start < end - 1 && "PER".equals(type) && isDemonymNoun(word(text, starts, ends, start))
        && isCapitalisedWord(text, starts[start + 1], ends[start + 1])) {
      start++;
    }
    // A bracket ends a name ("Corporation (TRT"); an acronym genitive ends one too ("FN:s rapport").
    for (int k = start; k < end; k++) {
      char c = text.charAt(starts[k]);
      if (ends[k] - starts[k] == 1 && (c == '(' || c == ')' || c == '[' || c == ']')) {
        end = k;
        break;
      }
      if (k + 1 < end && ends[k] - starts[k] >= 3 && text.charAt(ends[k] - 2) == ':' && text.charAt(ends[k] - 1) == 's') {
        end = k + 1;
        break;
      }
    }
    if (start < end - 1 && word(text, starts, ends, start).equals("the")) {
      start++;
    }
    // A form of address is a title: "Mr Kairat Abdrakhmanov" is the person Kairat Abdrakhmanov.
    if (start < end - 1 && HONORIFICS.contains(word(text, starts, ends, start))
        && isCapitalisedWord(text, starts[start + 1], ends[start + 1])) {
      start++;
      type = "PER";
    }
    return new NerLabels.TokenSpan(start, end, type);
  }

  /**
   * "använda ECV, elchockvapen", "elchockvapen (ECV)": an acronym spelt out by one lower-case
   * word beside it, whose letters it takes in order, shortens a common noun and is no name, when
   * the tagger took it for some other name (MISC): an institution's acronym stays an organisation
   * ("SÄPO, säkerhetspolisen"), and law acronyms stay ("LOB, lagen om …").
   */
  static List<NerLabels.TokenSpan> withoutCommonNounAcronyms(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    int n = starts.length;
    for (NerLabels.TokenSpan span : spans) {
      int s = span.start();
      String w = word(text, starts, ends, s);
      boolean acronym = "MISC".equals(span.type()) && span.end() - s == 1 && w.length() >= 2 && w.length() <= 5 && EntityWords.isAllCaps(w)
          && !NameWords.LAW_ACRONYMS.contains(w);
      boolean spelt = false;
      if (acronym) {
        // "ECV, elchockvapen" / "ECV (elchockvapen)" after it; "elchockvapen (ECV)" before it.
        int after = s + 2;
        spelt = after < n && (RuleTokens.isComma(text, starts, ends, s + 1) || RuleTokens.isBracket(text, starts, ends, s + 1, '('))
            && spellsOut(w, word(text, starts, ends, after))
            && (after + 1 >= n || !isLower(text, starts[after + 1]) || RuleTokens.isComma(text, starts, ends, s + 1));
        spelt |= s >= 2 && RuleTokens.isBracket(text, starts, ends, s - 1, '(') && spellsOut(w, word(text, starts, ends, s - 2));
      }
      if (!spelt) {
        out.add(span);
      }
    }
    return out;
  }

  /** Whether lower-case {@code word} starts with the acronym's first letter and holds all its letters in order. */
  private static boolean spellsOut(String acronym, String word) {
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || word.length() < acronym.length() + 3
        || word.startsWith("lag") || Character.toLowerCase(acronym.charAt(0)) != word.charAt(0)) {
      return false;
    }
    int at = 1;
    for (int k = 1; k < acronym.length(); k++) {
      at = word.indexOf(Character.toLowerCase(acronym.charAt(k)), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }

  /**
   * A capitalised role noun: one word ending in a role ("Sjukvårdsminister", "Generaldirektör",
   * "Ordförande"), written otherwise in lower case, which no name ends in.
   */
  static boolean isCapitalisedRole(String w) {
    if (w.length() < 5 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(w.length() - 1))) {
      return false;
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    for (String role : CAPITALISED_ROLES) {
      if (lower.endsWith(role)) {
        return true;
      }
    }
    return false;
  }

  /** Role endings that make a capitalised word a title ("ledare", "general" also end names: "Allmänna ledare"). */
  private static final String[] CAPITALISED_ROLES = {"minister", "ordförande", "direktör", "sekreterare",
      "talesperson", "talesman", "kommissionär", "ambassadör", "borgmästare", "guvernör", "statsråd", "president",
      // and in the definite form: "säger Europaparlamentarikern Jonas Ekström"
      "parlamentarikern", "ledamoten", "ministern", "ordföranden", "direktören", "presidenten", "forskaren",
      "professorn", "statsvetaren", "ekonomen", "tränaren", "chefen", "kommunalrådet", "regionrådet"};

  /** "2022:406" or ": 2022:406" from token {@code k}: a year, a colon and a number, as documents are numbered. */
  private static boolean isDocumentNumberAt(CharSequence text, int[] starts, int[] ends, int k) {
    if (k < starts.length && ends[k] - starts[k] == 1 && text.charAt(starts[k]) == ':') {
      k++;
    }
    if (k >= starts.length || ends[k] - starts[k] < 6) {
      return false;
    }
    for (int c = starts[k]; c < starts[k] + 4; c++) {
      if (!Character.isDigit(text.charAt(c))) {
        return false;
      }
    }
    char after = text.charAt(starts[k] + 4);
    return after == ':' || after == '/';
  }

  /**
   * "Northvolts konkurs", "Östersjöns fiskbestånd": a span that ends in a common noun after a
   * capitalised genitive is the genitive and the noun it governs, unless the noun is the head of a
   * name of its own ("Linköpings universitet", "Borlänge kommun", "Kungälvs sjukhus"). Titles of
   * works (MISC) are left alone ("Idas sommarvisa").
   */
  private static boolean isGenitiveBeforeCommonNoun(CharSequence text, int[] starts, int[] ends, int start, int end,
      Gazetteer gazetteer) {
    int last = end - 1;
    if (end - start < 2 || !isLower(text, starts[last]) || text.charAt(ends[last - 1] - 1) != 's'
        || !Character.isUpperCase(text.charAt(starts[last - 1]))) {
      return false;
    }
    boolean common = gazetteer.isCommon(text, starts[last], ends[last])
        || gazetteer.commonTail(text, starts[last], ends[last]) > 0; // "IFK Kristianstads storhetstid"
    return common && !isNameHead(word(text, starts, ends, last));
  }

  /** Whether a lower-case noun, with or without a genitive s, ends like the head of a name ("universitet", "rådhus"). */
  private static boolean isNameHead(String noun) {
    String head = stripGenitive(noun);
    for (String nameHead : NAME_HEADS) {
      if (noun.endsWith(nameHead) || head.endsWith(nameHead)) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case nouns that end names after a genitive: places, buildings, bodies and schools. */
  private static final String[] NAME_HEADS = {"universitet", "högskola", "kommun", "län", "stad", "sjukhus",
      "lasarett", "centrum", "torg", "väg", "gata", "hamn", "slott", "kyrka", "station", "museum", "teater", "opera",
      "flygplats", "rätt", "stift", "landsting", "bibliotek", "konserthus", "stadion", "arena", "park", "kanal", "bro",
      "gymnasium", "skola", "nation", "församling", "fästning", "verk", "bas", "marknad", "strand", "berg", "skog",
      "sjö", "ö", "dal", "älv", "å", "förbund", "akademi", "institut", "råd", "ombudsmän", "nämnd", "bank", "fond",
      "gård", "plan", "hus", "kapell", "fyr", "gruva", "by", "socken", "ting", "kansli", "ort", "område", "reservat",
      "jour", "vänner", "förening", "klubb", "kör", "orkester"};

  /**
   * "05.15 Viltolycka Kalix:", "Lägenhetsbrand Brickebacken.", "12.15 Besöker Umeå tingsrätt": a
   * word mostly written in lower case that opens a sentence or follows a clock time, before a
   * listed place or a street, is the notice's heading or the sentence's verb, not the name's first
   * word, when the name ends the heading or the sentence ("Förbifart Stockholm leder …" is a road
   * project's name); after a word for a part of a town the name is a place ("23:39 - Området Lasarettet,
   * Eskilstuna"). Words that open names of places and bodies stay ("Länsväg 363", "Region Skåne",
   * "Trafikplats Lomma"), and so do adjectives ("Regionalt Underrättelsecentrum", "Höga Kusten").
   */
  private static NerLabels.TokenSpan withoutOpeningCommonWord(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    int s = span.start();
    int next = s + 1;
    char before = s == 0 ? '.' : text.charAt(ends[s - 1] - 1);
    // A notice's heading: "19:48, Centrala Vemdalen, Härjedalen" opens after a clock time and a comma.
    boolean afterClock = before == ',' && s >= 2 && Character.isDigit(text.charAt(ends[s - 2] - 1));
    boolean opens = Character.isDigit(before) || before == '.' || before == '-' || before == '–' || afterClock;
    // A heading is no sentence: the name ends it ("Viltolycka Kalix:"), while "Förbifart Stockholm leder …" goes on.
    boolean heading = span.end() == starts.length || !Character.isLetterOrDigit(text.charAt(starts[span.end()]));
    if (span.end() - s < 2 || !opens || !heading || !Character.isUpperCase(text.charAt(starts[next]))
        || !isCommonWordOpeningSentence(text, starts, ends, s, gazetteer)) {
      return span;
    }
    String w = word(text, starts, ends, s);
    if (AREA_WORDS.contains(w)) {
      // "23:39 - Området Lasarettet, Eskilstuna", "19:48, Centrala Vemdalen" (an adjective, but no name's)
      return new NerLabels.TokenSpan(next, span.end(), "LOC");
    }
    if (ROAD_WORDS.contains(w) || TRAFFIC_PLACES.contains(w) || PLACE_OPENERS.contains(w) || NAME_OPENERS.contains(w)
        || PhraseWords.isKnownAdjective(w.toLowerCase(Locale.ROOT))) {
      return span;
    }
    boolean place = (gazetteer.single(text, starts[next], ends[next]) & PLACE_LISTS) != 0
        || hasPlaceSuffix(word(text, starts, ends, next));
    return place ? new NerLabels.TokenSpan(next, span.end(), span.type()) : span;
  }

  /** Nouns for a kind of body that open a sentence before its name but never a name ("Myndigheten för …" does). */
  private static final java.util.Set<String> OPENING_KIND_NOUNS = java.util.Set.of("Facket", "Fackförbundet",
      "Förbundet", "Bolaget", "Företaget", "Koncernen", "Partiet", "Tidningen", "Banken", "Klubben", "Kedjan",
      "Ovädret", "Stormen", "Orkanen", "Tyfonen", "Cyklonen", "Nyhetsbyrån", "Rederiet", "Hingsten", "Hästen", "Stoet",
      "Valacken", "Travaren", "Hunden", "Katten", "Tillverkaren", "Projektören", "Exploatören", "Entreprenören",
      "Byggherren", "Operatören", "Arrangören", "Leverantören", "Ägaren", "Hyresvärden", "Föreningen"); // "Ovädret Boris har
      // fört med sig …", "Hingsten Vinterkung vann", "Projektören Vindkompaniet Öst AB vill …"; "Föreningen"
      // cut here opens the name again inside a sentence ("Föreningen Norden", SpanJoiner.withOpeningWord)

  /** Nouns for a business's premises before its name, which they never open: "Biografen Royal", "Hotellet Statt". */
  private static final java.util.Set<String> VENUE_KIND_NOUNS = java.util.Set.of("Biografen", "Bion", "Restaurangen",
      "Hotellet", "Krogen", "Kaféet", "Caféet");

  /** Prepositions that open a sentence before a name and never open one. */
  private static final java.util.Set<String> OPENING_PREPOSITIONS = java.util.Set.of("Hos", "Vid", "Inför", "Från",
      "Enligt", "Bakom", "Mot");

  /** Endings of compound nouns for a kind of organisation: "Miljöorganisationen", "Bilföretaget". */
  private static final String[] KIND_NOUN_ENDINGS = {"organisationen", "förbundet", "bolaget", "företaget",
      "koncernen", "tidningen", "kedjan", "rederiet", "jätten", "tillverkaren", "byrån", "sponsorn", "ägaren",
      "arrangören", "operatören", "leverantören", "hyresvärden"};

  /** Of those, the endings of nouns for a part a body or a person plays: "Fastighetsägaren", "Huvudsponsorn". */
  private static final String[] ROLE_KIND_ENDINGS = {"sponsorn", "ägaren", "arrangören", "operatören",
      "leverantören", "hyresvärden"};

  /** "Logistikföretaget", "Miljöorganisationen": a compound noun for a kind of organisation. */
  static boolean isKindNounCompound(String w) {
    return java.util.Arrays.stream(KIND_NOUN_ENDINGS).anyMatch(e -> w.length() > e.length() + 2 && w.endsWith(e));
  }

  /** "Logistikföretaget", "Projektören": a noun for a kind of body, or a part one plays, before its name. */
  static boolean isKindNoun(String w) {
    return OPENING_KIND_NOUNS.contains(w) || isKindNounCompound(w);
  }

  /**
   * "Facket Kommunal hotar …", "Miljöorganisationen Greenpeace skriver …": the kind noun opening the
   * sentence is no part of the name, and a compound one says the name is an organisation's (unless the
   * compound is a listed name itself, "Naturskyddsföreningen").
   */
  private static NerLabels.TokenSpan withoutOpeningKindNoun(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    int s = span.start();
    if (span.end() - s < 2 || !Character.isUpperCase(text.charAt(starts[s + 1]))) {
      return span;
    }
    String w = word(text, starts, ends, s);
    if (OPENING_KIND_NOUNS.contains(w) || OPENING_PREPOSITIONS.contains(w) && RuleTokens.opensSentence(text, starts, s)) {
      return new NerLabels.TokenSpan(s + 1, span.end(), span.type()); // "Hos Derome har man varslat …"
    }
    if (VENUE_KIND_NOUNS.contains(w)) { // "Biografen Royal i Luleå": no person's name
      return new NerLabels.TokenSpan(s + 1, span.end(), "PER".equals(span.type()) ? "ORG" : span.type());
    }
    boolean compoundKind = RuleTokens.opensSentence(text, starts, s)
        && (gazetteer.single(text, starts[s], ends[s]) & (Gazetteer.ORGANISATION | Gazetteer.AUTHORITY)) == 0
        && isKindNounCompound(w);
    if (!compoundKind) {
      return span;
    }
    boolean role = java.util.Arrays.stream(ROLE_KIND_ENDINGS).anyMatch(w::endsWith);
    return new NerLabels.TokenSpan(s + 1, span.end(), role ? span.type() : "ORG");
  }

  /** Words for a part of a town before its name: what follows is the place. */
  private static final java.util.Set<String> AREA_WORDS = java.util.Set.of("Området", "Stadsdelen", "Bostadsområdet",
      "Industriområdet", "Kvarteret", "Centrala");

  /** Common nouns that open names of bodies and places before a place's name ("Region Skåne", "Hotell Tylösand"). */
  private static final java.util.Set<String> NAME_OPENERS = java.util.Set.of("Region", "Regionen", "Landstinget",
      "Högskolan", "Universitetet", "Polisområde", "Polisregion", "Lokalpolisområde", "Kommun", "Hotell", "Hotel",
      "Stiftelsen", "Föreningen", "Folkhögskolan", "Gymnasiet", "Gymnasieskolan", "Sjukhuset", "Lasarettet", "Stadion",
      "Arena", "Teater", "Museum");

  /**
   * Closing words of organisations ("International", "AB") and clubs ("IFK", "FF") in: the span
   * is then an organisation.
   */
  private static NerLabels.TokenSpan withOrganisationForms(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span) {
    int start = span.start();
    int end = span.end();
    String type = span.type();
    if (!"LOC".equals(type)) {
      while (end < starts.length && ORG_TAILS.contains(word(text, starts, ends, end))) {
        end++;
        type = "ORG";
      }
    }
    if (start > 0 && CLUB_PREFIXES.contains(word(text, starts, ends, start - 1))
        && Character.isUpperCase(text.charAt(starts[start]))) {
      start--;
      type = "ORG";
    } else if (end - start == 1 && end < starts.length && CLUB_PREFIXES.contains(word(text, starts, ends, start))
        && isCapitalisedWord(text, starts[end], ends[end])) {
      end++; // "BK" + "Häcken", a club whose name is also a common word
      type = "ORG";
    }
    if (end - start == 1 && start > 0 && CLUB_FORMS.contains(stripGenitive(word(text, starts, ends, start)))
        && isCapitalisedWord(text, starts[start - 1], ends[start - 1])
        && !SwedishDictionary.get().knowsAsCommonWord(word(text, starts, ends, start - 1).toLowerCase(Locale.ROOT))) {
      start--; // "Lugi" + "HF": the club's name before its letters, but not "Enligt" + "IS"
    }
    if (end - start > 1 && (CLUB_PREFIXES.contains(word(text, starts, ends, start))
        || CLUB_FORMS.contains(stripGenitive(word(text, starts, ends, end - 1)))
        || end - start == 2 && ClubNames.isSport(stripGenitive(word(text, starts, ends, end - 1))))) {
      type = "ORG"; // "BK Häcken", "Malmö FF" and "Elverum Håndball" whole, whatever the tagger called them
    }
    // A club's form after a town or a name makes the club, whatever the tagger called the town.
    if (end < starts.length && Character.isUpperCase(text.charAt(starts[end - 1]))
        && CLUB_FORMS.contains(stripGenitive(word(text, starts, ends, end)))) {
      end++;
      type = "ORG";
    }
    return new NerLabels.TokenSpan(start, end, type);
  }

  /** The span without punctuation at its ends, or null when nothing is left. */
  private static NerLabels.TokenSpan withoutPunctuation(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span) {
    int start = span.start();
    int end = span.end();
    // Trailing punctuation never belongs to a name.
    while (end > start && !Character.isLetterOrDigit(text.charAt(ends[end - 1] - 1))) {
      end--;
    }
    while (start < end && !Character.isLetterOrDigit(text.charAt(starts[start]))) {
      start++;
    }
    return start < end ? new NerLabels.TokenSpan(start, end, span.type()) : null;
  }

  /**
   * A compound with an international organisation off the end ("Sveriges Natomedlemskap"), a
   * county or municipality ("Stockholms län"; but "Uppsala läns landsting" is the county's council)
   * and a name ending like a place, street, arena or junction are places.
   */
  private static NerLabels.TokenSpan placeByShape(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int start = span.start();
    int end = span.end();
    String type = span.type();
    if (end - start > 1 && text.charAt(ends[end - 2] - 1) == 's'
        && (isOrganisationCompound(text, starts[end - 1], ends[end - 1], gazetteer)
            || isCompoundWithCommonNoun(word(text, starts, ends, end - 1))
                && !isNameHead(word(text, starts, ends, end - 1)))) {
      end--; // "Sveriges Natomedlemskap", "Ukrainas NATO-delegation"; not "Riksdagens EU-nämnd"
    } else if (!"MISC".equals(type) && isGenitiveBeforeCommonNoun(text, starts, ends, start, end, gazetteer)) {
      end--; // "Northvolts konkurs", "Östersjöns fiskbestånd"
    }
    for (int k = start + 1; k < end; k++) {
      String w = word(text, starts, ends, k);
      boolean headAfter = w.equals("läns") && k + 1 < end && isLower(text, starts[k + 1])
          && isNameHead(word(text, starts, ends, k + 1)); // "Uppsala läns landsting", not "Jönköpings läns del"
      if ((w.equals("län") || w.equals("läns") || w.equals("kommun") || w.equals("kommuns")) && !headAfter) {
        end = k + 1;
        type = "LOC";
        break;
      }
    }
    String last = word(text, starts, ends, end - 1);
    boolean placeWord = end - start > 1
        && (PLACE_WORDS.contains(last) || PLACE_WORDS.contains(stripGenitive(last))
            || isCapitalisedStreetWord(last)
                && (gazetteer.single(text, starts[end - 1], ends[end - 1]) & NON_PLACE_LISTS) == 0
            || TRAFFIC_PLACES.contains(word(text, starts, ends, start))
            || last.endsWith("gången") && last.length() > 8); // "Edvard Griegsgången", a walk named after a person
    // "Lund C", "Malmö C": a town's central station.
    boolean centralStation = end - start == 2 && last.equals("C")
        && (gazetteer.single(text, starts[start], ends[start]) & (Gazetteer.TOWN | Gazetteer.MUNICIPALITY)) != 0;
    if ((hasPlaceSuffix(last) || placeWord || centralStation) && Character.isUpperCase(text.charAt(starts[start]))) {
      type = end - start == 1 && EntityWords.isSchoolName(stripGenitive(last)) ? "ORG" : "LOC";
    }
    if ("LOC".equals(type) && start > 0 && PLACE_OPENERS.contains(word(text, starts, ends, start - 1))) {
      start--;
    }
    return new NerLabels.TokenSpan(start, end, type);
  }

  /**
   * A one-word name, or null when it is none: institutions, common acronyms, demonyms, compounds
   * and lower-case words are no names; media are organisations, short road codes roads, listed
   * places and towns in capitals places.
   */
  /** Nouns after a town's genitive that make it the town, whatever the text is about: "Uppsalas barn". */
  private static final java.util.Set<String> NOUNS_OF_PLACES = java.util.Set.of("barn", "invånare", "befolkning",
      "centrum", "innerstad", "skolor", "gator", "stadsdelar", "bostäder", "näringsliv", "kommun", "stadshus", "historia");

  private static boolean isBeforeNounOfPlace(CharSequence text, int[] starts, int[] ends, int next) {
    return next < starts.length && NOUNS_OF_PLACES.contains(word(text, starts, ends, next));
  }

  /**
   * "Kommunal service ska finnas i hela landet": a sentence's first word that is mostly an adjective in
   * lower case, before a lower-case word that continues its noun phrase, is the adjective, even when a
   * name is written so ("Kommunal i Dalarna har …" is the union).
   */
  private static boolean isAdjectiveBeforeItsNoun(CharSequence text, int[] starts, int[] ends, int start,
      Gazetteer gazetteer) {
    int next = start + 1;
    return RuleTokens.opensSentence(text, starts, start) && next < starts.length && isLower(text, starts[next])
        && gazetteer.isCommon(text, starts[start], ends[start])
        && PhraseWords.isKnownAdjective(word(text, starts, ends, start).toLowerCase(Locale.ROOT))
        && !PhraseWords.endsPhrase(text, starts[next], ends[next]);
  }

  private static NerLabels.TokenSpan oneWordName(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer, boolean sportDocument) {
    int start = span.start();
    int end = span.end();
    String type = span.type();
    String w = word(text, starts, ends, start);
    String lower = w.toLowerCase(Locale.ROOT);
    if (INSTITUTIONS.contains(lower) || INSTITUTIONS.contains(stripS(lower)) || w.equals("Kungl")
        || COMMON_ACRONYMS.contains(stripGenitive(w)) || EntityWords.isMunicipalCommittee(stripS(lower))) {
      return null; // "Kungl." abbreviates "Kungliga" before a name; "BNP", "PTSD" are common nouns
    }
    if ((gazetteer.single(text, starts[start], ends[start]) & Gazetteer.DEMONYM) != 0
        || isAllCaps(w) && isDocumentNumberAt(text, starts, ends, end)) {
      return null; // "SFS: 2022:406", "SOU 2023:12": a series of numbered documents, cited
    }
    if (isCompoundWithCommonNoun(w) || isOrganisationCompound(text, starts[start], ends[start], gazetteer)) {
      return null;
    }
    if (MEDIA.contains(w) || MEDIA.contains(stripGenitive(w))) {
      type = "ORG";
    }
    if ((gazetteer.single(text, starts[start], ends[start]) & Gazetteer.ROAD) != 0 && w.length() <= 4) {
      type = "LOC";
    }
    if (isLower(text, starts[start]) && !"MISC".equals(type)) {
      return null;
    }
    if ("PER".equals(type) && isAllCaps(w)) {
      return null;
    }
    if (isAdjectiveBeforeItsNoun(text, starts, ends, start, gazetteer)) {
      return null; // "Kommunal service ska finnas", not the union
    }
    int bits = gazetteer.single(text, starts[start], ends[start]) | gazetteer.genitive(text, starts[start], ends[start]);
    // A person's name lists do not count against a town the tagger called an organisation: "02.04
    // Avesta. Rattfylleri." (Avesta and Mora are also rare first names).
    int notPlace = "ORG".equals(type) ? Gazetteer.AUTHORITY | Gazetteer.ORGANISATION : NON_PLACE_LISTS;
    if (!"LOC".equals(type) && (bits & PLACE_LISTS) != 0 && (bits & notPlace) == 0
        && !MEDIA.contains(w) && !isAllCaps(w) && !isInternational(w)
        && !("ORG".equals(type) && !isBeforeNounOfPlace(text, starts, ends, end)
            && (sportDocument || isAboutSport(text, starts, ends) || start > 0
            && SOURCE_VERBS.contains(word(text, starts, ends, start - 1))))) {
      type = "LOC";
    }
    if (!"LOC".equals(type) && w.length() > 3 && isAllCaps(w) && w.chars().allMatch(Character::isLetter)
        && (start == 0 || !isLower(text, starts[start - 1]))) {
      // "TIMRÅ", "SKELLEFTEÅ" heading a notice in capitals: a listed town is the town ("enligt PISA" is no Pisa).
      String title = se.notis.sentence.Dateline.titleCase(w);
      int titleBits = gazetteer.single(title, 0, title.length());
      if ((titleBits & PLACE_LISTS) != 0 && (titleBits & NON_PLACE_LISTS) == 0
          || isDatelinePlace(text, starts, ends, start, gazetteer)) {
        type = "LOC";
      }
    }
    return new NerLabels.TokenSpan(start, end, type);
  }

  /** "FN-organet", "EU-kommissionären", "Nato-chefen": a name, a hyphen, then a lower-case noun for a kind. */
  private static boolean isNamedKindNoun(String w) {
    int hyphen = w.indexOf('-');
    if (hyphen < 2 || hyphen + 4 > w.length() || !Character.isLowerCase(w.charAt(hyphen + 1))) {
      return false;
    }
    String name = w.substring(0, hyphen);
    return name.chars().allMatch(Character::isLetter) && Character.isUpperCase(name.charAt(0))
        && (isAllCaps(name) || hyphen <= 4) // "FN", "EU", "Nato"
        && !NameWords.isAuthority(w); // "EU-kommissionen", "EU-domstolen" are bodies' names
  }

  /**
   * "VALENCIA. Dödssiffran …", "BODEN. För fem år sedan …": a listed place in capitals opening the text
   * before a full stop or dash, which the text names again as written in running text; it may also be a
   * first name or a common word (Valencia, Boden), but a heading's word is not ("DRAMA. Mörkervatten").
   */
  static boolean isDatelinePlace(CharSequence text, int[] starts, int[] ends, int t, Gazetteer gazetteer) {
    if (starts[t] > 0 && text.charAt(starts[t] - 1) != '\n' || ends[t] - starts[t] < 3
        || !Character.isUpperCase(text.charAt(starts[t] + 1))) {
      return false; // asked of every word the tagger left: decide most without a string
    }
    String w = word(text, starts, ends, t);
    if (w.length() < 3 || !isAllCaps(w) || !w.chars().allMatch(Character::isLetter)
        || !opensParagraphBeforeSentence(text, starts, ends, t)) {
      return false;
    }
    String title = se.notis.sentence.Dateline.titleCase(w);
    int bits = gazetteer.single(title, 0, title.length());
    return (bits & PLACE_LISTS) != 0 && (bits & (Gazetteer.AUTHORITY | Gazetteer.ORGANISATION)) == 0
        && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(title) + "\\b",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS).matcher(text).find(ends[t]);
  }

  /** Whether token {@code t} opens a paragraph and a full stop or dash and a capitalised word follow it. */
  private static boolean opensParagraphBeforeSentence(CharSequence text, int[] starts, int[] ends, int t) {
    if (starts[t] > 0 && text.charAt(starts[t] - 1) != '\n') {
      return false;
    }
    int i = ends[t];
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i == text.length() || ".–—-".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    for (i++; i < text.length() && text.charAt(i) == ' '; i++) {
      // the space after the stop or dash
    }
    return i > ends[t] + 1 && i < text.length() && Character.isUpperCase(text.charAt(i));
  }
}
