package se.notis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.notis.internal.Hashing;
import se.notis.internal.Weights;

/**
 * The decoding layouts score exactly as the rows they read: the sums of the 16-bit weights of the
 * features found, whatever the mix of known and unknown features, signs and counts.
 */
class DecodingTablesTest {
  private static final int LABELS = 42;
  private static final String[] WORDS = {"regeringen", "har", "i", "dag", "beslutat", "att", "ge",
      "Polismyndigheten", "uppdrag", "redovisa", ".", "och", "som", "inte"};

  private static long feature(int template, int word) {
    return Hashing.mix(template, Hashing.hash(WORDS[word % WORDS.length]), word / WORDS.length);
  }

  /** Weights of {@code stride} columns for features of templates 0..39 over 200 words, some zero. */
  private static Weights weights(int stride, Random random) {
    Weights weights = new Weights(stride, 1 << 12, true);
    for (int template = 0; template < 40; template++) {
      for (int word = 0; word < 200; word++) {
        for (int c = 0; c < stride; c++) {
          if (random.nextInt(stride > 4 ? 10 : 2) == 0) {
            weights.update(Weights.key(feature(template, word)), c, random.nextFloat() * 20 - 10, 0);
          }
        }
      }
    }
    return weights.averaged(0, 0f);
  }

  /** The rows a table writes, by key: what a lookup must sum. */
  private static Map<Long, short[]> rows(byte[] written) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(written));
    int stride = in.readInt();
    int rows = in.readInt();
    in.readFloat();
    Map<Long, short[]> out = new HashMap<>();
    for (int r = 0; r < rows; r++) {
      long key = in.readLong();
      short[] row = new short[stride];
      for (int c = 0; c < stride; c++) {
        row[c] = in.readShort();
      }
      out.put(key, row);
    }
    return out;
  }

  /** Up to 96 features, templates 0..49 (some never trained) over 250 words (some never seen). */
  private static long[] someFeatures(Random random) {
    long[] features = new long[random.nextInt(ParserFeatures.MAX + 1)];
    for (int f = 0; f < features.length; f++) {
      features[f] = feature(random.nextInt(50), random.nextInt(250));
    }
    return features;
  }

  @Test
  void transitionScoresAreTheSumsOfTheRowsFound() throws IOException {
    Random random = new Random(3);
    TransitionTable table = TransitionTable.of(weights(4, random));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    table.write(new DataOutputStream(bytes));
    Map<Long, short[]> rows = rows(bytes.toByteArray());
    DataInputStream header = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    header.readInt();
    header.readInt();
    float scale = header.readFloat();
    float[] scores = new float[4];
    long[] scratch = new long[ActionScorer.SCRATCH];
    for (int i = 0; i < 2000; i++) {
      long[] features = someFeatures(random);
      int[] sums = new int[4];
      for (long feature : features) {
        short[] row = rows.get(Weights.key(feature));
        for (int c = 0; row != null && c < 4; c++) {
          sums[c] += row[c];
        }
      }
      table.score(features, features.length, scores, scratch);
      for (int c = 0; c < 4; c++) {
        assertEquals(sums[c] * scale, scores[c], "transition " + c + " of example " + i);
      }
    }
    assertEquals(rows.size(), TransitionTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))
        .rows());
  }

  @Test
  void theBestRelationIsTheFirstCandidateOfTheHighestSum() throws IOException {
    Random random = new Random(5);
    RelationTable table = RelationTable.of(weights(LABELS, random));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    table.write(new DataOutputStream(bytes));
    Map<Long, short[]> rows = rows(bytes.toByteArray());
    int[] scores = new int[LABELS];
    long[] scratch = new long[ActionScorer.SCRATCH];
    for (int i = 0; i < 2000; i++) {
      long[] features = someFeatures(random);
      int[] candidates = random.ints(1 + random.nextInt(6), 0, LABELS).distinct().toArray();
      int[] sums = new int[LABELS];
      for (long feature : features) {
        short[] row = rows.get(Weights.key(feature));
        for (int c = 0; row != null && c < LABELS; c++) {
          sums[c] += row[c];
        }
      }
      int best = candidates[0];
      for (int label : candidates) {
        best = sums[label] > sums[best] ? label : best;
      }
      assertEquals(best, table.best(features, features.length, candidates, scores, scratch), "example " + i);
    }
    // Written and read again, the table keeps its weights.
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    RelationTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))
        .write(new DataOutputStream(again));
    assertEquals(rows.keySet(), rows(again.toByteArray()).keySet());
  }

  @Test
  void rejectsATableWithAKeyTwice() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(4);
    out.writeInt(2);
    out.writeFloat(0.01f);
    for (int r = 0; r < 2; r++) {
      out.writeLong(Weights.key(feature(1, 1)));
      for (int c = 0; c < 4; c++) {
        out.writeShort(c);
      }
    }
    assertThrows(IOException.class,
        () -> TransitionTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
  }
}
