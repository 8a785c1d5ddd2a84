package se.notis.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void wordsAreRunsOfWordCharacters() {
    assertEquals(List.of("FN", "s", "flyktingorgan", "4", "000", "snake_case", "Åre"),
        Shingles.words("FN:s flyktingorgan – 4 000 (snake_case) Åre!"));
    assertEquals(List.of(), Shingles.words(""));
  }

  @Test
  void fewerThanFourWordsAreOneShingle() {
    assertEquals(1, Shingles.counts("två ord").size());
    assertEquals(0, Shingles.counts("– !").size());
    assertEquals(3, Shingles.counts("ett två tre fyra fem sex").size());
  }

  @Test
  void countsAreNormalisedToSumToOne() {
    // truth: 3 shingles; prediction: the same 3 plus 2 extra → tp 3, fp 2, fn 0 → 0.6, 0.4, 0.
    double[] counts = Shingles.match("a b c d e f", "a b c d e f g h");
    assertArrayEquals(new double[] {0.6, 0.4, 0.0}, counts, 1e-9);
    assertArrayEquals(new double[] {0, 0, 0}, Shingles.match("", ""), 0);
  }

  @Test
  void pageScoresFollowTheBenchmark() {
    ExtractionReport.PageScore perfect = ExtractionEvaluator.score("p", "a b c d e", "a b c d e");
    assertEquals(1.0, perfect.precision());
    assertEquals(1.0, perfect.recall());
    ExtractionReport.PageScore nothing = ExtractionEvaluator.score("q", "a b c d e", "");
    assertEquals(0.0, nothing.recall());
    ExtractionReport report = new ExtractionReport(List.of(perfect, nothing), 0);
    // precision averages only pages that predicted something; recall averages both pages.
    assertEquals(1.0, report.precision(), 1e-9);
    assertEquals(0.5, report.recall(), 1e-9);
    assertEquals(2 * 0.5 / 1.5, report.f1(), 1e-9);
  }
}
