package se.notis.ner;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue words the entity rules share, and tests on one word's shape: institutions and common
 * acronyms that are no names, media, international organisations, world regions, parties, role
 * nouns, the closing words of organisations, companies and clubs, and the words of places,
 * streets and roads.
 */
final class EntityWords {
  /** Common nouns for institutions: never names, even capitalised at the start of a sentence. */
  static final Set<String> INSTITUTIONS = Set.of("regeringen", "polisen", "riksdagen", "kommunen", "socialtjänsten",
      "länsstyrelsen", "regionen", "landstinget", "tingsrätten", "hovrätten", "åklagaren", "domstolen",
      "räddningstjänsten", "ambulansen", "myndigheten", "myndigheterna", "departementet", "staten", "militären",
      "armén", "skolan", "sjukhuset", "kyrkan", "länet", "landet", "kommunerna", "polismyndigheterna",
      "konungen", "kungen", "drottningen", "kronprinsessan", "kronprinsen", "polis", "räddningstjänst",
      "förbundet", "fackförbundet", "facket", "kommunstyrelsen", "kommunfullmäktige", "regionstyrelsen",
      "regionfullmäktige", "styrelsen", "bolaget", "företaget", "koncernen", "partiet", "nämnden", "förvaltningen",
      "föreningen", "kommittén");

  /** Fields of the committees every municipality has ("Byggnadsnämnden", "Socialnämnden"). */
  private static final String[] MUNICIPAL_FIELDS = {"bygg", "byggnads", "stadsbyggnads", "samhällsbyggnads", "social",
      "miljö", "kultur", "fritids", "skol", "grundskole", "gymnasie", "utbildnings", "äldre", "omsorgs", "vård",
      "teknik", "tekniska", "val", "överförmyndar", "individ", "arbetsmarknads", "kultur- och fritids", "sjukvårds",
      "hälso- och sjukvårds", "kollektivtrafik", "trafik", "barn- och utbildnings", "barn- och ungdoms", "patient"};

  /**
   * "Byggnadsnämnden", "Socialnämnden": a municipality's committee is a common noun, like
   * "kommunstyrelsen" ("Valprövningsnämnden", a national authority, is on the lists of authorities).
   */
  static boolean isMunicipalCommittee(String lower) {
    if (!lower.endsWith("nämnden")) {
      return false;
    }
    String field = lower.substring(0, lower.length() - "nämnden".length());
    for (String f : MUNICIPAL_FIELDS) {
      if (field.equals(f)) {
        return true;
      }
    }
    return false;
  }

  /** Acronyms of common nouns, which the guidelines leave out: "BNP ökar", "(PTSD)", "HVB-hem" aside. */
  static final Set<String> COMMON_ACRONYMS = Set.of("BNP", "KPI", "KPIF", "HVB", "BVC", "AMR", "PTSD", "ADHD", "HBTQ",
      "HBTQI", "SRHR", "BMI", "DNA", "GPS", "SMS", "VD", "AI", "VAB", "RUT", "ROT", "IT", "HR", "FoU",
      // a report's currencies, measures and time zones: "MSEK", "EBITA", "kl. 10.00 CET"
      "SEK", "MSEK", "TSEK", "KSEK", "MDSEK", "MKR", "MDKR", "EUR", "MEUR", "TEUR", "USD", "MUSD", "NOK", "DKK", "GBP",
      "EBIT", "EBITA", "EBITDA", "EPS", "ROE", "ROI", "CET", "CEST", "UTC", "GMT", "MWh", "GWh", "TWh", "kWh",
      "ÖB", "DDoS"); // a title ("överbefälhavaren") and a kind of attack

