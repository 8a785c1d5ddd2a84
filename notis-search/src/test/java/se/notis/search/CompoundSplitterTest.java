package se.notis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.notis.lemma.SwedishWords;

class CompoundSplitterTest {
  private static final CompoundSplitter SPLITTER = new CompoundSplitter(SwedishWords.shared());

  @Test
  void splitsCompoundsFromTheTable() throws IOException {
    List<String> failures = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        CompoundSplitterTest.class.getResourceAsStream("compounds.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        List<String> expected = cols.length < 2 || cols[1].isEmpty() ? List.of() : Arrays.asList(cols[1].split(","));
        List<String> actual = SPLITTER.split(cols[0]);
        if (!expected.equals(actual)) {
          failures.add(cols[0] + ": expected " + expected + " got " + actual);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void smallListSplitsOnlyUnknownWordsIntoKnownParts() {
    CompoundSplitter small = new CompoundSplitter(SwedishWords.of(List.of("skola", "barn", "flykting", "organ")));
    assertEquals(List.of("skol", "barn"), small.split("skolbarn"));
    assertEquals(List.of(), small.split("flyktingx"));
    assertEquals(List.of(), small.split("organ"));
  }

  @Test
  void emptyAndRandomInputNeverFail() {
    assertEquals(List.of(), SPLITTER.split(""));
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      char[] chars = new char[random.nextInt(40)];
      for (int k = 0; k < chars.length; k++) {
        chars[k] = random.nextInt(4) == 0 ? (char) random.nextInt(0xFFFF) : "abcdefghijklmnopqrstuvåäös".charAt(random.nextInt(26));
      }
      for (int[] part : SPLITTER.split(chars, chars.length)) {
        assertTrue(part[0] >= 0 && part[1] <= chars.length && part[0] < part[1]);
      }
    }
  }
}
