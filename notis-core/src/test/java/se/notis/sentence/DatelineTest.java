package se.notis.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineTest {
  /** Tokens split at spaces and around brackets and slashes, enough for datelines. */
  private static int length(String text) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '(' || c == ')' || c == '/') {
        spans.add(new int[] {i, ++i});
      } else {
        int start = i;
        while (i < text.length() && " ()/".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        spans.add(new int[] {start, i});
      }
    }
    int[] starts = spans.stream().mapToInt(s -> s[0]).toArray();
    int[] ends = spans.stream().mapToInt(s -> s[1]).toArray();
    return Dateline.length(text, starts, ends, 0, starts.length);
  }

  @Test
  void placeAgencyAndDashMakeTheDateline() {
    assertEquals(4, length("GÖTEBORG (TT) Tre personer har gripits."));
    assertEquals(6, length("MEXICO CITY (TT-AFP) – Hundratals migranter"));
    assertEquals(4, length("FLIMS (Aftonbladet) Moa Lindqvist sprang bäst.")); // a paper's own reporter abroad
    assertEquals(5, length("Bryssel (Reuters) – EU:s ledare"));
    assertEquals(6, length("PEKING/TAIPEI (TT) Kinas militärövningar fortsatte.")); // two places
  }

  @Test
  void aBracketOfAnythingButAnAgencyIsNone() {
    assertEquals(0, length("Ebba Busch (KD) besökte"));
    assertEquals(0, length("Statistiska centralbyrån (SCB) meddelar"));
    assertEquals(0, length("– Vi (TT) har"));
  }

  @Test
  void datelinePlacesReadAsInRunningText() {
    assertEquals("New York", Dateline.titleCase("NEW YORK"));
    assertEquals("Santiago de Chile", Dateline.titleCase("SANTIAGO DE CHILE"));
    assertEquals("Guinea-Bissau", Dateline.titleCase("GUINEA-BISSAU"));
    assertEquals("Kiruna", Dateline.titleCase("Kiruna"));
  }
}
