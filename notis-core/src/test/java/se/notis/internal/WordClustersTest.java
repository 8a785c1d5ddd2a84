package se.notis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  private static final String[] CITIES = {"Stockholm", "Göteborg", "Malmö", "Uppsala", "Lund", "Umeå"};
  private static final String[] VERBS = {"springer", "går", "cyklar", "åker", "kör", "flyger"};

  /** A small corpus where the cities and the motion verbs each share their contexts. */
  private static WordClusterBuilder corpus() {
    WordClusterBuilder builder = new WordClusterBuilder(new WordClusterBuilder.Options(100, 1, 30,
        new int[] {1, 2}, 8, 3));
    for (int r = 0; r < 3; r++) {
      for (String city : CITIES) {
        builder.add(new String[] {"Jag", "bor", "i", city, "."});
        builder.add(new String[] {"Vi", "reser", "till", city, "i", "morgon", "."});
      }
      for (String verb : VERBS) {
        builder.add(new String[] {"Hon", verb, "hem", "."});
        builder.add(new String[] {"Han", verb, "snabbt", "till", "jobbet", "."});
      }
    }
    return builder;
  }

  @Test
  void wordsInTheSameContextsShareTheirPath() {
    Map<String, String> paths = corpus().build();
    String city = paths.get("stockholm");
    String verb = paths.get("springer");
    assertEquals(3, city.length());
    assertNotEquals(city, verb);
    for (String c : CITIES) {
      assertEquals(city, paths.get(WordClusters.normalise(c)), c);
    }
    for (String v : VERBS) {
      assertEquals(verb, paths.get(v), v);
    }
    assertNotEquals(city, paths.get("hem"));
    assertEquals(paths, corpus().build(), "the same seed gives the same tree");
  }

  @Test
  void readsBackWhatTheBuilderWrote() throws IOException {
    WordClusterBuilder builder = corpus();
    Map<String, String> paths = builder.build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    builder.write(bytes);
    WordClusters clusters = WordClusters.read(new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(paths.size(), clusters.size());
    for (Map.Entry<String, String> e : paths.entrySet()) {
      assertEquals(e.getValue(), WordClusters.bits(clusters.path(e.getKey())), e.getKey());
    }
    // Lookups fold case; unknown words have no path.
    assertEquals(clusters.path("göteborg"), clusters.path("GÖTEBORG"));
    assertEquals(0, clusters.path("Kiruna"));
    assertEquals(0, clusters.path(""));
  }

  @Test
  void foldsDigitsAndCutsPrefixes() {
    assertEquals(WordClusters.key("2019"), WordClusters.key("1987"));
    assertNotEquals(WordClusters.key("2019"), WordClusters.key("201"));
    assertEquals("0000-tal", WordClusters.normalise("1990-TAL"));
    int path = 0b1_0110_1101;
    assertEquals(0b1_0110, WordClusters.prefix(path, 4));
    assertEquals(path, WordClusters.prefix(path, 10));
    assertEquals("01101101", WordClusters.bits(path));
    assertEquals("", WordClusters.bits(0));
  }

  @Test
  void rejectsBadPathsAndSkipsBlankLines() {
    byte[] bad = "hus\t01x1\n".getBytes(StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> WordClusters.read(new ByteArrayInputStream(bad)));
    byte[] tooLong = ("hus\t" + "0".repeat(31) + "\n").getBytes(StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> WordClusters.read(new ByteArrayInputStream(tooLong)));
    assertThrows(IllegalArgumentException.class, () -> new WordClusterBuilder.Options(100, 1, 30, new int[] {20, 20}, 8, 1));
  }

  @Test
  void randomStringsNeverFail() throws IOException {
    WordClusters clusters = WordClusters.bundled();
    Random random = new Random(5);
    for (int i = 0; i < 2_000; i++) {
      char[] chars = new char[random.nextInt(12)];
      for (int k = 0; k < chars.length; k++) {
        chars[k] = (char) random.nextInt(0x3000);
      }
      int path = clusters.path(new String(chars));
      assertTrue(path >= 0);
      WordClusters.prefix(path, 4);
    }
    WordClusterBuilder builder = new WordClusterBuilder(WordClusterBuilder.Options.defaults());
    builder.add(new String[0]);
    assertTrue(builder.build().isEmpty());
  }

  @Test
  void bundledClustersGroupWordsOfOneKind() throws IOException {
    WordClusters clusters = WordClusters.bundled();
    assertTrue(clusters.size() > 30_000, "clusters: " + clusters.size());
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = WordClustersTest.class.getResourceAsStream("cluster-neighbours.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    }
    assertTrue(rows.size() >= 5);
    for (String[] row : rows) {
      int bits = Integer.parseInt(row[2]);
      int a = clusters.path(row[0]);
      int b = clusters.path(row[1]);
      assertNotEquals(0, a, row[0]);
      assertEquals(WordClusters.prefix(a, bits), WordClusters.prefix(b, bits), row[0] + " / " + row[1]);
    }
    // A colour and a verb part early.
    assertNotEquals(WordClusters.prefix(clusters.path("röd"), 4), WordClusters.prefix(clusters.path("gick"), 4));
  }
}
