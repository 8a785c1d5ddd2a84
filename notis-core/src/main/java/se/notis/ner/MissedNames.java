package se.notis.ner;

import static se.notis.ner.EntityWords.INSTITUTIONS;
import static se.notis.ner.EntityWords.MEDIA;
import static se.notis.ner.EntityWords.NAME_PARTICLES;
import static se.notis.ner.EntityWords.PARTIES;
import static se.notis.ner.EntityWords.PARTY_LETTERS;
import static se.notis.ner.EntityWords.PLACE_OPENERS;
import static se.notis.ner.EntityWords.ROAD_WORDS;
import static se.notis.ner.EntityWords.PLACE_LISTS;
import static se.notis.ner.EntityWords.WORLD_REGIONS;
import static se.notis.ner.EntityWords.hasPlaceSuffix;
import static se.notis.ner.EntityWords.isAllCaps;
import static se.notis.ner.EntityWords.isInternational;
import static se.notis.ner.EntityWords.stripGenitive;
import static se.notis.ner.RuleTokens.isBracket;
import static se.notis.ner.RuleTokens.isCapitalisedWord;
import static se.notis.ner.RuleTokens.isLower;
import static se.notis.ner.RuleTokens.mark;
import static se.notis.ner.RuleTokens.spanEndingAt;
import static se.notis.ner.RuleTokens.word;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Adds names the tagger missed that follow fixed patterns: party letters after a politician,
 * listed authorities and organisations, laws, roads, events, world regions, countries, streets
 * and media sources.
 */
final class MissedNames {
  private MissedNames() {}

  /**
   * A party's letters in brackets after a politician's name or role are the party, an ORG:
   * "Magdalena Andersson (S)", "Jakob Forssmed, socialminister (KD)", "Camilla Brodin, gruppledare i
   * riksdagen (KD)". The tagger sees too few of them to be consistent (it calls "KD" MISC).
   */
  static void addPartyLetters(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out) {
    for (int i = 2; i + 1 < n; i++) {
      int party = i;
      if (!isBracket(text, starts, ends, i - 1, '(') || !isBracket(text, starts, ends, i + 1, ')')) {
        continue;
      }
      boolean afterPerson = out.stream().anyMatch(span -> span.end() == party - 1 && span.type().equals("PER"));
      // "Socialdemokraterna (S)", "Sverigedemokraterna (SD)": the party's own letters after its name
      boolean afterParty = party > 1
          && EntityWords.PARTIES.contains(stripGenitive(word(text, starts, ends, party - 2)));
      // "Erna Solberg (H)", "Gunnar Wilhelmsen (Ap)": a party abroad has letters of its own.
      boolean letters = PARTY_LETTERS.contains(word(text, starts, ends, i))
          || afterPerson && isPartyAbbreviation(word(text, starts, ends, i));
      if (!letters || !afterPerson && !afterParty && !followsPoliticalRole(text, starts, ends, i - 1)) {
        continue;
      }
      out.removeIf(span -> span.start() <= party && party < span.end());
      out.add(new NerLabels.TokenSpan(i, i + 1, "ORG"));
      taken[i] = true;
    }
  }

  /**
   * "samarbetet mellan S och C", "medan M och SD ökade": party letters coordinated with other party
   * letters or a party's name are parties, in a text that speaks of parties (not "storlek S och M").
   */
  static void addCoordinatedPartyLetters(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out) {
    for (int i = 0; i < n; i++) {
      int party = i;
      boolean coordinated = PARTY_LETTERS.contains(word(text, starts, ends, i))
          && (i + 2 < n && isCoordinator(word(text, starts, ends, i + 1)) && isParty(text, starts, ends, i + 2)
              || i >= 2 && isCoordinator(word(text, starts, ends, i - 1)) && isParty(text, starts, ends, i - 2));
      if (coordinated && speaksOfParties(text)) {
        out.removeIf(span -> span.start() <= party && party < span.end());
        out.add(new NerLabels.TokenSpan(i, i + 1, "ORG"));
        taken[i] = true;
      }
    }
  }

  private static boolean isCoordinator(String w) {
    return w.equals("och") || w.equals("eller") || w.equals(",");
  }

  private static boolean isParty(CharSequence text, int[] starts, int[] ends, int i) {
    String w = word(text, starts, ends, i);
    return PARTY_LETTERS.contains(w) || EntityWords.PARTIES.contains(stripGenitive(w));
  }

  private static boolean speaksOfParties(CharSequence text) {
    String all = text.toString();
    return all.contains("parti") || all.contains("Parti") || EntityWords.PARTIES.stream().anyMatch(all::contains);
  }

  /** One to four letters opening with a capital: "H", "Ap", "FrP", "CDU". */
  private static boolean isPartyAbbreviation(String w) {
    return w.length() <= 4 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
  }

  /**
   * "socialminister (KD)", "gruppledare i riksdagen (KD)", "ledamot i socialutskottet (S)": a
   * signature's role before the bracket, or a few words before it when lower-case words place the role.
   */
  private static boolean followsPoliticalRole(CharSequence text, int[] starts, int[] ends, int bracket) {
    for (int k = bracket - 1; k >= 0 && k >= bracket - 4; k--) {
      if (isPoliticalRole(word(text, starts, ends, k))) {
        return true;
      }
      if (!RuleTokens.isLower(text, starts[k])) {
        return false;
      }
    }
    return false;
  }

  /** "socialminister", "rättspolitisk talesperson": a role of politicians. */
  private static boolean isPoliticalRole(String w) {
    return w.endsWith("minister") || w.endsWith("talesperson") || w.endsWith("ordförande") || w.endsWith("ledamot")
        || w.endsWith("kommunalråd") || w.endsWith("partiledare") || w.endsWith("gruppledare")
        || w.endsWith("statssekreterare");
  }

  /**
   * Listed authorities and organisations of several words ({@code runClass}, {@code runPosition}
   * from {@link Gazetteer#matchRuns}) are organisations where no name covers them yet.
   */
  /**
   * "Sida har fått i uppdrag …", "* Sida ska även stärka …": a capitalised word the list of
   * authorities has whole is that authority where no name covers it, also at a sentence's start,
   * where the tagger takes a word that is also common ("sida") for the common noun.
   */
  static void addListedAuthorities(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out, Gazetteer gazetteer) {
    for (int i = 0; i < n; i++) {
      if (taken[i] || !Character.isUpperCase(text.charAt(starts[i])) || ends[i] - starts[i] < 3
          || (gazetteer.single(text, starts[i], ends[i]) & Gazetteer.AUTHORITY) == 0) {
        continue;
      }
      out.add(new NerLabels.TokenSpan(i, i + 1, "ORG"));
      taken[i] = true;
    }
  }

  /**
   * "ordförande för Unionens klubb", "fackförbundet 3F": a word the list of organisations has whole, and no
   * list of people or places, names that organisation inside a sentence, in the genitive too; where a
   * sentence opens, a common word with a capital ("Unionen" is also the union of states) says too little.
   */
  static void addListedOrganisationWords(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out, Gazetteer gazetteer) {
    for (int i = 1; i < n; i++) {
      int end = Gazetteer.stripGenitive(text, starts[i], ends[i]);
      char before = text.charAt(starts[i - 1]);
      if (taken[i] || !Character.isLetterOrDigit(before) && before != ','  // a quote or a dash may open a sentence
          || end - starts[i] < 2 || !hasCapital(text, starts[i], end)) {
        continue;
      }
      int bits = gazetteer.single(text, starts[i], end);
      if ((bits & Gazetteer.ORGANISATION) != 0 && (bits & (PLACE_LISTS | Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "ORG"));
        taken[i] = true;
      }
    }
  }

  /** Whether the word opens with a capital, or with digits and then a capital ("3F"). */
  private static boolean hasCapital(CharSequence text, int start, int end) {
    int c = start;
    while (c < end && Character.isDigit(text.charAt(c))) {
      c++;
    }
    return c < end && Character.isUpperCase(text.charAt(c));
  }

  static void addListedOrganisations(int n, boolean[] taken, List<NerLabels.TokenSpan> out, int[] runClass,
      int[] runPosition) {
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
  }

  /** The most words of a name made of common words ("Reportrar Utan Gränser"). */
  private static final int MAX_COMMON_WORD_NAME = 4;

  /** Words that continue a longer name before capitals: "Forum för Levande Historia", "Children and Armed Conflict". */
  private static final java.util.Set<String> INSIDE_NAME = java.util.Set.of("för", "mot", "av", "om", "i", "på", "till",
      "and", "of", "for", "the", "on", "in");

