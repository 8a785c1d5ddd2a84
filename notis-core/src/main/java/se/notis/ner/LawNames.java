package se.notis.ner;

import static se.notis.ner.RuleTokens.isLower;
import static se.notis.ner.RuleTokens.word;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Names of laws written as one word ("alkohollagen", "brottsbalken") and the words that may or
 * may not continue "lagen om …".
 */
final class LawNames {
  /** Words that end the name "lagen om …", unless an "och" joins two adjectives. */
  private static final Set<String> LAW_STOPS = Set.of("alternativt", "och", "i", "på", "för", "samt", "efter", "som", "till", "men",
      "eller", "vid", "med", "när", "då", "mot");

  /** Endings of the part before "lagen" that make "-slagen" a form of "slag" ("försvarsanslagen", "storslagen"). */
  private static final String[] SLAGEN_HEADS = {"förs", "bes", "unders", "ans", "stors", "uts", "neds", "oms", "ins",
      "avs", "upps", "tills", "genoms", "pås"};

  /** Prefixes that make "-lagen"/"-slagen" a common noun: förslagen, underlagen, beslagen. */
  private static final Set<String> NOT_LAW_PREFIXES = Set.of("förs", "bes", "ans", "ins", "uts", "avs", "tills", "upps",
      "oms", "pås", "neds", "unders", "övers", "genoms", "frams", "under", "upp", "av", "in", "ut", "be", "över", "fram",
      "till", "för", "om", "på", "sam", "ned", "ner", "efter", "mot", "bakom", "grund", "rege", "ramf", "ansl");

  private LawNames() {}

  /**
   * Prepositions inside a statute's title, which goes on past them ("förordningen (1998:940) om
   * avgifter för prövning och tillsyn enligt miljöbalken", "om elstöd till konsumenter", "om
   * miljöledning i statliga myndigheter").
   */
  private static final Set<String> TITLE_PREPOSITIONS = Set.of("för", "till", "av", "enligt", "inom", "över", "vid",
      "med", "mot", "på", "i", "från", "mellan");

  /** Words after a preposition that make it an adverbial of the sentence, not a part of a title ("i december"). */
  private static final Set<String> ADVERBIAL_HEADS = Set.of("januari", "februari", "mars", "april", "maj", "juni",
      "juli", "augusti", "september", "oktober", "november", "december", "närvarande", "tillfället", "första",
      "andra", "tredje", "dag", "år", "fjol", "morgon", "går", "kraft", "praktiken", "stället", "sikt", "princip",
      "övrigt", "huvudsak", "samband", "syfte", "dagsläget", "helhet", "fortsättningen", "framtiden", "regel", "att",
      "sin", "sina", "sitt", "dess", "deras", "hans", "hennes", "denna", "detta", "dessa");

  /** The subjects of a statute that amends or repeals another: "förordning (2020:1302) om ändring i avfallsförordningen (2020:614)". */
  private static final Set<String> AMENDING_SUBJECTS = Set.of("ändring i", "ändringar i", "ändring av", "upphävande av",
      "ikraftträdande av", "giltighet av");

  /** The title words of a statute named by its subject: "lagen om …", "förordningen (2020:1180) om …". */
  private static final Set<String> TITLE_WORDS = Set.of("lagen", "förordningen", "lag", "förordning");

