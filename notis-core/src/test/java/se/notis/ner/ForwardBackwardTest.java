package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ForwardBackwardTest {
  private static final int L = NerLabels.COUNT;

  /** Marginals and log Z by enumerating every allowed label sequence of a short sentence. */
  @Test
  void marginalsMatchEnumerationOfAllSequences() {
    Random random = new Random(7);
    for (int n = 1; n <= 4; n++) {
      double[] own = new double[n * L];
      double[] transition = new double[n * ForwardBackward.TRANSITIONS];
      for (int k = 0; k < own.length; k++) {
        own[k] = random.nextGaussian() * 3;
      }
      for (int k = 0; k < transition.length; k++) {
        transition[k] = random.nextGaussian() * 3;
      }
      double z = 0;
      double[] node = new double[n * L];
      double[] edge = new double[n * L * L];
      int[] labels = new int[n];
      int total = (int) Math.pow(L, n);
      for (int code = 0; code < total; code++) {
        int rest = code;
        boolean allowed = true;
        for (int i = 0; i < n; i++) {
          labels[i] = rest % L;
          rest /= L;
          allowed &= NerLabels.allowed(i == 0 ? -1 : labels[i - 1], labels[i]);
        }
        if (!allowed) {
          continue;
        }
        double p = Math.exp(ForwardBackward.score(own, transition, labels, n));
        z += p;
        for (int i = 0; i < n; i++) {
          node[i * L + labels[i]] += p;
          if (i > 0) {
            edge[(i * L + labels[i - 1]) * L + labels[i]] += p;
          }
        }
      }
      ForwardBackward fb = new ForwardBackward();
      assertEquals(Math.log(z), fb.run(own, transition, n), 1e-9, "log Z, n = " + n);
      for (int k = 0; k < n * L; k++) {
        assertEquals(node[k] / z, fb.node[k], 1e-9, "node " + k + ", n = " + n);
      }
      for (int k = L * L; k < n * L * L; k++) {
        assertEquals(edge[k] / z, fb.edge[k], 1e-9, "edge " + k + ", n = " + n);
      }
    }
  }

  @Test
  void insideAfterOutsideHasNoMass() {
    int n = 3;
    ForwardBackward fb = new ForwardBackward();
    fb.run(new double[n * L], new double[n * ForwardBackward.TRANSITIONS], n);
    int insidePer = NerLabels.inside(0);
    assertEquals(0, fb.node[insidePer], "I-PER cannot open a sentence");
    assertEquals(0, fb.edge[(L + NerLabels.O) * L + insidePer], "I-PER cannot follow O");
    assertTrue(fb.edge[(L + NerLabels.begin(0)) * L + insidePer] > 0, "I-PER may follow B-PER");
  }

  /** Scores far beyond exp's range (a long sentence, large weights) still give proper marginals. */
  @Test
  void largeScoresAndLongSentencesStayFinite() {
    int n = 400;
    double[] own = new double[n * L];
    double[] transition = new double[n * ForwardBackward.TRANSITIONS];
    for (int i = 0; i < n; i++) {
      own[i * L + (i % L)] = 900;
    }
    ForwardBackward fb = new ForwardBackward();
    double logZ = fb.run(own, transition, n);
    assertTrue(Double.isFinite(logZ));
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int y = 0; y < L; y++) {
        assertTrue(Double.isFinite(fb.node[i * L + y]));
        sum += fb.node[i * L + y];
      }
      assertEquals(1, sum, 1e-9, "token " + i);
    }
  }
}
