package se.notis.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.EntityLayer;
import se.notis.doc.Layers;
import se.notis.doc.Quote;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

class QuoteStageTest {
  static final Pipeline PIPELINE = StageRegistry.pipeline(List.of("quote"));
  /** With the tagger's verbs and the entity stage's names, as `analyze` runs the quote stage. */
  static final Pipeline NAMED = StageRegistry.pipeline(List.of("tag", "ner", "quote"));

  static List<String> describe(Document doc) {
    List<String> out = new ArrayList<>();
    for (Quote quote : doc.quotes()) {
      out.add(doc.text(quote.start(), quote.end()) + " | " + quote.kind().label() + " | "
          + (quote.speaker() == null ? "-" : quote.speaker().canonical()) + " | "
          + (quote.cue() == null ? "-" : doc.text(quote.cue().start(), quote.cue().end())));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> swedishPatterns() throws IOException {
    return patterns("quotes-sv.tsv", PIPELINE);
  }

  /** The same table for cases that need the tagger and the entity stage (names, places, ages). */
  @TestFactory
  Stream<DynamicTest> swedishPatternsWithNames() throws IOException {
    return patterns("quotes-named-sv.tsv", NAMED);
  }

  private Stream<DynamicTest> patterns(String resource, Pipeline pipeline) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols[0].equals("T")) {
          texts.put(cols[1], cols[2].replace("¶", "\n\n"));
          expected.put(cols[1], new ArrayList<>());
        } else {
          expected.get(cols[1]).add(cols[2].replace("¶", "\n\n") + " | " + cols[3] + " | " + cols[4] + " | " + cols[5]);
        }
      }
    }
    return texts.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Document doc = pipeline.process(Document.of(e.getValue()));
      assertEquals(expected.get(e.getKey()), describe(doc), e.getValue());
    }));
  }

  /** With the tagger's verbs, a source ending in s before a verb and a relative clause on a producer read right. */
  @Test
  void theTaggersVerbsEndTheSourcePhrase() {
    assertEquals(List.of("håller världen på att gå ur led | indirect | Guterres | Enligt"),
        named("Enligt Guterres håller världen på att gå ur led."));
    assertEquals(List.of("ligger Socialdemokratiet på omkring 25 procent | indirect | Voxmeter | Enligt"),
        named("Enligt en mätning från Voxmeter som publicerades i måndags ligger Socialdemokratiet på omkring 25 procent."));
  }

  /** A body's acronym or short name set off by commas belongs to the source, not to what it says. */
  @Test
  void aSourcesShortNameBetweenCommasIsTheSources() {
    assertEquals(List.of("Målvakten Andreas Palicka räddade 42 procent av skotten | indirect | Internationella handbollsförbundet | enligt"),
        named("Målvakten Andreas Palicka räddade 42 procent av skotten, enligt statistik från Internationella handbollsförbundet, IHF."));
    assertEquals(List.of("ökade de globala militärutgifterna för nionde året i rad | indirect | Stockholms internationella fredsforskningsinstitut | Enligt"),
        named("Enligt Stockholms internationella fredsforskningsinstitut, Sipri, ökade de globala militärutgifterna för nionde året i rad."));
  }

  /** The person named before a workplace speaks, not the workplace. */
  @Test
  void thePersonBeforeAWorkplaceSpeaks() {
    assertEquals(List.of("valrörelsen blir kort | indirect | Kasper Møller Hansen | säger",
            "krisen är den djupaste på flera år | indirect | Chiara Bellini | säger"),
        named("Statsvetaren Kasper Møller Hansen vid Köpenhamns universitet säger till TT att valrörelsen blir kort. "
            + "Statsvetaren Chiara Bellini vid universitetet La Sapienza säger till TT att krisen är den djupaste på flera år."));
  }

  /** A described source keeps its relative clause; a party set off after a person is no speaker. */
  @Test
  void describedSourcesAndPartiesInApposition() {
    assertEquals(List.of("bristen på personal kan bli en flaskhals | indirect | Flera officerare som DN har talat med | menar",
            "kommunen står inför tuffa år | indirect | Maria Engström | säger"),
        named("Flera officerare som DN har talat med menar att bristen på personal kan bli en flaskhals. "
            + "Kommunstyrelsens ordförande Maria Engström, Kristdemokraterna, säger att kommunen står inför tuffa år."));
  }

  /** A worker before a workplace the entity stage named whole, or before a body and its acronym, speaks. */
  @Test
  void theWorkerBeforeANamedWorkplaceSpeaks() {
    assertEquals(List.of("krisen är den djupaste i Israels historia | indirect | Yael Sharon | menar",
            "affären kan öppna dörrar i regionen | indirect | Jonas Hedberg | tror"),
        named("Statsvetaren Yael Sharon vid Hebreiska universitetet menar att krisen är den djupaste i Israels historia. "
            + "Försvarsanalytikern Jonas Hedberg vid Totalförsvarets forskningsinstitut, FOI, tror att affären kan "
            + "öppna dörrar i regionen."));
  }

  /** "Enligt Röda halvmånen": a body named by an adjective is the whole source, and "Organisationen" points back to it. */
  @Test
  void aBodyNamedByAnAdjectiveSpeaks() {
    assertEquals(List.of("kan dödssiffran stiga kraftigt | indirect | Röda halvmånen | Enligt",
            "minst 10 000 personer saknas | indirect | Röda halvmånen | uppger"),
        named("Enligt Röda halvmånen kan dödssiffran stiga kraftigt. Organisationen uppger att minst 10 000 personer "
            + "saknas. Samtidigt varnar Världsmeteorologiska organisationen, WMO, för översvämningar."));
  }

  /** "Enligt polisen i Koblenz": a common noun's place belongs to the source, not to the statement. */
  @Test
  void aSourcesPlaceBelongsToTheSource() {
    assertEquals(List.of("har omkring 1 300 personer inte kunnat nås | indirect | polisen i Koblenz | Enligt"),
        named("Enligt polisen i Koblenz har omkring 1 300 personer inte kunnat nås."));
  }

  /** "Enligt bolaget" in a paragraph of its own: the company named in an earlier paragraph, not a medium. */
  @Test
  void theCompanyOfAnEarlierParagraphSpeaks() {
    Document doc = NAMED.process(Document.of("Husqvarna Group lanserar en ny robotgräsklippare, skriver TT.\n\n"
        + "Enligt bolaget ska de nya modellerna finnas i butik från april."));
    assertEquals("Husqvarna Group", doc.quotes().get(doc.quotes().size() - 1).speaker().canonical());
  }

  /** A dateline opening the reported sentence is no part of the statement. */
  @Test
  void aDatelineIsNoPartOfTheStatement() {
    assertEquals(List.of("Slovakiens premiärminister Robert Fico blev skjuten på onsdagen | indirect | Matúš Šutaj Eštok | säger"),
        named("BRATISLAVA (TT-AFP) Slovakiens premiärminister Robert Fico blev skjuten på onsdagen, säger "
            + "inrikesminister Matúš Šutaj Eštok.\n\nHan fördes till sjukhus."));
  }

  private static List<String> named(String text) {
    return describe(NAMED.process(Document.of(text)));
  }

  @Test
  void speakersTakeEntityNamesWhenTheEntityStageRan() {
    String text = "Utrikesminister Luis Videgaray besökte gränsen.\n\n– Vi behöver hjälp, sade han.";
    Document out = new QuoteStage().process(withNames(text, "PER", "Luis Videgaray"));
    assertEquals(List.of("Vi behöver hjälp | direct | Luis Videgaray | sade"), describe(out));
    Quote.Speaker speaker = out.quotes().get(0).speaker();
    assertEquals("han", out.text(speaker.start(), speaker.end()));
  }

  /** "åklagaren" names the person the document called "kammaråklagare": a compound of the role. */
  @Test
  void aRoleNamesThePersonGivenACompoundOfIt() {
    String text = "Utredningen är i ett tidigt skede, säger kammaråklagare Maria Wester.\n\n"
        + "Enligt åklagaren ska kommunalrådet ha tagit emot resor.";
    List<String> quotes = describe(new QuoteStage().process(withNames(text, "PER", "Maria Wester")));
    assertEquals("ska kommunalrådet ha tagit emot resor | indirect | Maria Wester | Enligt", quotes.get(1), quotes.toString());
  }

  /** A named source's workplace and a trailing source's short name in brackets belong to the source phrase. */
  @Test
  void theSourcePhraseTakesTheWorkplaceAndTheShortName() {
    Document doc = withOrganisation("Enligt Lina Forsberg vid Åklagarmyndigheten var skjutningen ett led i en konflikt.",
        "Lina Forsberg", "Åklagarmyndigheten");
    assertEquals(List.of("var skjutningen ett led i en konflikt | indirect | Lina Forsberg | Enligt"),
        describe(new QuoteStage().process(doc)));
    doc = withOrganisation("Enligt Anna Pettersson vid handelns forskningsinstitut HUI Research är Tornmats problem inte "
        + "unika.", "Anna Pettersson", "HUI Research");
    assertEquals(List.of("är Tornmats problem inte unika | indirect | Anna Pettersson | Enligt"),
        describe(new QuoteStage().process(doc)), "the workplace's kind before its name");
    doc = withOrganisation("Bodens befolkning har ökat för tredje året i rad, enligt Statistiska centralbyrån (SCB).",
        "Statistiska centralbyrån", "SCB");
    assertEquals(List.of("Bodens befolkning har ökat för tredje året i rad | indirect | Statistiska centralbyrån | enligt"),
        describe(new QuoteStage().process(doc)));
  }

  @Test
  void theNameAfterTheSourcesKindNounIsTheSource() {
    Document doc = withOrganisation("Enligt analysföretaget Dealroom är det en av de största rundorna hittills i år.",
        "Dealroom");
    assertEquals(List.of("är det en av de största rundorna hittills i år | indirect | Dealroom | Enligt"),
        describe(new QuoteStage().process(doc)));
  }

  @Test
  void anInfinitiveAfterAttIsAnIntentionNoStatement() {
    Document doc = StageRegistry.pipeline(List.of("sentences", "tag"))
        .process(Document.of("En grupp som kallar sig Black Basta hotar att publicera uppgifterna om regionen inte betalar."));
    assertEquals(List.of(), describe(new QuoteStage().process(doc.with(Layers.ENTITIES,
        new EntityLayer(List.of(), List.of())))));
  }

  /** The text split into sentences, with {@code names} as its entities, organisations (as the entity stage gives them). */
  private static Document withOrganisation(String text, String... names) {
    return withNames(text, "ORG", names);
  }

  /** The text split into sentences, with each name's first mention an entity of that type. */
  private static Document withNames(String text, String type, String... names) {
    Document doc = StageRegistry.pipeline(List.of("sentences")).process(Document.of(text));
    List<Entity> entities = new java.util.ArrayList<>();
    for (String name : names) {
      int start = text.indexOf(name);
      entities.add(new Entity(start, start + name.length(), type, name, null));
    }
    return doc.with(Layers.ENTITIES, new EntityLayer(entities, List.of()));
  }

  @Test
  void aDefiniteNounNamesTheOrganisationWhoseNameEndsInIt() {
    String text = "En 34-årig man döms av Uppsala tingsrätt till fyra års fängelse.\n\n"
        + "Enligt tingsrätten finns det inga skäl att tvivla på målsägandens berättelse.";
    Document out = new QuoteStage().process(withOrganisation(text, "Uppsala tingsrätt"));
    assertEquals(List.of("finns det inga skäl att tvivla på målsägandens berättelse | indirect | Uppsala tingsrätt | Enligt"),
        describe(out));
  }

  /** "skriver tingsrätten i domen": the court, and the court named last when the document names two. */
  @Test
  void aDefiniteNounInADocumentNamesTheOrganisationNamedLast() {
    String text = "Målet prövades först av Uppsala tingsrätt och sedan av Svea hovrätt.\n\n"
        + "– Brottsligheten har varit systematisk, skriver hovrätten i domen.";
    Document named = withOrganisation(text, "Uppsala tingsrätt", "Svea hovrätt");
    assertEquals(List.of("Brottsligheten har varit systematisk | direct | Svea hovrätt | skriver"),
        describe(new QuoteStage().process(named)));
  }

  @Test
  void aDefiniteNounNamesTheOrganisationWhoseNameIsACompoundOfIt() {
    String text = "EU-kommissionen har bötfällt Apple med 1,8 miljarder euro.\n\n"
        + "Enligt kommissionen har Apple hindrat konkurrenter från att informera användare.";
    Document out = new QuoteStage().process(withOrganisation(text, "EU-kommissionen"));
    assertEquals(List.of("har Apple hindrat konkurrenter från att informera användare | indirect | EU-kommissionen"
        + " | Enligt"), describe(out));
  }

  @Test
  void enligtTakesAWholeNameOfSeveralWordsAsItsSource() {
    String text = "Enligt Organisationen för ekonomiskt samarbete och utveckling växer ekonomin i år.";
    String name = "Organisationen för ekonomiskt samarbete och utveckling";
    Document out = new QuoteStage().process(withOrganisation(text, name));
    assertEquals(List.of("växer ekonomin i år | indirect | " + name + " | Enligt"), describe(out));
  }

  @Test
  void enligtASurveyFromANamedSourceTakesTheNameBracketAndYearIntoTheSource() {
    String text = "Enligt en mätning från Statistiska centralbyrån (SCB) från 2024 har kvinnor motsvarande 77 procent "
        + "av mäns inkomst.";
    Document out = new QuoteStage().process(withOrganisation(text, "Statistiska centralbyrån"));
    assertEquals("har kvinnor motsvarande 77 procent av mäns inkomst", out.text(out.quotes().get(0).start(),
        out.quotes().get(0).end()));
  }

  @Test
  void anOrganisationNounSpeaksForTheOrganisationNamedInItsParagraph() {
    String text = "EU kritiserar planen.\n\nVolvo Cars varslar 1 300 anställda i Göteborg, meddelar bolaget. "
        + "Företaget vill inte kommentera, säger EU.";
    Document doc = StageRegistry.pipeline(List.of("sentences")).process(Document.of(text));
    int eu = text.indexOf("EU");
    int volvo = text.indexOf("Volvo Cars");
    doc = doc.with(Layers.ENTITIES, new EntityLayer(List.of(
        new Entity(eu, eu + 2, "ORG", "EU", null),
        new Entity(volvo, volvo + "Volvo Cars".length(), "ORG", "Volvo Cars", null)), List.of()));
    List<String> quotes = describe(new QuoteStage().process(doc));
    assertEquals("Volvo Cars varslar 1 300 anställda i Göteborg | indirect | Volvo Cars | meddelar", quotes.get(0));
    String bare = "Volvo Cars varslar 1 300 anställda, meddelar bolaget";
    Document end = StageRegistry.pipeline(List.of("sentences")).process(Document.of(bare));
    end = end.with(Layers.ENTITIES, new EntityLayer(
        List.of(new Entity(0, "Volvo Cars".length(), "ORG", "Volvo Cars", null)), List.of()));
    assertEquals(List.of("Volvo Cars varslar 1 300 anställda | indirect | Volvo Cars | meddelar"),
        describe(new QuoteStage().process(end)), "the speaker ends the text");
  }

  @Test
  void taggedSPassiveAfterEnligtIsPartOfTheStatement() {
    String text = "Enligt rikspolischefen Petra Lundh behövs ytterligare 5 000 anställda fram till 2030.";
    Document doc = StageRegistry.pipeline(List.of("tag")).process(Document.of(text));
    assertEquals(List.of("behövs ytterligare 5 000 anställda fram till 2030 | indirect | Petra Lundh | Enligt"),
        describe(new QuoteStage().process(doc)));
  }

  /** The speech verb shares its subject with a verb before "och": the subject ends before that verb. */
  @Test
  void aSpeechVerbAfterAnotherVerbAndOchTakesTheirSubject() {
    String text = "En man i 55-årsåldern ringer och säger att flera ungdomar slåss i centrum.\n\n"
        + "Boende i Norrmalm hör av sig till polis och berättar att man nyss ertappat obehöriga personer i ett källarförråd.";
    Document doc = StageRegistry.pipeline(List.of("tag")).process(Document.of(text));
    assertEquals(List.of("flera ungdomar slåss i centrum | indirect | En man i 55-årsåldern | säger",
        "man nyss ertappat obehöriga personer i ett källarförråd | indirect | Boende i Norrmalm | berättar"),
        describe(new QuoteStage().process(doc)));
  }

  /** A subject opened by a genitive runs to the speech verb: "Polisens insatschef vid … meddelar att …". */
  @Test
  void aGenitiveOpensTheSpeakersDescription() {
    String text = "Polisens insatschef vid Kramfors stadsfest meddelar att det har varit väldigt lugnt för polisen.";
    Document doc = StageRegistry.pipeline(List.of("tag")).process(Document.of(text));
    assertEquals(List.of("det har varit väldigt lugnt för polisen | indirect | "
        + "Polisens insatschef vid Kramfors stadsfest | meddelar"), describe(new QuoteStage().process(doc)));
  }

  /** "säger utrikesministern" names the person the text gave that role; "lyfter att" reports speech. */
  @Test
  void aRoleNounSpeakerIsThePersonWithThatRole() {
    String text = "– Vi ska stödja Ukraina, säger utrikesminister Maria Malmer Stenergard.\n\n"
        + "– För Sverige är stödet en investering i vår egen säkerhet, säger utrikesministern.\n\n"
        + "Utrikesministern lyfter även att jämställdhet är ett kärnvärde i svensk utrikespolitik.";
    Document doc = StageRegistry.defaultPipeline().process(Document.of(text));
    assertEquals(List.of("Vi ska stödja Ukraina | direct | Maria Malmer Stenergard | säger",
        "För Sverige är stödet en investering i vår egen säkerhet | direct | Maria Malmer Stenergard | säger",
        "jämställdhet är ett kärnvärde i svensk utrikespolitik | indirect | Maria Malmer Stenergard | lyfter"),
        describe(doc));
  }

  /** A text that ends in a word broken by soft hyphens, as a release's signature does, is read whole. */
  @Test
  void softHyphensClosingTheTextAreReadWhole() {
    String text = "– Vi har gjort det här i andra forum, säger Anna Tenje.\n\nAnna Tenje (M)\näldre- och social"
        + "\u00ADförsäkrings\u00ADminister";
    Document doc = StageRegistry.defaultPipeline().process(Document.of(text));
    assertEquals(List.of("Vi har gjort det här i andra forum | direct | Anna Tenje | säger"), describe(doc));
  }

  /** Two names joined by "och" at a sentence's start speak together; "annonsera att" reports speech. */
  @Test
  void namesJoinedByOchSpeakTogether() {
    String text = "Sverige och Finland annonserade på måndagen den 16 september att Sverige har som ambition "
        + "att leda Natos framskjutna närvaro i Finland.";
    Document doc = StageRegistry.defaultPipeline().process(Document.of(text));
    assertEquals(List.of("Sverige har som ambition att leda Natos framskjutna närvaro i Finland | indirect | "
        + "Sverige och Finland | annonserade"), describe(doc));
  }

  /**
   * "En kvinna ringde och anmälde att …": a subject opening with an article ends at its own verb
   * before "och" (needs the syntax tags); "peka på att" reports what a body says, not evidence.
   */
  @Test
  void anArticleSubjectEndsAtItsVerbAndPekarPaAttNeedsASpeaker() {
    String text = "Trelleborg, ofredande i trafiken.\n\nEn kvinna ringde och anmälde att hon blev omkörd av en okänd man "
        + "mellan Anderslöv och Skurup.\n\nMinskningen av kontanter till trots saknas det inte en efterfrågan. "
        + "Kontantutredningen pekar på att många i Sverige har upplevt hinder för att betala med kontanter.\n\n"
        + "Dörren var uppbruten. Vittnesuppgifter pekar på att de misstänkta lämnat platsen på varsin moped.";
    Document doc = StageRegistry.defaultPipeline().process(Document.of(text));
    assertEquals(List.of("hon blev omkörd av en okänd man mellan Anderslöv och Skurup | indirect | En kvinna | anmälde",
        "många i Sverige har upplevt hinder för att betala med kontanter | indirect | Kontantutredningen | pekar"),
        describe(doc));
  }

  /**
   * A speech verb joined by "och" to a verb whose clause opens after a heading's colon or "då"
   * shares that clause's subject, not the sentence's first words (needs the syntax tags).
   */
  @Test
  void theSubjectOfAnInnerClauseSpeaksOn() {
    String text = "Polis larmas till området bakom Kungsbacka Arena då ett vittne ringer in och säger att det är "
        + "en A-traktor som kör sönder gräsmattan.\n\n18:30 Borås: Vittnen ringer in och säger att flera maskerade "
        + "personer som bär vapen har gått in i en lägenhet.";
    Document doc = StageRegistry.defaultPipeline().process(Document.of(text));
    assertEquals(List.of("det är en A-traktor som kör sönder gräsmattan | indirect | ett vittne | säger",
        "flera maskerade personer som bär vapen har gått in i en lägenhet | indirect | Vittnen | säger"),
        describe(doc));
  }

  @Test
  void offsetsAreCodePoints() {
    String text = "Emojin 😀 syns här.\n\n– Det är 😀 bra, säger Anna Berg.";
    Document doc = PIPELINE.process(Document.of(text));
    Quote quote = doc.quotes().get(0);
    assertEquals("Det är 😀 bra", doc.text(quote.start(), quote.end()));
    assertEquals("Anna Berg", doc.text(quote.speaker().start(), quote.speaker().end()));
  }

  @Test
  void badInputNeverCrashes() {
    assertTrue(PIPELINE.process(Document.of("")).quotes().isEmpty());
    for (String odd : List.of("”", "– ", "-", "”””", "«", "'a", "– ,säger", ", säger", "enligt", "Det säger.",
        "– A, säger", "”A”, säger", "säger att", "\n\n–\n\n– ”", "Enligt X, enligt Y att")) {
      PIPELINE.process(Document.of(odd));
    }
    Random random = new Random(42);
    String alphabet = "ab ÅÄö–-”\"«»'’,.!?:\n säger enligt att hon Han Anna Berg ";
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Document doc = PIPELINE.process(Document.of(text.toString()));
      for (Quote quote : doc.quotes()) {
        assertTrue(quote.start() < quote.end(), text::toString);
      }
    }
  }
}
