package se.notis.lemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;

class LemmaStageTest {
  private static final Lemmatizer LEMMATIZER = LemmaStage.lemmatizer(LemmaModel.bundled());

  @Test
  void lemmasFollowTalbankenConventions() throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("lemmas.tsv"), StandardCharsets.UTF_8))) {
      int checked = 0;
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        assertEquals(c[3], LEMMATIZER.lemma(c[0], c[1], c[2]), line);
        checked++;
      }
      assertEquals(33, checked);
    }
  }

  @Test
  void stageAddsOneLemmaPerToken() {
    String text = "Migranterna tog sig över gränsen.";
    Document doc = Document.of(text)
        .with(Layers.TOKENS, new SpanLayer(new int[] {0, 12, 16, 20, 25, 32}, new int[] {11, 15, 19, 24, 32, 33}))
        .with(Layers.TAGS, new TagLayer(
            new String[] {"NOUN", "VERB", "PRON", "ADP", "NOUN", "PUNCT"},
            new String[] {"NN|UTR|PLU|DEF|NOM", "VB|PRT|AKT", "PN|UTR/NEU|SIN/PLU|DEF|OBJ", "PP",
                "NN|UTR|SIN|DEF|NOM", "MAD"},
            new String[] {"_", "_", "_", "_", "_", "_"}));
    Document out = new LemmaStage().process(doc);
    assertEquals("migrant", out.token(0).lemma());
    assertEquals("ta", out.token(1).lemma());
    assertEquals("gräns", out.token(4).lemma());
    assertEquals(".", out.token(5).lemma());
  }

  @Test
  void oddInputNeverCrashes() {
    Random random = new Random(3);
    String[] tags = {"NN|UTR|SIN|IND|NOM", "VB|PRS|AKT", "PC|PRF|UTR|SIN|IND|NOM", "JJ|POS|UTR|SIN|IND|NOM", "AB", "", "_"};
    String[] upos = {"NOUN", "VERB", "ADJ", "ADJ", "ADV", "X", "_"};
    for (int i = 0; i < 2000; i++) {
      StringBuilder word = new StringBuilder();
      int len = random.nextInt(12);
      for (int k = 0; k < len; k++) {
        word.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x3000)));
      }
      int t = random.nextInt(tags.length);
      assertNotNull(LEMMATIZER.lemma(word.toString(), upos[t], tags[t]));
    }
    assertEquals("", LEMMATIZER.lemma("", "NOUN", "NN"));
  }
}