  /**
   * The end of the name "lagen om …" whose "om" is token {@code i + 1}: the noun phrase after "om"
   * ("lagen om elcertifikat anpassas" ends before the verb), at most seven words, none taken by
   * another name; {@code i + 2} when no name follows. A title that cites its number in the statute
   * book ({@code cited}) is copied whole, so it runs on past prepositions ("förordningen (2018:1463)
   * om producentansvar för returpapper"), and so does the same title without the number in a
   * document that cites it; an amending statute's title takes in the title it amends.
   */
  static int lawAfterOmEnd(CharSequence text, int[] starts, int[] ends, int n, int i, boolean[] taken,
      IntPredicate notPhrase, Gazetteer gazetteer, boolean cited) {
    int amended = amendedTitleEnd(text, starts, ends, n, i + 2, notPhrase, gazetteer);
    if (amended > 0) {
      return amended;
    }
    int known = knownSubjectEnd(text, starts, ends, n, i + 2);
    if (known > 0) {
      return known;
    }
    // A cited title may open with "vissa", which no other name's phrase does: "om vissa utsläpp av växthusgaser".
    int from = cited && i + 3 < n && word(text, starts, ends, i + 2).equals("vissa") ? i + 3 : i + 2;
    int phrase = NamePhrases.phraseEnd(text, starts, ends, n, from, notPhrase, gazetteer);
    if (phrase == from) {
      return i + 2;
    }
    int end = from;
    while (end < phrase && end - i < 7 && !taken[end] && isLower(text, starts[end])
        && (!LAW_STOPS.contains(word(text, starts, ends, end)) || isAdjectiveBeforeOch(text, starts, ends, end))) {
      end++;
    }
    String stop = end < phrase ? word(text, starts, ends, end) : "";
    if (end < phrase && !TITLE_PREPOSITIONS.contains(stop) && !stop.equals("och")) {
      return end;
    }
    int best = end;
    // Past "och" and prepositions only as far as the document cites the title.
    for (int longer = titleGoingOn(text, starts, ends, n, i, end, taken, notPhrase, gazetteer); longer > end;
        longer = titleGoingOn(text, starts, ends, n, i, end, taken, notPhrase, gazetteer)) {
      end = longer;
      if (cited || isCitedElsewhere(text, starts, ends, i + 1, end)) {
        best = end;
      }
    }
    // "förordningen (1998:944) om förbud m.m. i vissa fall …": the statute book's "m.m." is a part of the title.
    return cited && best < n && word(text, starts, ends, best).equals("m.m.") ? best + 1 : best;
  }

  /**
   * Subjects of statutes the news names by their whole title, though the title goes on past a
   * preposition or "och" where a sentence usually goes on ("lagen om skydd mot olyckor").
   */
  private static final List<String[]> KNOWN_SUBJECTS = java.util.stream.Stream.of("skydd mot olyckor",
      "vård av missbrukare i vissa fall", "stöd och service till vissa funktionshindrade", "straff för terroristbrott",
      "särskilda bestämmelser om vård av unga", "förbud mot diskriminering", "skydd för företagshemligheter",
      "åtgärder mot penningtvätt och finansiering av terrorism").map(title -> title.split(" ")).toList();

  /** The end of a known statute's subject that starts at token {@code from}, or -1. */
  private static int knownSubjectEnd(CharSequence text, int[] starts, int[] ends, int n, int from) {
    for (String[] subject : KNOWN_SUBJECTS) {
      int k = 0;
      while (k < subject.length && from + k < n && word(text, starts, ends, from + k).equals(subject[k])) {
        k++;
      }
      if (k == subject.length) {
        return from + k;
      }
    }
    return -1;
  }

  /**
   * The end of a title that goes on from token {@code end} through one preposition followed by a
   * noun phrase ("för prövning och tillsyn", then "enligt miljöbalken"), at most twenty words from
   * token {@code i}; {@code end} when none follows. A title also goes on through "och" ("om ansvar
   * och ersättning vid radiologiska olyckor"), but not into the next statute ("och förordningen …",
   * "och miljöbalken").
   */
  private static int titleGoingOn(CharSequence text, int[] starts, int[] ends, int n, int i, int end, boolean[] taken,
      IntPredicate notPhrase, Gazetteer gazetteer) {
    boolean and = end + 1 < n && word(text, starts, ends, end).equals("och")
        && !TITLE_WORDS.contains(word(text, starts, ends, end + 1)) && !isLawName(word(text, starts, ends, end + 1));
    if (end + 1 < n && end - i < 20 && !taken[end] && !taken[end + 1]
        && (and || TITLE_PREPOSITIONS.contains(word(text, starts, ends, end)))
        && !ADVERBIAL_HEADS.contains(word(text, starts, ends, end + 1))) {
      int from = word(text, starts, ends, end + 1).equals("vissa") ? end + 2 : end + 1; // "för vissa radioaktiva produkter"
      int phrase = NamePhrases.phraseEnd(text, starts, ends, n, from, notPhrase, gazetteer);
      int k = from;
      while (k < phrase && !taken[k]) {
        k++;
      }
      if (k > from && k < n && !taken[k] && endsInAdjective(text, starts, ends, k - 1) && isPluralNoun(text, starts, ends, k)
          && !notPhrase.test(k)) {
        k++; // "i statliga myndigheter": the phrase stops before a noun that ends names of authorities
      }
      if (k > from && !endsInAdjective(text, starts, ends, k - 1)) {
        return k;
      }
    }
    return end;
  }