  /** News agencies and broadcasters cited as sources: ORG wherever they stand alone. */
  static final Set<String> MEDIA = Set.of("TT", "SVT", "SR", "DN", "SvD", "AFP", "Reuters", "NTB", "Ekot", "Expressen",
      "Aftonbladet", "Sydsvenskan", "GP", "TV4", "BBC", "CNN", "Bloomberg", "AP", "DPA", "ANSA", "EFE", "NRK", "YLE",
      "ABC", "NBC", "CBS", "Yle", "Ritzau", "Fotbollskanalen", "Sportbladet", "Corren", "Barometern", "Smålandsposten", "Radiosporten",
      "Norran", "Folkbladet", "Arbetarbladet", "Hallandsposten", "Kvällsposten", "Omni", "Di",
      "Göteborgs-Posten", "Västerbottens-Kuriren", "Jönköpings-Posten",
      // local papers by their letters, as their own reporters and the agencies cite them
      "NWT", "JP", "HD", "UNT", "NSD", "ÖP", "VLT", "VK", "BT", "GD", "DT", "SDS", "HN", "ÖA", "NA", "EK", "NT");

  /** Lower-case words that belong inside names (von Essen, El Excelsior is capitalised). */
  static final Set<String> PARTICLES = Set.of("von", "van", "der", "de", "af", "la", "le", "el", "del", "da",
      "di", "dos", "das", "bin", "al", "y", "och", "för", "i", "mot", "av", "om", "på", "till", "med");

  /** International organisations written as one word, usually an acronym: always ORG. */
  static final Set<String> INTERNATIONAL = Set.of("EU", "FN", "Nato", "NATO", "UNHCR", "Unicef", "UNICEF", "OECD", "IMF",
      "WHO", "WTO", "IOK", "Interpol", "Europol", "Frontex", "Unesco", "UNESCO", "OSSE", "Opec", "OPEC", "ECB",
      "Hamas", "Hizbollah", "ASEAN", "IAEA", "UNRWA", "UNDP", "UNFPA", "WFP", "ILO", "FAO", "UNODC", "OHCHR", "UNEP",
      "UNAIDS", "UNCTAD", "OCHA", "IOM", "IFRC", "ICRC", "IFAD", "MSF");

  /** Continents, world regions, seas, disputed territories and Sweden's provinces: places, never organisations. */
  static final Set<String> WORLD_REGIONS = Set.of("Europa", "Asien", "Afrika", "Amerika", "Oceanien", "Antarktis",
      "Arktis", "Mellanöstern", "Nordafrika", "Västafrika", "Östafrika", "Sydafrika", "Latinamerika", "Sydamerika",
      "Nordamerika", "Centralamerika", "Mellanamerika", "Karibien", "Sydostasien", "Centralasien", "Ostasien",
      "Skandinavien", "Norden", "Baltikum", "Balkan", "Kaukasus", "Sahel", "Västbanken", "Gazaremsan", "Krim",
      "Donbas", "Kurdistan", "Kashmir", "Tibet", "Darfur", "Golanhöjderna", "Medelhavet", "Östersjön", "Nordsjön",
      "Atlanten", "Stilla havet", "Svarta havet", "Indiska oceanen", "Persiska viken", "Röda havet", "Afrikas horn",
      "Kattegatt", "Skagerrak", "Öresund", "Bottenviken", "Bottenhavet", "Ålands hav", "Barents hav", "Barentshavet",
      "Kaspiska havet", "Egeiska havet", "Adriatiska havet", "Sydkinesiska havet", "Hormuzsundet", "Taiwansundet",
      "Suezkanalen", "Panamakanalen", "Bosporen",
      // Sweden's provinces and regions, which no list of ours names ("Räddningstjänsten i Gästrikland").
      "Skåne", "Blekinge", "Halland", "Småland", "Öland", "Gotland", "Västergötland", "Östergötland", "Bohuslän",
      "Dalsland", "Värmland", "Närke", "Södermanland", "Sörmland", "Uppland", "Västmanland", "Dalarna", "Gästrikland",
      "Hälsingland", "Härjedalen", "Jämtland", "Medelpad", "Ångermanland", "Västerbotten", "Norrbotten", "Lappland",
      "Norrland", "Svealand", "Götaland", "Bergslagen", "Roslagen", "Österlen", "Tornedalen", "Mälardalen",
      "Malmfälten", "Mellansverige", "Västsverige", "Östsverige", "Sydsverige", "Nordsverige",
      "Västkusten", "Ostkusten", "Östkusten", "Höga kusten", "Sydkusten");

