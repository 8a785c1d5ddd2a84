package se.notis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureDomainsTest {
  private static final int V1 = 0;
  private static final int V2 = 1;
  private static final int LABELS = 8;
  private static final long WORD = Hashing.mix(1, 11);
  private static final long PREVIOUS = Hashing.mix(2, 22);

  @Test
  void aCopyMapsBackToItsFeatureAndNeverOntoAnotherDomainsCopy() {
    Random random = new Random(7);
    for (int i = 0; i < 1000; i++) {
      long feature = random.nextLong();
      for (int d = 0; d < FeatureDomains.MAX_DOMAINS; d++) {
        long copy = FeatureDomains.copy(feature, d);
        assertEquals(feature, FeatureDomains.original(copy, d));
        assertNotEquals(feature, copy);
        // Not an involution: the copy of a copy is not the feature back.
        assertNotEquals(feature, FeatureDomains.copy(copy, d));
        for (int e = d + 1; e < FeatureDomains.MAX_DOMAINS; e++) {
          assertNotEquals(copy, FeatureDomains.copy(feature, e));
        }
      }
    }
  }

  @Test
  void addCopiesAppendsTheDomainCopies() {
    long[] features = {WORD, PREVIOUS, 0, 0, 0};
    assertEquals(4, FeatureDomains.addCopies(features, 2, V2));
    assertEquals(FeatureDomains.copy(WORD, V2), features[2]);
    assertEquals(FeatureDomains.copy(PREVIOUS, V2), features[3]);
  }

  /** What the tagger trainer does with one v1 and one v2 mistake, then the fold it keeps. */
  @Test
  void foldingKeepsSharedPlusV2AndDropsTheV1Copies() {
    AveragedLabelWeights weights = new AveragedLabelWeights(16);
    // A v1 sentence: the shared and v1 copies of both features learn label 3 (as "DT" converts).
    update(weights, V1, 3, 1);
    // A v2 sentence: the shared and v2 copies of WORD learn label 5 and unlearn label 3.
    for (long feature : new long[] {WORD, FeatureDomains.copy(WORD, V2)}) {
      weights.update(feature, 5, 2, 0);
      weights.update(feature, 3, -0.5f, 0);
    }
    assertEquals(7, weights.pairs(), "4 rows of the v1 sentence, 3 new of the v2 one");
    AveragedLabelWeights folded = new AveragedLabelWeights(16);
    folded.addFolded(weights, 0, 1, 2, V2);
    // Label 3 of WORD: shared 1 - 0.5 plus the v2 copy's -0.5; its v1 copy's 1 is gone.
    assertEquals(0f, folded.weight(WORD, 3), 1e-6);
    assertEquals(4f, folded.weight(WORD, 5), 1e-6, "shared 2 + v2 2");
    assertEquals(1f, folded.weight(PREVIOUS, 3), 1e-6, "shared only: PREVIOUS has no v2 copy");
    assertEquals(3, folded.pairs(), "no copy's row is left");
    for (int d = 0; d < 2; d++) {
      for (long feature : new long[] {WORD, PREVIOUS}) {
        for (int label = 0; label < LABELS; label++) {
          assertEquals(0f, folded.weight(FeatureDomains.copy(feature, d), label));
        }
      }
    }
    LabelWeights packed = folded.pack(0, 0.1f, LABELS);
    assertEquals(2, packed.features(), "WORD (label 5 only: label 3 summed to 0) and PREVIOUS");
    assertEquals(4f, packed.weight(WORD, 5), 1e-3);
    assertEquals(0f, packed.weight(WORD, 3));
    assertEquals(1f, packed.weight(PREVIOUS, 3), 1e-3);
  }

  @Test
  void foldingAveragesOverTheStepsAndScalesLikeAddAveraged() {
    AveragedLabelWeights weights = new AveragedLabelWeights(16);
    // Shared and v2 copy learn 2 at step 1 of 2 (average 1 each); a second run would add the rest.
    weights.update(WORD, 4, 2, 1);
    weights.update(FeatureDomains.copy(WORD, V2), 4, 2, 1);
    AveragedLabelWeights mean = new AveragedLabelWeights(16);
    mean.addFolded(weights, 2, 0.5f, 2, V2);
    assertEquals(1f, mean.weight(WORD, 4), 1e-6, "(1 + 1) / 2");
    assertEquals(1, mean.pairs());
  }

  private static void update(AveragedLabelWeights weights, int domain, int label, float delta) {
    for (long feature : new long[] {WORD, PREVIOUS}) {
      weights.update(feature, label, delta, 0);
      weights.update(FeatureDomains.copy(feature, domain), label, delta, 0);
    }
  }
}
