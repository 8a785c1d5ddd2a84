package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

class EntityRulesTest {
  /**
   * Splits at a genitive international organisation ("Sverige WHO:s"), after a road's number
   * ("Riksväg 95 Myckle"); a company form closes one company; arenas and airports are places;
   * the shapes of names ("Myndigheten för …", "Hennes & Mauritz", "lagen om …") and the verbs the
   * syntax tagger found (fourth column) give names of their own.
   */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "span-rules.tsv", delimiter = '\t')
  void spansFollowTheRulesFile(ArgumentsAccessor row) {
    Sentence s = new Sentence(row.getString(0));
    String tagged = row.getString(1);
    String expected = row.getString(2);
    boolean[] notPhrase = new boolean[s.starts.length];
    if (row.size() > 3) {
      for (String i : row.getString(3).split(",")) {
        notPhrase[Integer.parseInt(i.trim())] = true;
      }
    }
    assertEquals(spans(expected), EntityRules.apply(s.text, s.starts, s.ends, spans(tagged), Gazetteer.standard(),
        i -> notPhrase[i]));
  }

  /** "2-4 LOC;7-10 MISC"; "-" for none. */
  private static List<NerLabels.TokenSpan> spans(String written) {
    List<NerLabels.TokenSpan> out = new java.util.ArrayList<>();
    if (written.equals("-")) {
      return out;
    }
    for (String one : written.split(";")) {
      String[] f = one.trim().split("[- ]");
      out.add(span(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2]));
    }
    return out;
  }

  @Test
  void aTownTheTaggerCallsAnOrganisationStaysAClubInAReportOfSport() {
    Sentence report = new Sentence("Matchen slutade 2 – 1 efter förlängning och andra halvleken var jämn .");
    assertTrue(EntityRules.isAboutSport(report.text, report.starts, report.ends));
    Sentence notice = new Sentence("02.04 Avesta . Rattfylleri . Man i tjugoårsåldern misstänkt för drograttfylleri .");
    assertFalse(EntityRules.isAboutSport(notice.text, notice.starts, notice.ends));
    Sentence s = new Sentence("Luleå var bättre i går .");
    List<NerLabels.TokenSpan> club = List.of(span(0, 1, "ORG"));
    assertEquals(club, EntityRules.apply(s.text, s.starts, s.ends, club, Gazetteer.standard(), i -> false, true));
    assertEquals(List.of(span(0, 1, "LOC")),
        EntityRules.apply(s.text, s.starts, s.ends, club, Gazetteer.standard(), i -> false, false));
  }

  @Test
  void aNameCutInsideAListedNameRunsToItsEnd() {
    Sentence s = new Sentence("vägen från San Pedro Sula i Honduras .");
    List<NerLabels.TokenSpan> spans = List.of(span(2, 4, "LOC"), span(6, 7, "LOC"));
    List<NerLabels.TokenSpan> out = s.rules(spans);
    assertEquals(List.of(span(2, 5, "LOC"), span(6, 7, "LOC")), out);
  }

  @Test
  void anUnknownFirstNameAfterARoleNounBelongsToThePerson() {
    Sentence s = new Sentence("säger sjukvårdsminister Acko Ankarberg Johansson .");
    List<NerLabels.TokenSpan> out = s.rules(List.of(span(3, 5, "PER")));
    assertEquals(List.of(span(2, 5, "PER")), out);
  }

  @Test
  void aRoleNounOpeningTheSentenceWithACapitalStillTakesTheFirstName() {
    Sentence s = new Sentence("Sjukvårdsminister Acko Ankarberg Johansson talade på plats i Storuman .");
    List<NerLabels.TokenSpan> out = s.rules(List.of(span(2, 4, "PER"), span(8, 9, "LOC")));
    assertEquals(List.of(span(1, 4, "PER"), span(8, 9, "LOC")), out);
  }

  @Test
  void aNameBeforeAStreetWordIsAStreetButAGenitiveCountryIsNot() {
    Sentence s = new Sentence("Mottagningen ligger på Karolinska vägen 22 och Kinas väg är lång .");
    List<NerLabels.TokenSpan> out = s.rules(List.of(span(3, 4, "ORG"), span(7, 8, "LOC")));
    assertEquals(List.of(span(3, 5, "LOC"), span(7, 8, "LOC")), out);
  }

  @Test
  void aStreetOpensASentenceButACommonNounDoesNot() {
    Sentence street = new Sentence("Midnattssolsvägen , billist stoppad för kontroll .");
    assertEquals(List.of(span(0, 1, "LOC")), street.rules(List.of()));
    Sentence road = new Sentence("Motorvägen var avstängd i två timmar .");
    assertEquals(List.of(), road.rules(List.of()));
  }

  @Test
  void worldRegionsAndSeasArePlaces() {
    Sentence s = new Sentence("Läget på Västbanken och i Medelhavet oroar , liksom torkan på Afrikas horn .");
    List<NerLabels.TokenSpan> out = s.rules(List.of(span(2, 3, "ORG"), span(11, 12, "LOC")));
    assertEquals(List.of(span(2, 3, "LOC"), span(5, 6, "LOC"), span(11, 13, "LOC")), out);
    Sentence sea = new Sentence("Fartyget sjönk i Stilla havet och i Svarta havets djup .");
    assertEquals(List.of(span(3, 5, "LOC"), span(7, 9, "LOC")), sea.rules(List.of()));
  }

  @Test
  void aRoadAbbreviationAndItsNumberAreARoad() {
    Sentence s = new Sentence("Två bilister har kolliderat på Rv 61 sydost om Kil .");
    List<NerLabels.TokenSpan> out = s.rules(List.of(span(5, 6, "ORG"), span(9, 10, "LOC")));
    assertEquals(List.of(span(5, 7, "LOC"), span(9, 10, "LOC")), out);
  }

  @Test
  void aCapitalisedRoadWordAndRoadCodesAreRoads() {
    Sentence s = new Sentence("Riksväg 90 stängdes och trafiken leddes om till E4:an och RV23 .");
    List<NerLabels.TokenSpan> out = s.rules(List.of(span(0, 2, "ORG"), span(8, 9, "MISC")));
    assertEquals(List.of(span(0, 2, "LOC"), span(8, 9, "LOC"), span(10, 11, "LOC")), out);
  }

  @Test
  void lawsAgreementsAndEventsAreMiscAuthoritiesAreOrganisations() {
    Sentence s = new Sentence("Mannen omhändertogs enligt LOB efter att Åklagarmyndigheten och AI-kommissionen "
        + "nämnt Parisavtalet , Förintelsen och andra världskriget .");
    List<NerLabels.TokenSpan> out = s.rules(List.of(span(3, 4, "ORG"), span(6, 7, "LOC"), span(10, 11, "ORG"),
        span(12, 13, "ORG")));
    assertEquals(List.of(span(3, 4, "MISC"), span(6, 7, "ORG"), span(8, 9, "ORG"), span(10, 11, "MISC"),
        span(12, 13, "MISC"), span(14, 16, "MISC")), out);
  }

  @Test
  void anOrganisationRunIntoACommonNounIsNoName() {
    Sentence s = new Sentence("Sveriges Natomedlemskap stärker Nato och Hamas attacker fördömdes .");
    List<NerLabels.TokenSpan> out = s.rules(List.of(span(0, 1, "LOC"), span(1, 2, "ORG"), span(5, 6, "LOC")));
    assertEquals(List.of(span(0, 1, "LOC"), span(3, 4, "ORG"), span(5, 6, "ORG")), out);
    Sentence council = new Sentence("Svenska Unescorådet och Europarådet i Schengenområdet .");
    assertEquals(List.of(span(0, 2, "ORG"), span(3, 4, "ORG"), span(5, 6, "LOC")),
        council.rules(List.of(span(0, 2, "ORG"), span(3, 4, "LOC"), span(5, 6, "LOC"))));
  }

  @Test
  void aCommonNounOpeningASentenceIsNoName() {
    Sentence s = new Sentence("12:52 Polis fick kännedom om att två personer varit inne i en butik i Umeå .");
    assertEquals(List.of(span(14, 15, "LOC")), s.rules(List.of(span(1, 2, "ORG"), span(14, 15, "LOC"))));
    Sentence name = new Sentence("Migrationsverket meddelade beslutet .");
    assertEquals(List.of(span(0, 1, "ORG")), name.rules(List.of(span(0, 1, "ORG"))));
  }

  @Test
  void internationalOrganisationsAndFundsAreOrganisations() {
    Sentence s = new Sentence("ett höjt utgiftsmål i Nato enligt German Marshall Fund .");
    List<NerLabels.TokenSpan> out = s.rules(List.of(span(4, 5, "LOC"), span(6, 9, "PER")));
    assertEquals(List.of(span(4, 5, "ORG"), span(6, 9, "ORG")), out);
  }

  @Test
  void partyLettersAfterAPoliticianAreOrganisations() {
    Sentence s = new Sentence("Ebba Busch ( KD ) och Johan Pehrson ( L ) sa nej till tabell ( S ) .");
    List<NerLabels.TokenSpan> spans = List.of(new NerLabels.TokenSpan(0, 2, "PER"), new NerLabels.TokenSpan(3, 4, "MISC"),
        new NerLabels.TokenSpan(6, 8, "PER"));
    List<NerLabels.TokenSpan> out = s.rules(spans);
    assertEquals(List.of(new NerLabels.TokenSpan(0, 2, "PER"), new NerLabels.TokenSpan(3, 4, "ORG"),
        new NerLabels.TokenSpan(6, 8, "PER"), new NerLabels.TokenSpan(9, 10, "ORG")), out);
  }

  @Test
  void titlesInstitutionsAndLawsInASentence() {
    Sentence s = new Sentence("Regeringen och utrikesminister Luis Videgaray omhändertogs enligt lagen om berusade personer på E10 .");
    List<NerLabels.TokenSpan> spans = List.of(new NerLabels.TokenSpan(0, 1, "ORG"), new NerLabels.TokenSpan(2, 5, "PER"));
    List<NerLabels.TokenSpan> out = s.rules(spans);
    assertEquals(List.of(new NerLabels.TokenSpan(3, 5, "PER"), new NerLabels.TokenSpan(7, 11, "MISC"),
        new NerLabels.TokenSpan(12, 13, "LOC")), out);
  }

  @Test
  void nameAfterANounForAnOrganisationIsAnOrganisation() {
    Sentence s = new Sentence("berättar han för den mexikanska tidningen El Excelsior . Hon arbetar på bolaget Volvo .");
    List<NerLabels.TokenSpan> spans = List.of(new NerLabels.TokenSpan(6, 8, "PER"), new NerLabels.TokenSpan(13, 14, "LOC"));
    List<NerLabels.TokenSpan> out = s.rules(spans);
    assertEquals(List.of(new NerLabels.TokenSpan(6, 8, "ORG"), new NerLabels.TokenSpan(13, 14, "ORG")), out);
  }

  private static NerLabels.TokenSpan span(int start, int end, String type) {
    return new NerLabels.TokenSpan(start, end, type);
  }

  /** Whitespace-tokenised text with char offsets. */
  @Test
  void aPlaceWithPlusAndANumberIsTheConference() {
    String text = "Nästa år står Sverige värd för det globala högnivåmötet Stockholm+50 .";
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+|\\S").matcher(text);
    List<Integer> from = new java.util.ArrayList<>();
    List<Integer> to = new java.util.ArrayList<>();
    while (m.find()) {
      from.add(m.start());
      to.add(m.end());
    }
    int[] starts = from.stream().mapToInt(Integer::intValue).toArray();
    int[] ends = to.stream().mapToInt(Integer::intValue).toArray();
    List<NerLabels.TokenSpan> out = EntityRules.apply(text, starts, ends, List.of(span(3, 4, "LOC"), span(9, 10, "LOC")),
        Gazetteer.standard());
    assertEquals(List.of(span(3, 4, "LOC"), span(9, 12, "MISC")), out);
  }

  static final class Sentence {
    final String text;
    final int[] starts;
    final int[] ends;

    Sentence(String text) {
      this.text = text;
      String[] words = text.split(" ");
      starts = new int[words.length];
      ends = new int[words.length];
      int at = 0;
      for (int i = 0; i < words.length; i++) {
        starts[i] = at;
        ends[i] = at + words[i].length();
        at = ends[i] + 1;
      }
    }

    /** The sentence's names after the annotation rules, given the tagger's {@code spans}. */
    List<NerLabels.TokenSpan> rules(List<NerLabels.TokenSpan> spans) {
      return EntityRules.apply(text, starts, ends, spans, Gazetteer.standard());
    }
  }
}
