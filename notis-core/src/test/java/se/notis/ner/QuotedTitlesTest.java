package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedTitlesTest {
  private static List<String> titles(String text) {
    return WordTokens.found(text, QuotedTitles::find);
  }

  @Test
  void aQuotedTitleAfterTheKindOfWorkIsOneName() {
    assertEquals(List.of("En god arbetsmiljö för ett förändrat arbetsliv"), titles("På mötet presenterades"
        + " nulägesbeskrivningen för den kommande strategin ”En god arbetsmiljö för ett förändrat arbetsliv”."));
    assertEquals(List.of("Om krisen eller kriget kommer"),
        titles("Myndigheten informerade om sitt arbete med broschyren ”Om krisen eller kriget kommer” och om annat."));
  }

  @Test
  void aThemeIsNoName() {
    assertEquals(List.of(), titles("Årets tema på Fadimedagarna har varit ”De bortförda och bortglömda barnen”."));
  }

  @Test
  void aWorkAfterItsMakersGenitiveOrACompoundKindIsOneName() {
    assertEquals(List.of("Vinterhamnen"), titles("Den svenska regissören Elin Marklunds ”Vinterhamnen” vann Dragon Award."));
    assertEquals(List.of("Salt i såren"), titles("Hon får priset för debutromanen ”Salt i såren”."));
    assertEquals(List.of("Is och salt", "Hunden som åt månen"), titles("Hon debuterade med novellsamlingen ”Is och"
        + " salt”. Årets barnbok blev Tove Lindqvists bilderbok ”Hunden som åt månen”."));
  }

  @Test
  void eachTitleOfAListAfterTheKindOfWorkIsOneName() {
    assertEquals(List.of("Ally McBeal", "Will & Grace", "Advokaterna"), titles("Dylan McDermott är känd för sina roller"
        + " i tv-serier som ”Ally McBeal”, ”Will & Grace” och ”Advokaterna”."));
  }

  @Test
  void wordsAboutAWorkInLowerCaseAreNoTitle() {
    assertEquals(List.of(), titles("Juryns ordförande kallar romanen ”en berättelse om språk och skuld”."));
  }

  @Test
  void aTitleNamedAgainWithoutMarksIsTheWork() {
    java.util.Map<String, String> found = NamesFound.entities("Elin Marklunds ”Vinterhamnen” vann priset på lördagen. "
        + "Vinterhamnen handlar om en hamnarbetare i Göteborg.");
    assertEquals("MISC Vinterhamnen", found.get("Vinterhamnen"), found.toString());
  }
}
