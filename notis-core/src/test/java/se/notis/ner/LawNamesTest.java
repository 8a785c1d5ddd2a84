package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LawNamesTest {
  @Test
  void namedLawsFollowTheFile() throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("laws.tsv"), StandardCharsets.UTF_8))) {
      String line;
      int checked = 0;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] f = line.split("\t");
          assertEquals(Boolean.parseBoolean(f[1]), LawNames.isLawName(f[0]), f[0]);
          checked++;
        }
      }
      assertTrue(checked > 5);
    }
  }

  @Test
  void pactsAreNamedByTheirSubject() {
    assertTrue(LawNames.isPactName("asylpakten"));
    assertTrue(LawNames.isPactName("tillväxtpaktens"));
    assertTrue(LawNames.isPactName("framtidspakten"));
    assertEquals(false, LawNames.isPactName("pakten"));
    assertEquals(false, LawNames.isPactName("Migrationspakten"));
  }
}
