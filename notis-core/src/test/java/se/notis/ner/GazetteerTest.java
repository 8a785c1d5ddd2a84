package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static Gazetteer commonWords(String... words) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (String w : words) {
      lines.append(w).append('\t').append(Gazetteer.COMMON).append('\n');
    }
    return Gazetteer.read(new BufferedReader(new StringReader(lines.toString())));
  }

  private static String tail(Gazetteer gazetteer, String word) {
    int at = gazetteer.commonTail(word, 0, word.length());
    return at < 0 ? "" : word.substring(at);
  }

  @Test
  void compoundTailIsTheLongestCommonWordEndingTheToken() throws IOException {
    Gazetteer g = commonWords("avtalet", "talet", "börsen", "fotbollen", "bollen");
    assertEquals("avtalet", tail(g, "Kyotoavtalet"));
    assertEquals("börsen", tail(g, "Stockholmsbörsen"));
    assertEquals("fotbollen", tail(g, "OS-fotbollen"));
    assertEquals("", tail(g, "Avtalet"), "a head of fewer than three letters is no compound");
    assertEquals("", tail(g, "Andersson"));
    assertEquals("", tail(g, ""));
  }
}
