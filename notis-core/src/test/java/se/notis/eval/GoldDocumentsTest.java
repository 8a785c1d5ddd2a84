package se.notis.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class GoldDocumentsTest {
  @Test
  void mentionsResolveToCodePointOffsets() throws IOException {
    String line = "{\"id\":\"d1\",\"date\":\"2018-10-19\",\"text\":\"😀 Mexikos gräns. Mexiko svarar.\","
        + "\"entities\":[{\"text\":\"Mexikos\",\"n\":1,\"type\":\"LOC\",\"canonical\":\"Mexiko\"},"
        + "{\"text\":\"Mexiko\",\"n\":2,\"type\":\"LOC\",\"canonical\":\"Mexiko\"}],"
        + "\"quotes\":[{\"text\":\"Mexiko svarar\",\"n\":1,\"kind\":\"direct\",\"speaker\":null,\"cue\":null}],"
        + "\"timex\":[]}";
    GoldDocuments.GoldDocument doc = GoldDocuments.parse(line, "test");
    assertEquals(2, doc.entities().size());
    assertEquals(2, doc.entities().get(0).start());
    assertEquals(9, doc.entities().get(0).end());
    assertEquals(17, doc.entities().get(1).start());
    assertEquals("Mexiko", doc.entities().get(1).canonical());
    assertEquals(-1, doc.quotes().get(0).speakerStart());
    assertEquals("2018-10-19", doc.meta().date());
  }

  @Test
  void overlappingOccurrencesCountAsThePythonCheckerCounts() {
    assertArrayEquals(new int[] {1, 3}, GoldDocuments.locate("aaa", "aa", 2, "x"));
  }

  @Test
  void missingMentionFailsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GoldDocuments.locate("text", "Pompeo", 1, "doc7"));
    assertEquals("doc7: occurrence 1 of 'Pompeo' not found", e.getMessage());
  }
}
