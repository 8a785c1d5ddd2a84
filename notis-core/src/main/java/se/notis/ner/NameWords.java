package se.notis.ner;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that tell what kind of name a name is, whatever the tagger said: law acronyms, the
 * endings of agreements and of authorities, historical events and road codes. Lists written for
 * notis from the names counted in government and police texts.
 */
final class NameWords {
  /** Acronyms of laws: named laws are MISC ("LOB", "SoL"). */
  static final Set<String> LAW_ACRONYMS = Set.of("LOB", "LVU", "LVM", "LSS", "SoL", "SOL", "LPT", "LRV", "LOU", "PBL",
      "OSL", "HSL", "LSO", "LAS", "MBL", "BrB", "GDPR");
  /**
   * Endings of the names of things people made, which are MISC: agreements, charters, regulations,
   * programmes ("Parisavtalet", "FN-stadgan", "Livsmedelsstrategin") and prizes ("Augustpriset",
   * "Anna Lindh-priset", "Guldpalmen").
   */
  private static final String[] WORK_ENDINGS = {"avtalet", "konventionen", "fördraget", "protokollet",
      "deklarationen", "förklaringen", "förordningen", "direktivet", "överenskommelsen", "stadgan", "pakten",
      "processen", "formatet", "initiativet", "strategin", "agendan", "programmet", "regelverket", "mekanismen", "priset", "pris",
      "plaketten", "medaljen", "palmen", "baggen", "statyetten"};
  /** Endings of the names of authorities, ministries, councils, commissions and military units, which are ORG. */
  private static final String[] AUTHORITY_ENDINGS = {"departementet", "myndigheten", "inspektionen",
      "beredningen", "kommissionen", "styrelsen", "ombudsmannen", "nämnden", "kollegiet", "rådet", "domstolen",
      "förbundet", "universitetet", "teatern", "föreningen", "institutet", "stiftelsen", "högskolan",
      "tilsynet", "direktoratet", // Norwegian authorities: "Mattilsynet", "Utlendingsdirektoratet"
      "regementet", "brigaden", "flottiljen"}; // military units: "Luftvärnsregementet", "Norrbottensbrigaden"
  /** Named historical events, MISC however they are written ("andra världskriget", "Förintelsen"). */
  private static final Set<String> HISTORICAL_EVENTS = Set.of("förintelsen", "första världskriget",
      "andra världskriget", "kalla kriget", "arabiska våren", "franska revolutionen",
      "ryska revolutionen", "spanska inbördeskriget", "trettioåriga kriget", "sjuåriga kriget", "finska kriget",
      "vinterkriget", "fortsättningskriget", "lapplandskriget", "kalmarunionen", "vietnamkriget", "koreakriget",
      "gulfkriget", "irakkriget", "digerdöden");
  /** A road's code as one token: "E4", "E4:an", "RV23". */
  private static final Pattern ROAD_CODE = Pattern.compile("(?:E|RV|Rv|rv|LV|Lv|lv)\\d{1,4}(?::an)?");

  private NameWords() {}

  /** Acronyms of Swedish ministries, authorities and courts, written so in running text: always ORG. */
  private static final Set<String> GOVERNMENT_ACRONYMS = Set.of("UD", "Säpo", "SÄPO", "JO", "JK", "HFD", "FRA", "SKR",
      "SCB", "CSN", "FMV", "IVO", "SiS", "Brå", "FHM", "FoHM", "MSB", "FOI", "PTS");

  /** "UD", "Säpo", "MSB": a Swedish public body's acronym. */
  static boolean isGovernmentAcronym(String w) {
    return GOVERNMENT_ACRONYMS.contains(w);
  }

  /** "Parisavtalet", "Europakonventionen", "Augustpriset"; "Avtalet" itself is no name. */
  static boolean isWorkName(String w) {
    return workStem(w) >= 0;
  }

