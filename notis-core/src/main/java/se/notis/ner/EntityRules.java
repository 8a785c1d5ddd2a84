package se.notis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The annotation guidelines applied to tagger output within one sentence: titles and roles
 * stay outside person names, common-noun institutions ("regeringen", "polisen") and compounds
 * such as "Trump-perspektiv" are not names, news agencies and broadcasters are organisations,
 * named laws ("alkohollagen", "lagen om berusade personer") are MISC and roads ("riksväg 26/40",
 * "E10") are places.
 */
final class EntityRules {
  /** Common nouns for institutions: never names, even capitalised at the start of a sentence. */
  static final Set<String> INSTITUTIONS = Set.of("regeringen", "polisen", "riksdagen", "kommunen", "socialtjänsten",
      "länsstyrelsen", "regionen", "landstinget", "tingsrätten", "hovrätten", "åklagaren", "domstolen",
      "räddningstjänsten", "ambulansen", "myndigheten", "myndigheterna", "departementet", "staten", "militären",
      "armén", "skolan", "sjukhuset", "kyrkan", "länet", "landet", "kommunerna", "polismyndigheterna",
      "konungen", "kungen", "drottningen", "kronprinsessan", "kronprinsen");
  /** Acronyms of common nouns, which the guidelines leave out: "BNP ökar", "(PTSD)", "HVB-hem" aside. */
  static final Set<String> COMMON_ACRONYMS = Set.of("BNP", "KPI", "KPIF", "HVB", "BVC", "AMR", "PTSD", "ADHD", "HBTQ",
      "HBTQI", "SRHR", "BMI", "DNA", "GPS", "SMS", "VD");
  /** News agencies and broadcasters cited as sources: ORG wherever they stand alone. */
  static final Set<String> MEDIA = Set.of("TT", "SVT", "SR", "DN", "SvD", "AFP", "Reuters", "NTB", "Ekot", "Expressen",
      "Aftonbladet", "Sydsvenskan", "GP", "TV4", "BBC", "CNN", "Bloomberg");
  /** Lower-case words that belong inside names (von Essen, El Excelsior is capitalised). */
  private static final Set<String> PARTICLES = Set.of("von", "van", "der", "de", "af", "la", "le", "el", "del", "da",
      "di", "dos", "das", "bin", "al", "y", "och", "för", "i", "mot", "av", "om", "på", "till", "med");
  /** International organisations written as one word, usually an acronym: always ORG. */
  static final Set<String> INTERNATIONAL = Set.of("EU", "FN", "Nato", "NATO", "UNHCR", "Unicef", "UNICEF", "OECD", "IMF",
      "WHO", "WTO", "IOK", "Interpol", "Europol", "Frontex", "Unesco", "UNESCO", "OSSE", "Opec", "OPEC", "ECB",
      "Hamas", "Hizbollah");
  /** Continents, world regions, seas and disputed territories: places, never organisations. */
  static final Set<String> WORLD_REGIONS = Set.of("Europa", "Asien", "Afrika", "Amerika", "Oceanien", "Antarktis",
      "Arktis", "Mellanöstern", "Nordafrika", "Västafrika", "Östafrika", "Sydafrika", "Latinamerika", "Sydamerika",
      "Nordamerika", "Centralamerika", "Mellanamerika", "Karibien", "Sydostasien", "Centralasien", "Ostasien",
      "Skandinavien", "Norden", "Baltikum", "Balkan", "Kaukasus", "Sahel", "Västbanken", "Gazaremsan", "Krim",
      "Donbas", "Kurdistan", "Kashmir", "Tibet", "Darfur", "Golanhöjderna", "Medelhavet", "Östersjön", "Nordsjön",
      "Atlanten", "Stilla havet", "Svarta havet", "Indiska oceanen", "Persiska viken", "Röda havet", "Afrikas horn");
  private static final Set<String> LAW_STOPS = Set.of("alternativt", "och", "i", "på", "för", "samt", "efter", "som", "till", "men",
      "eller", "vid", "med", "när", "då", "mot");
  /** Endings of street, square, park and building names: such names are places. */
  static final String[] PLACE_SUFFIXES = {"gatan", "vägen", "torget", "parken", "gränd", "gränden", "allén", "stigen",
      "leden", "terminalen", "platsen", "plan", "backen", "kajen", "bron", "hamnen", "stranden", "sjön", "skolan",
      "centrum", "tunneln", "viadukten", "rondellen", "motet", "stationen", "lasarettet", "sjukhuset"};
  /** Last words of names of buildings and sites, which are places ("Tele2 Arena", "Arlanda Flygplats"). */
  private static final Set<String> PLACE_WORDS = Set.of("Arena", "Stadion", "Flygplats", "Centralstation");
  /** Capitalised last words of street and square names ("Råsta Strandväg", "Nya Torget", "Andra Avenyn"). */
  private static final String[] STREET_ENDINGS = {"väg", "vägen", "gata", "gatan", "torg", "torget", "allé", "allén",
      "avenyn", "gränd", "gränden", "kajen", "backen"};
  /** First words of names of road junctions, which are places ("Trafikplats Toftaholm", "TPL Höja"). */
  private static final Set<String> TRAFFIC_PLACES = Set.of("Trafikplats", "TPL", "Tpl", "Trafikplatsen");

