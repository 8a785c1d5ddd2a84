package se.notis.ner;

import static se.notis.ner.RuleTokens.mark;
import static se.notis.ner.RuleTokens.overlaps;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import se.notis.sentence.Dateline;

/**
 * The annotation guidelines applied to tagger output within one sentence: titles and roles
 * stay outside person names, common-noun institutions ("regeringen", "polisen") and compounds
 * such as "Trump-perspektiv" are not names, news agencies and broadcasters are organisations,
 * named laws ("alkohollagen", "lagen om berusade personer") are MISC and roads ("riksväg 26/40",
 * "E10") are places. This class only applies the rule families in their order: names by shape
 * ({@link ShapedNames}), then per tagged span {@link SpanSplitter}, {@link SpanFixer},
 * {@link SpanJoiner} and {@link SpanTyper}, then joins across spans ({@link SpanJoiner}) and the
 * patterns the tagger missed ({@link MissedNames}).
 */
final class EntityRules {
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
    return apply(text, starts, ends, spans, gazetteer, notPhrase, false);
  }

  /**
   * {@code sportDocument}: the sentence stands in a report of sport ({@link #isAboutSport}), where a
   * town the tagger calls an organisation is a club even in a sentence without a word of sport.
   */
  static List<NerLabels.TokenSpan> apply(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      Gazetteer gazetteer, IntPredicate notPhrase, boolean sportDocument) {
    int n = starts.length;
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size() + 2);
    boolean[] taken = new boolean[n];
    int[] runClass = new int[n];
    int[] runPosition = new int[n];
    gazetteer.matchRuns(text, starts, ends, 0, n, runClass, runPosition);
    // Names whose shape alone makes them organisations take precedence over the tagger's spans.
    List<NerLabels.TokenSpan> shaped = ShapedNames.find(text, starts, ends, n, spans, notPhrase, gazetteer, runPosition);
    boolean[] inShaped = new boolean[n];
    for (NerLabels.TokenSpan span : shaped) {
      mark(inShaped, span.start(), span.end());
    }
    for (NerLabels.TokenSpan whole : spans) {
      for (NerLabels.TokenSpan part : SpanSplitter.split(text, starts, ends, whole, gazetteer)) {
        // a person the splitter cut off a tagger's span stays before a shaped name; a whole span gives way
        NerLabels.TokenSpan span = part.equals(whole) ? (overlaps(inShaped, whole) ? null : whole)
            : beforeShaped(part, inShaped);
        if (span == null) {
          continue;
        }
        NerLabels.TokenSpan fixed = SpanFixer.fix(text, starts, ends, SpanTyper.acronymOfNoPerson(text, starts, ends, span),
            gazetteer, sportDocument); // "QBIK värvar från Djurgården"
        if (fixed == null) {
          continue;
        }
        fixed = withoutTrailingVerb(text, starts, ends, fixed, notPhrase);
        fixed = SpanJoiner.completeRun(fixed, runPosition);
        if (fixed.end() - fixed.start() == 1
            && SpanFixer.isCommonWordOpeningSentence(text, starts, ends, fixed.start(), gazetteer)) {
          continue;
        }
        fixed = SpanJoiner.firstNameAfterRole(text, starts, ends, fixed, taken);
        fixed = SpanTyper.placeByContext(text, starts, ends, fixed, runClass, runPosition, gazetteer);
        fixed = SpanTyper.organisationAfterOpeningHead(text, starts, ends, fixed);
        fixed = SpanTyper.organisationByHead(text, starts, ends, fixed);
        fixed = SpanTyper.organisationNotPerson(text, starts, ends, fixed, gazetteer);
        fixed = SpanTyper.personByPatronymic(text, starts, ends, fixed);
        fixed = SpanTyper.placeNamedAfterPerson(text, starts, ends, fixed);
        fixed = SpanTyper.islandByName(text, starts, ends, fixed, gazetteer);
        fixed = SpanTyper.organisationByName(text, starts, ends, fixed);
        fixed = SpanTyper.artsInstitution(text, starts, ends, fixed);
        fixed = SpanTyper.streetWithStreetWord(text, starts, ends, fixed, gazetteer);
        fixed = SpanTyper.roadWithNumber(text, starts, ends, fixed);
        fixed = SpanTyper.worldRegion(text, starts, ends, fixed);
        fixed = SpanTyper.placeByOpener(text, starts, ends, fixed);
        fixed = SpanTyper.compassPlaceAbroad(text, starts, ends, fixed, gazetteer);
        fixed = SpanTyper.villageByContext(text, starts, ends, fixed, gazetteer);
        fixed = SpanTyper.personNotWork(text, starts, ends, fixed, gazetteer); // before the works named by their words
        fixed = SpanTyper.typeByName(text, starts, ends, fixed, gazetteer, runClass, runPosition);
        fixed = SpanTyper.organisationNamedAfterCountry(text, starts, ends, fixed, gazetteer, runPosition);
        fixed = SpanTyper.vesselByHead(text, starts, ends, fixed, gazetteer);
        fixed = SpanTyper.personAfterRoyalTitle(text, starts, ends, fixed);
        fixed = SpanTyper.personAfterRole(text, starts, ends, fixed);
        fixed = SpanTyper.personAfterOffice(text, starts, ends, fixed, gazetteer);
        fixed = SpanTyper.placeOnRoad(text, starts, ends, fixed);
        fixed = SpanTyper.samiVillage(text, starts, ends, fixed);
        if (taken[fixed.start()] || overlaps(inShaped, fixed)) {
          continue; // already covered by a name that grew over it ("Amnesty" + "International")
        }
        out.add(fixed);
        for (int i = fixed.start(); i < fixed.end(); i++) {
          taken[i] = true;
        }
      }
    }
    out = SpanJoiner.mergeAdjacent(text, starts, ends, out, gazetteer);
    out = SpanJoiner.joinNameParts(text, starts, ends, out, gazetteer, inShaped);
    out = SpanJoiner.personWithParticles(text, starts, ends, out);
    out = SpanJoiner.withOpeningWord(text, starts, ends, out);
    out.replaceAll(span -> SpanJoiner.personWithInitial(text, starts, ends, span));
    out.replaceAll(span -> SpanJoiner.withCountyOrStation(text, starts, ends, span));
    out = SpanJoiner.englishOrganisations(text, starts, ends, out);
    out = SpanJoiner.acrossEnglishPrepositions(text, starts, ends, out);
    out = SpanJoiner.organisationsAfterHead(text, starts, ends, out);
    out = SpanJoiner.organisationsWithOpener(text, starts, ends, out, gazetteer);
    out = SpanJoiner.englishGatherings(text, starts, ends, out);
    out = SpanTyper.eventsWithOpener(text, starts, ends, out);
    out.replaceAll(span -> SpanTyper.eventByHead(text, starts, ends, span)); // after the joins: "Eurovision Song Contest"
    out.replaceAll(span -> SpanTyper.workByHead(text, starts, ends, span, gazetteer));
    for (NerLabels.TokenSpan span : out) {
      mark(taken, span.start(), span.end());
    }
    for (NerLabels.TokenSpan span : shaped) {
      out.add(span);
      mark(taken, span.start(), span.end());
    }
    // "Europaparlamentsvalet", "Riksdagsvalet" opening a sentence: an election is a common noun (GUIDELINES)
    out.removeIf(span -> span.end() - span.start() == 1 && isElection(word(text, starts, ends, span.start())));
    // "Svenska myndigheter, universitet och företag": a nationality opening a sentence before a common noun
    // that names no body ("Svenska kraftnät", "Svenska institutet" are bodies)
    out.removeIf(span -> span.end() - span.start() == 2 && RuleTokens.opensSentence(text, starts, span.start())
        && (gazetteer.name(word(text, starts, ends, span.start()).toLowerCase(java.util.Locale.ROOT)) & Gazetteer.DEMONYM) != 0
        && RuleTokens.isLower(text, starts[span.start() + 1]) && !gazetteer.isListedBody(text, starts[span.start()], ends[span.end() - 1])
        && isPluralPeopleOrThings(word(text, starts, ends, span.start() + 1)));
    // "Alzheimers sjukdom", "Downs syndrom": a disease named after its discoverer is no mention of him
    out.removeIf(span -> span.end() - span.start() == 1 && span.end() < starts.length
        && word(text, starts, ends, span.start()).endsWith("s")
        && DISEASE_NOUNS.contains(word(text, starts, ends, span.end())));
    // "Hälso- och sjukvårdsnämndens ordförande": a municipality's or region's committee is a common noun
    out.removeIf(span -> span.end() - span.start() == 3 && EntityWords.isMunicipalCommittee(
        EntityWords.stripS(text.subSequence(starts[span.start()], ends[span.end() - 1]).toString().toLowerCase(java.util.Locale.ROOT))));
    MissedNames.addPartyLetters(text, starts, ends, n, taken, out);
    MissedNames.addCoordinatedPartyLetters(text, starts, ends, n, taken, out);
    MissedNames.addListedOrganisations(n, taken, out, runClass, runPosition);
    MissedNames.addListedAuthorities(text, starts, ends, n, taken, out, gazetteer);
    MissedNames.addListedOrganisationWords(text, starts, ends, n, taken, out, gazetteer);
    MissedNames.addPatterns(text, starts, ends, n, taken, out, gazetteer, notPhrase);
    MissedNames.addCommonWordOrganisations(text, starts, ends, n, taken, out, gazetteer);
    CoordinatedNames.add(text, starts, ends, n, taken, out, gazetteer);
    CoordinatedNames.retypeBesidePlaces(text, starts, ends, out, gazetteer);
    SpanTyper.addVillages(text, starts, ends, n, taken, out, gazetteer);
    out.replaceAll(span -> SpanTyper.clubBeforeRole(text, starts, ends, span, gazetteer)); // whoever found the town
    out = SpanJoiner.companiesWithForm(text, starts, ends, out);
    out.sort(java.util.Comparator.comparingInt(NerLabels.TokenSpan::start));
    out = SpanJoiner.companiesAfterForm(text, starts, ends, out);
    out = SpanJoiner.withCoordinatedFirstPart(text, starts, ends, out);
    out = SpanJoiner.slashedAlliances(text, starts, ends, out);
    out = SpanJoiner.joinedWithPlaces(text, starts, ends, out, gazetteer);
    out.replaceAll(span -> SpanJoiner.withInstitutionNoun(text, starts, ends, span)); // whoever found the place
    out.replaceAll(span -> SpanJoiner.withPoliceRegion(text, starts, ends, span));
    out.replaceAll(span -> SpanJoiner.withNameBeforeCompanyForm(text, starts, ends, span, gazetteer));
    out.replaceAll(span -> SpanJoiner.withRailwayLine(text, starts, ends, span));
    out.replaceAll(span -> SpanJoiner.withClosingPreposition(text, starts, ends, span));
    out.replaceAll(span -> SpanJoiner.withEventTail(text, starts, ends, span));
    out = SpanJoiner.withCompassBranch(text, starts, ends, out);
    out.replaceAll(span -> SpanJoiner.withPlusSign(text, starts, ends, span));
    out.replaceAll(span -> SpanJoiner.withSchoolNoun(text, starts, ends, span));
    out = SpanJoiner.venuesWithOpener(text, starts, ends, out);
    out.replaceAll(span -> SpanTyper.venueByContext(text, starts, ends, span)); // whoever found the venue
    out = SpanJoiner.hospitalInTown(text, starts, ends, out);
    out = SpanJoiner.peoplesHalls(text, starts, ends, out);
    out = SpanJoiner.withOrganisationTail(text, starts, ends, out);
    out = SpanJoiner.foreignPlacesWithParticles(text, starts, ends, out);
    out.replaceAll(span -> SpanTyper.buildingByContext(text, starts, ends, span)); // and the hospital
    out.replaceAll(span -> SpanTyper.clubByHead(text, starts, ends, span));
    out.replaceAll(span -> SpanTyper.placeAfterNationality(text, starts, ends, span, gazetteer));
    out.replaceAll(span -> SpanTyper.producerByContext(text, starts, ends, span));
    out.replaceAll(span -> SpanTyper.bodyByAdjectiveHead(text, starts, ends, span));
    out.replaceAll(span -> SpanJoiner.withRegnalNumber(text, starts, ends, span));
    out.replaceAll(span -> SpanJoiner.withPrize(text, starts, ends, span));
    out = SpanJoiner.schoolInPlace(text, starts, ends, out, gazetteer);
    out = SpanJoiner.courtAtCourt(text, starts, ends, out);
    out = RoyalNames.add(text, starts, ends, out);
    out = SpanFixer.withoutCommonNounAcronyms(text, starts, ends, out);
    out.removeIf(span -> SpanFixer.isCommonBoard(text, starts, ends, span, gazetteer));
    out = SpanTyper.placesAmongPlaces(text, starts, ends, out, gazetteer);
    out = SpanTyper.organisationsAmongOrganisations(text, starts, ends, out, gazetteer);
    out = SpanTyper.acronymsAfterOrganisations(text, starts, ends, out);
    out = regionBodies(text, starts, ends, out);
    out.replaceAll(span -> SpanTyper.localAuthority(text, starts, ends, span));
    out = actingMunicipalities(text, starts, ends, out);
    out = acronymOwners(text, starts, ends, out, gazetteer);
    out = swedishBranches(text, starts, ends, out);
    out = personsWithNicknames(text, starts, ends, out, gazetteer);
    out = compassOpeningSentence(text, starts, ends, out, gazetteer, runPosition);
    out = compassOpeningOrganisation(text, starts, ends, out);
    out = westernBalkans(text, starts, ends, out);
    out = compassNames(text, starts, ends, out);
    out = SeatsOfPower.apply(text, starts, ends, out);
    out = programmeVersions(text, starts, ends, out);
    out = conferenceAnniversaries(text, starts, ends, out);
    return datelinePlace(text, starts, ends, out, gazetteer);
  }

  /** "myndigheter", "hushåll", "elevers", "medierepresentanter", "folket": common nouns for people and things. */
  private static boolean isPluralPeopleOrThings(String w) {
    String base = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    return !EntityWords.isBodyHead(base) && !EntityWords.isOrganisationHead(base) && !base.endsWith("skolan")
        && (base.endsWith("er") || base.endsWith("ar") || base.endsWith("or") || base.endsWith("are")
            || base.equals("folket") || base.equals("hushåll") || base.endsWith("medel"));
  }

  private static final java.util.Set<String> DISEASE_NOUNS = java.util.Set.of("sjukdom", "sjukdomen", "syndrom",
      "syndromet");

  private static boolean isElection(String w) {
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    // "Malmöfestivalen", "Karnevalen" are events
    return lower.length() > 8 && (lower.endsWith("valet") || lower.endsWith("valets")
        || lower.endsWith("valen") && !lower.endsWith("ivalen") && !lower.endsWith("nevalen"));
  }

  /**
   * "förhandlingarna med Region Stockholm strandat": a lower-case word the tagger took into the end of
   * a name is no part of it when it is a verb or adverb there, or no noun anywhere (a lower-case noun
   * may be: "Uppsala universitet"; a particle waits for the surname after it: "Ursula von").
   */
  private static NerLabels.TokenSpan withoutTrailingVerb(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, IntPredicate notPhrase) {
    int last = span.end() - 1;
    String word = text.subSequence(starts[last], ends[last]).toString();
    boolean lowerTail = last > span.start() && Character.isLowerCase(word.charAt(0))
        && !EntityWords.NAME_PARTICLES.contains(word);
    String before = lowerTail ? text.subSequence(starts[last - 1], ends[last - 1]).toString() : "";
    // "på Gärdsåsskolan lärarlegitimation": a definite compound is a whole name, the noun after it another phrase
    boolean afterDefiniteCompound = last - span.start() == 1 && before.length() >= 9
        && (isDefinite(before) || before.endsWith("an") && !before.endsWith("ian"));
    if (lowerTail && (notPhrase.test(last) || PhraseWords.isKnownNotNoun(word)
        || (isDefinite(word) && isDefinite(before) || afterDefiniteCompound) && Character.isUpperCase(before.charAt(0)))) {
      boolean school = afterDefiniteCompound && (before.endsWith("skolan") || before.endsWith("gymnasiet"));
      return new NerLabels.TokenSpan(span.start(), last, school ? "ORG" : span.type());
    }
    return span;
  }

  /**
   * Whether a noun looks definite ("-et", "-en"): two definite nouns in a row are two phrases, so
   * "lämnade Polisförbundet förhandlingsbordet" ends the name before the object, while a definite
   * head after an adjective or a genitive stays in it ("Karolinska institutet", "Mark- och miljödomstolen").
   */
  private static boolean isDefinite(String word) {
    return word.length() > 5 && (word.endsWith("et") || word.endsWith("en"));
  }

  /**
   * "Region Uppsala har beslutat …", "Smittskydd Västra Götaland": a place right after a capitalised
   * "Region" (or the name of a region's unit) is the regional authority, also where the tagger left the
   * word out as a common word opening the sentence.
   */
  static List<NerLabels.TokenSpan> regionBodies(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> found) {
    // "Räddningsstation" + "Sundsvall": the body's word the tagger named alone is no name of its own
    List<NerLabels.TokenSpan> spans = new ArrayList<>(found);
    spans.removeIf(span -> span.end() - span.start() == 1 && !"LOC".equals(span.type())
        && REGIONAL_BODIES.contains(text.subSequence(starts[span.start()], ends[span.start()]).toString())
        && found.stream().anyMatch(next -> next.start() == span.end()
            && ("LOC".equals(next.type()) || "PER".equals(next.type()))));
    return rewrite(spans, (k, span) -> {
      int before = span.start() - 1;
      // "Räddningstjänsten Mitt Bohuslän": a region the tagger took for a person is a region there too
      boolean region = before >= 0 && freeBefore(spans, k, before)
          && ("LOC".equals(span.type()) || "PER".equals(span.type()))
          && REGIONAL_BODIES.contains(text.subSequence(starts[before], ends[before]).toString());
      return region ? new NerLabels.TokenSpan(before, span.end(), "ORG") : null;
    });
  }

  /** Capitalised words that make a region's name the name of its authority or one of its units. */
  private static final java.util.Set<String> REGIONAL_BODIES = java.util.Set.of("Region", "Smittskydd", "Räddningstjänsten",
      "Räddningsstation"); // "Räddningsstation Sundsvall", a sea rescue station

  /**
   * A part the splitter cut that runs into a name found by its shape gives way to it, but a person
   * before it stays ("minister Carl-Oskar Bohlin Länsstyrelsen i Östergötland"); null when nothing is left.
   */
  private static NerLabels.TokenSpan beforeShaped(NerLabels.TokenSpan span, boolean[] inShaped) {
    int end = span.start();
    while (end < span.end() && !inShaped[end]) {
      end++;
    }
    if (end == span.end()) {
      return span;
    }
    return end > span.start() && "PER".equals(span.type()) ? new NerLabels.TokenSpan(span.start(), end, "PER") : null;
  }

  /**
   * "Bollnäs kommun varnar för att …", "Enligt Örebro kommun …", "ett möte med Sölvesborgs kommun": a
   * municipality is the council (ORG) unless a preposition of place stands before it ("i Ovanåkers
   * kommun", "från Kalix kommun"; after "i" the annotated sets have 16 places and 11 councils). After
   * such a preposition it is the council still where it is acted on ("kritik mot Enköpings kommun"),
   * where its council, staff or opposition stand before "i" ("ordförande i Gällivare kommun",
   * "projektledare, Växjö kommun") or where it works "tillsammans med" others. A list ("i Ljusdals
   * kommun och Hudiksvalls kommun") takes the preposition before its first name.
   */
  static List<NerLabels.TokenSpan> actingMunicipalities(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return rewrite(spans, (k, span) -> {
      String last = word(text, starts, ends, span.end() - 1);
      if (!"LOC".equals(span.type()) || span.end() - span.start() < 2 || !(last.equals("kommun") || last.equals("kommuns"))) {
        return null;
      }
      int first = listStart(text, starts, ends, spans, k);
      int at = first - 1; // the word before the name or its list
      String before = at >= 0 ? word(text, starts, ends, at).toLowerCase(java.util.Locale.ROOT) : "";
      boolean place = PLACE_PREPOSITIONS.contains(before) && !COUNCIL_PREPOSITIONS.contains(before)
          || first < span.start() && !isMunicipality(text, starts, ends, spans, first); // "Smålandsstenar, Gislaveds kommun"
      boolean council = !place && !isPartBefore(text, starts, ends, at)
          || before.equals("i") && hasCouncilRole(text, starts, ends, at)
          || (before.equals("i") || before.equals(",")) && isStaffBefore(text, starts, ends, at)
          || before.equals("med") && at > 0 && word(text, starts, ends, at - 1).equals("tillsammans");
      return council ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG") : null;
    });
  }

  /**
   * "FN:s säkerhetsråd", "FN:s kontor för humanitär samordning": an acronym's genitive before common
   * nouns names the acronym's body alone, the rest is what it owns (the annotated sets: 6 of 6).
   */
  static List<NerLabels.TokenSpan> acronymOwners(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    return rewrite(spans, (k, span) -> {
      int s = span.start();
      String owner = word(text, starts, ends, s);
      boolean acronym = owner.length() >= 4 && owner.endsWith(":s")
          && owner.substring(0, owner.length() - 2).chars().allMatch(Character::isUpperCase);
      if (!acronym || span.end() - s < 2 || !Character.isLowerCase(text.charAt(starts[s + 1]))) {
        return null;
      }
      boolean country = (gazetteer.single(text, starts[s], ends[s] - 2) & Gazetteer.COUNTRY) != 0; // "USA:s försvarsmakt"
      return new NerLabels.TokenSpan(s, s + 1, country ? "LOC" : "ORG");
    });
  }

  /**
   * "IFPI Sverige", "Växa Sverige": a capitalised word inside a sentence, in no name of its own, right
   * before the place "Sverige" names an organisation's Swedish branch with it ("Hela Sverige" opening a
   * sentence stays the country).
   */
  static List<NerLabels.TokenSpan> swedishBranches(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return rewrite(spans, (k, span) -> {
      int s = span.start();
      if (!"LOC".equals(span.type()) || span.end() - s != 1 || s < 2 || !freeBefore(spans, k, s - 1)
          || !word(text, starts, ends, s).equals("Sverige") || !Character.isUpperCase(text.charAt(starts[s - 1]))
          || !Character.isLetter(text.charAt(starts[s - 1]))) {
        return null;
      }
      // inside running text: a lower-case word or a comma before it ("Enligt" or a heading's "I Sverige" opens)
      String before = word(text, starts, ends, s - 2);
      boolean running = before.equals(",") || Character.isLowerCase(before.charAt(0)) || before.equals("Enligt");
      String name = word(text, starts, ends, s - 1).toLowerCase(java.util.Locale.ROOT);
      // "de Archerpjäser Sverige avser donera": a plural noun before the country is its object
      boolean plural = name.endsWith("er") || name.endsWith("ar") || name.endsWith("or");
      return running && !plural && !BRANCH_STOPS.contains(name) ? new NerLabels.TokenSpan(s - 1, span.end(), "ORG") : null;
    });
  }

  /** Words that stand capitalised before "Sverige" without naming anything: "Hela Sverige", "När Sverige". */
  private static final java.util.Set<String> BRANCH_STOPS = java.util.Set.of("i", "för", "att", "hela", "både", "om",
      "när", "ska", "efter", "eftersom", "in", "till", "från", "med", "av", "på", "än", "som", "hos", "mot", "under",
      "över", "vid", "genom", "utan", "och", "men", "det", "ett", "en", "tre", "två", "nya", "gamla", "moderna");

  /**
   * The first token of the list of places that span {@code k} closes ("Borlänge kommun och Ludvika
   * kommun", "Norrmalm och Östermalm samt Lidingö kommun"), else its own.
   */
  private static int listStart(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans, int k) {
    int first = spans.get(k).start();
    for (int j = k - 1; j >= 0 && first >= 2 && spans.get(j).end() == first - 1 && "LOC".equals(spans.get(j).type()); j--) {
      String joint = word(text, starts, ends, first - 1);
      if (!joint.equals(",") && !joint.equals("och") && !joint.equals("eller") && !joint.equals("samt")) {
        break;
      }
      first = spans.get(j).start();
    }
    return first;
  }

  /** Whether the span starting at token {@code first} names a municipality ("Ludvika kommun"). */
  private static boolean isMunicipality(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans, int first) {
    for (NerLabels.TokenSpan s : spans) {
      if (s.start() == first) {
        String last = word(text, starts, ends, s.end() - 1);
        return last.equals("kommun") || last.equals("kommuns");
      }
    }
    return false;
  }

  private static final java.util.Set<String> COUNCIL_PREPOSITIONS = java.util.Set.of("mot", "av", "på");

  /** Endings of the council's staff and units: "näringslivsdirektör", "projektledare", "miljöenheten". */
  private static final String[] STAFF_ENDINGS = {"direktör", "chef", "ledare", "handläggare", "ansvarig", "strateg",
      "samordnare", "enheten", "förvaltningen", "kontoret", "chefen"};

  /**
   * "näringslivsdirektör i Norrköpings kommun", "projektledare, Växjö kommun", "hälsoskyddsenheten i
   * Östersunds kommun": the council's staff or unit right before {@code at} ("i" or a comma) works for it.
   */
  private static boolean isStaffBefore(CharSequence text, int[] starts, int[] ends, int at) {
    if (at < 1) {
      return false;
    }
    String w = word(text, starts, ends, at - 1).toLowerCase(java.util.Locale.ROOT);
    for (String ending : STAFF_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** "i de norra delarna av Karlstads kommun": a part of the place, no agent. */
  private static boolean isPartBefore(CharSequence text, int[] starts, int[] ends, int preposition) {
    return preposition > 0 && word(text, starts, ends, preposition - 1).startsWith("del");
  }

  /**
   * Whether a council's role or body stands before "i" at {@code at}, with at most a name and a party
   * between: "ordförande i", "nämnden i", "Kommunalrådet Nils-Erik Pekkari (S) i"; not "valet i".
   */
  private static boolean hasCouncilRole(CharSequence text, int[] starts, int[] ends, int at) {
    for (int k = at - 1; k >= 0 && k >= at - 6; k--) {
      String w = word(text, starts, ends, k);
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("kommunalråd") || lower.startsWith("oppositionsråd") || lower.endsWith("fullmäktige")
          || lower.equals("oppositionen")
          || lower.endsWith("nämnden") || lower.equals("ordförande") || lower.endsWith("styrelsen")) {
        return true;
      }
      if (!Character.isUpperCase(w.charAt(0)) && !w.equals("(") && !w.equals(")")) {
        return false; // only a name and its party stand between the role and "i"
      }
    }
    return false;
  }

  /**
   * "Lars ”Lasse” Wennerholm", "Armand ”Mondo” Duplantis": a nickname in quote marks between a first
   * name and a surname is part of the person's name, one span.
   */
  static List<NerLabels.TokenSpan> personsWithNicknames(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = spans;
    for (int k = 0; k + 4 < starts.length; k++) {
      int first = k;
      boolean shape = isCapitalised(text, starts[k]) && isQuoteMark(text, starts, ends, k + 1)
          && isCapitalised(text, starts[k + 2]) && isQuoteMark(text, starts, ends, k + 3)
          && isCapitalised(text, starts[k + 4]) && ends[k + 1] == starts[k + 2] && ends[k + 2] == starts[k + 3];
      boolean person = shape && ((gazetteer.single(text, starts[k], ends[k]) & Gazetteer.FIRST_NAME) != 0
          || out.stream().anyMatch(s -> "PER".equals(s.type()) && (s.start() == first || s.start() == first + 4)));
      if (person) {
        List<NerLabels.TokenSpan> kept = new ArrayList<>(out.size());
        for (NerLabels.TokenSpan s : out) {
          if (s.end() <= first || s.start() >= first + 5) {
            kept.add(s);
          }
        }
        kept.add(new NerLabels.TokenSpan(first, first + 5, "PER"));
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out = kept;
        k += 4;
      }
    }
    return out;
  }

  private static boolean isCapitalised(CharSequence text, int start) {
    return Character.isUpperCase(text.charAt(start));
  }

  private static boolean isQuoteMark(CharSequence text, int[] starts, int[] ends, int t) {
    return ends[t] - starts[t] == 1 && "”“\"«»".indexOf(text.charAt(starts[t])) >= 0;
  }

  /**
   * Prepositions before a municipality's name that make it the place: "i Ovanåkers kommun", "från Kalix
   * kommun". Not "till", "vid", "genom": invoices go "till Luleå kommun", an ecologist works "vid
   * Kristianstads kommun", summer jobs come "genom Kalmar kommun" (the annotated sets: 5 of 5 councils).
   */
  private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("i", "från", "inom",
      "utanför", "runt", "kring", "över", "mot", "på", "ur", "av");

  /**
   * "Livsmedelsstrategin 2.0": the version number after a programme or strategy is part of its name
   * as written.
   */
  static List<NerLabels.TokenSpan> programmeVersions(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return rewrite(spans, (k, span) -> {
      int next = span.end();
      boolean version = "MISC".equals(span.type()) && freeAfter(spans, k, next) && next < starts.length
          && starts[next] == ends[next - 1] + 1 && isVersion(text, starts[next], ends[next])
          && NameWords.isWorkName(text.subSequence(starts[next - 1], ends[next - 1]).toString());
      return version ? new NerLabels.TokenSpan(span.start(), next + 1, "MISC") : null;
    });
  }

  /**
   * "Stockholm+50", "Rio+20", "Beijing+25": a place written together with "+" and a number names
   * the conference held that many years after the one in that place (MISC), not the place.
   */
  static List<NerLabels.TokenSpan> conferenceAnniversaries(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return rewrite(spans, (k, span) -> {
      int plus = span.end();
      boolean conference = freeAfter(spans, k, plus + 1) && plus + 1 < starts.length && starts[plus] == ends[plus - 1]
          && starts[plus + 1] == ends[plus] && ends[plus] - starts[plus] == 1 && text.charAt(starts[plus]) == '+'
          && isDigits(text, starts[plus + 1], ends[plus + 1]) && isPlaceWord(text, starts[plus - 1], ends[plus - 1]);
      return conference ? new NerLabels.TokenSpan(span.start(), plus + 2, "MISC") : null;
    });
  }

  /** "Stockholm", "Rio": a capitalised word of letters, not a group's code ("E3+3", "P5+1"). */
  private static boolean isPlaceWord(CharSequence text, int start, int end) {
    if (end - start < 3 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return end > start && end - start <= 3;
  }

  /** "2.0", "3.1": digits, a point and digits. */
  private static boolean isVersion(CharSequence text, int start, int end) {
    int point = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.' && point < 0 && i > start) {
        point = i;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return point > start && point < end - 1;
  }

  /** Compass adjectives that name a part of a country or region ("norra Sverige", "västra Balkan"). */
  private static final java.util.Set<String> COMPASS_ADJECTIVES = java.util.Set.of("Norra", "Södra", "Västra", "Östra",
      "Mellersta", "Nordvästra", "Nordöstra", "Sydvästra", "Sydöstra", "Centrala");

  /**
   * "Norra Sverige är en tillväxtmotor": a compass adjective that opens the sentence before a country
   * or a world region has its capital from the sentence, not from a name, and stays outside the
   * place as "norra Sverige" does within a sentence (the guidelines' span is the name as written);
   * the tagger takes it for a person ("Norra") or a part of the place ("Södra Sverige"). Names a
   * compass word belongs to are listed whole ("Västra Götaland") or are no countries ("Norra Mellansverige").
   */
  static List<NerLabels.TokenSpan> compassOpeningSentence(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer, int[] runPosition) {
    int first = 0;
    while (first < starts.length && !Character.isLetter(text.charAt(starts[first]))) {
      first++; // "– Norra Sverige …"
    }
    int place = first + 1;
    if (place >= starts.length || first > 2
        || !COMPASS_ADJECTIVES.contains(text.subSequence(starts[first], ends[first]).toString())
        || runPosition[first] == 1 || !isCountryOrRegion(text, starts[place], ends[place], gazetteer)) {
      return spans; // the name lists hold "Västra Götaland", "Mellersta Norrland" whole
    }
    for (NerLabels.TokenSpan span : spans) {
      if (span.start() == first && span.end() > place + 1) {
        return spans; // a longer name the compass word opens: "Västra Götalands län"
      }
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size() + 1);
    boolean placeNamed = false;
    for (NerLabels.TokenSpan span : spans) {
      if (span.end() <= first || span.start() > place) {
        out.add(span);
      } else if (span.end() > place) {
        out.add(new NerLabels.TokenSpan(place, span.end(), span.start() == first ? "LOC" : span.type()));
        placeNamed = true;
      }
    }
    if (!placeNamed) {
      out.add(new NerLabels.TokenSpan(place, place + 1, "LOC"));
      out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
    return out;
  }

  /**
   * "Södra Älvsborgs Räddningstjänstförbund skickade …": a compass adjective opening the sentence right
   * before an organisation's name is the first word of that name (a part of a country would be a place).
   */
  static List<NerLabels.TokenSpan> compassOpeningOrganisation(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    int first = 0;
    while (first < starts.length && !Character.isLetter(text.charAt(starts[first]))) {
      first++; // "– Södra …"
    }
    if (first > 2 || first + 1 >= starts.length
        || !COMPASS_ADJECTIVES.contains(text.subSequence(starts[first], ends[first]).toString())) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans);
    for (int k = 0; k < out.size(); k++) {
      NerLabels.TokenSpan span = out.get(k);
      if (span.start() <= first && span.end() > first) {
        return spans; // the compass word is named already
      }
      if (span.start() == first + 1 && "ORG".equals(span.type())) {
        out.set(k, new NerLabels.TokenSpan(first, span.end(), "ORG"));
      }
    }
    return out;
  }

  /**
   * "i Västra Götalandsregionens kollektivtrafiknämnd", "Östra Göinge": a compass adjective the
   * tagger named alone goes on into the capitalised word after it, the region's authority when that
   * word is one ("-regionen"), else a place.
   */
  static List<NerLabels.TokenSpan> compassNames(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return rewrite(spans, (k, span) -> {
      int next = span.end();
      if (span.end() - span.start() != 1 || next >= starts.length || !freeAfter(spans, k, next)
          || !COMPASS_ADJECTIVES.contains(text.subSequence(starts[span.start()], ends[span.start()]).toString())
          || !RuleTokens.isCapitalisedWord(text, starts[next], ends[next])) {
        return null;
      }
      String name = EntityWords.stripGenitive(text.subSequence(starts[next], ends[next]).toString());
      return new NerLabels.TokenSpan(span.start(), next + 1, name.endsWith("regionen") ? "ORG" : "LOC");
    });
  }

  /**
   * "västra Balkan", "västra Balkans", "västra Balkanrutten": the Western Balkans are a region of
   * their own, named with the compass word however it is written, where "norra Europa" is a part
   * of Europe described ({@link #compassOpeningSentence}).
   */
  static List<NerLabels.TokenSpan> westernBalkans(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return rewrite(spans, (k, span) -> {
      int before = span.start() - 1;
      boolean balkans = before >= 0 && freeBefore(spans, k, before) && "LOC".equals(span.type())
          && text.subSequence(starts[span.start()], ends[span.start()]).toString().startsWith("Balkan")
          && text.subSequence(starts[before], ends[before]).toString().equalsIgnoreCase("västra");
      return balkans ? new NerLabels.TokenSpan(before, span.end(), "LOC") : null;
    });
  }

  /** What a rule makes of span {@code k}: the span that replaces it, or null to keep it. */
  private interface SpanRewrite {
    NerLabels.TokenSpan at(int k, NerLabels.TokenSpan span);
  }

  /** {@code spans} with the spans {@code rule} rewrites replaced; the list is copied only if one is. */
  private static List<NerLabels.TokenSpan> rewrite(List<NerLabels.TokenSpan> spans, SpanRewrite rule) {
    List<NerLabels.TokenSpan> out = spans;
    for (int k = 0; k < spans.size(); k++) {
      NerLabels.TokenSpan replaced = rule.at(k, spans.get(k));
      if (replaced != null) {
        if (out == spans) {
          out = new ArrayList<>(spans);
        }
        out.set(k, replaced);
      }
    }
    return out;
  }

  /** Whether no span after span {@code k} starts at or before token {@code token}. */
  private static boolean freeAfter(List<NerLabels.TokenSpan> spans, int k, int token) {
    return k + 1 == spans.size() || spans.get(k + 1).start() > token;
  }

  /** Whether the span before span {@code k} ends at or before token {@code token}. */
  private static boolean freeBefore(List<NerLabels.TokenSpan> spans, int k, int token) {
    return k == 0 || spans.get(k - 1).end() <= token;
  }

  /** Sweden's lands, which compass words divide into regions of their own: "Mellersta Norrland", "Västra Götaland". */
  private static final java.util.Set<String> SWEDISH_LANDS = java.util.Set.of("Norrland", "Svealand", "Götaland",
      "Mellansverige", "Sydsverige", "Nordsverige", "Västsverige", "Östsverige");

  /** "Sverige", "Sveriges", "Balkan", "Europas": a listed country or a world region, or its genitive. */
  private static boolean isCountryOrRegion(CharSequence text, int start, int end, Gazetteer gazetteer) {
    String word = text.subSequence(start, end).toString();
    if (SWEDISH_LANDS.contains(EntityWords.stripGenitive(word))) {
      return false;
    }
    return ((gazetteer.single(text, start, end) | gazetteer.genitive(text, start, end)) & Gazetteer.COUNTRY) != 0
        || EntityWords.WORLD_REGIONS.contains(word) || EntityWords.WORLD_REGIONS.contains(EntityWords.stripGenitive(word));
  }

  /**
   * "STOCKHOLM (TT)", "WASHINGTON (TT-AFP)": the place of a dateline is a place, whatever the tagger
   * said; so is a listed place in capitals opening the sentence as a paper's own dateline does
   * ("NORRKÖPING En 34-årig man …", "PHOENIX. Maja Lindgren …").
   */
  static List<NerLabels.TokenSpan> datelinePlace(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    int n = starts.length;
    boolean agency = Dateline.length(text, starts, ends, 0, n) > 0;
    int place = agency ? Dateline.placeWords(text, starts, ends, 0, n) : Dateline.ownPlaceWords(text, starts, ends, 0, n);
    if (place == 0 || !agency && !PlaceHeadings.isPlace(text.subSequence(starts[0], ends[place - 1]).toString(), gazetteer)) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size() + 2);
    out.add(new NerLabels.TokenSpan(0, place, "LOC"));
    while (agency && place + 1 < n && "/".contentEquals(text.subSequence(starts[place], ends[place]))) {
      int more = Dateline.placeWords(text, starts, ends, place + 1, n); // "PEKING/TAIPEI (TT)"
      out.add(new NerLabels.TokenSpan(place + 1, place + 1 + more, "LOC"));
      place += 1 + more;
    }
    for (NerLabels.TokenSpan span : spans) {
      if (span.start() >= place) {
        out.add(span);
      } else if (span.end() - place >= 2 && "PER".equals(span.type()) && !agency) {
        out.add(new NerLabels.TokenSpan(place, span.end(), span.type())); // "UPPSALA Elin Bergkvist landade": the person after it
      }
    }
    return out;
  }

  /**
   * Whether a document reports sport: three words of sport or more ("matchen", "halvleken",
   * "SHL"), which police notices and press releases of the government hardly ever have.
   */
  static boolean isAboutSport(CharSequence text, int[] starts, int[] ends) {
    int found = 0;
    for (int i = 0; i < starts.length && found < 3; i++) {
      if (SpanFixer.isSportWord(text, starts[i], ends[i])) {
        found++;
      }
    }
    return found >= 3;
  }

  /**
   * Document-level consistency over the spans of a whole document ({@link NamePropagation}):
   * spans are token indices over the whole document, in order.
   */
  static List<NerLabels.TokenSpan> propagate(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      Gazetteer gazetteer) {
    return NamePropagation.propagate(text, starts, ends, spans, gazetteer);
  }
}
