package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTitlesTest {
  private static List<String> titles(String text) {
    return WordTokens.found(text, LinkTitles::find);
  }

  @Test
  void aLinkedMemorandumIsNamedByItsTextAndItsTitle() {
    String text = "* Miljödepartementets promemoria [Kommunalt ansvar för insamling och materialåtervinning av returpapper]"
        + "(/remisser/2020/07/remiss-av-promemoria-kommunalt-ansvar/ \"Kommunalt ansvar för insamling och"
        + " materialåtervinning av returpapper\") (M2020/01079)";
    String title = "Kommunalt ansvar för insamling och materialåtervinning av returpapper";
    assertEquals(List.of(title, title), titles(text));
  }

  @Test
  void theLabelOfTheKindIsNoPartOfTheTitle() {
    String text = "[Kommittédirektiv: Stärkt stöd till tandvård för våldsutsatta](/rattsliga-dokument/kommittedirektiv/2022/07/dir.-2022108)";
    assertEquals(List.of("Stärkt stöd till tandvård för våldsutsatta"), titles(text));
  }

  @Test
  void aLinkToAPressReleaseNamesNoWork() {
    String text = "[Pressmeddelande: System med visitationszoner utreds](/pressmeddelanden/2022/12/system-med-visitationszoner/)";
    assertEquals(List.of(), titles(text));
  }
}