  /** "Strandväg", "Torget", "Avenyn": a capitalised word that ends like a street or a square. */
  private static boolean isCapitalisedStreetWord(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    for (String ending : STREET_ENDINGS) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a place name before a street ("Sankt Sigfridsgatan", "Norra Hamngatan"). */
  private static final Set<String> PLACE_OPENERS = Set.of("Sankt", "S:t", "Norra", "Södra", "Östra", "Västra", "Stora",
      "Lilla", "Gamla", "Nya", "Övre", "Nedre");
  /** Endings of the part before "lagen" that make "-slagen" a form of "slag" ("försvarsanslagen", "storslagen"). */
  private static final String[] SLAGEN_HEADS = {"förs", "bes", "unders", "ans", "stors", "uts", "neds", "oms", "ins",
      "avs", "upps", "tills", "genoms", "pås"};
  /** Prefixes that make "-lagen"/"-slagen" a common noun: förslagen, underlagen, beslagen. */
  private static final Set<String> NOT_LAW_PREFIXES = Set.of("förs", "bes", "ans", "ins", "uts", "avs", "tills", "upps",
      "oms", "pås", "neds", "unders", "övers", "genoms", "frams", "under", "upp", "av", "in", "ut", "be", "över", "fram",
      "till", "för", "om", "på", "sam", "ned", "ner", "efter", "mot", "bakom", "grund", "rege", "ramf", "ansl");
  private static final int PLACE_LISTS = Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.COUNTRY | Gazetteer.CITY
      | Gazetteer.REGION;
  private static final int NON_PLACE_LISTS = Gazetteer.FIRST_NAME | Gazetteer.SURNAME | Gazetteer.AUTHORITY
      | Gazetteer.ORGANISATION;
  /** Endings of role nouns that sit between an organisation and a person ("Amnesty Internationals Amerikachef Erika Guevara-Rosas"). */
  static final String[] ROLE_ENDINGS = {"chef", "minister", "ordförande", "talesperson", "talesman", "president",
      "direktör", "sekreterare", "ledare", "ansvarig", "expert", "kommissionär", "ambassadör", "general", "analytiker",
      "forskare", "redaktör", "korrespondent", "ledamot", "borgmästare", "guvernör"};
  /** Words that close an organisation's name: the tagger sometimes stops before them. */
  static final Set<String> ORG_TAILS = Set.of("International", "Internationals", "Foundation", "Foundations", "Group",
      "Groups", "Institute", "Institutes", "Watch", "Watchs", "AB", "AB:s", "Corporation", "Council", "Councils",
      "Fund", "Funds", "Forum", "Forums", "SA", "AG", "NV", "Gruppen");
  /** Company forms that close a company's name, whatever the words before them ("SOS Alarm Sverige AB"). */
  static final Set<String> COMPANY_FORMS = Set.of("AB", "AB:s", "HB", "KB", "Ltd", "Inc", "GmbH", "Oyj", "ASA", "plc",
      "LLC", "Corp", "SA", "AG", "NV");
  /** Abbreviations that close a sports club's name after its town or name ("Djurgårdens IF", "Malmö FF"). */
  static final Set<String> CLUB_FORMS = Set.of("IF", "IK", "FF", "BK", "FK", "SK", "HK", "HC", "IBK", "FC", "AIF", "BoIS",
      "GoIF", "SC", "BBK");
  /** Abbreviations that open a sports club's name ("AC Milan", "IFK Göteborg", "BK Häcken"). */
  static final Set<String> CLUB_PREFIXES = Set.of("IFK", "AC", "FC", "IK", "BK", "IF", "GIF", "SK", "FK", "AS", "AFC",
      "SC", "CF", "RC");
  /** Lower-case particles inside a person's name ("Ursula von der Leyen", "Rafael de la Cruz"). */
  private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "af", "la", "le", "di", "da",
      "del", "dos", "das", "du", "bin", "ibn", "al", "ter", "ten", "zu");
  /** Endings of nouns for kinds of organisation, in the definite form that stands before a name. */
  static final String[] ORG_HEADS = {"tidningen", "tidskriften", "nyhetsbyrån", "kanalen", "bolaget", "företaget",
      "koncernen", "partiet", "organisationen", "klubben", "förlaget", "stiftelsen", "föreningen", "förbundet",
      "banken", "kedjan", "sajten"};
  /** Separate words for streets and squares that close a street name ("Karolinska vägen"). */
  private static final Set<String> STREET_WORDS = Set.of("väg", "vägen", "gata", "gatan", "torg", "torget", "allé",
      "allén", "gränd", "gränden", "plan", "backe", "backen", "stig", "stigen", "led", "leden", "kaj", "kajen");
  /** Words that make a road name of the number after them ("riksväg 50", "Rv 61", "lv 1648"). */
  private static final Set<String> ROAD_WORDS = Set.of("riksväg", "länsväg", "väg", "europaväg", "Riksväg", "Länsväg",
      "Väg", "Europaväg", "rv", "Rv", "RV", "lv", "Lv", "LV");

  /**
   * Endings of the head nouns of names of public bodies written "Head för X" ("Myndigheten för
   * psykologiskt försvar", "Organisationen för ekonomiskt samarbete och utveckling", "Rådet för
   * främjande av kommunala analyser", "Inspektionen för vård och omsorg").
   */
  private static final String[] BODY_HEADS = {"myndigheten", "organisationen", "rådet", "nämnden", "institutet",
      "inspektionen", "verket", "kommissionen", "delegationen", "stiftelsen", "förbundet", "fonden", "byrån", "centret",
      "centrum", "akademien", "kollegiet", "styrelsen", "ombudsmannen", "kommittén", "domstolen",
      "banken", "institut", "kontoret", "sekretariatet"};
  /** Capitalised first words of a public body's name before a lower-case head ("Statens institut för …"). */
  private static final Set<String> BODY_MODIFIERS = Set.of("Statens", "Europeiska", "Svenska", "Nordiska",
      "Internationella", "Förenta");
  /** Words that cannot continue the noun phrase of a name such as "Myndigheten för …" or "lagen om …". */
  private static final Set<String> PHRASE_STOPS = Set.of("i", "på", "vid", "under", "efter", "enligt", "inom", "genom",
      "från", "med", "mot", "hos", "inför", "kring", "utan", "som", "att", "när", "då", "men", "eller", "har", "är",
      "ska", "skall", "kan", "blir", "var", "hade", "skulle", "kommer", "får", "fick", "måste", "bör", "vill", "också",
      "även", "inte", "redan", "nu", "sedan", "därför", "bland", "samt", "så", "de", "den", "det", "en", "ett", "sig",
      "sin", "sina", "sitt", "gäller", "träder", "ger", "gav", "tar", "tog", "menar", "anser", "säger", "sa", "sade",
      "för", "vara", "bli", "till", "om", "av", "och", "dessa", "detta", "denna", "alla", "vissa", "varje", "där",
      "här", "ha", "varit", "blivit", "ju", "dock", "snart", "just", "andra", "övriga", "berörda", "samtliga", "flera",
      "olika", "myndigheter");
  /** Words that join two parts of a name's noun phrase ("samarbete och utveckling", "främjande av analyser"). */
  private static final Set<String> PHRASE_JOINS = Set.of("och", "av", "till", "om");

  private EntityRules() {}

  static List<NerLabels.TokenSpan> apply(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      Gazetteer gazetteer) {
    return apply(text, starts, ends, spans, gazetteer, i -> false);
  }

  /**
   * The rules on one sentence. {@code notPhrase} says which tokens end the noun phrase of a name
   * such as "lagen om elcertifikat": verbs, auxiliaries, adverbs and pronouns by the syntax tags, or
   * by the dictionary ({@link PhraseWords}) when the document has none. It is asked only about
   * the few tokens after such a name's head.
   */
  static List<NerLabels.TokenSpan> apply(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      Gazetteer gazetteer, IntPredicate notPhrase) {
    int n = starts.length;
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size() + 2);
    boolean[] taken = new boolean[n];
    int[] runClass = new int[n];
    int[] runPosition = new int[n];
    gazetteer.matchRuns(text, starts, ends, 0, n, runClass, runPosition);
    // Names whose shape alone makes them organisations take precedence over the tagger's spans.
    List<NerLabels.TokenSpan> shaped = shapedNames(text, starts, ends, n, spans, notPhrase, gazetteer);
    boolean[] inShaped = new boolean[n];
    for (NerLabels.TokenSpan span : shaped) {
      mark(inShaped, span.start(), span.end());
    }
    for (NerLabels.TokenSpan whole : spans) {
      if (overlaps(inShaped, whole)) {
        continue;
      }
      for (NerLabels.TokenSpan span : split(text, starts, ends, whole, gazetteer)) {
        NerLabels.TokenSpan fixed = fix(text, starts, ends, span, gazetteer);
        if (fixed == null) {
          continue;
        }
        fixed = completeRun(fixed, runPosition);
        if (fixed.end() - fixed.start() == 1 && isCommonWordOpeningSentence(text, starts, ends, fixed.start(), gazetteer)) {
          continue;
        }
        fixed = firstNameAfterRole(text, starts, ends, fixed, taken);
        fixed = placeByContext(text, starts, ends, fixed, runClass, runPosition);
        fixed = organisationByHead(text, starts, ends, fixed);
        fixed = organisationByName(text, starts, ends, fixed);
        fixed = streetWithStreetWord(text, starts, ends, fixed, gazetteer);
        fixed = roadWithNumber(text, starts, ends, fixed);
        fixed = worldRegion(text, starts, ends, fixed);
        fixed = typeByName(text, starts, ends, fixed, gazetteer, runClass, runPosition);
        if (taken[fixed.start()] || overlaps(inShaped, fixed)) {
          continue; // already covered by a name that grew over it ("Amnesty" + "International")
        }
        out.add(fixed);
        for (int i = fixed.start(); i < fixed.end(); i++) {
          taken[i] = true;
        }
      }
    }
    out = mergeAdjacent(text, starts, ends, out, gazetteer);
    out = joinNameParts(text, starts, ends, out, gazetteer);
    out = personWithParticles(text, starts, ends, out);
    for (NerLabels.TokenSpan span : out) {
      mark(taken, span.start(), span.end());
    }
    for (NerLabels.TokenSpan span : shaped) {
      out.add(span);
      mark(taken, span.start(), span.end());
    }
    addPartyLetters(text, starts, ends, n, taken, out);
    addPatterns(text, starts, ends, n, taken, out, gazetteer, runClass, runPosition, notPhrase);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * "Ursula von" + "der" + "Leyen": a person's name the tagger broke at its lower-case particles
   * runs on over them to the capitalised word after, tagged or not.
   */
  static List<NerLabels.TokenSpan> personWithParticles(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    int n = starts.length;
    for (int s = 0; s < spans.size(); s++) {
      NerLabels.TokenSpan span = spans.get(s);
      int k = span.end();
      while (k < n && NAME_PARTICLES.contains(word(text, starts, ends, k))) {
        k++;
      }
      boolean endsInParticle = NAME_PARTICLES.contains(word(text, starts, ends, span.end() - 1));
      if (!"PER".equals(span.type()) || k >= n || (k == span.end() && !endsInParticle)
          || !isCapitalisedWord(text, starts[k], ends[k])) {
        out.add(span);
        continue;
      }
      int end = k + 1;
      if (s + 1 < spans.size() && spans.get(s + 1).start() < end) {
        if (spans.get(s + 1).start() != k) {
          out.add(span);
          continue;
        }
        end = spans.get(s + 1).end();
        s++;
      }
      out.add(new NerLabels.TokenSpan(span.start(), end, "PER"));
    }
    return out;
  }

