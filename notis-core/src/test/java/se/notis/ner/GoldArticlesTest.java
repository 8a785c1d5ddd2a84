package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldArticlesTest {
  @TempDir Path dir;

  @Test
  void labelsTheTokensOfEachGoldName() throws IOException {
    List<NerSample> samples = read("""
        {"id": "a", "date": "2023-01-12", "text": "Gruvbolaget LKAB har hittat en fyndighet i Kiruna. \
        – Det är stort, säger LKAB:s vd Helena Stråhle.", "entities": [\
        {"text": "LKAB", "n": 1, "type": "ORG"}, {"text": "Kiruna", "n": 1, "type": "LOC"},\
        {"text": "LKAB:s", "n": 1, "type": "ORG", "canonical": "LKAB"},\
        {"text": "Helena Stråhle", "n": 1, "type": "PER"}]}
        """);
    assertEquals(2, samples.size());
    assertArrayEquals(new String[] {"O", "B-ORG", "O", "O", "O", "O", "O", "B-LOC", "O"}, samples.get(0).labels());
    NerSample quote = samples.get(1);
    assertEquals("LKAB:s", quote.token(6));
    assertArrayEquals(new String[] {"B-ORG", "O", "B-PER", "I-PER", "O"},
        java.util.Arrays.copyOfRange(quote.labels(), 6, 11));
  }

  @Test
  void leavesOutASentenceWhoseNameEndsInsideAToken() throws IOException {
    // "Volvo" inside "Volvoanställda" is no token of its own: that sentence would teach a wrong edge.
    List<NerSample> samples = read("""
        {"id": "b", "text": "Flera Volvoanställda varslas. Volvo Cars bygger i Torslanda.", "entities": [\
        {"text": "Volvo", "n": 1, "type": "ORG"}, {"text": "Volvo Cars", "n": 1, "type": "ORG"},\
        {"text": "Torslanda", "n": 1, "type": "LOC"}]}
        """);
    assertEquals(1, samples.size());
    assertArrayEquals(new String[] {"B-ORG", "I-ORG", "O", "O", "B-LOC", "O"}, samples.get(0).labels());
  }

  private List<NerSample> read(String jsonl) throws IOException {
    Path file = dir.resolve("articles.gold.jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    return GoldArticles.read(file);
  }
}
