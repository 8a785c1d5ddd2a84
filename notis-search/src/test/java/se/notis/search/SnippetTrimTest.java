package se.notis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SnippetTrimTest {
  @Test
  void shortSnippetsStayWhole() {
    assertEquals("Hej <b>världen</b> &amp; du", LuceneArchive.trimSnippet("  Hej <b>världen</b> &amp; du "));
    assertEquals("", LuceneArchive.trimSnippet(null));
  }

  @Test
  void longSnippetsAreCutAroundTheFirstMarkWithoutBreakingTagsOrEntities() {
    Random random = new Random(3);
    for (int round = 0; round < 500; round++) {
      StringBuilder s = new StringBuilder();
      int pieces = 50 + random.nextInt(200);
      for (int i = 0; i < pieces; i++) {
        switch (random.nextInt(6)) {
          case 0 -> s.append("<b>flykting</b> ");
          case 1 -> s.append("&lt;script&gt; ");
          case 2 -> s.append("&amp;");
          default -> s.append("ord").append(i).append(' ');
        }
      }
      String snippet = LuceneArchive.trimSnippet(s.toString());
      String body = snippet.replaceFirst("^… ", "").replaceFirst(" …$", "");
      assertTrue(s.toString().contains(body), snippet);
      assertEquals(count(body, "<b>"), count(body, "</b>"), snippet);
      String unmarked = body.replace("<b>", "").replace("</b>", "");
      assertTrue(!unmarked.contains("<") && !unmarked.contains(">"), snippet);
      int amp = unmarked.lastIndexOf('&');
      assertTrue(amp < 0 || unmarked.indexOf(';', amp) > amp, "entity cut at the end: " + snippet);
      assertTrue(!unmarked.matches("^[a-z#0-9]*;.*"), "entity cut at the start: " + snippet);
    }
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
