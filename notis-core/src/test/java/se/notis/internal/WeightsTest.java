package se.notis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The mean of several weight tables (bagging) and pruning it. */
class WeightsTest {
  private static final long SHARED = Weights.key(11);
  private static final long ONLY_A = Weights.key(12);
  private static final long ONLY_B = Weights.key(13);

  private static Weights trained(long key, float first, float second) {
    Weights w = new Weights(2, 4, true);
    w.update(SHARED, 0, first, 0);
    w.update(key, 1, second, 0);
    return w.averaged(1, 0f);
  }

  @Test
  void addingTwoTablesAtHalfGivesTheirMeanOverTheUnionOfRows() {
    Weights a = trained(ONLY_A, 4f, 6f);
    Weights b = trained(ONLY_B, 2f, -2f);
    Weights mean = new Weights(2, 1, false);
    mean.add(a, 0.5f);
    mean.add(b, 0.5f);
    assertEquals(3, mean.rows());
    assertArrayEquals(new float[] {3f, 0f}, mean.rowCopy(SHARED));
    assertArrayEquals(new float[] {0f, 3f}, mean.rowCopy(ONLY_A));
    assertArrayEquals(new float[] {0f, -1f}, mean.rowCopy(ONLY_B));
  }

  @Test
  void pruningDropsRowsWhoseWeightsAllStayBelowTheThreshold() {
    Weights mean = new Weights(2, 1, false);
    mean.add(trained(ONLY_A, 4f, 6f), 0.5f);
    mean.add(trained(ONLY_B, 2f, -2f), 0.5f);
    Weights pruned = mean.pruned(2f);
    assertEquals(2, pruned.rows());
    assertArrayEquals(new float[] {3f, 0f}, pruned.rowCopy(SHARED));
    assertArrayEquals(new float[] {0f, 3f}, pruned.rowCopy(ONLY_A));
    assertEquals(0, pruned.rowCopy(ONLY_B).length);
  }

  @Test
  void tablesOfAnotherStrideCannotBeAdded() {
    assertThrows(IllegalArgumentException.class, () -> new Weights(3, 1, false).add(trained(ONLY_A, 1f, 1f), 1f));
  }
}
