package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.EntityReference;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** Runs the committed model, name lists and place tables (resources of this module). */
class NerStageTest {
  private static final Pipeline PIPELINE = StageRegistry.pipeline(List.of(NerStage.NAME));

  private static final String TEXT = "Möte med Pompeo\n\n"
      + "Tidigare under dagen mötte Mexikos utrikesminister Luis Videgaray sin amerikanske kollega Mike Pompeo "
      + "i Mexico City för att diskutera situationen. Videgaray har även begärt hjälp av FN:s flyktingorgan UNHCR.\n\n"
      + "Han är del av en mindre grupp migranter som slagit läger i Tecún Umán i Guatemala. De kom från "
      + "San Pedro Sula i Honduras, berättar Jesús España för den mexikanska tidningen El Excelsior.\n\n"
      + "– Mexikanska myndigheter bör inte anlägga ett Trump-perspektiv, säger Amnesty Internationals Amerikachef "
      + "Erika Guevara-Rosas. Regeringen kritiserar Mexikos och USA:s svar.";

  @Test
  void namesOfTheReferenceArticleComeOutWholeWithCanonicalForms() {
    Document doc = PIPELINE.process(Document.of(TEXT));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    assertEquals("PER Mike Pompeo", found.get("Pompeo"));
    assertEquals("LOC Mexiko", found.get("Mexikos"));
    assertEquals("PER Luis Videgaray", found.get("Luis Videgaray"));
    assertEquals("PER Luis Videgaray", found.get("Videgaray"));
    assertEquals("LOC Mexico City", found.get("Mexico City"));
    assertEquals("ORG FN", found.get("FN:s"));
    assertEquals("LOC Tecún Umán", found.get("Tecún Umán"));
    assertEquals("LOC San Pedro Sula", found.get("San Pedro Sula"));
    assertEquals("PER Jesús España", found.get("Jesús España"));
    assertEquals("ORG El Excelsior", found.get("El Excelsior"));
    assertEquals("ORG Amnesty International", found.get("Amnesty Internationals"));
    assertEquals("PER Erika Guevara-Rosas", found.get("Erika Guevara-Rosas"));
    assertEquals("LOC USA", found.get("USA:s"));
    assertTrue(!found.containsKey("Regeringen") && !found.containsKey("Trump-perspektiv"), found.toString());
  }

