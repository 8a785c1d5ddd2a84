package se.notis.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Sentence;
import se.notis.pipeline.StageRegistry;

class SentenceStageTest {
  private static List<String> sentences(String text) {
    Document doc = StageRegistry.pipeline(List.of("sentences")).process(Document.of(text));
    return doc.sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void exclamationFollowedByAttributionStaysInTheSentence() {
    assertEquals(List.of("– Vi ska ta oss in!", "Vi ska ta oss in tillsammans! skrek en ung man i karavanen."),
        sentences("– Vi ska ta oss in! Vi ska ta oss in tillsammans! skrek en ung man i karavanen."));
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    assertEquals(List.of("Han träffade bl.a. Luis A. Videgaray kl. 14.30 i går.", "Sedan åkte han hem."),
        sentences("Han träffade bl.a. Luis A. Videgaray kl. 14.30 i går. Sedan åkte han hem."));
  }

  @Test
  void closingAbbreviationBeforeCapitalEndsTheSentence() {
    assertEquals(List.of("De köpte mjölk, bröd osv.", "Sedan gick de."),
        sentences("De köpte mjölk, bröd osv. Sedan gick de."));
  }

  @Test
  void closingQuoteAndBracketBelongToTheEndingSentence() {
    assertEquals(List.of("(Skillnaden är inte signifikant.)", "”Det var allt förr i världen.”", "Nu inte."),
        sentences("(Skillnaden är inte signifikant.) ”Det var allt förr i världen.” Nu inte."));
  }

  @Test
  void colonBeforeQuotationEndsTheSentenceAsInTalbanken() {
    assertEquals(List.of("Budet löd:", "'Du skall lyda din fader.'"), sentences("Budet löd: 'Du skall lyda din fader.'"));
    assertEquals(List.of("Se Rabin: Infants and Children."), sentences("Se Rabin: Infants and Children."));
  }

  @Test
  void headingsAndParagraphsAreSentencesOfTheirOwn() {
    assertEquals(List.of("Möte med Pompeo", "Gruppen är liten.", "Kritik från Amnesty", "Det är allt"),
        sentences("Möte med Pompeo\n\nGruppen är liten.\n\nKritik från Amnesty\n\nDet är allt"));
  }

  @Test
  void anAgencysDatelineStandsBeforeTheFirstSentence() {
    assertEquals(List.of("GUATEMALA CITY (TT-AFP) –", "Hundratals migranter från Honduras tog sig på fredagskvällen igenom en barriär."),
        sentences("GUATEMALA CITY (TT-AFP) – Hundratals migranter från Honduras tog sig på fredagskvällen igenom en barriär."));
    assertEquals(List.of("Ebba Busch (KD) besökte Tecún Umán."), sentences("Ebba Busch (KD) besökte Tecún Umán."));
    assertEquals(List.of("En ordningsbot (böter) utfärdades."), sentences("En ordningsbot (böter) utfärdades."));
  }

  @Test
  void emptyTextHasNoSentences() {
    assertEquals(List.of(), sentences(""));
    assertEquals(List.of(), sentences("\n\n  \n"));
  }
}
