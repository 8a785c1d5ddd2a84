package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names spelled out beside their acronyms, on sentences of the news collection. */
class AcronymExpansionsTest {
  @Test
  void anAcronymBetweenCommasIsTheNameBeforeIt() {
    Map<String, String> found = entities("Handels utredningsinstitut, HUI, har nyligen utsett unisexdoften "
        + "till årets julklapp.");
    assertEquals("ORG Handels utredningsinstitut", found.get("Handels utredningsinstitut"), found.toString());
    assertEquals("ORG Handels utredningsinstitut", found.get("HUI"), found.toString());
  }

  @Test
  void anAcronymEndingTheSentenceAfterACommaIsTheNameBeforeIt() {
    Map<String, String> found = entities("Robert Limmergård är generalsekreterare för Säkerhets- och "
        + "försvarsföretagen, SOFF.");
    assertEquals("ORG Säkerhets- och försvarsföretagen", found.get("Säkerhets- och försvarsföretagen"), found.toString());
    assertEquals("ORG Säkerhets- och försvarsföretagen", found.get("SOFF"), found.toString());
  }

  @Test
  void aGenitiveTakenAloneOpensTheNameItsAcronymSpells() {
    Map<String, String> found = entities("Regeringen beviljade i december 2024 en ansökan från Sveriges kommuner "
        + "och regioner (SKR) för att stärka arbetsgivares möjligheter.");
    assertEquals("ORG Sveriges kommuner och regioner", found.get("Sveriges kommuner och regioner"), found.toString());
    assertEquals("ORG Sveriges kommuner och regioner", found.get("SKR"), found.toString());
    assertNull(found.get("Sveriges"), found.toString());
  }

  @Test
  void aShortNameWrittenAsAWordInBracketsIsTheBodyBeforeIt() {
    Map<String, String> found = entities("Sedan november har Europeiska gräns- och kustbevakningsbyrån (Frontex) "
        + "skickat ett 50-tal gränsvakter till landet. Frontex säger att läget är lugnt. Bolaget ägs av Volvo Cars "
        + "(Geely) sedan 2010.");
    String body = "ORG Europeiska gräns- och kustbevakningsbyrån";
    assertEquals(body, found.get("Europeiska gräns- och kustbevakningsbyrån"), found.toString());
    assertEquals(body, found.get("Frontex"), found.toString());
    assertEquals("ORG Geely", found.get("Geely"), found.toString()); // a company's owner, not its short name
  }

  @Test
  void aCodeInBracketsOrATermCalledSoIsNoExpansion() {
    Map<String, String> found = entities("Ändringarna har tillkommit mot bakgrund av Europaparlamentets och rådets "
        + "förordning (EU) nr 347/2013. Det bidrar till Sveriges åtagande i EU:s så kallade "
        + "ansvarsfördelningsförordning (ESR).");
    assertNull(found.get("Europaparlamentets och rådets förordning"), found.toString());
    assertEquals("ORG EU", found.get("EU:s"), found.toString());
  }

  @Test
  void anAcronymInAListAfterACommaIsANameOfItsOwn() {
    Map<String, String> found = entities("Humanitärt stöd via organisationer som World Food Program (WFP), "
        + "Rädda barnen, Röda korset, UNICEF, UNHCR och FN:s humanitära landfond för Ukraina.");
    assertEquals("ORG UNICEF", found.get("UNICEF"), found.toString());
  }

  @Test
  void aNameWithAndInsideIsWholeWhenItsAcronymSpellsAllOfIt() {
    Map<String, String> found = entities("Regeringen har beslutat att ge ett bidrag till riksorganisationen "
        + "Glöm Aldrig Pela och Fadime (GAPF), en ideell förening.");
    assertEquals("ORG Glöm Aldrig Pela och Fadime", found.get("Glöm Aldrig Pela och Fadime"), found.toString());
    assertEquals("ORG Glöm Aldrig Pela och Fadime", found.get("GAPF"), found.toString());
    assertNull(found.get("Fadime"), found.toString());
  }

  @Test
  void twoNamesJoinedByAndStayTwoWhenTheAcronymIsTheSecondOnly() {
    Map<String, String> found = entities("Länsstyrelsen Stockholm, Hushållningssällskapet och Lantbrukarnas "
        + "Riksförbund (LRF) deltar. Även Sverige och Norge (SN) deltar.");
    assertEquals("ORG Hushållningssällskapet", found.get("Hushållningssällskapet"), found.toString());
    assertEquals("ORG Lantbrukarnas Riksförbund", found.get("LRF"), found.toString());
    assertEquals("LOC Sverige", found.get("Sverige"), found.toString());
    assertEquals("LOC Norge", found.get("Norge"), found.toString());
  }