  /** Press releases hyphenate long words with invisible soft hyphens; the name is still one name. */
  @Test
  void namesHyphenatedWithSoftHyphensAreWholeNames() {
    Document doc = PIPELINE.process(Document.of("Alla asylsökande ska till\u00ADdelas en plats på ett statligt boende "
        + "som Migrations\u00ADverket ansvarar för. Uppdraget ges till Polis\u00ADmyndig\u00ADheten och "
        + "Kriminal\u00ADvården, säger migrations\u00ADminister Maria Malmer Stenergard."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    assertEquals("ORG Migrationsverket", found.get("Migrations\u00ADverket"));
    assertEquals("ORG Polismyndigheten", found.get("Polis\u00ADmyndig\u00ADheten"));
    assertEquals("ORG Kriminalvården", found.get("Kriminal\u00ADvården"));
    assertEquals("PER Maria Malmer Stenergard", found.get("Maria Malmer Stenergard"));
  }

  /** Parts of towns opened by a compass word ("Öster", "Öst-") are places, not persons or organisations. */
  @Test
  void partsOfTownsOpenedByACompassWordArePlaces() {
    Document doc = PIPELINE.process(Document.of("Vid 9-tiden hölls en trafikkontroll på Öst-Teg. "
        + "Klockan 19.27 anträffas och kontrolleras en 16-årig pojke på Öster Mälarstrand som blir misstänkt "
        + "för ringa narkotikabrott."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    assertEquals("LOC Öst-Teg", found.get("Öst-Teg"));
    assertEquals("LOC Öster Mälarstrand", found.get("Öster Mälarstrand"));
  }

  /** Villages and parts of towns ending in "-by" after a preposition of place are places. */
  @Test
  void villagesEndingInByArePlaces() {
    Document doc = PIPELINE.process(Document.of("Klockan 19.36 ringer en allmänhet på Nordanby polisen med anledning "
        + "av ett misstänkt bråk mellan en man och en kvinna."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    assertEquals("LOC Nordanby", found.get("Nordanby"));
  }

  /** The police's round-ups head each municipality's events with its name in capitals on a line of its own. */
  @Test
  void placesInCapitalsHeadingALineArePlacesNamedAsInRunningText() {
    Document doc = PIPELINE.process(Document.of("Västerbotten, ett urval av polisens arbete i trafiken\n"
        + "SKELLEFTEÅ\nVid 8-tiden hölls en trafikkontroll vid länsväg 824, Innervik, utan några anmärkningar.\n"
        + "SORSELE\nRunt klockan 12 hölls en trafikkontroll på Strandvägen.\n"
        + "UMEÅ\nUnder morgonen hölls en nykterhetskontroll vid länsväg 512 i Röbäck.\n"
        + "VINDELN\nVid 7-tiden hölls en trafikkontroll vid länsväg 363.\nUSA\n"));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    assertEquals("LOC Skellefteå", found.get("SKELLEFTEÅ"));
    assertEquals("LOC Sorsele", found.get("SORSELE"));
    assertEquals("LOC Umeå", found.get("UMEÅ"));
    assertEquals("LOC Vindeln", found.get("VINDELN"));
    assertTrue(!"LOC Usa".equals(found.get("USA")), found.toString());
  }

  /** A dateline's place is a place, named as in running text, and linked. */
  @Test
  void theDatelinesPlaceIsAPlace() {
    Document doc = StageRegistry.defaultPipeline().process(Document.of("MEXIKO (TT) Hundratals migranter från Honduras "
        + "tog sig på fredagskvällen igenom en barriär längs Guatemalas gräns till Mexiko."));
    Entity first = doc.entities().get(0);
    assertEquals("MEXIKO LOC Mexiko", doc.text(first.start(), first.end()) + " " + first.type() + " " + first.canonical());
    assertEquals("ORG TT", doc.entities().get(1).type() + " " + doc.entities().get(1).canonical());
  }

  /** A quoted title after "boken" or "konferensen" is one MISC name; the names inside it are not tagged. */
  @Test
  void aQuotedTitleAfterItsKindNounIsOneName() {
    Document doc = PIPELINE.process(Document.of("Hon samlade in över 400 vittnesmål från krigets offer varav några "
        + "skildras i hennes bok ”Vad lämnade du efter dig? Röster från Jemens bortglömda krig” (2018). "
        + "Konferensen ”Conference on Support to the Recovery and Development of Health Care in Ukraine” arrangeras "
        + "gemensamt av Socialdepartementet och stiftelsen Swecare."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type());
    }
    assertEquals("MISC", found.get("Vad lämnade du efter dig? Röster från Jemens bortglömda krig"), found.toString());
    assertEquals("MISC", found.get("Conference on Support to the Recovery and Development of Health Care in Ukraine"),
        found.toString());
    assertEquals("ORG", found.get("Socialdepartementet"), found.toString());
    assertTrue(!found.containsKey("Jemens") && !found.containsKey("Ukraine"), found.toString());
  }

  /** A police notice's heading line "HH:MM, road, village, municipality" names places, surnames or not. */
  @Test
  void theItemsOfANoticesHeadingArePlaces() {
    Document doc = StageRegistry.defaultPipeline().process(Document.of(
        "Viltolyckor under dagen.\n09:53, Länsväg 321, Hoverberg, Berg\nEn personbil har kolliderat med ett rådjur."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type());
    }
    assertEquals("LOC", found.get("Länsväg 321"));
    assertEquals("LOC", found.get("Hoverberg"));
    assertEquals("LOC", found.get("Berg"));
  }

  @Test
  void withTagsAVerbAfterANameSaysItsFinalSIsNoGenitive() {
    Pipeline tagged = StageRegistry.pipeline(List.of("tag", NerStage.NAME));
    Document doc = tagged.process(Document.of(
        "Volvo Cars varslar 1 300 anställda. Kvinnan fördes till Kungälvs sjukhus med okända skador. "
            + "Mannen är Mexikos utrikesminister. Enligt en undersökning som Novus gjort på uppdrag av "
            + "förbundet vill sju av tio byta yrke."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.canonical());
    }
    assertEquals("Volvo Cars", found.get("Volvo Cars"));
    assertEquals("Kungälvs sjukhus", found.get("Kungälvs sjukhus"));
    assertEquals("Mexiko", found.get("Mexikos"));
    assertEquals("Novus", found.get("Novus"));
  }

  /** A party's letters after a signature's role are the party. */
  @Test
  void aPartysLettersAfterARoleAreTheParty() {
    Document doc = PIPELINE.process(Document.of(
        "En sådan julklapp kan helt enkelt bli en viktig väckarklocka för bättre psykisk hälsa.\n\n"
            + "Jakob Forssmed, socialminister (KD)\n\n"
            + "Michael Rubbestad, jämställdhetspolitisk talesperson (SD), Svenska Dagbladet, den 16 februari 2024."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    assertEquals("ORG KD", found.get("KD"), found.toString());
    assertEquals("ORG SD", found.get("SD"), "the party, not the initials of Svenska Dagbladet");
  }

  /** Papers of two or three words are organisations, in the genitive too. */
  @Test
  void newspapersOfSeveralWordsAreOrganisations() {
    Document doc = PIPELINE.process(Document.of(
        "Det skriver energi- och näringsminister Ebba Busch i en debattartikel i Dagens Industri den 15 februari 2024. "
            + "Dagens Industris granskning visade samma sak. Dagens möte handlade om skolan."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    assertEquals("ORG Dagens Industri", found.get("Dagens Industri"), found.toString());
    assertEquals("ORG Dagens Industri", found.get("Dagens Industris"), found.toString());
    assertTrue(found.keySet().stream().noneMatch(k -> k.startsWith("Dagens möte")), found.toString());
  }

  /** A name after a word for a kind of place is that place, not a person or an organisation. */
  @Test
  void aNameAfterAWordForAKindOfPlaceIsAPlace() {
    Document doc = PIPELINE.process(Document.of(
        "Cirka en timme senare drabbades även tunnelbanestationen Maalbeek som ligger endast några kvarter från "
            + "EU-representationen. Kungaparet besökte flyktinglägret Zaatari tillsammans med statssekreteraren. "
            + "FN förhandlade bland annat en vapenvila i den viktiga hamnstaden Hodeida."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type());
    }
    assertEquals("LOC", found.get("Maalbeek"), found.toString());
    assertEquals("LOC", found.get("Zaatari"), found.toString());
    assertEquals("LOC", found.get("Hodeida"), found.toString());
  }

  /** A person's name no list knows loses its s only where a noun follows each mention. */
  @Test
  void aNounAfterAnUnknownPersonsNameSaysItsSIsAGenitive() {
    Pipeline tagged = StageRegistry.pipeline(List.of("tag", NerStage.NAME));
    Document doc = tagged.process(Document.of(
        "Det är en stor ära att få stå här i dag, och tillsammans med er hedra Fadime Sahindals minne och hennes "
            + "kamp för att få leva sitt liv och välja sin kärlek. Fadime berättade öppet och modigt om sin kamp. "
            + "Utrikesministern framhöll Sveriges stöd till generalsekreterare Mark Ruttes förslag på ett höjt "
            + "utgiftsmål i Nato. Vid mötena med den höga representanten Kaja Kallas samt Marta Kos diskuterades "
            + "aktuella frågor."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.canonical());
    }
    assertEquals("Fadime Sahindal", found.get("Fadime Sahindals"));
    assertEquals("Fadime Sahindal", found.get("Fadime"));
    assertEquals("Mark Rutte", found.get("Mark Ruttes"));
    assertEquals("Kaja Kallas", found.get("Kaja Kallas"));
  }

  @Test
  void withoutTagsTheDictionaryAndFunctionWordsTellTheGenitive() {
    Document doc = PIPELINE.process(Document.of(
        "Volvo Cars varslar 1 300 anställda. Det rapporterar New York Times och Sveriges Radio. "
            + "Sveriges och Finlands medlemskap stärker Natos förmåga. Arlanda är Sveriges i särklass största flygplats."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.merge(doc.text(ent.start(), ent.end()), ent.canonical(), (a, b) -> a.equals(b) ? a : a + "|" + b);
    }
    assertEquals("Volvo Cars", found.get("Volvo Cars"));
    assertEquals("New York Times", found.get("New York Times"));
    assertEquals("Sverige", found.get("Sveriges"), "coordinated with \"Finlands\", and before \"i\" a listed country's s");
    assertEquals("Finland", found.get("Finlands"));
    assertEquals("Nato", found.get("Natos"));
  }

  @Test
  void aGenitiveCoordinatedWithANameOfTwoWordsLosesItsS() {
    Document doc = PIPELINE.process(Document.of("Skolministern diskuterade med representanter från "
        + "Lärarstiftelsens och Sveriges Lärares expertråd för läsning."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.canonical());
    }
    assertEquals("Lärarstiftelsen", found.get("Lärarstiftelsens"), found.toString());
    assertEquals("Sveriges Lärare", found.get("Sveriges Lärares"), found.toString());
  }

  /** Municipalities in a list of genitives lose their s; "Sotenäs" keeps its own. */
  @Test
  void municipalitiesInAListOfGenitivesAreNamedWithoutTheirS() {
    Map<String, String> found = NamesFound.entities("Stormen drog in under tisdagsmorgonen. Vid 11-tiden var "
        + "14 000 hushåll i Strömstads, Tanums och Sotenäs kommuner utan ström. Örebros kommunfullmäktige "
        + "klubbade budgeten. Presidenten besöker ArkDes, Sveriges nationella centrum för arkitektur.");
    assertEquals("LOC Strömstad", found.get("Strömstads"), found.toString());
    assertEquals("LOC Tanum", found.get("Tanums"), found.toString());
    assertEquals("LOC Sotenäs", found.get("Sotenäs"), found.toString());
    assertEquals("LOC Örebro", found.get("Örebros"), "a municipality's genitive opening a sentence");
    Map<String, String> council = NamesFound.entities("IVO riktar skarp kritik mot Enköpings kommun. Skogsbranden "
        + "norr om Hammerdal i Strömsunds kommun sprider sig. Kommunstyrelsens ordförande i Gällivare kommun välkomnar "
        + "beskedet. Polisen kallades till de norra delarna av Karlstads kommun.");
    assertEquals("ORG", council.get("Enköpings kommun").substring(0, 3), council.toString());
    assertEquals("LOC", council.get("Strömsunds kommun").substring(0, 3), council.toString());
    assertEquals("ORG", council.get("Gällivare kommun").substring(0, 3), council.toString());
    assertEquals("LOC", council.get("Karlstads kommun").substring(0, 3), council.toString());
    assertTrue(found.get("ArkDes").endsWith(" ArkDes"), "an apposition after a comma is no list");
  }

  /** Unions and associations named by common words: the kind noun before them, capitals inside a sentence. */
  @Test
  void associationsNamedByCommonWordsAreOrganisations() {
    Map<String, String> found = NamesFound.entities("Facket Kommunal hotar att utvidga strejken. Åsa Nyberg, "
        + "ordförande för Unionens klubb på Nordvik, säger att reaktionerna från Unionen kom snabbt. Bilisterna är "
        + "upprörda, säger en talesperson för Bilisterna.");
    assertEquals("ORG Kommunal", found.get("Kommunal"), found.toString());
    assertEquals("ORG Unionen", found.get("Unionens"), found.toString());
    assertEquals("ORG Bilisterna", found.get("Bilisterna"), found.toString());
  }

  /** A compound for a body written with a capital inside a sentence is a name; a unit inside a body is not. */
  @Test
  void capitalisedBodiesInsideASentenceAreOrganisations() {
    Map<String, String> found = NamesFound.taggedEntities("Rundan leds av Creandum, med deltagande av statliga "
        + "Industrifonden och danska Novo Holdings. Tvisten kan nu hamna hos Hyresmarknadskommittén, HMK, en "
        + "skiljenämnd. Han arbetade 1999–2003 på Personalenheten, utrikesministeriet.");
    assertEquals("ORG Industrifonden", found.get("Industrifonden"), found.toString());
    assertEquals("ORG Novo Holdings", found.get("Novo Holdings"), found.toString());
    assertEquals("ORG Hyresmarknadskommittén", found.get("Hyresmarknadskommittén"), found.toString());
    assertEquals("ORG Hyresmarknadskommittén", found.get("HMK"), found.toString());
    assertNull(found.get("Personalenheten"), found.toString());
  }

  /** An acronym the text introduces after a name stays a name where the tagger leaves most of its uses out. */
  @Test
  void anIntroducedAcronymIsNamedInEveryUse() {
    Map<String, String> found = NamesFound.entities("Finansinspektionen (FI) ger Mälarbanken en sanktionsavgift på "
        + "1,2 miljarder kronor. – Det är inte acceptabelt, säger Marie Lindqvist, chefsjurist på FI, vid en "
        + "pressträff i Stockholm. Sanktionsavgiften är den näst största som FI någonsin utfärdat.");
    assertEquals("ORG Finansinspektionen", found.get("FI"), found.toString());
  }

  /** A name right after a genitive's noun for a kind of body is that body; a coordinated unknown name takes its partner's type. */
  @Test
  void namesAfterKindNounsAndInCoordinationAreFound() {
    Map<String, String> found = NamesFound.taggedEntities("Även Mattilsynet i Norge och EU:s livsmedelsmyndighet Efsa "
        + "har informerats. Vattenfall och ett konsortium av tyska RWE och norska Statkraft var de andra budgivarna. "
        + "Över 1 400 personer har evakuerats från byar runt Odemira och Aljezur.");
    assertEquals("ORG Mattilsynet", found.get("Mattilsynet"), found.toString());
    assertEquals("ORG Efsa", found.get("Efsa"), found.toString());
    assertEquals("ORG Statkraft", found.get("Statkraft"), found.toString());
    assertEquals(found.get("Odemira").split(" ")[0] + " Aljezur", found.get("Aljezur"), found.toString());
  }

  /** A paper's letters are the paper where its name is written out too. */
  @Test
  void aPapersLettersAreThePaperNamedInTheText() {
    Map<String, String> found = NamesFound.entities("Enligt Dagens Nyheter har DN:s reporter fått svar. SVT "
        + "rapporterade i går.");
    assertEquals("ORG Dagens Nyheter", found.get("DN:s"), found.toString());
    assertEquals("ORG SVT", found.get("SVT"), found.toString()); // Sveriges Television is not named
  }

  /** A club's letters keep its form whole: "HIF" is Helsingborgs IF. */
  @Test
  void aClubsLettersAreTheClub() {
    Map<String, String> found = NamesFound.entities("Malmö FF och Helsingborgs IF spelade 1–1. MFF hade gått i "
        + "ledning efter tolv minuter, sedan HIF:s målvakt räddat en frispark.");
    assertEquals("ORG Helsingborgs IF", found.get("HIF:s"), found.toString());
  }

  /** Names of bodies and prizes that run over a small word: "de", "i", an English genitive's apostrophe. */
  @Test
  void namesRunOverTheirSmallWords() {
    Map<String, String> found = NamesFound.entities("Det säger smittskyddsläkaren på Smittskydd Västra Götaland. "
        + "Nobelpriset i kemi går till två forskare. Hon studerade vid Universidad de Chile i Santiago. Den "
        + "irländska organisationen Irish Farmers' Association (IFA) protesterar.");
    assertEquals("ORG Smittskydd Västra Götaland", found.get("Smittskydd Västra Götaland"), found.toString());
    assertEquals("MISC Nobelpriset i kemi", found.get("Nobelpriset i kemi"), found.toString());
    assertEquals("ORG Universidad de Chile", found.get("Universidad de Chile"), found.toString());
    assertEquals("ORG Irish Farmers' Association", found.get("IFA"), found.toString());
  }

  /** A Sami village is a body; a surname that is also a common word is the person where capitals show it. */
  @Test
  void samiVillagesAndSurnamesThatAreCommonWords() {
    Map<String, String> found = NamesFound.entities("Gällivare skogssameby protesterar mot gruvplanerna nära "
        + "Aitikgruvan. Överläkaren Lisa Frost är oroad. – Det är viktigt att dricka vatten, säger Frost.");
    assertEquals("ORG Gällivare skogssameby", found.get("Gällivare skogssameby"), found.toString());
    assertEquals("LOC Aitikgruvan", found.get("Aitikgruvan"), found.toString());
    assertEquals("PER Lisa Frost", found.get("Frost"), found.toString());
  }

  /** A work's title without quote marks runs from the kind noun to the first verb, number or mark. */
  @Test
  void aTitleWithoutQuoteMarksAfterItsKindNounIsOneName() {
    Pipeline tagged = StageRegistry.pipeline(List.of("tag", NerStage.NAME));
    Document doc = tagged.process(Document.of("Hon debuterade med diktsamlingen Stenar i vatten 1962, men "
        + "genombrottet kom med romanen Sommaren vid Klarälven, som har översatts till trettio språk. I våras gav "
        + "hon ut essäsamlingen Brev till en yngre syster. Han sjöng låten Nordlys."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type());
    }
    assertEquals("MISC", found.get("Stenar i vatten"), found.toString());
    assertEquals("MISC", found.get("Sommaren vid Klarälven"), found.toString());
    assertEquals("MISC", found.get("Brev till en yngre syster"), found.toString());
    assertEquals("MISC", found.get("Nordlys"), found.toString());
    assertFalse(found.containsKey("Klarälven"), "a place inside the title is no name of its own");
  }

  @Test
  void shapesOfNamesComeOutWholeInADocument() {
    Document doc = PIPELINE.process(Document.of("Myndigheten för psykologiskt försvar (MPF) varnar för desinformation. "
        + "Enligt MPF ökar hoten. Regeringen föreslår att lagen om elcertifikat anpassas. Hennes & Mauritz växer."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    assertEquals("ORG Myndigheten för psykologiskt försvar", found.get("Myndigheten för psykologiskt försvar"));
    assertEquals("ORG Myndigheten för psykologiskt försvar", found.get("MPF"));
    assertEquals("MISC lagen om elcertifikat", found.get("lagen om elcertifikat"), found.toString());
    assertEquals("ORG Hennes & Mauritz", found.get("Hennes & Mauritz"));
  }

  @Test
  void ordinancesAndLawsInTheGenitiveAreNamedAndKeepTheirOwnCanonical() {
    Document doc = PIPELINE.process(Document.of("Vid miljörådets möte i Luxemburg 16 oktober godkände EU:s miljöministrar "
        + "ett förhandlingsmandat inför FN:s klimatkonferens COP28. Miljöministrarna kom också överens om ett förslag om "
        + "att uppdatera och skärpa förordningen om normer för koldioxidutsläpp från tunga fordon. Biocidprodukter som "
        + "inte omfattas av krav på godkännande enligt EU-förordningen omfattas istället av miljöbalkens krav på "
        + "godkännande. Ändringar görs i avfallsförordningen (2020:614). SiS ska tillämpa förordningen (2015:18) om "
        + "fartygsåtervinning."));
    Map<String, String> found = new HashMap<>();
    for (Entity ent : doc.entities()) {
      found.put(doc.text(ent.start(), ent.end()), ent.type() + " " + ent.canonical());
    }
    assertEquals("MISC miljöbalken", found.get("miljöbalkens"), found.toString());
    assertEquals("MISC avfallsförordningen", found.get("avfallsförordningen"), found.toString());
    // The statute book's number is a reference, not part of the name (the gold of blind set 8).
    assertEquals("MISC förordningen om fartygsåtervinning",
        found.get("förordningen (2015:18) om fartygsåtervinning"), found.toString());
    assertEquals("ORG FN", found.get("FN:s"), "FN is not the initials of \"förordningen om normer\"");
    assertNull(found.get("EU-förordningen"), "whichever EU regulation the text is about");
  }

  @Test
  void placesAreLinkedAndDemonymsReferToTheirCountry() {
    Document doc = PIPELINE.process(Document.of(TEXT));
    Entity mexico = doc.entities().stream().filter(e -> e.canonical().equals("Mexiko")).findFirst().orElseThrow();
    assertNotNull(mexico.place());
    assertEquals("MX", mexico.place().id());
    Entity city = doc.entities().stream().filter(e -> e.canonical().equals("Mexico City")).findFirst().orElseThrow();
    assertEquals("city", city.place().kind());
    assertEquals("MX", city.place().countryCode());
    List<EntityReference> refs = doc.get(se.notis.doc.Layers.ENTITIES).references();
    assertTrue(refs.stream().anyMatch(r -> doc.text(r.start(), r.end()).equals("amerikanske") && r.canonical().equals("USA")));
    assertTrue(refs.stream().anyMatch(r -> doc.text(r.start(), r.end()).equals("Mexikanska") && r.canonical().equals("Mexiko")));
  }

  @Test
  void emptyAndRandomTextNeverCrash() {
    assertTrue(PIPELINE.process(Document.of("")).entities().isEmpty());
    Random random = new Random(4);
    String alphabet = "aAöÖ:s-–\"” \n.,!?É😀0";
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(120);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      Document doc = PIPELINE.process(Document.of(text.toString()));
      for (Entity ent : doc.entities()) {
        assertTrue(ent.end() <= doc.length());
      }
    }
  }

  @Test
  void randomRunsOfTheRulesCueWordsNeverCrash() {
    String[] words = {"Myndigheten", "för", "&", "Hennes", "lagen", "om", "(", ")", "MPF", "och", "Sveriges", "Finlands",
        "von", "der", "Anna", "E20", "Kungl", ".", "Hovrätten", "över", "Region", "IF", "AC", "TIMRÅ", "Två", "15-åringar",
        "i", "Europa", "Stockholm", ",", "anpassas", "rådet", "Nordiska", "Kommuner", "Regioner", "BNP", "Strandväg"};
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        text.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      Document doc = PIPELINE.process(Document.of(text.toString()));
      for (Entity ent : doc.entities()) {
        assertTrue(ent.start() < ent.end() && ent.end() <= doc.length(), text.toString());
      }
    }
  }

  @Test
  void taggerLabelsPreTokenisedSentences() {
    String[] labels = NerStage.ruledTagger(NerModel.standard()).tag(
        new String[] {"Mike", "Pompeo", "reste", "till", "Mexico", "City", "."});
    assertEquals(List.of("B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O"), List.of(labels));
    assertEquals(0, NerStage.tagger(NerModel.standard()).tag(new String[0]).length);
  }

  /** A genitive before a title in quote marks, and a town's genitive the municipality list holds as written. */
  @Test
  void genitivesBeforeAQuotedTitleAndOfATownAreStripped() {
    Map<String, String> found = NamesFound.entities("Hon skrevs för länge sedan, men August Strindbergs ”Fröken Julie” "
        + "känns angelägen. Strindberg skrev om klass. Han föddes på Donsö i Göteborgs södra skärgård.");
    assertEquals("PER August Strindberg", found.get("August Strindbergs"), found.toString());
    assertEquals("PER August Strindberg", found.get("Strindberg"), found.toString());
    assertEquals("LOC Göteborg", found.get("Göteborgs"), found.toString());
  }

  /** "säger Lund" after "presschef Annika Lund" is the press officer, not the town. */
  @Test
  void aSurnameThatSpeaksIsThePersonNotThePlace() {
    Map<String, String> found = NamesFound.entities("Enligt Dramatens presschef Annika Lund är hälften av platserna "
        + "bokade.\n\n– Vi är inte oroliga, säger Lund.");
    assertEquals("PER Annika Lund", found.get("Lund"), found.toString());
  }

  /** An international body's acronym between commas after its Swedish name, not in a list of bodies. */
  @Test
  void anInternationalAcronymBetweenCommasRenamesTheBodyBeforeIt() {
    Map<String, String> found = NamesFound.entities("Målet från Världshälsoorganisationen, WHO, är 75 procent. "
        + "Sverige samarbetar med Nato, EU, FN och OSSE.");
    assertEquals("ORG Världshälsoorganisationen", found.get("WHO"), found.toString());
    assertEquals("ORG EU", found.get("EU"), found.toString());
  }

  /** A party's short form in mixed case in brackets, and a town that is also a common word named again. */
  @Test
  void aMixedCaseShortFormAndATownThatIsAlsoACommonWord() {
    Map<String, String> found = NamesFound.entities("På tisdagskvällen krävde Fremskrittspartiets (FrP) partiledare "
        + "Siv Jensen att staten tar över kostnaderna runt Bergen och Stavanger. Partiet fick 16 procent av rösterna i "
        + "Bergen.");
    assertEquals("ORG Fremskrittspartiet", found.get("FrP"), found.toString());
    assertEquals("LOC Bergen", found.get("Bergen"), found.toString());
  }

  /** A nickname in quote marks is part of the person's name, and the nickname with the surname names the person. */
  @Test
  void aNicknameInQuoteMarksIsPartOfThePersonsName() {
    Map<String, String> found = NamesFound.entities("Musikern Lars ”Lasse” Wennerholm har avlidit. Lasse Wennerholm "
        + "blev 71 år. Han arbetade för Läkare utan gränser (MSF) i Darfur.");
    assertEquals("PER Lars ”Lasse” Wennerholm", found.get("Lars ”Lasse” Wennerholm"), found.toString());
    assertEquals("PER Lars ”Lasse” Wennerholm", found.get("Lasse Wennerholm"), found.toString());
    assertEquals("ORG Läkare utan gränser", found.get("MSF"), found.toString());
  }

  /** A news agency's byline keeps its letters: "TT" is not the initials of a person the article names. */
  @Test
  void anAgencysLettersAreNoPersonsInitials() {
    Map<String, String> found = NamesFound.entities("Kommunalrådet Torbjörn Tegnhammar (M) är nöjd med beslutet.\n\nTT");
    assertEquals("ORG TT", found.get("TT"), found.toString());
  }

  /** An agency is not its own regional division, and an English name cut at "for" is made whole by its acronym. */
  @Test
  void anAgencyIsNotItsDivisionAndAnEnglishNameIsWholeBeforeItsAcronym() {
    Map<String, String> found = NamesFound.entities("Trafikverket har bestämt var bron ska byggas. – Det är bra, "
        + "säger Tomas Engström på Trafikverket Region Mitt. Fredspriset går till Center for Civil Liberties (CCL) i Kiev.");
    assertEquals("ORG Trafikverket", found.get("Trafikverket"), found.toString());
    assertEquals("ORG Trafikverket Region Mitt", found.get("Trafikverket Region Mitt"), found.toString());
    assertEquals("ORG Center for Civil Liberties", found.get("CCL"), found.toString());
  }

  /** A storm introduced by its kind keeps that type when named alone later; a name cut at "für" is whole by its acronym. */
  @Test
  void aStormStaysAStormAndAGermanPartyIsWhole() {
    Map<String, String> found = NamesFound.entities("Orkanen Milton drog in över Floridas västkust. Milton kommer "
        + "bara två veckor efter orkanen Helene. Alternative für Deutschland (AfD) fick 32,8 procent i Thüringen.");
    assertEquals("MISC Milton", found.get("Milton"), found.toString());
    assertEquals("ORG Alternative für Deutschland", found.get("AfD"), found.toString());
  }

  /** Teams named by part of their names are the teams; a place's genitive before a plain noun is the place. */
  @Test
  void teamsByShortNamesAndAPlaceBeforeANoun() {
    Map<String, String> found = NamesFound.entities("IFK Norrköping tog emot Djurgårdens IF i allsvenskan på "
        + "söndagen. Djurgården tog ledningen i matchen, men sedan hade Norrköping svårt att ta sig förbi gästernas "
        + "mittfält. Målet kom i andra halvlek av Stina Blackstenius, som spelar i Arsenal. Samtidigt vann Denver "
        + "Nuggets mot Boston Celtics. Sedan dess har Nuggets vunnit fem raka matcher. Oppositionsrådet kallar förslaget "
        + "för ”en katastrof för Uppsalas barn”.");
    assertEquals("ORG Djurgårdens IF", found.get("Djurgården"), found.toString());
    assertEquals("ORG IFK Norrköping", found.get("Norrköping"), found.toString());
    assertEquals("ORG Denver Nuggets", found.get("Nuggets"), found.toString());
    assertEquals("ORG Arsenal", found.get("Arsenal"), found.toString());
    assertEquals("LOC Uppsala", found.get("Uppsalas"), found.toString());
  }

  /** Royal names, venues by their use and a sea's genitive, from a blind newspaper set. */
  @Test
  void royalNamesVenuesAndASeasGenitive() {
    Map<String, String> found = NamesFound.entities("Kronprinsessan Victoria höll middagens tal på Stockholms slott. "
        + "Kungliga Filharmonikerna framförde ett festspel. Galan hölls i Konserthuset i Stockholm. Konserthuset "
        + "meddelade senare att biljetterna var slut. Det här är ett av Östersjöns viktigaste områden för alfågel.");
    assertEquals("PER Victoria", found.get("Victoria"), found.toString());
    assertEquals("LOC Stockholms slott", found.get("Stockholms slott"), found.toString());
    assertEquals("ORG Kungliga Filharmonikerna", found.get("Kungliga Filharmonikerna"), found.toString());
    assertEquals("LOC Östersjön", found.get("Östersjöns"), found.toString());
  }

  /** A storm's name after the word for it opening a sentence, and warships by their prefixes, are named things. */
  @Test
  void stormsAndWarshipsAreNamedThings() {
    Map<String, String> found = NamesFound.entities("Ovädret Boris har fört med sig rekordstora regnmängder. "
        + "Bland de svenska fartygen finns korvetterna HMS Visby och HMS Nyköping. Hangarfartyget USS Gerald R. Ford "
        + "anlände på måndagen.");
    assertEquals("MISC Boris", found.get("Boris"), found.toString());
    assertEquals("MISC HMS Visby", found.get("HMS Visby"), found.toString());
    assertEquals("MISC HMS Nyköping", found.get("HMS Nyköping"), found.toString());
    assertEquals("MISC USS Gerald R. Ford", found.get("USS Gerald R. Ford"), found.toString());
  }

  /**
   * A place before the noun of a sports hall, a square or a meeting house names that place, its genitive
   * does not; an institution's name may hold an adjective before its noun.
   */
  @Test
  void aHallOrASquareNamedByItsPlace() {
    Map<String, String> found = NamesFound.entities("De evakuerade fick sova i Slite sporthall. Polisen grep mannen "
        + "vid Hjällbo torg. Badet i Flens simhall är stängt.");
    assertEquals("LOC Slite sporthall", found.get("Slite sporthall"), found.toString());
    assertEquals("LOC Hjällbo torg", found.get("Hjällbo torg"), found.toString());
    assertEquals("LOC Flen", found.get("Flens"), found.toString());
    found = NamesFound.entities("Det här är en skandal, säger Lena Hjelm, trafikforskare vid Chalmers tekniska högskola. "
        + "Begravningen hölls i Ytterhogdals gamla kyrka.");
    assertEquals("ORG Chalmers tekniska högskola", found.get("Chalmers tekniska högskola"), found.toString());
    assertEquals("LOC Ytterhogdals gamla kyrka", found.get("Ytterhogdals gamla kyrka"), found.toString());
  }

  /** A paper's own dateline, a listed place in capitals without an agency, is the place. */
  @Test
  void aPapersOwnDatelineIsThePlace() {
    assertEquals("LOC Norrköping", NamesFound.taggedEntities("NORRKÖPING En 34-årig man från Hageby dömdes på "
        + "torsdagen för grov misshandel.").get("NORRKÖPING"));
    assertEquals("LOC Kiruna", NamesFound.taggedEntities("KIRUNA (SVT) Valdeltagandet i sametingsvalet steg.").get("KIRUNA"));
    assertEquals("PER Elin Bergkvist", NamesFound.taggedEntities("UPPSALA Elin Bergkvist landade utanför Floridas kust i "
        + "natt.").get("Elin Bergkvist"));
  }

  /** A storm or a ship a kind noun introduced keeps its type where the name stands alone. */
  @Test
  void aNamedStormIsAnObjectInEveryMention() {
    Map<String, String> found = NamesFound.taggedEntities("Orkanen Milton drog in över Floridas västkust på onsdagen. "
        + "Milton väntas försvagas under torsdagen.");
    assertEquals("MISC Milton", found.get("Milton"), found.toString());
  }

  /** A square, a station or a sports hall named by its place's genitive is one place. */
  @Test
  void placesNamedByATownsGenitiveAreWhole() {
    Map<String, String> found = NamesFound.taggedEntities("Två personer sprang från platsen mot Angereds torg. "
        + "Familjen klev av tåget på Borlänge central en kväll i december.");
    assertEquals("LOC Angereds torg", found.get("Angereds torg"), found.toString());
    assertEquals("LOC Borlänge central", found.get("Borlänge central"), found.toString());
  }

  /** Of two people with one surname, the surname alone is the one named last before it. */
  @Test
  void aSurnameIsThePersonNamedLastBeforeIt() {
    Map<String, String> found = NamesFound.taggedEntities("På torsdagen tog Moa Hellström OS-silver i Val di Fiemme. "
        + "Den 24-åriga Hellström gick i mål 18 sekunder efter segraren. Bland dem som såg loppet fanns pappa Peter Hellström.");
    assertEquals("PER Moa Hellström", found.get("Hellström"), found.toString());
  }

  /** The crown princess named after her title is the person through the report, though a city shares her name. */
  @Test
  void aRoyalNamedByTitleStaysThePersonWhereTheCityIsNamedAlike() {
    Map<String, String> found = NamesFound.taggedEntities("Termometern visade minus 22 grader när kronprinsessan "
        + "Victorias plan landade. Sedan fick Victoria följa en övning med värnpliktiga.");
    assertEquals("PER Victoria", found.get("Victoria"), found.toString());
    assertEquals("PER Victoria", found.get("Victorias"), found.toString());
  }

  /** A relative named in full after the person of the report leaves the surname alone with that person. */
  @Test
  void aSurnameAfterARelativeIsStillThePersonOfTheReport() {
    Map<String, String> found = NamesFound.taggedEntities("Vi träffar Elin Forsberg på ett kafé vid Möllevångstorget. "
        + "Mamma Karin Forsberg berättar i telefon från Vittangi. Själv vill Forsberg inte prata om OS.");
    assertEquals("PER Elin Forsberg", found.get("Forsberg"), found.toString());
    assertEquals("PER Karin Forsberg", found.get("Karin Forsberg"), found.toString());
  }

  /** Bodies joined by a slash are two names; a person's genitive before a name ends the person. */
  @Test
  void slashesAndPersonsGenitivesSeparateNames() {
    Map<String, String> found = NamesFound.taggedEntities("Socialdemokraterna är största parti i DN/Ipsos nya "
        + "väljarbarometer, medan statsminister Erna Solbergs Høyre backade till 20,4 procent.");
    assertEquals("ORG DN", found.get("DN"), found.toString());
    assertEquals("PER Erna Solberg", found.get("Erna Solbergs"), found.toString());
    assertEquals("ORG", found.get("Høyre").split(" ")[0], found.toString());
  }

  /** Party letters coordinated with other parties' letters are parties. */
  @Test
  void coordinatedPartyLettersAreParties() {
    Map<String, String> found = NamesFound.taggedEntities("Centerpartiet backade i mätningen. Det "
        + "blocköverskridande samarbetet mellan S och C har varit en stabil grund, medan M och SD ökade.");
    assertEquals("ORG", found.get("M").split(" ")[0], found.toString());
    assertEquals("ORG Centerpartiet", found.get("C"), found.toString());
    assertEquals("ORG", found.get("SD").split(" ")[0], found.toString());
  }

  /** A listed company is itself where the text also names its service or product. */
  @Test
  void aListedBodyIsNotItsService() {
    Map<String, String> found = NamesFound.taggedEntities("Det är öppningsscenen i SVT:s nya dramaserie. Serien släpps "
        + "i sin helhet på SVT Play. SVT har redan beställt en andra säsong.");
    assertEquals("ORG SVT", found.get("SVT"), found.toString());
  }

  /** Venues, producers, branches, models and initials the blind sets named: each a name of its kind. */
  @Test
  void namesOfVenuesProducersBranchesModelsAndInitials() {
    Map<String, String> found = NamesFound.taggedEntities("Enligt en mätning från Voxmeter ligger partiet först. "
        + "Priset delas ut vid en ceremoni i Konserthuset. Festen avslutades med en bankett på Grand Hôtel. "
        + "Anna Berglund är ordförande för LRF Skåne. Nästa modell är Polestar 3, en elektrisk bil. "
        + "Priset tilldelas John B. Goodenough och M. Stanley Whittingham. Hälso- och sjukvårdsnämndens "
        + "ordförande Johan Berglund (C) säger att målet nås.");
    assertEquals("ORG Voxmeter", found.get("Voxmeter"), found.toString());
    assertEquals("LOC Konserthuset", found.get("Konserthuset"), found.toString());
    assertEquals("LOC Grand Hôtel", found.get("Grand Hôtel"), found.toString());
    assertEquals("ORG LRF Skåne", found.get("LRF Skåne"), found.toString());
    assertEquals("MISC Polestar 3", found.get("Polestar 3"), found.toString());
    assertEquals("PER M. Stanley Whittingham", found.get("M. Stanley Whittingham"), found.toString());
    assertNull(found.get("Hälso- och sjukvårdsnämndens"), found.toString());
  }

  /** A bracketed first part of a long name is that name ("Pappersindustriarbetareförbundet (Pappers)"). */
  @Test
  void aBracketedFirstPartNamesTheBody() {
    Map<String, String> found = NamesFound.taggedEntities("Svenska Pappersindustriarbetareförbundet (Pappers) kräver att "
        + "ägaren tar ett större ansvar. Pappers har 18 000 medlemmar.");
    assertEquals("ORG Svenska Pappersindustriarbetareförbundet", found.get("Pappers"), found.toString());
  }

  static Stream<Arguments> namesInDocuments() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        NerStageTest.class.getResourceAsStream("names-in-documents.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          cases.add(Arguments.of(cols[0].replace("\\n", "\n"), cols[1])); // "\n" in a text is a line break
        }
      }
    }
    return cases.stream();
  }

  /** Each expected name of a short document, as the tagged pipeline finds it (the comments in the file say why). */
  @ParameterizedTest
  @MethodSource("namesInDocuments")
  void namesInShortDocuments(String text, String expectations) {
    Map<String, String> found = NamesFound.taggedEntities(text);
    for (String expectation : expectations.split(" \\| ")) {
      String[] parts = expectation.split(" => ");
      assertEquals(parts[1].equals("-") ? null : parts[1], found.get(parts[0]), found.toString());
    }
  }
}
