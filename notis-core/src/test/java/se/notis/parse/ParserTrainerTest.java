package se.notis.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Trains a parser on a few hand-annotated Swedish sentences, without the bundled model. */
class ParserTrainerTest {
  private static ParseSample sample(String words, String upos, String heads, String relations) {
    return new ParseSample(words.split(" "), upos.split(" "), upos.split(" "),
        java.util.Arrays.stream(heads.split(" ")).mapToInt(Integer::parseInt).toArray(), relations.split(" "));
  }

  private static final List<ParseSample> TREES = List.of(
      sample("Hon läser en bok .", "PRON VERB DET NOUN PUNCT", "2 0 4 2 2", "nsubj root det obj punct"),
      sample("Barnen leker i parken .", "NOUN VERB ADP NOUN PUNCT", "2 0 4 2 2", "nsubj root case obl punct"),
      sample("Det är han som bestämmer .", "PRON AUX PRON PRON VERB PUNCT", "3 3 0 5 3 3",
          "expl cop root nsubj acl:cleft punct"),
      sample("Vi köpte bröd och mjölk .", "PRON VERB NOUN CCONJ NOUN PUNCT", "2 0 2 5 3 2",
          "nsubj root obj cc conj punct"));

  private static void assertParses(Parser parser, ParseSample gold) {
    int[] heads = new int[gold.size()];
    String[] relations = new String[gold.size()];
    parser.parse(gold.words(), gold.upos(), gold.xpos(), heads, relations);
    assertArrayEquals(gold.heads(), heads, String.join(" ", gold.words()));
    assertArrayEquals(gold.relations(), relations, String.join(" ", gold.words()));
  }

  @Test
  void learnsItsTrainingTreesAndSurvivesWriteAndRead() throws IOException {
    ParserModel model = ParserTrainer.train(TREES, new ParserTrainer.Options(10, 1, 0f, 0.9));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    ParserModel read = ParserModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    for (ParseSample tree : TREES) {
      assertParses(model.parser(), tree);
      assertParses(read.parser(), tree);
    }
  }

  @Test
  void beamTrainingLearnsItsTrainingTreesAndKeepsItsWidth() throws IOException {
    ParserModel model = ParserTrainer.train(TREES, new ParserTrainer.Options(10, 1, 0f, 0.9, 4, 0f));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    ParserModel read = ParserModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(4, read.beamWidth());
    for (ParseSample tree : TREES) {
      assertParses(model.parser(), tree);
      assertParses(read.parser(), tree);
    }
    ByteArrayOutputStream narrowed = new ByteArrayOutputStream();
    model.withSearch(3, 50f).write(narrowed);
    ParserModel narrow = ParserModel.read(new ByteArrayInputStream(narrowed.toByteArray()));
    assertEquals(3, narrow.beamWidth());
    assertEquals(50f, narrow.beamMargin());
    for (ParseSample tree : TREES) {
      assertParses(narrow.parser(), tree);
    }
    assertThrows(IllegalArgumentException.class, () -> model.withSearch(4, -1f));
    assertThrows(IllegalArgumentException.class, () -> model.withSearch(4, Float.NaN));
  }

  @Test
  void everyBeamWidthGivesEveryWordOneHeadAndOneRoot() {
    ParserModel model = ParserTrainer.train(TREES, new ParserTrainer.Options(5, 1, 0f, 0.9, 4, 0f));
    List<String[]> sentences = List.of(new String[0], new String[] {"."}, new String[] {"Hej", "!"},
        "Regeringen har i dag beslutat att ge Polismyndigheten i uppdrag att redovisa".split(" "),
        ". , ; : ! ? ( )".split(" "));
    for (int width : new int[] {1, 2, 4, 16}) {
      Parser parser = model.withSearch(4, width == 16 ? 1f : 0f).parser(width);
      for (String[] words : sentences) {
        String[] upos = new String[words.length];
        java.util.Arrays.fill(upos, words.length > 3 ? "X" : "PUNCT");
        int[] heads = new int[words.length];
        String[] relations = new String[words.length];
        parser.parse(words, upos, upos, heads, relations);
        int roots = 0;
        for (int i = 0; i < words.length; i++) {
          assertTrue(heads[i] >= 0 && heads[i] <= words.length && heads[i] != i + 1, String.join(" ", words));
          assertNotNull(relations[i]);
          roots += heads[i] == 0 ? 1 : 0;
        }
        assertEquals(words.length == 0 ? 0 : 1, roots, String.join(" ", words));
      }
    }
    assertThrows(IllegalArgumentException.class, () -> model.parser(0));
  }

  @Test
  void baggedParsersAreAveragedIntoOneModelThatStillLearnsItsTrees() throws IOException {
    ParserModel bagged = ParserTrainer.train(TREES, new ParserTrainer.Options(10, 1, 0f, 0.9, 4, 0f, 3));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bagged.write(bytes);
    ParserModel read = ParserModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(4, read.beamWidth());
    for (ParseSample tree : TREES) {
      assertParses(bagged.parser(), tree);
      assertParses(read.parser(), tree);
    }
    // One bag is the plain trainer: the same seed gives the same model, byte for byte.
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    ParserTrainer.train(TREES, new ParserTrainer.Options(10, 1, 0f, 0.9, 4, 0f, 1)).write(one);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ParserTrainer.train(TREES, new ParserTrainer.Options(10, 1, 0f, 0.9, 4, 0f)).write(plain);
    assertArrayEquals(plain.toByteArray(), one.toByteArray());
    assertThrows(IllegalArgumentException.class, () -> new ParserTrainer.Options(10, 1, 0f, 0.9, 4, 0f, 0));
  }

  @Test
  void rejectsAModelOfAnotherVersion() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(new GZIPOutputStream(bytes))) {
      out.writeUTF(ParserModel.MAGIC);
      out.writeInt(1);
    }
    assertThrows(IOException.class, () -> ParserModel.read(new ByteArrayInputStream(bytes.toByteArray())));
  }
}