  @Test
  void anInternationalBodysAcronymInBracketsIsItsSwedishName() {
    Map<String, String> found = entities("Enligt Världshälsoorganisationen (WHO) är tjock- och ändtarmscancer den "
        + "tredje vanligaste cancerformen i världen.");
    assertEquals("ORG Världshälsoorganisationen", found.get("WHO"), found.toString());
  }

  @Test
  void anAcronymInBracketsNamesTheBodyBeforeItWhateverLanguageItSpells() {
    Map<String, String> found = entities("Rådet enades om att EU ska ratificera en ändring i Kyotoprotokollet (KP). "
        + "Sverige har bidragit med 265 miljoner kronor till Internationella rödakorskommittén (ICRC) och till FN:s "
        + "livsmedelsprogram (WFP). Sjöräddningssällskapet (SSRS) fanns på plats. Strålsäkerhetsmyndigheten, SSM, ska "
        + "också pröva ansökan. Enligt Internationella skidförbundet (FIS) är snöförhållandena goda.");
    assertEquals("MISC Kyotoprotokollet", found.get("KP"), found.toString());
    assertEquals("ORG Internationella rödakorskommittén", found.get("ICRC"), found.toString());
    assertEquals("ORG FN:s livsmedelsprogram", found.get("WFP"), found.toString());
    assertEquals("ORG Sjöräddningssällskapet", found.get("SSRS"), found.toString());
    assertEquals("ORG Strålsäkerhetsmyndigheten", found.get("SSM"), found.toString());
    assertEquals("ORG Internationella skidförbundet", found.get("FIS"), found.toString());
  }

  @Test
  void aCutNameACountryOrASourceInBracketsKeepsItsLetters() {
    Map<String, String> found = entities("Enligt Mediamätning i Skandinavien (MMS) såg 2,1 miljoner tittare "
        + "programmet. Enligt myndigheten (MSB) ökar riskerna. Två fall har rapporterats i Portland (USA). "
        + "Expeditionary Force (JEF) övar i Östersjön.");
    // The whole name is found (the tagger once cut it to "Skandinavien", which MMS must not take).
    assertEquals("ORG Mediamätning i Skandinavien", found.get("MMS"), found.toString());
    assertEquals("ORG MSB", found.get("MSB"), found.toString());
    assertNull(found.get("Enligt myndigheten"), found.toString());
    assertEquals("LOC USA", found.get("USA"), found.toString());
    assertNotEquals("Expeditionary Force", found.get("JEF").substring(found.get("JEF").indexOf(' ') + 1), found.toString());
  }

  @Test
  void aNameTheTaggerCutRunsBackOverTheWordsItsAcronymSpells() {
    Map<String, String> found = entities("Striderna mellan Sudans armé och den paramilitära gruppen Rapid Support "
        + "Forces (RSF) fortsätter.");
    assertEquals("ORG Rapid Support Forces", found.get("Rapid Support Forces"), found.toString());
    assertEquals("ORG Rapid Support Forces", found.get("RSF"), found.toString());
  }

  @Test
  void aCompanysLettersEndInItsFormAndAPapersLettersAreThePaper() {
    Map<String, String> found = entities("Enligt Gotlands Energi, GEAB, har bolaget extra personal i beredskap. "
        + "Dalarnas Tidningar har gått igenom målen. Det säger åklagaren till DT. Mamman träffar "
        + "Västerbottens-Kuriren i Kåge. Det är tufft, säger hon till VK.");
    assertEquals("ORG Gotlands Energi", found.get("GEAB"), found.toString());
    assertEquals("ORG Dalarnas Tidningar", found.get("DT"), found.toString());
    assertEquals("ORG Västerbottens-Kuriren", found.get("VK"), found.toString());
  }

  @Test
  void anAcronymClosingASentenceAfterACommaIsNoAbbreviation() {
    Map<String, String> found = entities("Operationer har skjutits upp, enligt en sammanställning från Sveriges "
        + "Kommuner och Regioner, SKR. Strejken fortsätter.");
    assertEquals("ORG Sveriges Kommuner och Regioner", found.get("SKR"), found.toString());
  }
}