  /** "statliga", "lokala": a word in "-a" after which a noun is still to come. */
  private static boolean endsInAdjective(CharSequence text, int[] starts, int[] ends, int k) {
    return ends[k] - starts[k] > 4 && text.charAt(ends[k] - 1) == 'a' && text.charAt(ends[k] - 2) != 'n';
  }

  /** "myndigheter", "kommuner": a lower-case word in "-er", "-ar" or "-or". */
  private static boolean isPluralNoun(CharSequence text, int[] starts, int[] ends, int k) {
    String w = word(text, starts, ends, k);
    return w.length() > 4 && w.chars().allMatch(Character::isLowerCase)
        && (w.endsWith("er") || w.endsWith("ar") || w.endsWith("or"));
  }

  /** Whether the document cites the subject [from, end) after a statute-book number: ") om producentansvar för returpapper". */
  private static boolean isCitedElsewhere(CharSequence text, int[] starts, int[] ends, int from, int end) {
    String subject = text.subSequence(starts[from], ends[end - 1]).toString();
    return text.toString().contains(") " + subject);
  }

  /**
   * The end of an amending statute's subject that starts at token {@code k} ("ändring i
   * avfallsförordningen (2020:614)", "upphävande av förordningen (2018:1463) om producentansvar
   * för returpapper"): the amended statute's name with its number; -1 when {@code k} opens no such subject.
   */
  private static int amendedTitleEnd(CharSequence text, int[] starts, int[] ends, int n, int k, IntPredicate notPhrase,
      Gazetteer gazetteer) {
    if (k + 2 < n && word(text, starts, ends, k).equals("fortsatt")) {
      k++; // "förordning (2022:1460) om fortsatt giltighet av Laponiaförordningen"
    }
    if (k + 2 >= n || !AMENDING_SUBJECTS.contains(word(text, starts, ends, k) + " " + word(text, starts, ends, k + 1))) {
      return -1;
    }
    int law = k + 2;
    String w = word(text, starts, ends, law);
    if (TITLE_WORDS.contains(w)) {
      int om = omAfterTitle(text, starts, ends, n, law);
      if (om > 0 && om + 1 < n) {
        int end = lawAfterOmEnd(text, starts, ends, n, om - 1, new boolean[n], notPhrase, gazetteer, om > law + 1);
        // "lagen (1992:1140) om Sveriges ekonomiska zon": a subject no rule reads leaves the title and its number.
        return end > om + 1 ? end : numberEnd(text, starts, ends, n, law + 1) > law + 1 ? numberEnd(text, starts, ends, n, law + 1) : -1;
      }
      return numberEnd(text, starts, ends, n, law + 1);
    }
    return isLawName(w) ? numberEnd(text, starts, ends, n, law + 1) : -1;
  }

