package se.notis.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScandinavianScorerTest {
  private final ScandinavianScorer scorer = ScandinavianScorer.load();

  @Test
  void functionWordsPointToTheirLanguage() {
    double[] sv = scorer.score("och att inte");
    assertTrue(sv[0] > sv[1] && sv[0] > sv[2]);
    double[] no = scorer.score("hva meg etter");
    assertTrue(no[1] > no[0] && no[1] > no[2]);
    double[] da = scorer.score("hvad mig efter af");
    assertTrue(da[2] > da[0] && da[2] > da[1]);
  }

  @Test
  void endingsCount() {
    double[] no = scorer.score("situasjonen");
    assertTrue(no[1] > no[2]);
    double[] da = scorer.score("muligheden");
    assertTrue(da[2] > da[1]);
  }

  @Test
  void nothingKnownScoresZero() {
    assertArrayEquals(new double[] {0, 0, 0}, scorer.score("xyz 123 qq"), 0);
    assertArrayEquals(new double[] {0, 0, 0}, scorer.score(""), 0);
  }
}
