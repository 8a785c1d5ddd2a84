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
      "OSL", "HSL", "LSO", "LAS", "BrB");
  /** Endings of the names of agreements, conventions and treaties, which are MISC ("Parisavtalet"). */
  private static final String[] AGREEMENT_ENDINGS = {"avtalet", "konventionen", "fördraget", "protokollet",
      "deklarationen"};
  /** Endings of the names of authorities, ministries, councils and commissions, which are ORG. */
  private static final String[] AUTHORITY_ENDINGS = {"departementet", "myndigheten", "inspektionen",
      "beredningen", "kommissionen", "styrelsen", "ombudsmannen", "nämnden", "kollegiet", "rådet", "domstolen",
      "förbundet", "universitetet"};
  /** Named historical events, MISC however they are written ("andra världskriget", "Förintelsen"). */
  private static final Set<String> HISTORICAL_EVENTS = Set.of("förintelsen", "första världskriget",
      "andra världskriget", "kalla kriget", "arabiska våren", "franska revolutionen",
      "ryska revolutionen", "spanska inbördeskriget");
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

  /** "Parisavtalet", "Europakonventionen"; "Avtalet" itself is no name. */
  static boolean isAgreement(String w) {
    return isCompoundEndingIn(w, AGREEMENT_ENDINGS);
  }

  /** Endings of the names of government programmes and strategies: "Landsbygdsprogrammet", "Livsmedelsstrategin". */
  private static final String[] PROGRAMME_ENDINGS = {"programmet", "strategin"};

  /**
   * "Landsbygdsprogrammet", "Livsmedelsstrategin": a compound naming a programme or strategy, a name
   * (MISC) where it is written with a capital inside a sentence; "programmet" itself is none, nor is
   * a compound whose capital is its first part's ("EU-programmet Kreativa Europa", "AI-strategin").
   */
  static boolean isProgramme(String w) {
    return w.indexOf('-') < 0 && isCompoundEndingIn(w, PROGRAMME_ENDINGS);
  }

  /** "Åklagarmyndigheten", "Europarådet", but not "Schengenområdet" or "Källarförrådet". */
  static boolean isAuthority(String w) {
    if (!isCompoundEndingIn(w, AUTHORITY_ENDINGS)) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT); // "Området" opening a sentence is no authority either
    return !lower.endsWith("området") && !lower.endsWith("förrådet");
  }

  /** "andra världskriget", "Förintelsen" (without a genitive ending). */
  static boolean isHistoricalEvent(String name) {
    return HISTORICAL_EVENTS.contains(name.toLowerCase(Locale.ROOT));
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
