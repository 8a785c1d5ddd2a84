package se.notis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LabelWeightsTest {
  private static final int LABELS = 40;
  /** One feature per block layout: inline (1 and 2 labels), sparse (4) and dense (all 40). */
  private static final long ONE = Hashing.mix(1, 11);
  private static final long TWO = Hashing.mix(2, 22);
  private static final long FOUR = Hashing.mix(4, 44);
  private static final long ALL = Hashing.mix(40, 400);
  private static final long ABSENT = Hashing.mix(99, 999);

  private static LabelWeights trained() {
    AveragedLabelWeights weights = new AveragedLabelWeights(16);
    weights.update(ONE, 3, 1, 0);
    weights.update(TWO, 3, 1, 0);
    weights.update(TWO, 7, -1, 0);
    for (int label = 0; label < 4; label++) {
      weights.update(FOUR, label * 10, label + 1, 0);
    }
    for (int label = 0; label < LABELS; label++) {
      weights.update(ALL, label, label % 2 == 0 ? 2 : -2, 0);
    }
    // Averaged over one step, every weight keeps its value.
    return weights.pack(1, 1e-3f, LABELS);
  }

  @Test
  void sumsEveryLayoutLikeTheTrainingWeights() {
    LabelWeights weights = trained();
    assertEquals(4, weights.features());
    int[] candidates = {3, 7, 10, 30};
    int[] scores = new int[LABELS];
    weights.addAll(new long[] {ONE, TWO, FOUR, ALL, ABSENT}, 5, scores, candidates, candidates.length, new long[5]);
    float scale = 4f / Short.MAX_VALUE; // the largest weight maps to the largest short
    assertEquals(1 + 1 - 2, Math.round(scores[3] * scale));
    assertEquals(-1 - 2, Math.round(scores[7] * scale));
    assertEquals(2 + 2, Math.round(scores[10] * scale));
    assertEquals(4 + 2, Math.round(scores[30] * scale));
    assertEquals(0, weights.weight(ABSENT, 3));
    assertEquals(-1, weights.weight(TWO, 7), 1e-3);
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    LabelWeights weights = trained();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    weights.write(new DataOutputStream(bytes));
    LabelWeights read = LabelWeights.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    int[] all = new int[LABELS];
    for (int i = 0; i < LABELS; i++) {
      all[i] = i;
    }
    for (long feature : new long[] {ONE, TWO, FOUR, ALL, ABSENT}) {
      int[] expected = new int[LABELS];
      int[] actual = new int[LABELS];
      weights.addTo(feature, expected, all, LABELS);
      read.addTo(feature, actual, all, LABELS);
      assertArrayEquals(expected, actual);
    }
  }

  @Test
  void meanOfTwoTrainingRunsAveragesEachRunOverItsOwnSteps() {
    AveragedLabelWeights first = new AveragedLabelWeights(16);
    first.update(ONE, 3, 4, 0); // weight 4 through both steps: average 4
    AveragedLabelWeights second = new AveragedLabelWeights(16);
    second.update(ONE, 3, 2, 1); // weight 2 from step 1 of 2: average 1
    second.update(TWO, 7, -6, 0);
    AveragedLabelWeights mean = new AveragedLabelWeights(16);
    mean.addAveraged(first, 2, 0.5f);
    mean.addAveraged(second, 2, 0.5f);
    assertEquals(2.5f, mean.weight(ONE, 3), 1e-6);
    assertEquals(-3f, mean.weight(TWO, 7), 1e-6);
    LabelWeights packed = mean.pack(0, 2.8f, LABELS);
    assertEquals(1, packed.features(), "2.5 is pruned at 2.8, -3 is kept");
    assertEquals(-3f, packed.weight(TWO, 7), 1e-3);
  }
}