  /** The end of a statute-book number in brackets at token {@code k} ("(2020:614)"), or {@code k} when there is none. */
  private static int numberEnd(CharSequence text, int[] starts, int[] ends, int n, int k) {
    if (k >= n || !word(text, starts, ends, k).equals("(")) {
      return k;
    }
    int close = k + 1;
    while (close < n && close - k < 6 && !word(text, starts, ends, close).equals(")")) {
      close++;
    }
    if (close >= n || close == k + 1 || !word(text, starts, ends, close).equals(")")) {
      return k;
    }
    return text.subSequence(starts[k + 1], ends[close - 1]).toString().matches("\\d{4}:\\d+") ? close + 1 : k;
  }

  /** Whether token {@code i}, "lag" or "förordning", is followed by a statute-book number: "förordning (2020:1302) om …". */
  static boolean citesNumber(CharSequence text, int[] starts, int[] ends, int n, int i) {
    return numberEnd(text, starts, ends, n, i + 1) > i + 1;
  }

  /**
   * The token "om" that opens the subject of the law or ordinance titled by token {@code i}: right
   * after it ("lagen om …") or after its number in the statute book ("förordningen (2020:1180) om …"),
   * also behind "med särskilda bestämmelser" ("lagen (1990:52) med särskilda bestämmelser om vård
   * av unga"); -1 when there is none.
   */
  static int omAfterTitle(CharSequence text, int[] starts, int[] ends, int n, int i) {
    return subjectOpener(text, starts, ends, n, numberEnd(text, starts, ends, n, i + 1));
  }