  /** "Åklagarmyndigheten", "Europarådet", but not "Schengenområdet" or "Källarförrådet". */
  static boolean isAuthority(String w) {
    if (!isCompoundEndingIn(w, AUTHORITY_ENDINGS)) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT); // "Området" opening a sentence is no authority either
    return !lower.endsWith("området") && !lower.endsWith("förrådet");
  }

  /**
   * Products the press names alone, MISC by the guidelines: devices, software, apps and games (the
   * annotated sets: TikTok, Snapchat, Discord MISC 7 of 7, Instagram 2 of 3), drugs and vaccines by brand. Left out: those also common words or first names ("Word", "Teams", "Gemini").
   */
  private static final Set<String> PRODUCTS = Set.of("Iphone", "iPhone", "Ipad", "iPad", "Ipod", "iPod", "Macbook",
      "MacBook", "Airpods", "AirPods", "Siri", "Alexa", "Android", "Windows", "Chat GPT", "ChatGPT", "Chatgpt",
      "Playstation", "PlayStation", "Xbox", "Kindle", "Ozempic", "Wegovy", "Mounjaro", "Comirnaty", "Spikevax",
      "Jynneos", "Viagra", "Alvedon", "Ipren", "Treo", "Voltaren", "BankID", "Swish", "SVT Play", "TV4 Play",
      "Himars", "HIMARS", "Atacms", "ATACMS", "TikTok", "Tiktok", "Snapchat", "Instagram", "WhatsApp", "Whatsapp",
      "Discord", "Roblox", "Minecraft", "Fortnite", "Steam");

  /** Whether {@code name} (without a genitive) is a product the press names alone ({@link #PRODUCTS}). */
  static boolean isProduct(String name) {
    return PRODUCTS.contains(name);
  }

  private static final Pattern WEB_DOMAIN =
      Pattern.compile("\\p{L}[\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*\\.(?:se|nu|com|org|net|no|dk|fi|de|eu)");

  /** "aftonbladet.se", "Elbruk.se": a site named as a source or a service, an organisation. */
  static boolean isWebDomain(String w) {
    return WEB_DOMAIN.matcher(w).matches();
  }

  /** "SE1" to "SE4": the bidding zones of the electricity market ("elområde 4"), places. */
  static boolean isPriceArea(String w) {
    return w.length() == 3 && w.startsWith("SE") && w.charAt(2) >= '1' && w.charAt(2) <= '4';
  }

  /**
   * "Kontantutredningen", "Kapacitetsutredningen": an inquiry named by its subject, the inquiry and
   * its report, which are MISC as the Swedish news corpus has them.
   */
  static boolean isInquiry(String w) {
    return w.endsWith("utredningen") && w.length() >= "utredningen".length() + 3;
  }

  /** Sporting events named like a place or a person: MISC wherever they stand. */
  private static final Set<String> SPORTING_EVENTS = Set.of("Roland Garros", "Roland-Garros",
      "Tour de France", "Giro d'Italia", "Vuelta a España", "Le Mans");

  /** "andra världskriget", "Förintelsen", "Roland Garros" (without a genitive ending): named events. */
  static boolean isHistoricalEvent(String name) {
    return HISTORICAL_EVENTS.contains(name.toLowerCase(Locale.ROOT)) || SPORTING_EVENTS.contains(name);
  }

  /**
   * Length of the part of {@code w} before the head of a work's name ("Paris" of "Parisavtalet",
   * "FN-" of "FN-stadgan", "ALMA-" of "ALMA-priset"), or -1 when it ends in none.
   */
  static int workStem(String w) {
    for (String ending : WORK_ENDINGS) {
      if (w.endsWith(ending) && w.length() > ending.length() + 1) {
        return w.length() - ending.length();
      }
    }
    return -1;
  }

  /** Arabic articles written in lower case before a name: "al-Assad", "el-Sisi", "ash-Sharaa". */
  private static final Set<String> NAME_ARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az");

  /** Whether [start, end) is a name behind a lower-case Arabic article ("al-Fashir", "al-Maqtaris"). */
  static boolean isParticleName(CharSequence text, int start, int end) {
    int dash = -1;
    for (int k = start; k < end && k - start <= 3 && dash < 0; k++) {
      dash = text.charAt(k) == '-' ? k : -1;
    }
    return dash > start && dash + 2 < end && Character.isUpperCase(text.charAt(dash + 1))
        && NAME_ARTICLES.contains(text.subSequence(start, dash).toString());
  }

  static boolean isRoadCode(String w) {
    return ROAD_CODE.matcher(w).matches();
  }

  private static boolean isCompoundEndingIn(String w, String[] endings) {
    for (String ending : endings) {
      if (w.endsWith(ending) && w.length() > ending.length() + 1) {
        return true;
      }
    }
    return false;
  }
}