  /** Lower-case heads that end an organisation's name after a capitalised adjective ("Nordiska rådet"). */
  private static final Set<String> ADJECTIVE_HEADS = Set.of("rådet", "institutet", "nämnden", "kommissionen",
      "akademien", "kyrkan", "museet", "universitetet", "förbundet", "kraftnät", "domstolen", "banken");

  /**
   * Names the tagger ended too early: an organisation named by a capitalised adjective and a
   * lower-case head ("Nordiska rådets session", "Livsmedelspolitiska rådet"), and one named by two
   * capitalised common words joined by "och" ("Sveriges Kommuner och Regioner", "Folk och
   * Försvars rikskonferens"; two authorities, "Socialstyrelsen och Skolverket", are no common
   * words and stay apart).
   */
  static List<NerLabels.TokenSpan> joinNameParts(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    int n = starts.length;
    for (int s = 0; s < spans.size(); s++) {
      NerLabels.TokenSpan span = spans.get(s);
      int last = span.end() - 1;
      int next = span.end();
      boolean capitalised = Character.isUpperCase(text.charAt(starts[last]));
      String lastWord = word(text, starts, ends, last);
      if (capitalised && next < n && (lastWord.endsWith("a") || lastWord.endsWith("e"))
          && ADJECTIVE_HEADS.contains(stripGenitive(word(text, starts, ends, next)))
          && (s + 1 == spans.size() || spans.get(s + 1).start() > next)) {
        out.add(new NerLabels.TokenSpan(span.start(), next + 1, "ORG"));
        continue;
      }
      int other = next + 1;
      boolean joined = "ORG".equals(span.type()) && capitalised && other < n
          && word(text, starts, ends, next).equals("och") && Character.isUpperCase(text.charAt(starts[other]))
          && isCommonWord(text, starts[last], ends[last], gazetteer)
          && isCommonWord(text, starts[other], ends[other], gazetteer)
          && (s + 1 == spans.size() || spans.get(s + 1).start() > other
              || spans.get(s + 1).start() == other && spans.get(s + 1).end() == other + 1);
      if (joined) {
        out.add(new NerLabels.TokenSpan(span.start(), other + 1, "ORG"));
        if (s + 1 < spans.size() && spans.get(s + 1).start() == other) {
          s++;
        }
        continue;
      }
      out.add(span);
    }
    return out;
  }

  /** "Kommuner", "Folk", "Försvars": a word mostly written in lower case, with or without a genitive s. */
  private static boolean isCommonWord(CharSequence text, int start, int end, Gazetteer gazetteer) {
    return gazetteer.isCommon(text, start, end) || gazetteer.isCommon(text, start, Gazetteer.stripGenitive(text, start, end));
  }

  /**
   * Organisations recognised by the shape of their names, whatever the tagger said: a public body
   * "Head för X" with a capitalised head noun and a lower-case noun phrase after "för"
   * ("Myndigheten för psykologiskt försvar", "Statens institut för …"), and a company written
   * with an ampersand ("Hennes & Mauritz", "Procter & Gamble") unless the tagger found it whole
   * (the series "Will & Grace" is MISC).
   */
  static List<NerLabels.TokenSpan> shapedNames(CharSequence text, int[] starts, int[] ends, int n,
      List<NerLabels.TokenSpan> spans, IntPredicate notPhrase, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(0);
    for (int i = 0; i + 2 < n; i++) {
      char first = text.charAt(starts[i]);
      if (first == '&' && ends[i] - starts[i] == 1) {
        int end = ampersandEnd(text, starts, ends, n, i, spans, gazetteer);
        int amp = i;
        if (end > 0 && spans.stream().noneMatch(span -> span.start() < amp && span.end() > amp + 1)) {
          out.add(new NerLabels.TokenSpan(i - 1, end, "ORG"));
          i = end - 1;
        }
        continue;
      }
      if (!Character.isUpperCase(first)) {
        continue;
      }
      int head = i;
      String w = word(text, starts, ends, i);
      if (w.endsWith("rätten") && (word(text, starts, ends, i + 1).equals("för")
          || word(text, starts, ends, i + 1).equals("över"))) {
        int end = courtDistrictEnd(text, starts, ends, n, i + 2);
        if (end > i + 2) {
          out.add(new NerLabels.TokenSpan(i, end, "ORG")); // "Hovrätten för Västra Sverige"
          i = end - 1;
          continue;
        }
      }
      String next = word(text, starts, ends, i + 1);
      if (BODY_MODIFIERS.contains(w) && isLower(text, starts[i + 1]) && isBodyHead(next)
          && !next.equals("kommissionen") && !next.equals("rådet")) {
        head = i + 1; // but "Europeiska kommissionen för godkännande av …" is the commission
      } else if (!isBodyHead(w.toLowerCase(Locale.ROOT))
          || (gazetteer.single(text, starts[i], ends[i]) & Gazetteer.AUTHORITY) != 0) {
        continue; // "Statsrådsberedningen" is a whole name of its own
      }
      if (head + 2 >= n || !word(text, starts, ends, head + 1).equals("för")) {
        continue;
      }
      int end = phraseEnd(text, starts, ends, n, head + 2, notPhrase, gazetteer);
      if (end > head + 2) {
        out.add(new NerLabels.TokenSpan(i, end, "ORG"));
        i = end - 1;
      }
    }
    return out;
  }

  /** "Västra Sverige", "Övre Norrland", "Skåne och Blekinge": capitalised words, "och" between. */
  private static int courtDistrictEnd(CharSequence text, int[] starts, int[] ends, int n, int from) {
    int end = from;
    int k = from;
    while (k < n && k - from < 4 && Character.isUpperCase(text.charAt(starts[k]))
        && Character.isLetter(text.charAt(starts[k]))) {
      end = ++k;
      if (k + 1 < n && word(text, starts, ends, k).equals("och") && Character.isUpperCase(text.charAt(starts[k + 1]))) {
        k++;
      }
    }
    return end;
  }