  /** Endings of street, square, park and building names: such names are places. */
  static final String[] PLACE_SUFFIXES = {"gatan", "vägen", "stråket", "torget", "parken", "gränd", "gränden", "allén", "stigen",
      "leden", "terminalen", "platsen", "plan", "backen", "kajen", "bron", "hamnen", "stranden", "sjön", "skolan",
      "centrum", "tunneln", "viadukten", "rondellen", "motet", "stationen", "lasarettet", "sjukhuset", "kanalen", "älven",
      "platz", "straße", "strasse", "gasse", "plein", // German and Dutch squares and streets: "Heldenplatz"
      "fjällen", "fjället", "berget", "dalen", "viken", "udden", "holmen", "skogen", // "Vindelfjällen"
      "banan", "banen", // railway lines: "Ostkustbanan", and Norwegian ones: "Ofotbanen"
      "fältet", // fields of oil, gas and sport: "Trollfältet", "Stångebrofältet"
      "halvön", "sjöarna", "badet", // "Väröhalvön", "Dellensjöarna", "Duveholmsbadet"
      "länken", // railway links: "Ostlänken"
      "fjorden", "öarna", "stadion", "gruvan", // "Sognefjorden", "Kosteröarna", "Östersunds skidstadion", "Aitikgruvan"
      "avenyn", "området", // "Självständighetsavenyn", "Delsjöområdet"
      "glaciären", "massivet", "bygden", "torg", // "Storglaciären", "Kebnekaisemassivet", "Skelleftebygden", "Davidshallstorg"
      "-Haus"}; // German party headquarters: "Konrad-Adenauer-Haus"

  /**
   * Endings of rivers, towns' districts and rural areas ("Selångersån", "Barkarbystaden",
   * "Vikbolandet"), which capitalised common compounds share at a sentence's start ("Bankrån",
   * "Gränsstaden"): names only inside a sentence.
   */
  static boolean hasInnerPlaceSuffix(String w) {
    return w.length() > 6 && (w.endsWith("ån") && !w.endsWith("rån") || w.endsWith("staden") || w.endsWith("landet"));
  }

  /** Last words of names of buildings and sites, which are places ("Tele2 Arena", "Arlanda Flygplats"). */
  static final Set<String> PLACE_WORDS = Set.of("Arena", "Stadion", "Flygplats", "Centralstation", "Garden", "Field",
      "County", "Square", "IP", "Idrottsplats");

  /** Capitalised last words of street and square names ("Råsta Strandväg", "Nya Torget", "Andra Avenyn"). */
  private static final String[] STREET_ENDINGS = {"väg", "vägen", "gata", "gatan", "torg", "torget", "allé", "allén",
      "avenyn", "gränd", "gränden", "kajen", "backen"};

  /** First words of names of road junctions, which are places ("Trafikplats Toftaholm", "TPL Höja"). */
  static final Set<String> TRAFFIC_PLACES = Set.of("Trafikplats", "TPL", "Tpl", "Trafikplatsen");

  /** Words that open a place name before a street ("Sankt Sigfridsgatan", "Norra Hamngatan"). */
  static final Set<String> PLACE_OPENERS = Set.of("Sankt", "S:t", "Norra", "Södra", "Östra", "Västra", "Stora",
      "Lilla", "Gamla", "Nya", "Övre", "Nedre", "Port");

  static final int PLACE_LISTS = Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.COUNTRY | Gazetteer.CITY
      | Gazetteer.REGION;

  static final int NON_PLACE_LISTS = Gazetteer.FIRST_NAME | Gazetteer.SURNAME | Gazetteer.AUTHORITY
      | Gazetteer.ORGANISATION;

  /** Endings of role nouns that sit between an organisation and a person ("Amnesty Internationals Amerikachef Erika Guevara-Rosas"). */
  static final String[] ROLE_ENDINGS = {"chef", "minister", "ordförande", "talesperson", "talesman", "president",
      "direktör", "sekreterare", "ledare", "ansvarig", "expert", "kommissionär", "ambassadör", "general", "analytiker",
      "forskare", "redaktör", "korrespondent", "ledamot", "borgmästare", "guvernör"};

  /** A club's letters before or after its town: "IFK", "FF", "HC". */
  static boolean isClubLetters(String w) {
    return w.length() >= 2 && w.length() <= 3 && isAllCaps(w);
  }