  /** Words that join the items of a list. */
  private static final java.util.Set<String> LIST_JOINS = java.util.Set.of(",", "och", "samt", "eller");

  /**
   * "Hushållningssällskapet och Vi Unga", "SVT, Reportrar Utan Gränser, …", "branschorganisationen
   * Svensk Handel": common words each written with a capital inside a sentence, two or more on one
   * line, name an organisation where they stand in a list beside one or after a noun for a kind of
   * organisation. Alone the capitals say too little (places "Inre Hamnen", headings run together);
   * a first name before a surname is a person.
   */
  static void addCommonWordOrganisations(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out, Gazetteer gazetteer) {
    for (int i = 1; i < n; i++) {
      if (taken[i] || !isCommonWordWithCapital(text, starts, ends, i, gazetteer)
          || !isLower(text, starts[i - 1]) && !RuleTokens.isComma(text, starts, ends, i - 1)
          || INSIDE_NAME.contains(word(text, starts, ends, i - 1))) {
        continue;
      }
      int end = i + 1;
      while (end < n && end - i < MAX_COMMON_WORD_NAME && !taken[end] && starts[end] == ends[end - 1] + 1
          && isCommonWordWithCapital(text, starts, ends, end, gazetteer)) {
        end++;
      }
      if (end - i >= 2 && !looksLikePerson(text, starts, ends, i, end, gazetteer)
          && (isListedBesideOrganisation(text, starts, ends, out, i, end)
          || EntityWords.isOrganisationHead(word(text, starts, ends, i - 1)))) {
        out.add(new NerLabels.TokenSpan(i, end, "ORG"));
        mark(taken, i, end);
      }
      i = end - 1;
    }
  }

  /** "Unga", "Gränser": a capitalised word the lexicon knows in lower case. */
  private static boolean isCommonWordWithCapital(CharSequence text, int[] starts, int[] ends, int i, Gazetteer gazetteer) {
    return RuleTokens.isCapitalisedWord(text, starts[i], ends[i]) && gazetteer.isCommon(text, starts[i], ends[i]);
  }

  /** "Rose Lind": a listed first name before a listed surname, as a person's name has ("Vi Unga" has none). */
  private static boolean looksLikePerson(CharSequence text, int[] starts, int[] ends, int start, int end,
      Gazetteer gazetteer) {
    boolean firstName = false;
    for (int k = start; k < end; k++) {
      int bits = gazetteer.single(text, starts[k], ends[k]);
      if (firstName && (bits & Gazetteer.SURNAME) != 0) {
        return true;
      }
      firstName |= (bits & Gazetteer.FIRST_NAME) != 0;
    }
    return false;
  }

