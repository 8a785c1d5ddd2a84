package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerModelTest {
  private static float[] row(float first) {
    float[] w = new float[NerLabels.COUNT];
    w[0] = first;
    w[NerLabels.COUNT - 1] = -first;
    return w;
  }

  private static float[] scores(NerModel model, int key) {
    float[] scores = new float[NerLabels.COUNT];
    model.addScores(key, scores);
    return scores;
  }

  @Test
  void averageIsTheMeanWithMissingFeaturesAsZero() {
    NerModel a = new NerModel(new int[] {5}, row(2f));
    float[] two = new float[2 * NerLabels.COUNT];
    System.arraycopy(row(4f), 0, two, 0, NerLabels.COUNT);
    System.arraycopy(row(6f), 0, two, NerLabels.COUNT, NerLabels.COUNT);
    NerModel b = new NerModel(new int[] {5, 7}, two);
    NerModel mean = NerModel.average(List.of(a, b));
    assertEquals(2, mean.features());
    assertArrayEquals(row(3f), scores(mean, 5), 1e-6f);
    assertArrayEquals(row(3f), scores(mean, 7), 1e-6f);
    assertArrayEquals(new float[NerLabels.COUNT], scores(mean, 9), 0f);
  }

  @Test
  void savedModelReadsBackWithinQuantisation() throws IOException {
    NerModel model = new NerModel(new int[] {3, -11}, concat(row(1.5f), row(-0.25f)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    NerModel back = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertArrayEquals(row(1.5f), scores(back, 3), 1e-3f);
    assertArrayEquals(row(-0.25f), scores(back, -11), 1e-3f);
  }

  private static float[] concat(float[] a, float[] b) {
    float[] out = new float[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