  private static boolean isBodyHead(String lower) {
    for (String head : BODY_HEADS) {
      if (lower.endsWith(head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a company name "X & Y" around the ampersand at {@code amp}: a capitalised word on
   * each side (and a company form after), not two places ("Sverige & Norge") or two first names
   * the tagger found as two people ("Filip & Fredrik"); -1 when none.
   */
  private static int ampersandEnd(CharSequence text, int[] starts, int[] ends, int n, int amp,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    if (amp == 0 || amp + 1 >= n || !Character.isUpperCase(text.charAt(starts[amp - 1]))
        || !Character.isUpperCase(text.charAt(starts[amp + 1]))
        || !Character.isLetter(text.charAt(ends[amp - 1] - 1)) || !Character.isLetter(text.charAt(starts[amp + 1]))) {
      return -1;
    }
    int left = gazetteer.single(text, starts[amp - 1], ends[amp - 1]);
    int right = gazetteer.single(text, starts[amp + 1], ends[amp + 1])
        | gazetteer.genitive(text, starts[amp + 1], ends[amp + 1]);
    boolean people = (left & Gazetteer.FIRST_NAME) != 0 && (right & Gazetteer.FIRST_NAME) != 0
        && spans.stream().anyMatch(span -> span.end() == amp && "PER".equals(span.type()))
        && spans.stream().anyMatch(span -> span.start() == amp + 1 && "PER".equals(span.type()));
    if ((left & PLACE_LISTS) != 0 && (right & PLACE_LISTS) != 0 || people) {
      return -1; // "Sverige & Norge", "Filip & Fredrik" (two first names the tagger found as two people)
    }
    int end = amp + 2;
    while (end < n && (COMPANY_FORMS.contains(word(text, starts, ends, end))
        || ORG_TAILS.contains(word(text, starts, ends, end)))) {
      end++;
    }
    return end;
  }

  /**
   * Where the lower-case noun phrase that starts at {@code from} ends: "psykologiskt försvar",
   * "ekonomiskt samarbete och utveckling", "press, radio och tv", "främjande av kommunala
   * analyser", "säkerhet och samarbete i Europa". It stops at punctuation, a capitalised word
   * (but a world region after "i"), a number, a verb or adverb (by the tags, or a short list of
   * frequent ones), a preposition that starts an adverbial, a common institution ("och
   * polisen"), and after a genitive ("delaktighets uppdrag"). Returns {@code from} when no phrase
   * starts there.
   */
  static int phraseEnd(CharSequence text, int[] starts, int[] ends, int n, int from, IntPredicate notPhrase,
      Gazetteer gazetteer) {
    int end = from;
    int k = from;
    int beforeJoin = -1;
    while (k < n && k - from < 8) {
      if (!isPhraseWord(text, starts, ends, k, notPhrase)) {
        if (end > from && isComma(text, starts, ends, k) && isListGoingOn(text, starts, ends, n, k + 1, notPhrase)) {
          k++;
          continue;
        }
        break;
      }
      if (end > from && k + 1 < n && word(text, starts, ends, k).equals("i")
          && WORLD_REGIONS.contains(word(text, starts, ends, k + 1))) {
        end = k + 2; // "Organisationen för säkerhet och samarbete i Europa"
        break;
      }
      String w = word(text, starts, ends, k);
      if (PHRASE_JOINS.contains(w)) {
        if (end == from || k + 1 >= n || !isPhraseWord(text, starts, ends, k + 1, notPhrase)
            || PHRASE_STOPS.contains(word(text, starts, ends, k + 1))) {
          break;
        }
        beforeJoin = end;
        k++;
        continue;
      }
      if (PHRASE_STOPS.contains(w) || INSTITUTIONS.contains(w)) {
        // "Myndigheten för arbetsmiljökunskap till strategiska myndigheter": the phrase after the
        // join is a common noun's, cut off at its head; the name ends before the join.
        boolean commonHead = w.equals("myndigheter") || INSTITUTIONS.contains(w);
        if (commonHead && beforeJoin > from && word(text, starts, ends, end - 1).endsWith("a")) {
          end = beforeJoin;
        }
        break;
      }
      boolean first = end == from;
      end = ++k;
      if (!first && isGenitiveOfCommonNoun(text, starts[k - 1], ends[k - 1], gazetteer)) {
        break; // "Myndigheten för delaktighets uppdrag", but "lagen om kommuners ansvar"
      }
    }
    return end;
  }

  /** A lower-case word (or a compound's first part, "ungdoms-") the tagger does not call a verb or adverb. */
  private static boolean isPhraseWord(CharSequence text, int[] starts, int[] ends, int k, IntPredicate notPhrase) {
    if (!isLower(text, starts[k]) || notPhrase.test(k)) {
      return false;
    }
    for (int c = starts[k]; c < ends[k]; c++) {
      char ch = text.charAt(c);
      if (!Character.isLetter(ch) && ch != '-') {
        return false;
      }
    }
    return true;
  }

  /** After a comma: "radio och tv", one word of a list and the "och" that joins its last part. */
  private static boolean isListGoingOn(CharSequence text, int[] starts, int[] ends, int n, int k, IntPredicate notPhrase) {
    if (k + 2 >= n || !isPhraseWord(text, starts, ends, k, notPhrase) || !word(text, starts, ends, k + 1).equals("och")
        || !isPhraseWord(text, starts, ends, k + 2, notPhrase)) {
      return false;
    }
    String w = word(text, starts, ends, k);
    return !PHRASE_STOPS.contains(w) && !INSTITUTIONS.contains(w);
  }

  private static boolean isComma(CharSequence text, int[] starts, int[] ends, int k) {
    return ends[k] - starts[k] == 1 && text.charAt(starts[k]) == ',';
  }

  /** "delaktighets", "försvarets": a common noun with a genitive s, which governs the next noun. */
  private static boolean isGenitiveOfCommonNoun(CharSequence text, int start, int end, Gazetteer gazetteer) {
    return end - start > 4 && text.charAt(end - 1) == 's' && text.charAt(end - 2) != 's'
        && gazetteer.isCommon(text, start, end - 1);
  }

  private static boolean overlaps(boolean[] mask, NerLabels.TokenSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (mask[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Document-level consistency: a capitalised word the tagger left out is a name when the same
   * document names it elsewhere, alone or as a person's last name ("Videgaray har …" after
   * "Luis Videgaray"). Spans are token indices over the whole document, in order.
   */
  static List<NerLabels.TokenSpan> propagate(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      Gazetteer gazetteer) {
    java.util.Map<String, String> known = new java.util.HashMap<>();
    boolean[] taken = new boolean[starts.length];
    for (NerLabels.TokenSpan span : spans) {
      mark(taken, span.start(), span.end());
      if (span.end() - span.start() == 1) {
        known.putIfAbsent(stripGenitive(word(text, starts, ends, span.start())), span.type());
      } else if ("PER".equals(span.type())) {
        known.putIfAbsent(stripGenitive(word(text, starts, ends, span.end() - 1)), "PER");
      }
    }
    if (known.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans);
    // An acronym the tagger names in fewer than half of its uses is a common noun ("AI kommer
    // att påverka …" tagged once among a dozen mentions of AI): drop it everywhere.
    java.util.Map<String, int[]> acronyms = new java.util.HashMap<>();
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
    for (int i = 0; i < starts.length; i++) {
      if (taken[i] || !Character.isUpperCase(text.charAt(starts[i])) || gazetteer.isCommon(text, starts[i], ends[i])) {
        continue;
      }
      String w = word(text, starts, ends, i);
      String type = known.get(w);
      if (type == null) {
        type = known.get(stripGenitive(w));
      }
      // Acronyms and MISC names are too often common nouns ("AI") to spread on their own;
      // agreements are not ("Artemisavtalet är …" after "Artemisavtalets principer").
      boolean spreads = !"MISC".equals(type) || NameWords.isAgreement(stripGenitive(w));
      if (type != null && w.length() > 1 && spreads && (!isAllCaps(w) || "ORG".equals(type))) {
        out.add(new NerLabels.TokenSpan(i, i + 1, type));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * A span the tagger ran over two names, cut into the names: at a role noun, after a road's
   * number or code, before an international organisation in the genitive, between a person and
   * an authority ("Carl-Oskar Bohlin Länsstyrelsen"), a place and a person ("i Stockholm Chen
   * Yuming") or a party and a person ("Sverigedemokraterna Oscar Sjöstedt").
   */
  static List<NerLabels.TokenSpan> split(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan whole,
      Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(2);
    for (NerLabels.TokenSpan span : splitAtRole(text, starts, ends, whole)) {
      int road = roadEnd(text, starts, ends, span);
      if (road > span.start() && road < span.end()) {
        // What follows a road's number is where on the road ("Riksväg 95 Myckle", "E20 Björklunda").
        out.add(new NerLabels.TokenSpan(span.start(), road, "LOC"));
        out.add(new NerLabels.TokenSpan(road, span.end(), "LOC"));
        continue;
      }
      int cut = internationalStart(text, starts, ends, span);
      if (cut > span.start() && cut < span.end()) {
        out.add(new NerLabels.TokenSpan(span.start(), cut, span.type()));
        out.add(new NerLabels.TokenSpan(cut, span.end(), span.type()));
        continue;
      }
      cut = authorityAfterPerson(text, starts, ends, span, gazetteer);
      if (cut > 0) {
        out.add(new NerLabels.TokenSpan(span.start(), cut, "PER"));
        out.add(new NerLabels.TokenSpan(cut, span.end(), "ORG"));
        continue;
      }
      cut = personAfterPlace(text, starts, ends, span, gazetteer);
      if (cut > 0) {
        out.add(new NerLabels.TokenSpan(span.start(), cut, "LOC"));
        out.add(new NerLabels.TokenSpan(cut, span.end(), "PER"));
        continue;
      }
      cut = personAfterParty(text, starts, ends, span, gazetteer);
      if (cut > 0) {
        out.add(new NerLabels.TokenSpan(span.start(), cut, "ORG"));
        out.add(new NerLabels.TokenSpan(cut, span.end(), "PER"));
        continue;
      }
      out.add(span);
    }
    return out;
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
   * authority ("Länsstyrelsen", "Skatteverket") starts after a person's name (its last word a
   * listed first name or surname, or its first word a listed first name), else -1.
   */
  private static int authorityAfterPerson(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    for (int k = span.start() + 1; k < span.end(); k++) {
      String w = word(text, starts, ends, k);
      if (!Character.isUpperCase(w.charAt(0)) || !(NameWords.isAuthority(stripGenitive(w)) || isAgency(w))) {
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

  /** "Skatteverket", "Försvarsmakten", "Polismyndigheten": one word naming a Swedish agency. */
  private static boolean isAgency(String w) {
    String base = stripGenitive(w);
    return base.length() > 8 && (base.endsWith("verket") || base.endsWith("makten"));
  }

  /**
   * "Kinas ambassadör i Stockholm Chen Yuming": where a person's name (two capitalised words or
   * more) starts after a listed city, town or country that is no person's name, in a span the
   * tagger called a person; else -1.
   */
  private static int personAfterPlace(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int k = span.start() + 1;
    if (!"PER".equals(span.type()) || span.end() - k < 2) {
      return -1;
    }
    return isListedPlaceOnly(text, starts[span.start()], ends[span.start()], gazetteer)
        && Character.isUpperCase(text.charAt(starts[k])) ? k : -1;
  }

  /** A listed city, town, country or municipality that is no listed first name or surname ("Stockholm"). */
  private static boolean isListedPlaceOnly(CharSequence text, int start, int end, Gazetteer gazetteer) {
    int bits = gazetteer.single(text, start, end);
    return (bits & (Gazetteer.CITY | Gazetteer.TOWN | Gazetteer.COUNTRY | Gazetteer.MUNICIPALITY)) != 0
        && (bits & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0;
  }

  /** The names of Swedish parliamentary parties, old and new. */
  static final Set<String> PARTIES = Set.of("Socialdemokraterna", "Moderaterna", "Sverigedemokraterna", "Centerpartiet",
      "Vänsterpartiet", "Kristdemokraterna", "Liberalerna", "Miljöpartiet", "Folkpartiet");

  /** "talesperson för Sverigedemokraterna Oscar Sjöstedt": where a person's name starts after a party, else -1. */
  private static int personAfterParty(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int k = span.start() + 1;
    if (k >= span.end() || !PARTIES.contains(stripGenitive(word(text, starts, ends, span.start())))
        || (gazetteer.single(text, starts[k], ends[k]) & Gazetteer.FIRST_NAME) == 0) {
      return -1;
    }
    return k;
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

  /**
   * A name right after a noun for a kind of organisation is that organisation, whatever the
   * tagger called it: "tidningen El Excelsior", "bolaget Ericsson", "fotbollsklubben Malmö FF".
   */
  private static NerLabels.TokenSpan organisationByHead(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span) {
    if ("ORG".equals(span.type()) || span.start() == 0) {
      return span;
    }
    String before = word(text, starts, ends, span.start() - 1);
    if (before.isEmpty() || !Character.isLowerCase(before.charAt(0))) {
      return span;
    }
    for (String head : ORG_HEADS) {
      if (before.endsWith(head)) {
        return new NerLabels.TokenSpan(span.start(), span.end(), "ORG");
      }
    }
    return span;
  }

  /**
   * International organisations are organisations wherever they stand ("ett höjt utgiftsmål i
   * Nato"), and so is a name that ends in a word such as "Fund" or "Foundation".
   */
  private static NerLabels.TokenSpan organisationByName(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span) {
    if ("ORG".equals(span.type())) {
      return span;
    }
    String last = word(text, starts, ends, span.end() - 1);
    boolean international = span.end() - span.start() == 1 && isInternational(last);
    if (international || COMPANY_FORMS.contains(last) || !"LOC".equals(span.type()) && ORG_TAILS.contains(last)) {
      return new NerLabels.TokenSpan(span.start(), span.end(), "ORG");
    }
    return span;
  }

  /**
   * "Karolinska vägen 22", "Gustav Adolfs torg": a name before a separate word for a street or a
   * square is a street, the word included. A country or city before "väg" is a genitive
   * instead ("Kinas väg mot …"), so listed places are left alone.
   */
  private static NerLabels.TokenSpan streetWithStreetWord(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    int next = span.end();
    if (next >= starts.length || !STREET_WORDS.contains(word(text, starts, ends, next))) {
      return span;
    }
    for (int k = span.start(); k < span.end(); k++) {
      int bare = Gazetteer.stripGenitive(text, starts[k], ends[k]);
      if (((gazetteer.single(text, starts[k], ends[k]) | gazetteer.single(text, starts[k], bare)) & PLACE_LISTS) != 0) {
        return span;
      }
    }
    return new NerLabels.TokenSpan(span.start(), next + 1, "LOC");
  }

  /** "Västbanken", "Medelhavet", "Afrikas horn" (the tagger stops at "Afrikas"): listed regions are places. */
  private static NerLabels.TokenSpan worldRegion(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int end = span.end();
    String name = text.subSequence(starts[span.start()], ends[end - 1]).toString();
    if (end < starts.length && WORLD_REGIONS.contains(name + " " + word(text, starts, ends, end))) {
      return new NerLabels.TokenSpan(span.start(), end + 1, "LOC");
    }
    if (!"LOC".equals(span.type()) && (WORLD_REGIONS.contains(name) || WORLD_REGIONS.contains(stripGenitive(name)))) {
      return new NerLabels.TokenSpan(span.start(), end, "LOC");
    }
    return span;
  }

  /**
   * "Rv 61" or "Riksväg 90" the tagger took for an organisation, "E4:an" it took for MISC: a road
   * word and its number, or a road's code, are a road.
   */
  private static NerLabels.TokenSpan roadWithNumber(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
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

  /**
   * The type a name's own words give, whatever the tagger said: laws and their acronyms,
   * agreements and historical events are MISC ("LOB", "Parisavtalet", "Förintelsen"), authorities
   * and the organisations on the name lists are ORG ("Åklagarmyndigheten", "Finansdepartementet").
   */
  private static NerLabels.TokenSpan typeByName(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer, int[] runClass, int[] runPosition) {
    int s = span.start();
    int e = span.end();
    String last = stripGenitive(word(text, starts, ends, e - 1));
    String name = text.subSequence(starts[s], starts[e - 1]) + last;
    boolean capitalised = Character.isUpperCase(text.charAt(starts[s]));
    String type = span.type();
    boolean law = e - s > 2 && word(text, starts, ends, s).equals("lagen") && word(text, starts, ends, s + 1).equals("om");
    if (e - s == 1 && NameWords.LAW_ACRONYMS.contains(last) || NameWords.isHistoricalEvent(name)
        || capitalised && NameWords.isAgreement(last) || law) {
      type = "MISC";
    } else if (capitalised && NameWords.isAuthority(last)
        || isListedOrganisation(text, starts, ends, span, gazetteer, runClass, runPosition)
        || e - s >= 2 && word(text, starts, ends, s).equals("Region")) {
      type = "ORG"; // "Region Skåne" is the regional authority
    }
    return type.equals(span.type()) ? span : new NerLabels.TokenSpan(s, e, type);
  }

  /** Whether the span is exactly a listed authority or organisation, and not also a listed place. */
  private static boolean isListedOrganisation(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer, int[] runClass, int[] runPosition) {
    int s = span.start();
    int e = span.end();
    int bits;
    if (e - s == 1) {
      bits = gazetteer.single(text, starts[s], ends[s]) | gazetteer.genitive(text, starts[s], ends[s]);
    } else {
      bits = isExactRun(span, runPosition) ? runClass[s] : 0;
    }
    return (bits & (Gazetteer.AUTHORITY | Gazetteer.ORGANISATION)) != 0 && (bits & PLACE_LISTS) == 0;
  }

  /**
   * "Polis larmas till …", "12:52 Polis fick kännedom …": a capitalised word that opens a sentence
   * or follows a clock time, and is mostly written in lower case, is the common noun, unless a
   * name list or its ending says otherwise.
   */
  private static boolean isCommonWordOpeningSentence(CharSequence text, int[] starts, int[] ends, int i,
      Gazetteer gazetteer) {
    if (i > 0 && Character.isLetter(text.charAt(starts[i - 1])) || !gazetteer.isCommon(text, starts[i], ends[i])) {
      return false;
    }
    String w = word(text, starts, ends, i);
    int bits = gazetteer.single(text, starts[i], ends[i]) | gazetteer.genitive(text, starts[i], ends[i]);
    return (bits & (PLACE_LISTS | NON_PLACE_LISTS)) == 0 && !isAllCaps(w) && !MEDIA.contains(w)
        && !isInternational(w) && !NameWords.isHistoricalEvent(w)
        && !NameWords.isAuthority(w) && !NameWords.isAgreement(w);
  }

  /**
   * "Natomedlemskapet", "FN-stadgan" aside, "EUs": an international organisation's name run into a
   * common noun is the common noun, and the guidelines tag no name inside a compound.
   */
  private static boolean isOrganisationCompound(CharSequence text, int start, int end, Gazetteer gazetteer) {
    String w = text.subSequence(start, end).toString();
    if (NameWords.isAuthority(w) || NameWords.isAgreement(w)) {
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
   * "sjukvårdsminister Acko Ankarberg Johansson": a capitalised word between a role noun and a
   * person's name is the person's first name, even one the tagger never saw.
   */
  private static NerLabels.TokenSpan firstNameAfterRole(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, boolean[] taken) {
    int first = span.start() - 1;
    if (!"PER".equals(span.type()) || first < 1 || taken[first] || !isCapitalisedWord(text, starts[first], ends[first])
        || !isLower(text, starts[first - 1])) {
      return span;
    }
    String role = word(text, starts, ends, first - 1);
    for (String ending : ROLE_ENDINGS) {
      if (role.endsWith(ending)) {
        return new NerLabels.TokenSpan(first, span.end(), "PER");
      }
    }
    return span;
  }

  private static boolean isCapitalisedWord(CharSequence text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name that starts a listed name of several words but stops inside it runs to the list's end:
   * "San Pedro" + "Sula" is San Pedro Sula, as GeoNames has it.
   */
  private static NerLabels.TokenSpan completeRun(NerLabels.TokenSpan span, int[] runPosition) {
    int end = span.end();
    if (runPosition[span.start()] != 1 || end == runPosition.length || runPosition[end] != 2) {
      return span;
    }
    while (end < runPosition.length && runPosition[end] == 2) {
      end++;
    }
    return new NerLabels.TokenSpan(span.start(), end, span.type());
  }

  /**
   * A name the tagger called a person or organisation is a place when it is exactly a listed
   * place of several words ("San Pedro Sula"), or follows the preposition "i" ("i Tecún Umán").
   */
  private static NerLabels.TokenSpan placeByContext(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      int[] runClass, int[] runPosition) {
    if ("LOC".equals(span.type()) || "MISC".equals(span.type())) {
      return span;
    }
    int s = span.start();
    int e = span.end();
    boolean exactRun = e - s > 1 && isExactRun(span, runPosition);
    int placeBits = Gazetteer.CITY | Gazetteer.COUNTRY | Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.REGION;
    if (exactRun && (runClass[s] & placeBits) != 0 && (runClass[s] & (Gazetteer.AUTHORITY | Gazetteer.ORGANISATION)) == 0) {
      return new NerLabels.TokenSpan(s, e, "LOC");
    }
    if ("PER".equals(span.type()) && s > 0 && word(text, starts, ends, s - 1).equals("i")
        && text.charAt(ends[e - 1] - 1) != 's') {
      return new NerLabels.TokenSpan(s, e, "LOC");
    }
    return span;
  }

  /**
   * "Acko" + "Ankarberg Johansson" → one person: a one-word name directly before a person's
   * name, with only a space between, is its first part; "SOS Alarm" + "Sverige AB" → one company.
   */
  private static List<NerLabels.TokenSpan> mergeAdjacent(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      if (!out.isEmpty()) {
        NerLabels.TokenSpan last = out.get(out.size() - 1);
        if (last.end() == span.start() && "PER".equals(span.type()) && last.end() - last.start() == 1
            && Character.isUpperCase(text.charAt(starts[last.start()]))
            && !PARTIES.contains(stripGenitive(word(text, starts, ends, last.start())))
            && !("LOC".equals(last.type()) && isListedPlaceOnly(text, starts[last.start()], ends[last.start()], gazetteer))) {
          out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), "PER"));
          continue;
        }
        if (last.end() == span.start() && "ORG".equals(last.type()) && "ORG".equals(span.type())
            && COMPANY_FORMS.contains(word(text, starts, ends, span.end() - 1))) {
          out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), "ORG"));
          continue;
        }
      }
      out.add(span);
    }
    return out;
  }

  private static NerLabels.TokenSpan fix(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
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
    // A club's form after a town or a name makes the club, whatever the tagger called the town.
    if (end < starts.length && Character.isUpperCase(text.charAt(starts[end - 1]))
        && CLUB_FORMS.contains(stripGenitive(word(text, starts, ends, end)))) {
      end++;
      type = "ORG";
    }
    // Trailing punctuation never belongs to a name.
    while (end > start && !Character.isLetterOrDigit(text.charAt(ends[end - 1] - 1))) {
      end--;
    }
    while (start < end && !Character.isLetterOrDigit(text.charAt(starts[start]))) {
      start++;
    }
    if (start >= end) {
      return null;
    }
    if (end - start > 1 && text.charAt(ends[end - 2] - 1) == 's'
        && isOrganisationCompound(text, starts[end - 1], ends[end - 1], gazetteer)) {
      end--; // "Sveriges Natomedlemskap"
    }
    for (int k = start + 1; k < end; k++) {
      String w = word(text, starts, ends, k);
      if (w.equals("län") || w.equals("läns") || w.equals("kommun") || w.equals("kommuns")) {
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
            || TRAFFIC_PLACES.contains(word(text, starts, ends, start)));
    if ((hasPlaceSuffix(last) || placeWord) && Character.isUpperCase(text.charAt(starts[start]))) {
      type = "LOC";
    }
    if ("LOC".equals(type) && start > 0 && PLACE_OPENERS.contains(word(text, starts, ends, start - 1))) {
      start--;
    }
    if (end - start == 1) {
      String w = word(text, starts, ends, start);
      String lower = w.toLowerCase(Locale.ROOT);
      if (INSTITUTIONS.contains(lower) || INSTITUTIONS.contains(stripS(lower)) || w.equals("Kungl")
          || COMMON_ACRONYMS.contains(stripGenitive(w))) {
        return null; // "Kungl." abbreviates "Kungliga" before a name; "BNP", "PTSD" are common nouns
      }
      if ((gazetteer.single(text, starts[start], ends[start]) & Gazetteer.DEMONYM) != 0) {
        return null;
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
      int bits = gazetteer.single(text, starts[start], ends[start]) | gazetteer.genitive(text, starts[start], ends[start]);
      if (("PER".equals(type) || "ORG".equals(type)) && (bits & PLACE_LISTS) != 0 && (bits & NON_PLACE_LISTS) == 0
          && !MEDIA.contains(w) && !isAllCaps(w) && !isInternational(w)) {
        type = "LOC";
      }
      if (!"LOC".equals(type) && w.length() > 3 && isAllCaps(w) && w.chars().allMatch(Character::isLetter)
          && (start == 0 || !isLower(text, starts[start - 1]))) {
        // "TIMRÅ", "SKELLEFTEÅ" heading a notice in capitals: a listed town is the town ("enligt PISA" is no Pisa).
        String title = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
        int titleBits = gazetteer.single(title, 0, title.length());
        if ((titleBits & PLACE_LISTS) != 0 && (titleBits & NON_PLACE_LISTS) == 0) {
          type = "LOC";
        }
      }
    }
    return new NerLabels.TokenSpan(start, end, type);
  }

  /** Adds names the tagger missed that follow fixed patterns: laws, roads, media sources. */
  /** The letters of Swedish parliamentary parties, old and new ("FP" is today's "L"). */
  static final Set<String> PARTY_LETTERS = Set.of("S", "M", "SD", "C", "V", "KD", "L", "MP", "FP");

  /**
   * A party's letters in brackets after a politician's name are the party, an ORG: "Magdalena
   * Andersson (S)". The tagger sees too few of them to be consistent (it calls "KD" MISC).
   */
  private static void addPartyLetters(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out) {
    for (int i = 2; i + 1 < n; i++) {
      int party = i;
      if (!isBracket(text, starts, ends, i - 1, '(') || !isBracket(text, starts, ends, i + 1, ')')
          || !PARTY_LETTERS.contains(word(text, starts, ends, i))
          || out.stream().noneMatch(span -> span.end() == party - 1 && span.type().equals("PER"))) {
        continue;
      }
      out.removeIf(span -> span.start() <= party && party < span.end());
      out.add(new NerLabels.TokenSpan(i, i + 1, "ORG"));
      taken[i] = true;
    }
  }

  private static boolean isBracket(CharSequence text, int[] starts, int[] ends, int i, char bracket) {
    return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == bracket;
  }

  private static void addPatterns(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out, Gazetteer gazetteer, int[] runClass, int[] runPosition, IntPredicate notPhrase) {
    for (int i = 0; i < n; i++) {
      if (runPosition[i] != 1 || (runClass[i] & (Gazetteer.AUTHORITY | Gazetteer.ORGANISATION)) == 0) {
        continue;
      }
      int end = i + 1;
      while (end < n && runPosition[end] == 2) {
        end++;
      }
      boolean free = true;
      for (int k = i; k < end; k++) {
        free &= !taken[k];
      }
      if (free) {
        out.add(new NerLabels.TokenSpan(i, end, "ORG"));
        mark(taken, i, end);
      }
    }
    for (int i = 0; i < n; i++) {
      if (taken[i]) {
        continue;
      }
      // Most tokens are neither capitalised nor one of the few lower-case cue words: skip them
      // before making a string.
      char first = text.charAt(starts[i]);
      int length = ends[i] - starts[i];
      boolean upper = Character.isUpperCase(first);
      boolean lowerCue = first == 'l' || first == 'r' || first == 'v' || first == 'e'
          || (length >= 8 && text.charAt(ends[i] - 1) == 'n')
          || ((length == 5 || length == 6) && (first == 'a' || first == 'f' || first == 'k')); // "andra världskriget"
      if (!upper && !lowerCue) {
        continue;
      }
      String w = word(text, starts, ends, i);
      String base = stripGenitive(w);
      // Two words that may name an event or a region: "andra världskriget", "Stilla havets".
      String pair = i + 1 < n && !taken[i + 1] ? (w + " " + stripGenitive(word(text, starts, ends, i + 1))) : "";
      if (NameWords.isHistoricalEvent(pair)) {
        out.add(new NerLabels.TokenSpan(i, i + 2, "MISC"));
        mark(taken, i, i + 2);
        i++;
        continue;
      }
      String found = NameWords.LAW_ACRONYMS.contains(base) || NameWords.isHistoricalEvent(base) ? "MISC"
          : NameWords.isRoadCode(w) ? "LOC"
          // "-rådet" also ends roles ("Borgarrådet sa …"): it only types names the tagger found.
          : upper && NameWords.isAuthority(base) && !base.endsWith("rådet") && !gazetteer.isCommon(text, starts[i], ends[i])
              && !INSTITUTIONS.contains(base.toLowerCase(Locale.ROOT)) ? "ORG"
          : null;
      if (found != null) {
        out.add(new NerLabels.TokenSpan(i, i + 1, found));
        taken[i] = true;
        continue;
      }
      if (isInternational(w) || upper && PARTIES.contains(base)) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "ORG")); // "Nato", "Kristdemokraternas Ebba Busch"
        taken[i] = true;
        continue;
      }
      if (upper && (WORLD_REGIONS.contains(w) || WORLD_REGIONS.contains(base))) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "LOC"));
        taken[i] = true;
        continue;
      }
      if (upper && WORLD_REGIONS.contains(pair)) {
        out.add(new NerLabels.TokenSpan(i, i + 2, "LOC"));
        mark(taken, i, i + 2);
        i++;
        continue;
      }
      int countryBits = gazetteer.single(text, starts[i], ends[i]) | gazetteer.genitive(text, starts[i], ends[i]);
      if ((countryBits & Gazetteer.COUNTRY) != 0 && (countryBits & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0
          && Character.isUpperCase(w.charAt(0)) && !gazetteer.isCommon(text, starts[i], ends[i])) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "LOC"));
        taken[i] = true;
        continue;
      }
      boolean opens = i == 0 || !Character.isLetterOrDigit(text.charAt(starts[i - 1]));
      if ((w.equals("lagen") || opens && w.equals("Lagen")) && i + 2 < n && word(text, starts, ends, i + 1).equals("om")
          && !taken[i + 1]) {
        // The name is the noun phrase after "om": "lagen om elcertifikat anpassas" ends before the verb.
        int phrase = phraseEnd(text, starts, ends, n, i + 2, notPhrase, gazetteer);
        int end = i + 2;
        while (end < phrase && end - i < 7 && !taken[end] && isLower(text, starts[end])
            && (!LAW_STOPS.contains(word(text, starts, ends, end)) || isAdjectiveBeforeOch(text, starts, ends, end))) {
          end++;
        }
        if (end > i + 2) {
          out.add(new NerLabels.TokenSpan(i, end, "MISC"));
          mark(taken, i, end);
          i = end - 1;
        }
        continue;
      }
      if (isLawName(w) || opens && upper && isLawName(w.toLowerCase(Locale.ROOT))) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "MISC")); // "knivlagen", "Socialtjänstlagen ska ersättas"
        taken[i] = true;
        continue;
      }
      if ((w.equals("län") || w.equals("läns")) && i > 0 && Character.isUpperCase(text.charAt(starts[i - 1]))
          && text.charAt(ends[i - 1] - 1) == 's') {
        NerLabels.TokenSpan before = taken[i - 1] ? spanEndingAt(out, i) : null;
        if (!taken[i - 1] || (before != null && before.end() - before.start() == 1)) {
          out.remove(before);
          out.add(new NerLabels.TokenSpan(i - 1, i + 1, "LOC"));
          mark(taken, i - 1, i + 1);
          continue;
        }
      }
      // At the start of a sentence only a word never written in lower case: "Midnattssolsvägen,
      // billist stoppad" but not "Motorvägen var avstängd".
      if (hasPlaceSuffix(w) && Character.isUpperCase(w.charAt(0)) && w.length() > 6
          && (i > 0 || !gazetteer.isCommon(text, starts[i], ends[i]))) {
        int from = i > 0 && !taken[i - 1] && PLACE_OPENERS.contains(word(text, starts, ends, i - 1)) ? i - 1 : i;
        out.add(new NerLabels.TokenSpan(from, i + 1, "LOC"));
        mark(taken, from, i + 1);
        continue;
      }
      if (w.length() > 1 && isAllCaps(w) && i > 0 && i + 1 < ends.length && word(text, starts, ends, i - 1).equals("(")
          && word(text, starts, ends, i + 1).equals(")")) {
        NerLabels.TokenSpan before = spanEndingAt(out, i - 1);
        if (before != null) {
          out.add(new NerLabels.TokenSpan(i, i + 1, before.type()));
          taken[i] = true;
          continue;
        }
      }
      int listed = gazetteer.single(text, starts[i], ends[i]) | gazetteer.genitive(text, starts[i], ends[i]);
      if ((listed & (Gazetteer.AUTHORITY | Gazetteer.ORGANISATION)) != 0 && Character.isUpperCase(w.charAt(0))
          && (isAllCaps(w) || !gazetteer.isCommon(text, starts[i], ends[i]))) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "ORG"));
        taken[i] = true;
        continue;
      }
      if (ROAD_WORDS.contains(w) && i + 1 < n && !taken[i + 1] && Character.isDigit(text.charAt(starts[i + 1]))) {
        out.add(new NerLabels.TokenSpan(i, i + 2, "LOC"));
        mark(taken, i, i + 2);
        i++;
        continue;
      }
      if ((gazetteer.single(text, starts[i], ends[i]) & Gazetteer.ROAD) != 0 && w.length() <= 4) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "LOC"));
        taken[i] = true;
        continue;
      }
      if (MEDIA.contains(w) && w.length() > 1 && Character.isUpperCase(w.charAt(w.length() - 1))) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "ORG"));
        taken[i] = true;
      }
    }
  }

  /** "lagen om brandfarliga och explosiva varor": an "och" between two adjectives joins them. */
  private static boolean isAdjectiveBeforeOch(CharSequence text, int[] starts, int[] ends, int k) {
    if (k + 1 >= starts.length || !word(text, starts, ends, k).equals("och")) {
      return false;
    }
    String before = word(text, starts, ends, k - 1);
    String after = word(text, starts, ends, k + 1);
    return before.endsWith("a") && after.endsWith("a") && isLower(text, starts[k + 1]);
  }

  private static NerLabels.TokenSpan spanEndingAt(List<NerLabels.TokenSpan> spans, int end) {
    for (NerLabels.TokenSpan span : spans) {
      if (span.end() == end) {
        return span;
      }
    }
    return null;
  }

  static boolean hasPlaceSuffix(String w) {
    for (String suffix : PLACE_SUFFIXES) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** "alkohollagen", "knivlagen", "brottsbalken", but not "förslagen", "underlagen", "flygbolagen" or "storslagen". */
  static boolean isLawName(String w) {
    if (w.length() < 8 || !Character.isLowerCase(w.charAt(0)) || w.indexOf('-') >= 0) {
      return false;
    }
    String head;
    if (w.endsWith("lagen")) {
      head = w.substring(0, w.length() - 5);
    } else if (w.endsWith("balken")) {
      head = w.substring(0, w.length() - 6);
    } else {
      return false;
    }
    if (head.length() < 3 || NOT_LAW_PREFIXES.contains(head) || w.endsWith("lagen") && head.endsWith("bo")) {
      return false;
    }
    for (String slag : SLAGEN_HEADS) {
      if (head.endsWith(slag)) {
        return false; // "försvarsanslagen", "storslagen", "utslagen": forms of "slag", no laws
      }
    }
    return !head.endsWith("under");
  }

  /** "Nato", "Natos", "Hamas" (no genitive s taken off a name that ends in s). */
  private static boolean isInternational(String w) {
    return INTERNATIONAL.contains(w) || INTERNATIONAL.contains(stripGenitive(w));
  }

  static boolean isAllCaps(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
  }

  /** "Trump-perspektiv", "EU-minister": a name prefixed to an indefinite common noun is no name. */
  static boolean isCompoundWithCommonNoun(String w) {
    int hyphen = w.lastIndexOf('-');
    if (hyphen <= 0 || hyphen == w.length() - 1) {
      return false;
    }
    String tail = w.substring(hyphen + 1);
    if (!Character.isLowerCase(tail.charAt(0))) {
      return false;
    }
    return !(tail.endsWith("en") || tail.endsWith("et") || tail.endsWith("na") || tail.endsWith("ens")
        || tail.endsWith("ets"));
  }

  private static String stripS(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  static String stripGenitive(String w) {
    int end = Gazetteer.stripGenitive(w, 0, w.length());
    return w.substring(0, end);
  }

  private static boolean isLower(CharSequence text, int start) {
    return Character.isLowerCase(text.charAt(start));
  }

  private static String word(CharSequence text, int[] starts, int[] ends, int i) {
    return text.subSequence(starts[i], ends[i]).toString();
  }
}
