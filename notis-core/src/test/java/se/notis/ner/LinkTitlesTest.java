package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinkTitlesTest {
  /** The text as words and single signs, as the tokenizer splits it near enough for links. */
  private static List<String> titles(String text) {
    Matcher m = Pattern.compile("[\\p{L}\\p{N}]+|\\S").matcher(text);
    List<Integer> from = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    while (m.find()) {
      from.add(m.start());
      to.add(m.end());
    }
    int[] starts = from.stream().mapToInt(Integer::intValue).toArray();
    int[] ends = to.stream().mapToInt(Integer::intValue).toArray();
    List<String> out = new ArrayList<>();
    for (NerLabels.TokenSpan span : LinkTitles.find(text, starts, ends)) {
      out.add(text.substring(starts[span.start()], ends[span.end() - 1]));
    }
    return out;
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