  /** "om", or the "om" of "med (särskilda) bestämmelser om", at token {@code k}; -1 otherwise. */
  private static int subjectOpener(CharSequence text, int[] starts, int[] ends, int n, int k) {
    if (k + 1 >= n) {
      return -1;
    }
    if (word(text, starts, ends, k).equals("om")) {
      return k;
    }
    if (!word(text, starts, ends, k).equals("med")) {
      return -1;
    }
    for (int b = k + 1; b <= k + 2 && b + 1 < n; b++) {
      if (word(text, starts, ends, b).equals("bestämmelser") && word(text, starts, ends, b + 1).equals("om")) {
        return b + 1;
      }
    }
    return -1;
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

  /**
   * First parts that make "-förordningen" or "-direktivet" a common noun: "ändringsförordningen" and
   * "genomförandeförordningen" are whichever amending or implementing regulation the text is about.
   */
  private static final Set<String> GENERIC_ORDINANCE_HEADS = Set.of("ändrings", "genomförande");

  /** The same for "-direktivet", and "tilläggsdirektivet", "kommittédirektivet": an inquiry's terms of reference. */
  private static final Set<String> GENERIC_DIRECTIVE_HEADS = Set.of("ändrings", "genomförande", "tilläggs", "kommitté",
      "ram");

  /**
   * "alkohollagen", "knivlagen", "brottsbalken", "avfallsförordningen", also in the genitive
   * ("polislagens", "miljöbalkens"), but not "förslagen", "underlagen", "flygbolagen", "storslagen"
   * or a word the dictionary knows as no noun ("sönderslagen").
   */
  static boolean isLawName(String word) {
    int hyphen = word.lastIndexOf('-');
    if (hyphen > 0 && isAcronymOfLaw(word.substring(0, hyphen))) {
      // "AI-förordningen", "CSRD-direktivet": a regulation named by its subject's letters
      String tail = word.substring(hyphen + 1);
      return tail.equals("förordningen") || tail.equals("förordningens") || tail.equals("direktivet")
          || tail.equals("direktivets") || tail.equals("lagen") || tail.equals("lagens");
    }
    if (word.length() < 8 || !Character.isLowerCase(word.charAt(0)) || hyphen >= 0) {
      return false;
    }
    String w = word.endsWith("ens") || word.endsWith("ets") ? word.substring(0, word.length() - 1) : word;
    String head;
    if (w.endsWith("lagen")) {
      head = w.substring(0, w.length() - 5);
    } else if (w.endsWith("balken")) {
      head = w.substring(0, w.length() - 6);
    } else if (w.endsWith("förordningen") || w.endsWith("direktivet")) {
      // Swedish ordinances and EU directives are named by their subject: "miljötillsynsförordningen",
      // "massflyktsdirektivet"
      boolean ordinance = w.endsWith("förordningen");
      head = w.substring(0, w.length() - (ordinance ? 12 : 10));
      return head.length() >= 3 && !(ordinance ? GENERIC_ORDINANCE_HEADS : GENERIC_DIRECTIVE_HEADS).contains(head)
          && !PhraseWords.isKnownNotNoun(w);
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
    return !head.endsWith("under") && !PhraseWords.isKnownNotNoun(w);
  }

  /**
   * "asylpakten", "tillväxtpaktens", "framtidspakten": a pact named by its subject, written in lower
   * case as laws are ("migrations- och asylpakten", "stabilitets- och tillväxtpakten").
   */
  static boolean isPactName(String word) {
    String w = word.endsWith("paktens") ? word.substring(0, word.length() - 1) : word;
    return w.endsWith("pakten") && w.length() >= "pakten".length() + 4 && Character.isLowerCase(w.charAt(0))
        && w.indexOf('-') < 0;
  }

  /** Capitals of a subject before a hyphen, no acronym of a body that issues many rules ("EU-förordningen"). */
  private static boolean isAcronymOfLaw(String prefix) {
    return prefix.length() >= 2 && prefix.length() <= 6 && prefix.chars().allMatch(Character::isUpperCase)
        && !GENERIC_ACRONYMS.contains(prefix);
  }

  /** Acronyms whose compounds are common nouns: "EU-förordningen" is whichever regulation the text is about. */
  private static final Set<String> GENERIC_ACRONYMS = Set.of("EU", "FN", "EES");

  /** List classes that make the first part of a compound a name: "Paris", "Istanbul", "Nagoya". */
  private static final int NAME_CLASSES = Gazetteer.MUNICIPALITY | Gazetteer.TOWN | Gazetteer.COUNTRY | Gazetteer.CITY
      | Gazetteer.REGION;

  /**
   * Whether the capitalised word at [start, end) names an agreement, a programme or a prize: a
   * compound of a name and one of those heads in the definite singular, perhaps with a genitive
   * "s". The name part is a name before a hyphen ("DCA-avtalet", "Anger-priset"; not "EU-"), a
   * listed place ("Parisavtalet", "Istanbulkonventionen") or, inside a sentence, where a capital
   * marks a name, any stem ("Tidöavtalet", "Guldpalmen"); a sentence's first word is capitalised
   * anyway, so there only a place will do ("Handlingsplanen" is a common noun).
   */
  static boolean isWorkNameAt(CharSequence text, int start, int end, boolean opensSentence, Gazetteer gazetteer) {
    if (end - start < 8 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    String w = text.subSequence(start, end).toString();
    int stem = NameWords.workStem(w);
    if (stem < 0 && w.endsWith("s")) {
      stem = NameWords.workStem(w.substring(0, w.length() - 1)); // "Parisavtalets"
    }
    if (stem < 2) {
      return false;
    }
    if (text.charAt(start + stem - 1) == '-') {
      String name = text.subSequence(start, start + stem - 1).toString();
      return name.length() >= 2 && name.chars().allMatch(Character::isLetterOrDigit) && !GENERIC_ACRONYMS.contains(name);
    }
    if (stem < 3 || !Character.isLowerCase(text.charAt(start + stem - 1))) {
      return false;
    }
    if (!opensSentence) {
      return true;
    }
    int linked = text.charAt(start + stem - 1) == 's' ? stem - 1 : stem; // "Karlstadsdeklarationen"
    return (gazetteer.single(text, start, start + stem) & NAME_CLASSES) != 0
        || (gazetteer.single(text, start, start + linked) & NAME_CLASSES) != 0;
  }

  /** Whether token {@code i} opens a sentence or a clause, where any word is capitalised (not after a comma). */
  static boolean capitalisedAnyway(CharSequence text, int[] starts, int i) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(starts[i - 1]);
    return !Character.isLetterOrDigit(before) && before != ',' && before != ';';
  }
}