  /** Whether {@code w} ends like a role noun ("presschef", "statsminister"). */
  static boolean hasRoleEnding(String w) {
    for (String ending : ROLE_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Words that close an organisation's name: the tagger sometimes stops before them. */
  static final Set<String> ORG_TAILS = Set.of("International", "Internationals", "Foundation", "Foundations", "Group",
      "Groups", "Institute", "Institutes", "Watch", "Watchs", "AB", "AB:s", "Corporation", "Council", "Councils",
      "Fund", "Funds", "Forum", "Forums", "SA", "AG", "NV", "Gruppen", "Society", "Association", "Agency", "Committee",
      "Opera", "Operan", "Operans", "Staatsoper", "Music", "Teater", "Teatern", "Bostäder", "Fastigheter", "Holding", "Holdings",
      "Invest", "Partners", "P1", "P2", "P3", "P4", "Studios", "Records", "Pictures", "Productions", "Entertainment", "Band", "Nation", "Nations",
      "Sweden", "Nordic", "Scandinavia", "Kommitté", "Kommittén", "Shipping", "Airlines", "Airways", "Logistics",
      "Pharma", "Pharmaceuticals", "Therapeutics", "Capital", "Ventures", "Technologies", "Motors", "Labs",
      "Consulting", "Register", "Registry", "Navy", "News", "Paper", "Energy", "Mining", "Steel", "Systems", "Solutions",
      "Industries", "Electric", "Software", "Robotics", "Aerospace", "Insurance", "Telecom", "Biotech", "Bank",
      "Securities", "Fonder", "Energi", "IT", "Fondkommission", "Foods", "Components", "Logistik", "Sparbank",
      "Advokatbyrå", "Advokatbyrån", "Education", "Skolor", "Utbildning", "Konditori", "Bageri", "Bygg", "Måleri", "Institut", "Mobile",
      "Sports", "Channel", "Cruises", "Diagnostics", "Medical", "Analytics", "Kommune", "Kommunes");

  /** Words for a university in other languages, which make a name of several words a university ("Freie Universität Berlin"). */
  static final Set<String> UNIVERSITY_WORDS = Set.of("Universität", "University", "Universidad", "Université",
      "Universidade", "Università", "Universiteit", "Uniwersytet", "Yliopisto");

  /** Company forms that close a company's name, whatever the words before them ("SOS Alarm Sverige AB"). */
  static final Set<String> COMPANY_FORMS = Set.of("AB", "AB:s", "HB", "KB", "Ltd", "Inc", "GmbH", "Oyj", "ASA", "plc",
      "LLC", "Corp", "SA", "AG", "NV", "Oy", "Oy:s", "ApS");

  /** Abbreviations that close a sports club's name after its town or name ("Djurgårdens IF", "Malmö FF"). */
  static final Set<String> CLUB_FORMS = Set.of("IF", "IK", "FF", "BK", "FK", "SK", "HK", "HC", "IBK", "FC", "AIF", "BoIS",
      "GoIF", "SC", "BBK", "GIF", "IS", "AIS", "HF", "IBF", "GK", "SLK"); // "Halmstad GK", a golf club; "Åre SLK", a slalom club

  /** Abbreviations that open a sports club's name ("AC Milan", "IFK Göteborg", "BK Häcken"). */
  static final Set<String> CLUB_PREFIXES = Set.of("IFK", "AC", "FC", "IK", "BK", "IF", "GIF", "SK", "FK", "AS", "AFC",
      "SC", "CF", "RC", "IL", "HK", "IBK", "KIF"); // "IL Lyn": a Norwegian idrettslag; "HK Malmö", "IBK Dalen",
      // "KIF Örebro"

  /** Lower-case particles inside a person's name ("Ursula von der Leyen", "Rafael de la Cruz"). */
  static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "af", "la", "le", "di", "da",
      "del", "dos", "das", "du", "bin", "ibn", "al", "ter", "ten", "zu");

  /** Endings of nouns for kinds of organisation, in the definite form that stands before a name. */
  private static final String[] ORG_HEADS = {"tidningen", "tidskriften", "nyhetsbyrån", "kanalen", "bolaget",
      "företaget", "koncernen", "partiet", "organisationen", "klubben", "förlaget", "stiftelsen", "föreningen",
      "förbundet", "banken", "kedjan", "sajten", "alliansen", "koalitionen", "rörelsen", "radiostationen", "tv-stationen",
      "gruppen", "samebyn", "samebyarna", "nätverket", "myndigheten", "butiken", "säkerhetstjänsten",
      "underrättelsetjänsten", "bandet", "duon", "orkestern", "styrkan", "styrkorna", "milisen", "kören", "tillverkaren",
      "institutet", "leverantören", "operatören", "mediehuset", "rederiet", "jätten"}; // "Byggjätten JM"

  /** Word endings of the head of a body's name: "Glesbygdsmedicinskt centrum", "Näringslivets regelnämnd". */
  private static final String[] BODY_HEAD_ENDINGS = {"centrum", "center", "centret", "institut", "institutet", "nämnd",
      "nämnden", "råd", "rådet", "myndighet", "myndigheten", "fond", "fonden", "organisation", "organisationen",
      "förbund", "förbundet", "byrå", "byrån", "kommitté", "kommittén", "styrelse", "styrelsen", "akademi",
      "akademien", "förvaltning", "förvaltningen", "inspektion", "inspektionen", "kansli", "kansliet",
      "sekretariat", "sekretariatet", "stiftelse", "stiftelsen", "förening", "föreningen", "verket", "ministeriet", "departementet", "kommission", "kommissionen",
      "bolag", "bolaget"}; // "Svenska rymdaktiebolaget, SSC,"

  /** Whether a lower-case word ends in the head of a body's name: "regelnämnd", "brandcentret", "institut". */
  static boolean isBodyHead(String lower) {
    for (String ending : BODY_HEAD_ENDINGS) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lower-case word is a noun for a kind of organisation: "partiet", "fackförbundet", "parti". */
  static boolean isOrganisationHead(String word) {
    for (String head : ORG_HEADS) {
      if (word.endsWith(head)) {
        return true;
      }
    }
    return word.equals("parti");
  }

  /** Separate words for streets and squares that close a street name ("Karolinska vägen"). */
  static final Set<String> STREET_WORDS = Set.of("väg", "vägen", "gata", "gatan", "torg", "torget", "allé",
      "allén", "gränd", "gränden", "plan", "backe", "backen", "stig", "stigen", "led", "leden", "kaj", "kajen");

  /** Words that make a road name of the number after them ("riksväg 50", "Rv 61", "lv 1648"). */
  static final Set<String> ROAD_WORDS = Set.of("riksväg", "länsväg", "väg", "europaväg", "Riksväg", "Länsväg",
      "Väg", "Europaväg", "rv", "Rv", "RV", "lv", "Lv", "LV");

  /** The names of Swedish parliamentary parties, old and new. */
  static final Set<String> PARTIES = Set.of("Socialdemokraterna", "Moderaterna", "Sverigedemokraterna", "Centerpartiet",
      "Vänsterpartiet", "Kristdemokraterna", "Liberalerna", "Miljöpartiet", "Folkpartiet");

  /** The letters of Swedish parliamentary parties, old and new ("FP" is today's "L"). */
  static final Set<String> PARTY_LETTERS = Set.of("S", "M", "SD", "C", "V", "KD", "L", "MP", "FP");

  /** A party's letters and its name ("SD" is Sverigedemokraterna, "L" and "FP" the liberals of their day). */
  static final Map<String, String> PARTY_NAMES = Map.of("S", "Socialdemokraterna", "M", "Moderaterna",
      "SD", "Sverigedemokraterna", "C", "Centerpartiet", "V", "Vänsterpartiet", "KD", "Kristdemokraterna",
      "L", "Liberalerna", "MP", "Miljöpartiet", "FP", "Folkpartiet");

  private EntityWords() {}

  /** "Strandväg", "Torget", "Avenyn": a capitalised word that ends like a street or a square. */
  static boolean isCapitalisedStreetWord(String w) {
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

  /** A listed city, town, country or municipality that is no listed first name or surname ("Stockholm"). */
  static boolean isListedPlaceOnly(CharSequence text, int start, int end, Gazetteer gazetteer) {
    int bits = gazetteer.single(text, start, end);
    return (bits & (Gazetteer.CITY | Gazetteer.TOWN | Gazetteer.COUNTRY | Gazetteer.MUNICIPALITY)) != 0
        && (bits & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0;
  }

  /**
   * "Rosengårdsskolan", "Marieholmsskolan": a school named by a compound is the school, an organisation,
   * where pupils go, teachers work and boards close it (the annotated articles: 12 of 14).
   */
  static boolean isSchoolName(String w) {
    return w.endsWith("skolan") && w.length() > 9 && Character.isUpperCase(w.charAt(0)) && !w.startsWith("Hög");
  }

  /** "Drottninggatan", "Slussplan": a word ending like the name of a street, a square or a building. */
  static boolean hasPlaceSuffix(String w) {
    if (w.endsWith("området") && w.indexOf('-') >= 0) {
      return false; // "EU-området", "AI-området": a field, not a district
    }
    for (String suffix : PLACE_SUFFIXES) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type of a name made of a capitalised adjective and this lower-case head noun ("Nordiska
   * ministerrådet", "Engelska kanalen", "Gamla stan"), or null when the head names neither a body
   * nor a place. Long heads also end compounds ("ministerrådet", "hamnkanalen"); a genitive s
   * must be taken off first.
   */
  static String adjectiveHeadType(String head) {
    if (ADJECTIVE_ORG_HEADS.contains(head) || ADJECTIVE_PLACE_HEADS.contains(head)) {
      return ADJECTIVE_ORG_HEADS.contains(head) ? "ORG" : "LOC";
    }
    for (String orgHead : ADJECTIVE_ORG_HEADS) {
      if (orgHead.length() >= 5 && head.endsWith(orgHead)) {
        return "ORG";
      }
    }
    for (String placeHead : ADJECTIVE_PLACE_HEADS) {
      if (placeHead.length() >= 5 && head.endsWith(placeHead)) {
        return "LOC";
      }
    }
    return null;
  }

  /** Heads of bodies named by an adjective: "Nordiska rådet", "Svenska kyrkan", "Förenta nationerna". */
  private static final Set<String> ADJECTIVE_ORG_HEADS = Set.of("rådet", "institutet", "nämnden", "kommissionen",
      "akademien", "kyrkan", "museet", "universitetet", "förbundet", "domstolen", "banken", "korset", "nationerna",
      "unionen", "partiet", "styrelsen", "verket", "högskolan", "biblioteket", "operan", "parlamentet", "sjukhuset",
      "myndigheten", "organisationen", "insatsstyrkan", "halvmånen", "alliansen", "församlingen",
      "gymnasiet"); // "Röda halvmånen", "Karolinska gymnasiet" (but "skolan" follows common adjectives: "Öppna skolan")

  /** Heads of places named by an adjective: "Engelska kanalen", "Döda havet", "Gamla stan", "Södra vägen". */
  private static final Set<String> ADJECTIVE_PLACE_HEADS = Set.of("kanalen", "havet", "sjön", "stan", "staden",
      "torget", "torg", "torp", "ön", "öarna", "berget", "viken", "sundet", "bukten", "halvön", "älven", "ån", "dalen",
      "skogen", "parken", "kusten", "slätten", "fjällen", "udden", "hamnen", "bron", "holmen", "backen", "vägen",
      "gatan", "leden", "allén", "golfen", "scenen", "sjöarna", "fjorden", "passet", "linjen", "floden", "öknen");

  /** "Nato", "Natos", "Hamas" (no genitive s taken off a name that ends in s). */
  static boolean isInternational(String w) {
    return INTERNATIONAL.contains(w) || INTERNATIONAL.contains(stripGenitive(w));
  }

  /** "SVT", "SVT:s", "TIMRÅ": no lower-case letter and at least two letters. */
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

  /** The word without a final s. */
  static String stripS(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /** The word without its genitive ending, as {@link Gazetteer#stripGenitive} finds it. */
  static String stripGenitive(String w) {
    int end = Gazetteer.stripGenitive(w, 0, w.length());
    return w.substring(0, end);
  }
}