  /** Whether the words from {@code start} to {@code end} are an item of a list next to an organisation. */
  private static boolean isListedBesideOrganisation(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, int start, int end) {
    boolean joinedBefore = start >= 2 && LIST_JOINS.contains(word(text, starts, ends, start - 1));
    boolean joinedAfter = end + 1 < starts.length && LIST_JOINS.contains(word(text, starts, ends, end));
    for (NerLabels.TokenSpan span : spans) {
      if ("ORG".equals(span.type()) && (joinedBefore && span.end() == start - 1 || joinedAfter && span.start() == end + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names of one or two words that follow fixed patterns, on tokens no name covers yet: laws and
   * their acronyms, events, roads, authorities, international organisations, parties, world
   * regions, countries, counties, streets, acronyms in brackets after a name, listed
   * organisations and media sources.
   */
  static void addPatterns(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out, Gazetteer gazetteer, IntPredicate notPhrase) {
    for (int i = 0; i < n; i++) {
      if (taken[i]) {
        continue;
      }
      NerLabels.TokenSpan found = surnameAfterHeadOfState(text, starts, ends, n, i, gazetteer);
      if (found == null) {
        found = objectAfterHead(text, starts, ends, n, i, taken, gazetteer);
      }
      if (found == null) {
        found = patternAt(text, starts, ends, n, i, taken, out, gazetteer, notPhrase);
      }
      if (found != null) {
        out.add(found);
        mark(taken, found.start(), found.end());
        i = found.end() - 1;
      }
    }
  }

  /**
   * "storövningen Tsentr 2019", "stormen Ciara", "läkemedlet Leqembi": capitalised words (and a number) right
   * after a lower-case noun for an exercise, a storm, a vessel or a product name that object, MISC, where
   * the tagger saw no name; a listed place is no such name ("under övningen Sverige").
   */
  private static NerLabels.TokenSpan objectAfterHead(CharSequence text, int[] starts, int[] ends, int n, int i,
      boolean[] taken, Gazetteer gazetteer) {
    if (i == 0 || !Character.isUpperCase(text.charAt(starts[i])) || !Character.isLowerCase(text.charAt(starts[i - 1]))
        || !SpanTyper.endsWithVesselHead(word(text, starts, ends, i - 1))
        || EntityWords.isListedPlaceOnly(text, starts[i], ends[i], gazetteer)) {
      return null;
    }
    int end = i + 1;
    while (end < n && end - i < 3 && !taken[end] && Character.isUpperCase(text.charAt(starts[end]))) {
      end++;
    }
    if (end < n && !taken[end] && Character.isDigit(text.charAt(starts[end])) && ends[end] - starts[end] <= 4) {
      end++; // "Tsentr 2019", "Aurora 26"
    }
    return new NerLabels.TokenSpan(i, end, "MISC");
  }

  /** Lower-case roles that foreign news put before a leader's surname alone ("president Zelenskyj"). */
  private static final String[] HEAD_ROLES = {"president", "premiärminister", "statsminister", "kansler", "minister",
      "kung", "drottning", "påve", "diktator"};

  /**
   * "president Zelenskyj", "premiärminister Orbán": a capitalised word no list knows, alone after a
   * head of state's or government's role, is the person's surname; null otherwise.
   */
  private static NerLabels.TokenSpan surnameAfterHeadOfState(CharSequence text, int[] starts, int[] ends, int n, int i,
      Gazetteer gazetteer) {
    if (i == 0 || ends[i] - starts[i] < 3 || !Character.isUpperCase(text.charAt(starts[i]))
        || i + 1 < n && Character.isUpperCase(text.charAt(starts[i + 1]))) {
      return null;
    }
    String role = word(text, starts, ends, i - 1);
    if (role.isEmpty() || !Character.isLowerCase(role.charAt(0)) || !endsWithAny(role, HEAD_ROLES)) {
      return null;
    }
    String w = word(text, starts, ends, i);
    for (int k = 1; k < w.length(); k++) {
      boolean afterHyphen = w.charAt(k - 1) == '-' && k + 1 < w.length(); // "kung Willem-Alexander"
      if (!Character.isLowerCase(w.charAt(k)) && w.charAt(k) != '-' && !afterHyphen) {
        return null; // "SD", "McCarthy"-like shapes and genitive colons are left to the tagger
      }
    }
    int names = Gazetteer.SURNAME | Gazetteer.FIRST_NAME;
    if ((gazetteer.single(text, starts[i], ends[i]) & ~names) != 0 || gazetteer.genitive(text, starts[i], ends[i]) != 0
        || isInternational(w) || PARTIES.contains(w) || MEDIA.contains(w)) {
      return null;
    }
    return new NerLabels.TokenSpan(i, i + 1, "PER");
  }

  private static boolean endsWithAny(String word, String[] endings) {
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One compound word for a body written with a capital inside a sentence, where a common noun for a
   * body would be in lower case ("Industrifonden", "Hyresmarknadskommittén", "Pensionsgruppen"); not a municipality's
   * committee ("Byggnadsnämnden"), which some papers capitalise.
   */
  private static boolean isCapitalisedBody(String w) {
    String lower = stripGenitive(w).toLowerCase(Locale.ROOT);
    return lower.length() > 10 && w.indexOf('-') < 0
        && (ShapedNames.isCompoundBody(lower) || lower.endsWith("gruppen") && lower.length() > 12) // "Pensionsgruppen"
        && (lower.endsWith("en") || lower.endsWith("én") || lower.endsWith("et")) // definite, as a name is: not "WHO:s Europakontor"
        && !lower.endsWith("enheten") && !lower.endsWith("avdelningen") // a unit inside a body: "Personalenheten"
        && !EntityWords.isMunicipalCommittee(lower) && !INSTITUTIONS.contains(lower);
  }

  /** Spanish, Portuguese and Italian nouns that open the names of universities, banks and institutes. */
  private static final Set<String> ROMANCE_BODIES = Set.of("Universidad", "Universidade", "Università", "Banco",
      "Banca", "Instituto", "Istituto", "Ministerio", "Fundación", "Fundação", "Fondazione", "Tribunal");

  /** "de", "del", "di", "da", "do": the preposition between such a noun and what it is of. */
  private static final Set<String> ROMANCE_OF = Set.of("de", "del", "di", "da", "do", "della", "dos", "das");

  /** Whether token {@code i} follows an opening quotation mark, where a title may capitalise any word. */
  static boolean isInsideQuote(CharSequence text, int[] starts, int i) {
    char before = text.charAt(starts[i - 1]);
    return before == '”' || before == '"' || before == '“' || before == '«';
  }

  /** The name of a fixed pattern that token {@code i} ends or starts, or null; the first pattern that fits wins. */
  private static NerLabels.TokenSpan patternAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      boolean[] taken, List<NerLabels.TokenSpan> out, Gazetteer gazetteer, IntPredicate notPhrase) {
    // Most tokens are neither capitalised nor one of the few lower-case cue words: skip them
    // before making a string.
    char first = text.charAt(starts[i]);
    int length = ends[i] - starts[i];
    boolean upper = Character.isUpperCase(first);
    boolean lowerCue = first == 'l' || first == 'r' || first == 'v' || first == 'e'
        || (length >= 8 && text.charAt(ends[i] - 1) == 'n')
        || (length >= 9 && text.charAt(ends[i] - 1) == 's' && text.charAt(ends[i] - 2) == 'n') // "polislagens"
        || ((length == 5 || length == 6) && (first == 'a' || first == 'f' || first == 'k')) // "andra världskriget"
        || (length == 10 && first == 'f') // "förordning (2020:1302) om …"
        || (length >= 10 && text.charAt(ends[i] - 1) == 't' && text.charAt(ends[i] - 3) == 'g') // "fortsättningskriget"
        || (length >= 4 && text.charAt(ends[i] - 1) == '-') // "plan- och bygglagen"
        || i > 0 && Character.isUpperCase(text.charAt(starts[i - 1])); // "Gabna sameby", "Ramsjö skola"
    boolean bodyCue = !upper && length >= 7 && text.charAt(ends[i] - 1) == 'a'; // "nordiska ministerrådet"
    if ((first == 'a' || first == 'e') && i > 0 && NameWords.isParticleName(text, starts[i], ends[i])) {
      return particleNameAt(text, starts, ends, i);
    }
    if (!upper && !lowerCue && !bodyCue) {
      return null;
    }
    String w = word(text, starts, ends, i);
    if (bodyCue) {
      NerLabels.TokenSpan body = lowerCaseBodyAt(text, starts, ends, n, i, w, taken);
      if (body == null && i + 1 < n && !taken[i + 1] && (i == 0 || !isAdjective(text, starts, ends, i - 1))
          && NameWords.isHistoricalEvent(w + " " + word(text, starts, ends, i + 1))) {
        body = new NerLabels.TokenSpan(i, i + 2, "MISC"); // "under den arabiska våren"
      }
      if (body != null || !lowerCue) {
        return body;
      }
    }
    int media = upper ? MediaNames.nameEnd(text, starts, ends, n, i, taken) : -1;
    if (media > 0) {
      return new NerLabels.TokenSpan(i, media, "ORG");
    }
    if (upper && i + 1 < n && !taken[i + 1] && isPlaceWithPlaceNoun(text, starts, ends, i, w, gazetteer)) {
      return new NerLabels.TokenSpan(i, i + 2, "LOC");
    }
    if (upper && i + 1 < n && !taken[i + 1] && isNameWithOrganisationTail(text, starts, ends, i, gazetteer)) {
      return new NerLabels.TokenSpan(i, i + 2, "ORG");
    }
    NerLabels.TokenSpan named = upper ? adjectiveNameAt(text, starts, ends, n, i, w, taken, gazetteer) : null;
    if (named == null && upper) {
      named = bodyBeforeAcronymAt(text, starts, ends, n, i, w, taken);
    }
    if (named == null && upper) {
      named = partOfTownAt(text, starts, ends, n, i, w, gazetteer);
    }
    if (named == null && upper) {
      named = venueAt(text, starts, ends, i, w);
    }
    if (named == null && upper) {
      named = shortFormBetweenCommasAt(text, starts, ends, n, i, w, out);
    }
    if (named == null && upper) {
      named = expansionAfterAcronymAt(text, starts, ends, n, i, taken, out);
    }
    if (named == null && upper && !RuleTokens.opensSentence(text, starts, i) && RuleTokens.isCapitalisedWord(text, starts[i], ends[i])
        && SpanTyper.isProducerAt(text, starts, ends, i)) {
      named = new NerLabels.TokenSpan(i, i + 1, "ORG"); // "enligt en sammanställning från Infront"
    }
    if (named == null && upper) {
      named = organisationAfterHeadAt(text, starts, ends, n, i, taken, notPhrase, gazetteer);
    }
    if (named == null && upper) {
      named = speakingAcronymAt(text, starts, ends, n, i, w, gazetteer);
    }
    if (named == null && upper) {
      named = cityAbroadAt(text, starts, ends, n, i, gazetteer);
    }
    if (named == null && upper && isPluralBodyAt(text, starts, ends, i, w, gazetteer)) {
      named = new NerLabels.TokenSpan(i, i + 1, "ORG");
    }
    if (named != null) {
      return named;
    }
    NerLabels.TokenSpan found = namedWordAt(text, starts, ends, n, i, w, upper, taken, gazetteer);
    return found != null ? found : lawOrPlaceAt(text, starts, ends, n, i, w, upper, taken, out, gazetteer, notPhrase);
  }

  private static final Set<String> FOLKETS_PLACES = Set.of("hus", "park", "Hus", "Park");

  /**
   * "enligt Aktiespararna", "talesperson för Bilisterna": a capitalised plural noun inside a sentence
   * names the association of those people (a common noun would be in lower case there).
   */
  private static boolean isPluralBodyAt(CharSequence text, int[] starts, int[] ends, int i, String w, Gazetteer gazetteer) {
    String base = stripGenitive(w);
    String lower = base.toLowerCase(Locale.ROOT);
    boolean inside = i > 0 && (isLower(text, starts[i - 1]) || word(text, starts, ends, i - 1).equals("Enligt"));
    return inside && base.length() > 7 && isCapitalisedWord(text, starts[i], ends[i])
        && (lower.endsWith("arna") || lower.endsWith("erna")) && gazetteer.isCommon(text, starts[i], starts[i] + base.length())
        && !lower.endsWith("styrelserna") && !INSTITUTIONS.contains(lower); // "Uppdragen till Länsstyrelserna"
  }

  /**
   * "fabriken i Gent i Belgien", "belgiska Gent": a listed city that is also a common word ("gent") is
   * the city inside a sentence when its country follows or a demonym adjective stands before it; null otherwise.
   */
  private static NerLabels.TokenSpan cityAbroadAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      Gazetteer gazetteer) {
    if (i == 0 || !RuleTokens.isLower(text, starts[i - 1])
        || (gazetteer.single(text, starts[i], ends[i]) & (Gazetteer.CITY | Gazetteer.TOWN)) == 0) {
      return null;
    }
    boolean demonym = (gazetteer.single(text, starts[i - 1], ends[i - 1]) & Gazetteer.DEMONYM) != 0;
    boolean country = i + 2 < n && word(text, starts, ends, i + 1).equals("i")
        && (gazetteer.single(text, starts[i + 2], ends[i + 2]) & Gazetteer.COUNTRY) != 0;
    return demonym || country ? new NerLabels.TokenSpan(i, i + 1, "LOC") : null;
  }

  /**
   * "Medelhavsområdet", "Stockholmsregionen", "Charkivregionen": a listed place or sea joined to
   * "-området" or "-regionen" names the area around it.
   */
  private static boolean isAreaOfPlace(CharSequence text, int start, int end, String w, Gazetteer gazetteer) {
    String base = stripGenitive(w);
    String area = base.endsWith("området") ? "området" : base.endsWith("regionen") ? "regionen" : null;
    if (area == null || base.length() < area.length() + 4) {
      return false;
    }
    int stemEnd = start + base.length() - area.length();
    if (text.charAt(stemEnd - 1) == 's' || text.charAt(stemEnd - 1) == '-') {
      stemEnd--; // the joining s: "Medelhavs-", "Stockholms-"
    }
    String stem = text.subSequence(start, stemEnd).toString();
    // a compound takes a sea's stem: "Medelhavs-" is Medelhavet's, "Östersjö-" Östersjön's
    return WORLD_REGIONS.contains(stem) || WORLD_REGIONS.contains(stem + "et") || WORLD_REGIONS.contains(stem + "n")
        || (gazetteer.single(text, start, stemEnd) & PLACE_LISTS) != 0;
  }

  /** Speech verbs whose subject, right before or after them, an acronym names: "SJ meddelar", "uppger SVT". */
  static final Set<String> SPEECH_VERBS = Set.of("meddelar", "meddelade", "uppger", "uppgav", "skriver",
      "skrev", "säger", "sa", "sade", "bekräftar", "bekräftade", "varnar", "varnade", "rapporterar", "rapporterade",
      "berättar", "menar", "konstaterar", "tillägger", "förklarar");

  /**
   * An acronym that speaks is an organisation: "SJ meddelar på sin webbplats att …", "…, uppger
   * SVT". Acronyms of common words and titles ("VD säger") and the first part of a coordinated
   * compound ("säger EU- och handelsminister") are left out.
   */
  private static NerLabels.TokenSpan speakingAcronymAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      String w, Gazetteer gazetteer) {
    if (w.length() < 2 || w.length() > 5 || !isAllCaps(w) || !w.chars().allMatch(Character::isLetter)
        || w.equals("VD") || gazetteer.isCommon(text, starts[i], ends[i])) {
      return null;
    }
    boolean speaks = i + 1 < n && SPEECH_VERBS.contains(word(text, starts, ends, i + 1))
        || i > 0 && SPEECH_VERBS.contains(word(text, starts, ends, i - 1));
    return speaks ? new NerLabels.TokenSpan(i, i + 1, "ORG") : null;
  }

  /**
   * "partiet Nationell samling", "vänsteralliansen Nya folkfronten": a capitalised word after a
   * noun for a kind of organisation opens that organisation's name, with the lower-case words of
   * its noun phrase, or alone when it is no common word ("tv-kanalen Imedi").
   */
  private static NerLabels.TokenSpan organisationAfterHeadAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      boolean[] taken, IntPredicate notPhrase, Gazetteer gazetteer) {
    if (i == 0 || text.charAt(ends[i] - 1) == 's'
        || !EntityWords.isOrganisationHead(word(text, starts, ends, i - 1).toLowerCase(Locale.ROOT))
            && !isHeadAfterGenitive(text, starts, ends, i - 1) && !isAcronymAfterBodyHead(text, starts, ends, i)) {
      return null; // "publicistföreningen Utgivarnas gemensamma …": a genitive ends the name
    }
    int run = i + 1;
    while (run < n && run - i < 3 && !taken[run] && Character.isUpperCase(text.charAt(starts[run]))
        && Character.isLetterOrDigit(text.charAt(starts[run]))) {
      run++; // "tv-kanalen Press TV": capitalised words on
    }
    if (run > i + 1) {
      return new NerLabels.TokenSpan(i, run, "ORG");
    }
    if (i + 1 >= n || taken[i + 1] || !isLower(text, starts[i + 1])) {
      // "till tv-kanalen Imedi": a word of its own, unless the lexicon has it in lower case ("ERT" is no "ert").
      return isCommonWord(text, starts, ends, i, gazetteer) ? null : new NerLabels.TokenSpan(i, i + 1, "ORG");
    }
    int end = Math.min(NamePhrases.phraseEnd(text, starts, ends, n, i + 1, notPhrase, gazetteer), i + 4);
    if (end <= i + 1) {
      // "radiostationen Cooperativa gick …": no lower-case words of the name follow.
      return isCommonWord(text, starts, ends, i, gazetteer) ? null : new NerLabels.TokenSpan(i, i + 1, "ORG");
    }
    for (int k = i + 2; k + 1 < end; k++) {
      if (word(text, starts, ends, k).equals("och") && EntityWords.isOrganisationHead(word(text, starts, ends, k + 1))) {
        end = k; // "Nya folkfronten och partiet Nationell samling": the next organisation's head
      }
    }
    return end > i + 1 ? new NerLabels.TokenSpan(i, end, "ORG") : null;
  }

  /** "det kanadensiska brandcentret CIFFC": an acronym after a lower-case noun for a body is that body's name. */
  static boolean isAcronymAfterBodyHead(CharSequence text, int[] starts, int[] ends, int i) {
    return i > 0 && isLower(text, starts[i - 1]) && ends[i] - starts[i] >= 3 && isAllCaps(word(text, starts, ends, i))
        && EntityWords.isBodyHead(word(text, starts, ends, i - 1));
  }

  /**
   * "i Gottsunda centrum", "Slite hamn": a capitalised word inside a sentence, no common word and no
   * genitive, before a noun that names a place after its place; not an adjective ("Glesbygdsmedicinskt
   * centrum" is a body).
   */
  private static boolean isPlaceWithPlaceNoun(CharSequence text, int[] starts, int[] ends, int i, String w,
      Gazetteer gazetteer) {
    return !RuleTokens.opensSentence(text, starts, i) && text.charAt(ends[i] - 1) != 's'
        && SpanJoiner.isPlaceOfPlace(word(text, starts, ends, i + 1)) && !gazetteer.isCommon(text, starts[i], ends[i])
        && !w.endsWith("skt") && !w.endsWith("igt");
  }

  /** "hos AF Bostäder", "Ahlgrens Fisk AB": a word that is no place and no common word ("Enligt P4 Extra") before an organisation's tail. */
  private static boolean isNameWithOrganisationTail(CharSequence text, int[] starts, int[] ends, int i,
      Gazetteer gazetteer) {
    return EntityWords.ORG_TAILS.contains(word(text, starts, ends, i + 1)) && Character.isUpperCase(text.charAt(starts[i + 1]))
        && (gazetteer.single(text, starts[i], ends[i]) & PLACE_LISTS) == 0 && !isCommonWord(text, starts, ends, i, gazetteer);
  }

  /** Indefinite nouns for a kind of organisation, which stand before its name after a genitive. */
  private static final String[] INDEFINITE_ORG_HEADS = {"myndighet", "center", "organisation", "förbund", "bolag",
      "företag", "parti", "bank", "institut", "byrå", "fond", "kedja", "tidning"};

  /** "EU:s livsmedelsmyndighet Efsa", "Estlands försvarsinvesteringscenter ECDI": a kind noun after a genitive. */
  private static boolean isHeadAfterGenitive(CharSequence text, int[] starts, int[] ends, int head) {
    if (head == 0 || !isLower(text, starts[head]) || !Character.isUpperCase(text.charAt(starts[head - 1]))
        || text.charAt(ends[head - 1] - 1) != 's') {
      return false;
    }
    String w = word(text, starts, ends, head);
    for (String ending : INDEFINITE_ORG_HEADS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCommonWord(CharSequence text, int[] starts, int[] ends, int i, Gazetteer gazetteer) {
    return gazetteer.isCommon(text, starts[i], ends[i]) && !isAllCaps(word(text, starts, ends, i));
  }

  /**
   * The first token of a work named after a person whose last name ends at {@code i}: "Per
   * Anger-priset", "Ewald von Kleist-priset" take the capitalised words and particles before.
   */
  private static int namedAfterStart(CharSequence text, int[] starts, int[] ends, int i, boolean[] taken) {
    int from = i;
    while (from > 0 && i - from < 3 && !taken[from - 1] && (isCapitalisedWord(text, starts[from - 1], ends[from - 1])
        || NAME_PARTICLES.contains(word(text, starts, ends, from - 1)))) {
      from--;
    }
    while (from < i && !Character.isUpperCase(text.charAt(starts[from]))) {
      from++;
    }
    return from;
  }

  /** Nouns after which an Arabic name is a place ("staden al-Fashir") or a group ("milisen al-Shabaab"). */
  private static final Set<String> PLACE_NOUNS = Set.of("i", "från", "staden", "byn", "lägret", "provinsen",
      "regionen", "området", "orten", "hamnstaden", "huvudstaden", "flyktinglägret", "sjukhuset");
  private static final Set<String> GROUP_NOUNS = Set.of("gruppen", "terrorgruppen", "milisen", "rörelsen",
      "nätverket", "terrornätverket", "organisationen", "kanalen", "tv-kanalen");

  /**
   * An Arabic name with its article in lower case ("al-Fashir", "al-Shabaab") that no other rule
   * took, by the noun or preposition before it; null when they say nothing. The tagger keys on
   * capitals and passes these by.
   */
  private static NerLabels.TokenSpan particleNameAt(CharSequence text, int[] starts, int[] ends, int i) {
    String before = word(text, starts, ends, i - 1).toLowerCase(Locale.ROOT);
    if (PLACE_NOUNS.contains(before)) {
      return new NerLabels.TokenSpan(i, i + 1, "LOC");
    }
    return GROUP_NOUNS.contains(before) ? new NerLabels.TokenSpan(i, i + 1, "ORG") : null;
  }

  /**
   * "i Nordiska ministerrådet", "över den Engelska kanalen", "i Lilla torp": inside a sentence, an
   * adjective written with a capital ("Nordiska", "Engelska", "Lilla", a word otherwise written in
   * lower case) opens a name with the lower-case head noun after it, a body or a place by that
   * head. At a sentence's start the capital says nothing, so there only a body's head counts.
   */
  private static NerLabels.TokenSpan adjectiveNameAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      String w, boolean[] taken, Gazetteer gazetteer) {
    int next = i + 1;
    if (next >= n || taken[next] || w.length() < 4 || !(w.endsWith("a") || w.endsWith("e"))
        || !isLower(text, starts[next])
        || !(PLACE_OPENERS.contains(w) || w.endsWith("iska")
            || PhraseWords.isKnownAdjective(w.toLowerCase(Locale.ROOT)))) { // not "Både hyresnämnden och …"
      return null;
    }
    boolean inside = i > 0 && (isLower(text, starts[i - 1]) || RuleTokens.isComma(text, starts, ends, i - 1)
        || word(text, starts, ends, i - 1).equals("Enligt")); // "Enligt Röda halvmånen kan …"
    String type = EntityWords.adjectiveHeadType(stripGenitive(word(text, starts, ends, next)));
    String second = word(text, starts, ends, next);
    if (type == null && next + 1 < n && !taken[next + 1] && second.endsWith("ska") && second.length() > 5
        && isLower(text, starts[next + 1]) && "ORG".equals(EntityWords.adjectiveHeadType(
            stripGenitive(word(text, starts, ends, next + 1))))) {
      next++; // "Isländska meteorologiska institutet": a second adjective before the body's head
      type = "ORG";
    }
    // At a sentence's start a body's head still tells: a common noun phrase would have its article
    // ("det ukrainska institutet"), a name has none ("Ukrainska institutets främsta uppdrag är …").
    // A superlative there describes ("Största oppositionspartiet, CDP, …"), but for the courts' and funds' names.
    boolean superlative = w.endsWith("sta") && !w.equals("Högsta") && !w.equals("Första");
    boolean opening = (i == 0 || !Character.isLetterOrDigit(text.charAt(starts[i - 1]))) && "ORG".equals(type)
        && !superlative;
    return type == null || !(inside || opening) ? null : new NerLabels.TokenSpan(i, next + 1, type);
  }

  /** Words before an adjective that make its phrase a description ("det europeiska förbundet Uefa"). */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("den", "det", "de", "en", "ett", "denna",
      "detta", "dessa");

  /** The most words a body's name before its acronym may have. */
  private static final int MAX_BODY_WORDS = 6;

  /**
   * "besökte under dagen Glesbygdsmedicinskt centrum (GMC)", "Nationellt centrum för kvinnofrid
   * (NCK)": inside a sentence, a capitalised word and lower-case words up to an acronym in
   * brackets name a body when one of them is a body's head and the acronym's letters stand in
   * the words in order, the first letter the name's. At a sentence's start the capital says
   * nothing, and "Utveckling och tillämpning av artificiell intelligens (AI)" is no body.
   */
  private static NerLabels.TokenSpan bodyBeforeAcronymAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      String w, boolean[] taken) {
    if (i == 0 || !isLower(text, starts[i - 1]) || !RuleTokens.isCapitalisedWord(text, starts[i], ends[i])) {
      return null;
    }
    int open = i + 1;
    while (open < n && open <= i + MAX_BODY_WORDS && !taken[open] && isLowerLetters(text, starts[open], ends[open])) {
      open++;
    }
    if (open == i + 1 || open + 2 >= n || !isBracket(text, starts, ends, open, '(')
        || !isBracket(text, starts, ends, open + 2, ')')) {
      return null;
    }
    String acronym = word(text, starts, ends, open + 1);
    String name = text.subSequence(starts[i], ends[open - 1]).toString();
    if (acronym.length() < 2 || !isAllCaps(acronym) || acronym.charAt(0) != w.charAt(0)
        || !EntityMerger.lettersInOrder(acronym, name) || !hasBodyHead(text, starts, ends, i, open)) {
      return null;
    }
    return new NerLabels.TokenSpan(i, open, "ORG");
  }

  private static boolean hasBodyHead(CharSequence text, int[] starts, int[] ends, int from, int to) {
    for (int k = from; k < to; k++) {
      if (EntityWords.isBodyHead(word(text, starts, ends, k).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Adjectives that open the names of international bodies, which writers also put in lower case. */
  private static final java.util.Set<String> BODY_ADJECTIVES = java.util.Set.of("europeiska", "internationella",
      "nordiska", "förenta");

  /**
   * "extra medel från nordiska ministerrådet", "förslag till europeiska kommissionen": the name of
   * an international body written in lower case is still its name, when a body's head noun follows
   * the adjective and neither a determiner nor another adjective stands before it: "det europeiska
   * förbundet Uefa" describes, and so does "det gemensamma europeiska regelverket".
   */
  private static NerLabels.TokenSpan lowerCaseBodyAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      String w, boolean[] taken) {
    int next = i + 1;
    if (next >= n || taken[next] || !BODY_ADJECTIVES.contains(w) || !isLower(text, starts[next])
        || i > 0 && (isAdjective(text, starts, ends, i - 1)
            || DETERMINERS.contains(word(text, starts, ends, i - 1).toLowerCase(java.util.Locale.ROOT)))) {
      return null;
    }
    String head = stripGenitive(word(text, starts, ends, next));
    // In lower case a compound of "verket" or "unionen" is a framework or a policy ("regelverket",
    // "hälsounionen"), "området" no council, and nations are the UN only after "förenta".
    boolean framework = isCompoundOf(head, "verket") || isCompoundOf(head, "unionen") || head.endsWith("området")
        || head.equals("nationerna") && !w.equals("förenta");
    return !framework && "ORG".equals(EntityWords.adjectiveHeadType(head)) ? new NerLabels.TokenSpan(i, next + 1, "ORG")
        : null;
  }

  private static boolean isCompoundOf(String word, String tail) {
    return word.length() > tail.length() && word.endsWith(tail);
  }

  /** A lower-case word with an adjective's definite ending, which makes the phrase after it common. */
  private static boolean isAdjective(CharSequence text, int[] starts, int[] ends, int i) {
    char last = text.charAt(ends[i] - 1);
    return isLower(text, starts[i]) && ends[i] - starts[i] > 3 && (last == 'a' || last == 'e');
  }

  /**
   * "på Norr i Östersund", "på Söder i Stockholm": a capitalised word between a preposition of
   * place and "i" with a listed town is a part of that town, though the word is also a common one
   * ("norr").
   */
  private static NerLabels.TokenSpan partOfTownAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      String w, Gazetteer gazetteer) {
    if (i == 0 || i + 2 >= n || w.length() < 3 || !RuleTokens.isCapitalisedWord(text, starts[i], ends[i])
        || !PART_OF_TOWN_PREPOSITIONS.contains(word(text, starts, ends, i - 1))
        || !word(text, starts, ends, i + 1).equals("i")
        || (gazetteer.single(text, starts[i + 2], ends[i + 2])
            & (Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.CITY)) == 0) {
      return null;
    }
    // A common noun in the definite form is an institution written with a capital ("vid
    // Generalkonsulatet i Houston"), not a part of the town; nor is a compound of a common noun
    // ("på Natotoppmötet i Haag" names the meeting).
    boolean definiteCommon = gazetteer.isCommon(text, starts[i], ends[i])
        && (w.endsWith("et") || w.endsWith("en") || w.endsWith("an") || w.endsWith("na"));
    boolean compound = gazetteer.commonTail(text, starts[i], ends[i]) >= 0;
    return definiteCommon || compound ? null : new NerLabels.TokenSpan(i, i + 1, "LOC");
  }

  /**
   * "en ceremoni i Konserthuset", "en konsert från Cirkus", "protester i Stadshallen": a venue's one
   * capitalised word inside a sentence, after a preposition of place, is the building, a place.
   */
  private static NerLabels.TokenSpan venueAt(CharSequence text, int[] starts, int[] ends, int i, String w) {
    if (i == 0 || RuleTokens.opensSentence(text, starts, i) || !RuleTokens.isCapitalisedWord(text, starts[i], ends[i])
        || !SpanTyper.isPlacePreposition(word(text, starts, ends, i - 1)) || !SpanTyper.isVenueName(w)) {
      return null;
    }
    return new NerLabels.TokenSpan(i, i + 1, "LOC");
  }

  /**
   * "Svenska Fotbollförbundet, SvFF, vid …": a short form set off by commas right after an
   * organisation's name, in mixed case where the acronym rules look for capitals only.
   */
  private static NerLabels.TokenSpan shortFormBetweenCommasAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      String w, List<NerLabels.TokenSpan> out) {
    if (i < 2 || i + 1 >= n || !isMark(text, starts, ends, i - 1, ',')
        || !isMark(text, starts, ends, i + 1, ',') && !isMark(text, starts, ends, i + 1, ')')) {
      return null;
    }
    for (NerLabels.TokenSpan body : out) {
      if (body.end() == i - 1 && "ORG".equals(body.type())
          && EntityMerger.isShortForm(w, text.subSequence(starts[body.start()], ends[body.end() - 1]).toString())) {
        return new NerLabels.TokenSpan(i, i + 1, "ORG");
      }
    }
    return null;
  }

  /**
   * "fastighetsbolaget SBB, Samhällsbyggnadsbolaget i Norden, rasade": the name an acronym stands for,
   * set off by commas right after it, capitalised words (and "i", "för", "och" between them) whose
   * letters the acronym spells in order.
   */
  private static NerLabels.TokenSpan expansionAfterAcronymAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      boolean[] taken, List<NerLabels.TokenSpan> out) {
    if (i < 2 || !isMark(text, starts, ends, i - 1, ',')) {
      return null;
    }
    String acronym = null;
    for (NerLabels.TokenSpan body : out) {
      if (body.end() == i - 1 && body.end() - body.start() == 1 && "ORG".equals(body.type())) {
        acronym = word(text, starts, ends, body.start());
      }
    }
    if (acronym == null || !EntityMerger.isAcronym(acronym) || Character.toUpperCase(text.charAt(starts[i])) != acronym.charAt(0)) {
      return null;
    }
    int end = i + 1;
    while (end < n && end - i < 6 && (RuleTokens.isCapitalisedWord(text, starts[end], ends[end])
        || NAME_CONNECTORS.contains(word(text, starts, ends, end)) && end + 1 < n
            && RuleTokens.isCapitalisedWord(text, starts[end + 1], ends[end + 1]))) {
      end++;
    }
    boolean closed = end < n && isMark(text, starts, ends, end, ',');
    String name = text.subSequence(starts[i], ends[end - 1]).toString();
    if (!closed || name.length() <= acronym.length() + 3 || !EntityMerger.lettersInOrder(acronym, name)) {
      return null;
    }
    int last = end;
    out.removeIf(span -> span.start() > i && span.start() < last); // "Norden" inside the name
    return new NerLabels.TokenSpan(i, end, "ORG");
  }

  /** Lower-case words inside a body's name: "Samhällsbyggnadsbolaget i Norden". */
  private static final Set<String> NAME_CONNECTORS = Set.of("i", "för", "och");

  private static boolean isMark(CharSequence text, int[] starts, int[] ends, int i, char mark) {
    return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == mark;
  }

  /** Whether the token is a word of lower-case letters only. */
  private static boolean isLowerLetters(CharSequence text, int start, int end) {
    for (int c = start; c < end; c++) {
      if (!Character.isLowerCase(text.charAt(c))) {
        return false;
      }
    }
    return end > start;
  }

  /**
   * "AIK:s", "UHR:s": capitals written with a colon before the genitive s, as only a name's
   * abbreviation is ("AI:s", a common noun's, is among {@link EntityWords#COMMON_ACRONYMS}).
   */
  private static boolean isColonGenitiveAcronym(String w) {
    return w.length() >= 4 && w.length() <= 8 && w.endsWith(":s")
        && EntityMerger.isAcronym(w.substring(0, w.length() - 2));
  }

  /**
   * "Klimat- och näringslivsdepartementet", "Miljö- och energidepartementets", "Plikt- och
   * prövningsverket": a capitalised first part ending in a hyphen, "och", and a compound that ends
   * in the head of an authority name a ministry or an agency by two fields.
   */
  private static boolean isCoordinatedAuthorityAt(CharSequence text, int[] starts, int[] ends, int n, int i,
      boolean[] taken) {
    if (i + 2 >= n || taken[i + 1] || taken[i + 2] || ends[i] - starts[i] < 4 || text.charAt(ends[i] - 1) != '-'
        || !word(text, starts, ends, i + 1).equals("och") || !isLower(text, starts[i + 2])) {
      return false;
    }
    String head = stripGenitive(word(text, starts, ends, i + 2));
    return (NameWords.isAuthority(head) || head.endsWith("verket") && head.length() > 9)
        && !EntityWords.isMunicipalCommittee(head); // "Barn- och utbildningsnämnden" is a municipality's
  }

  /**
   * "Kreditvärderingsinstitutet Moody's sänker …": a sentence's first word before a capitalised
   * name is the noun for the name's kind, written with a capital only because it opens the sentence
   * ("Integritetsskyddsmyndighetens AI-sandlåda", a genitive, is a name).
   */
  private static boolean namesTheNextName(CharSequence text, int[] starts, int i, int n, String w, String base) {
    return i == 0 && w.equals(base) && i + 1 < n && Character.isUpperCase(text.charAt(starts[i + 1]));
  }

  /** A law named in one word ("bygglagen") or a pact ("asylpakten", "tillväxtpaktens"). */
  private static boolean isNamedStatute(String w) {
    return LawNames.isLawName(w) || LawNames.isPactName(w);
  }

  /** Court nouns after the name of a court's seat or district: "Svea hovrätt", "Solna tingsrätt". */
  private static final java.util.Set<String> COURTS = java.util.Set.of("hovrätt", "tingsrätt", "förvaltningsrätt",
      "kammarrätt");

  /** Words before "X" that make it the social network: "på X", "plattformen X". */
  private static final java.util.Set<String> BEFORE_PLATFORM = java.util.Set.of("på", "via", "plattformen", "tjänsten",
      "sajten");

  /** Prepositions before a part of a town: "på Norr", "vid Centrum", "till Söder". */
  private static final java.util.Set<String> PART_OF_TOWN_PREPOSITIONS = java.util.Set.of("på", "vid", "till", "från");

  /**
   * Events, law acronyms, road codes, authorities, international organisations, parties, world
   * regions and countries, by the word at {@code i} or the two words from it; else null.
   */
  private static NerLabels.TokenSpan namedWordAt(CharSequence text, int[] starts, int[] ends, int n, int i, String w,
      boolean upper, boolean[] taken, Gazetteer gazetteer) {
    String base = stripGenitive(w);
    if (w.equals("Folkets") && i + 1 < n && !taken[i + 1] && FOLKETS_PLACES.contains(word(text, starts, ends, i + 1))) {
      return new NerLabels.TokenSpan(i, i + 2, "LOC"); // "mötet i Folkets hus", a town's assembly hall
    }
    if (w.equals("X") && i > 0 && BEFORE_PLATFORM.contains(word(text, starts, ends, i - 1))) {
      return new NerLabels.TokenSpan(i, i + 1, "ORG"); // "skriver på X", the platform once called Twitter
    }
    if (i + 1 < n && !taken[i + 1] && (w.equals("Region") || w.equalsIgnoreCase("polisregion"))
        && isCapitalisedWord(text, starts[i + 1], ends[i + 1])) {
      return new NerLabels.TokenSpan(i, i + 2, "ORG"); // "Polisen i Region Mitt", "vid polisregion Väst"
    }
    if (upper && i + 1 < n && !taken[i + 1] && isCapitalisedWord(text, starts[i], ends[i])
        && COURTS.contains(stripGenitive(word(text, starts, ends, i + 1)))) {
      return new NerLabels.TokenSpan(i, i + 2, "ORG"); // "Svea hovrätt skärper straffet"
    }
    if (upper && isCoordinatedAuthorityAt(text, starts, ends, n, i, taken)) {
      return new NerLabels.TokenSpan(i, i + 3, "ORG"); // "Klimat- och näringslivsdepartementet"
    }
    // Two words that may name an event or a region: "andra världskriget", "Stilla havets".
    String pair = i + 1 < n && !taken[i + 1] ? (w + " " + stripGenitive(word(text, starts, ends, i + 1))) : "";
    if (NameWords.isHistoricalEvent(pair)) {
      return new NerLabels.TokenSpan(i, i + 2, "MISC");
    }
    String found = NameWords.LAW_ACRONYMS.contains(base) || NameWords.isHistoricalEvent(base)
        || SpanTyper.isLeague(base) || upper && NameWords.isProduct(base) ? "MISC"
        : NameWords.isRoadCode(w) ? "LOC"
        // "-rådet" also ends roles ("Borgarrådet sa …"): it only types names the tagger found.
        : upper && NameWords.isAuthority(base) && !base.endsWith("rådet") && !gazetteer.isCommon(text, starts[i], ends[i])
            && !INSTITUTIONS.contains(base.toLowerCase(Locale.ROOT)) && !namesTheNextName(text, starts, i, n, w, base)
            && !EntityWords.isMunicipalCommittee(base.toLowerCase(Locale.ROOT)) ? "ORG" // "Kulturnämndens ordförande"
        : null;
    // "Regeringen lanserade i maj Försvarsinnovationsinitiativet", "enligt Kontantutredningen": a
    // capitalised compound inside a sentence; at its start the same word may be a common noun, and
    // "FN-stadgan", "EU-förordningen" are common nouns on an organisation's name.
    boolean inside = i > 0 && (RuleTokens.isLower(text, starts[i - 1]) || RuleTokens.isComma(text, starts, ends, i - 1));
    if (found == null && upper && inside && SpanTyper.isHyphenedEvent(base)) {
      found = "MISC"; // "på Bauhaus-galan", "vann Vasa-loppet": a name joined to an event's noun
    }
    if (found == null && upper && inside && base.indexOf('-') < 0) {
      boolean listedBody = gazetteer.isListedBody(text, starts[i], ends[i]);
      // "Världslivsmedelsprogrammet" is a UN body; "Styrsöbolaget" a company named by its island
      found = listedBody || isPlaceCompany(text, starts[i], base, gazetteer) ? "ORG"
          : NameWords.isWorkName(base) || NameWords.isInquiry(base) || SpanTyper.isEventName(base) ? "MISC"
          : base.endsWith("rutten") && base.length() >= 10 ? "LOC" // "den centrala Medelhavsrutten"
          : null;
    }
    if (found != null) {
      return new NerLabels.TokenSpan(i, i + 1, found);
    }
    if (isInternational(w) || upper && (PARTIES.contains(base) || US_PARTIES.contains(base)
        || NameWords.isGovernmentAcronym(base))) {
      return new NerLabels.TokenSpan(i, i + 1, "ORG"); // "Nato", "Kristdemokraternas Ebba Busch", "UD:s"
    }
    if (upper && (WORLD_REGIONS.contains(w) || WORLD_REGIONS.contains(base))) {
      return new NerLabels.TokenSpan(i, i + 1, "LOC");
    }
    boolean beforePerson = i + 1 < n && PARTY_LETTERS.contains(base) && isCapitalisedWord(text, starts[i + 1], ends[i + 1]);
    if (isColonGenitiveAcronym(w) && i + 1 < n && (isLower(text, starts[i + 1]) || beforePerson) // "SD:s Jessica Strand"
        && !EntityWords.COMMON_ACRONYMS.contains(base) && ((gazetteer.single(text, starts[i], ends[i])
            | gazetteer.genitive(text, starts[i], ends[i])) & Gazetteer.COUNTRY) == 0) {
      return new NerLabels.TokenSpan(i, i + 1, "ORG"); // "AIK:s", "KTH:s vicerektor", "SIPRI:s första styrelseordförande"
    }
    if (upper && WORLD_REGIONS.contains(pair)) {
      return new NerLabels.TokenSpan(i, i + 2, "LOC");
    }
    int countryBits = gazetteer.single(text, starts[i], ends[i]) | gazetteer.genitive(text, starts[i], ends[i]);
    // countries and the regions of our list ("Skottland röstade …", "Skottlands försteminister"), wherever they stand
    if ((countryBits & (Gazetteer.COUNTRY | Gazetteer.REGION)) != 0 && (countryBits & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0
        && Character.isUpperCase(w.charAt(0)) && !gazetteer.isCommon(text, starts[i], ends[i])) {
      return new NerLabels.TokenSpan(i, i + 1, "LOC");
    }
    if (upper && isMunicipalityGenitive(text, starts, ends, n, i, gazetteer)) {
      return new NerLabels.TokenSpan(i, i + 1, "LOC");
    }
    return null;
  }

  /** The two parties of the United States, which the tagger misses where they open a sentence. */
  private static final java.util.Set<String> US_PARTIES = java.util.Set.of("Demokraterna", "Republikanerna");

  /**
   * "Örebros kommunfullmäktige", "Malmös hamn": a municipality in the genitive before a lower-case
   * word, which the tagger misses where it opens a sentence. Names that are also people's ("Lunds",
   * "Marks") are left to the tagger.
   */
  private static boolean isMunicipalityGenitive(CharSequence text, int[] starts, int[] ends, int n, int i,
      Gazetteer gazetteer) {
    int people = Gazetteer.FIRST_NAME | Gazetteer.SURNAME;
    int base = gazetteer.genitive(text, starts[i], ends[i]);
    return (base & Gazetteer.MUNICIPALITY) != 0 && (base & people) == 0
        && (gazetteer.single(text, starts[i], ends[i]) & people) == 0 && !gazetteer.isCommon(text, starts[i], ends[i])
        && i + 1 < n && isLower(text, starts[i + 1]);
  }

  /**
   * Laws, counties, streets, acronyms in brackets after a name, listed organisations, roads and
   * media sources, by the word at {@code i} and its neighbours; else null. A county takes over a
   * one-word name before it, which leaves {@code out}.
   */
  private static NerLabels.TokenSpan lawOrPlaceAt(CharSequence text, int[] starts, int[] ends, int n, int i, String w,
      boolean upper, boolean[] taken, List<NerLabels.TokenSpan> out, Gazetteer gazetteer, IntPredicate notPhrase) {
    boolean opens = i == 0 || !Character.isLetterOrDigit(text.charAt(starts[i - 1]));
    // "enligt LOB (Lag om omhändertagande av berusade personer)": a law's title in the indefinite form opens a clause.
    // "förordning (2020:1302) om ändring i …": a cited number makes the indefinite form a title too.
    boolean title = w.equals("lagen") || w.equals("förordningen") || opens && (w.equals("Lagen") || w.equals("Lag"))
        || (w.equals("lag") || w.equals("förordning")) && LawNames.citesNumber(text, starts, ends, n, i);
    int om = title ? LawNames.omAfterTitle(text, starts, ends, n, i) : -1;
    if (om > 0 && om + 1 < n && !taken[om]) {
      int end = LawNames.lawAfterOmEnd(text, starts, ends, n, om - 1, taken, notPhrase, gazetteer,
          LawNames.citesNumber(text, starts, ends, n, i));
      if (i > 0 && word(text, starts, ends, i - 1).equals("(")) {
        // "LSO (Lag om skydd mot olyckor)": a title in brackets runs to the bracket's end.
        int k = om + 1;
        while (k < n && k - i < 12 && !taken[k] && isLowerLetters(text, starts[k], ends[k])) {
          k++;
        }
        if (k < n && (word(text, starts, ends, k).equals(")") || word(text, starts, ends, k).equals("m.m."))) {
          end = Math.max(end, k);
        }
      }
      if (end <= om + 1) {
        return null;
      }
      // The statute an amending statute names is a part of its title ("om ändring i avfallsförordningen").
      int lawEnd = end;
      out.removeIf(span -> span.start() > i && span.end() <= lawEnd);
      return new NerLabels.TokenSpan(i, end, "MISC");
    }
    if (i + 2 < n && w.endsWith("-") && (!upper || opens) && !taken[i + 1] && !taken[i + 2]
        && word(text, starts, ends, i + 1).equals("och") && isNamedStatute(word(text, starts, ends, i + 2))) {
      return new NerLabels.TokenSpan(i, i + 3, "MISC"); // "plan- och bygglagen", "migrations- och asylpakten"
    }
    if ((w.equals("lex") || w.equals("Lex")) && i + 1 < n && Character.isUpperCase(text.charAt(starts[i + 1]))
        && (!taken[i + 1] || out.removeIf(span -> span.start() == i + 1 && span.end() == i + 2))) {
      return new NerLabels.TokenSpan(i, i + 2, "MISC"); // "lex Sarah", "lex Maria": laws named after a case
    }
    if (isNamedStatute(w) || opens && upper && isNamedStatute(w.toLowerCase(Locale.ROOT))) {
      return new NerLabels.TokenSpan(i, i + 1, "MISC"); // "knivlagen", "Socialtjänstlagen ska ersättas", "asylpakten"
    }
    boolean listedBody = gazetteer.isListedBody(text, starts[i], ends[i]);
    if (upper && !listedBody && LawNames.isWorkNameAt(text, starts[i], ends[i],
        LawNames.capitalisedAnyway(text, starts, i), gazetteer)) {
      return new NerLabels.TokenSpan(w.indexOf('-') > 0 ? namedAfterStart(text, starts, ends, i, taken) : i, i + 1,
          "MISC"); // "Parisavtalet", "FN-stadgan"
    }
    // "Örebro kommun", "Bollnäs kommun", "Svea hovrätt" opening a text, not "En kommun" opening a sentence
    String institution = SpanJoiner.institutionTypeAt(text, starts, ends, i);
    boolean named = i > 0 && !gazetteer.isCommon(text, starts[i - 1], ends[i - 1]);
    boolean municipality = (w.equals("kommun") || w.equals("kommuns")) && named;
    boolean county = w.equals("län") || w.equals("läns");
    if ((county || municipality || institution != null && named) && i > 0
        && Character.isUpperCase(text.charAt(starts[i - 1]))
        && (municipality || institution != null || text.charAt(ends[i - 1] - 1) == 's')) {
      NerLabels.TokenSpan before = taken[i - 1] ? spanEndingAt(out, i) : null;
      if (!taken[i - 1] || (before != null && before.end() - before.start() == 1)) {
        out.remove(before);
        // "Uppsala kommuns budget": the municipality that owns something is the body
        String type = institution != null ? institution : w.equals("kommuns") ? "ORG" : "LOC";
        return new NerLabels.TokenSpan(i - 1, i + 1, type);
      }
    }
    // At the start of a sentence only a word never written in lower case: "Midnattssolsvägen,
    // billist stoppad" but not "Motorvägen var avstängd".
    boolean inside = i > 0 && isLower(text, starts[i - 1]) && Character.isLetter(text.charAt(starts[i - 1]));
    if ((hasPlaceSuffix(w) || inside && EntityWords.hasInnerPlaceSuffix(stripGenitive(w))) && Character.isUpperCase(w.charAt(0))
        && w.length() > 6 && (i > 0 || !gazetteer.isCommon(text, starts[i], ends[i]))) {
      if (SpanTyper.isFieldCentre(text, starts[i], stripGenitive(w), gazetteer)) {
        return new NerLabels.TokenSpan(i, i + 1, "ORG"); // "Demenscentrum har fått …"
      }
      if (EntityWords.isSchoolName(stripGenitive(w))) {
        return new NerLabels.TokenSpan(i, i + 1, "ORG");
      }
      int from = i > 0 && !taken[i - 1] && PLACE_OPENERS.contains(word(text, starts, ends, i - 1)) ? i - 1 : i;
      return new NerLabels.TokenSpan(from, i + 1, "LOC");
    }
    if (SpanFixer.isDatelinePlace(text, starts, ends, i, gazetteer)) {
      return new NerLabels.TokenSpan(i, i + 1, "LOC"); // "BODEN. För fem år sedan …"
    }
    boolean insideName = i > 0 && Character.isUpperCase(text.charAt(starts[i - 1]))
        && (i > 1 && Character.isLetterOrDigit(text.charAt(starts[i - 2])) || PLACE_OPENERS.contains(word(text, starts, ends, i - 1)));
    if (upper && !insideName && isAreaOfPlace(text, starts[i], ends[i], w, gazetteer)) { // "Västra Götalandsregionen" is a body
      return new NerLabels.TokenSpan(i, i + 1, "LOC"); // "Medelhavsområdet", "Stockholmsregionen"
    }
    if (w.length() > 1 && upper && i > 0 && i + 1 < ends.length && word(text, starts, ends, i - 1).equals("(")
        && word(text, starts, ends, i + 1).equals(")")) {
      NerLabels.TokenSpan before = spanEndingAt(out, i - 1);
      // "(SKR)", and a short form in lower case after its capital: "Arbeiderpartiet (Ap)".
      if (before != null && (isAllCaps(w) || "ORG".equals(before.type()) && EntityMerger.isShortForm(w,
          text.subSequence(starts[before.start()], ends[before.end() - 1]).toString()))) {
        return new NerLabels.TokenSpan(i, i + 1, before.type());
      }
    }
    if (ROMANCE_BODIES.contains(w) && i + 2 < n && !taken[i + 1] && ROMANCE_OF.contains(word(text, starts, ends, i + 1))
        && Character.isUpperCase(text.charAt(starts[i + 2]))) {
      int end = i + 3;
      while (end < n && end < i + 5 && isCapitalisedWord(text, starts[end], ends[end])) {
        end++;
      }
      int last = end;
      out.removeIf(span -> span.start() >= i + 2 && span.end() <= last);
      return new NerLabels.TokenSpan(i, last, "ORG"); // "Universidad de Chile", untagged
    }
    if (upper && !RuleTokens.opensSentence(text, starts, i) && isCapitalisedBody(w) && !isInsideQuote(text, starts, i)) {
      return new NerLabels.TokenSpan(i, i + 1, "ORG"); // "statliga Industrifonden", "hos Hyresmarknadskommittén"
    }
    int listed = gazetteer.single(text, starts[i], ends[i]) | gazetteer.genitive(text, starts[i], ends[i]);
    if ((listed & (Gazetteer.AUTHORITY | Gazetteer.ORGANISATION)) != 0 && Character.isUpperCase(w.charAt(0))
        && (isAllCaps(w) || !gazetteer.isCommon(text, starts[i], ends[i]))) {
      return new NerLabels.TokenSpan(i, i + 1, "ORG");
    }
    if ((ROAD_WORDS.contains(w) || w.equals("elområde")) && i + 1 < n && !taken[i + 1]
        && Character.isDigit(text.charAt(starts[i + 1]))) {
      return new NerLabels.TokenSpan(i, i + 2, "LOC"); // "riksväg 26", "elområde 4"
    }
    if (NameWords.isProduct(stripGenitive(w)) && i > 0) {
      return new NerLabels.TokenSpan(i, i + 1, "MISC"); // "finnas i Iphone", "patienter som tar Ozempic"
    }
    if (NameWords.isPriceArea(w)) {
      return new NerLabels.TokenSpan(i, i + 1, "LOC"); // "SE3": the electricity market's bidding zones
    }
    if ((gazetteer.single(text, starts[i], ends[i]) & Gazetteer.ROAD) != 0 && w.length() <= 4) {
      return new NerLabels.TokenSpan(i, i + 1, "LOC");
    }
    // Acronyms anywhere; written names ("Aftonbladet", "Ekot") inside a sentence, where the capital says
    // name, and at its start those that are no common words.
    if (MEDIA.contains(w) && w.length() > 1 && (Character.isUpperCase(w.charAt(w.length() - 1)) || i > 0
        || !gazetteer.isCommon(text, starts[i], ends[i]))) { // "Sydsvenskan träffade henne", not "Ekot"
      return new NerLabels.TokenSpan(i, i + 1, "ORG");
    }
    // "sjön Varpen", "floden Glomma", "i byn Roteberg": a capitalised word no dictionary knows after a word for a
    // kind of place.
    // "kustorterna Lagonisi och Saronida": the second of two names after a plural one.
    boolean second = i > 2 && word(text, starts, ends, i - 1).equals("och") && !taken[i - 3]
        && Character.isUpperCase(text.charAt(starts[i - 2])) && SpanTyper.isPlaceHead(word(text, starts, ends, i - 3));
    if (upper && i > 0 && !taken[i - 1] && (second || SpanTyper.isPlaceHead(word(text, starts, ends, i - 1)))
        && !gazetteer.isCommon(text, starts[i], ends[i]) && !isAllCaps(w)
        && !gazetteer.isListedBody(text, starts[i], ends[i])) {
      return new NerLabels.TokenSpan(i, i + 1, "LOC");
    }
    return null;
  }

  /**
   * "Styrsöbolaget", "Waxholmsbolaget": a company named by the place it serves, as the coasts' ferry
   * companies are ({@code start} is where the word begins in {@code text}).
   */
  private static boolean isPlaceCompany(CharSequence text, int start, String w, Gazetteer gazetteer) {
    int stem = w.length() - "bolaget".length();
    if (!w.endsWith("bolaget") || stem < 4 || gazetteer.isCommon(text, start, start + stem)) {
      return false; // "Elbolaget", "Moderbolaget"
    }
    int places = Gazetteer.CITY | Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.REGION;
    int bits = gazetteer.single(text, start, start + stem);
    if (w.charAt(stem - 1) == 's') {
      bits |= gazetteer.single(text, start, start + stem - 1); // "Waxholms-"
    }
    return (bits & places) != 0;
  }
}
