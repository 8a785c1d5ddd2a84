package se.notis.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.TagAlternatives;
import se.notis.doc.Token;
import se.notis.pipeline.StageRegistry;
import se.notis.tag.TaggerModel;

/**
 * Joint tagging in the beam: a parser trained with a tag margin chooses between the tagger's best
 * label and its runner-up, and writes the label of its best tree back.
 */
class JointTaggingTest {
  /**
   * "Hon har läst boken ." with "har" tagged VERB (the tagger's error) and AUX as the runner-up, and
   * sentences where "har" is a main verb and VERB is right, with AUX as the runner-up.
   */
  private static ParseSample sample(String words, String upos, String altUpos, String gold, String heads,
      String relations) {
    String[] w = words.split(" ");
    String[] u = upos.split(" ");
    String[] alt = altUpos.split(" ");
    String[] g = gold.split(" ");
    int n = w.length;
    TagAlternatives alternatives = TagAlternatives.none(n);
    boolean[] right = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (!alt[i].equals("-")) {
        alternatives.upos()[i] = alt[i];
        alternatives.xpos()[i] = alt[i];
        alternatives.feats()[i] = "_";
        alternatives.gaps()[i] = 10;
        right[i] = alt[i].equals(g[i]) && !u[i].equals(g[i]);
      }
    }
    return new ParseSample(w, u, u, Arrays.stream(heads.split(" ")).mapToInt(Integer::parseInt).toArray(),
        relations.split(" "), alternatives.withRight(right));
  }

  private static final List<ParseSample> TREES = List.of(
      sample("Hon har läst boken .", "PRON VERB VERB NOUN PUNCT", "- AUX - - -", "PRON AUX VERB NOUN PUNCT",
          "3 3 0 3 3", "nsubj aux root obj punct"),
      sample("Vi har sett filmen .", "PRON VERB VERB NOUN PUNCT", "- AUX - - -", "PRON AUX VERB NOUN PUNCT",
          "3 3 0 3 3", "nsubj aux root obj punct"),
      sample("Han har en bil .", "PRON VERB DET NOUN PUNCT", "- AUX - - -", "PRON VERB DET NOUN PUNCT",
          "2 0 4 2 2", "nsubj root det obj punct"),
      sample("De har ett hus .", "PRON VERB DET NOUN PUNCT", "- AUX - - -", "PRON VERB DET NOUN PUNCT",
          "2 0 4 2 2", "nsubj root det obj punct"));

  private static List<ParseSample> repeated() {
    List<ParseSample> out = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      out.addAll(TREES);
    }
    return out;
  }

  @Test
  void theBeamTakesTheRunnerUpWhereTheTreeNeedsItAndWritesItBack() throws IOException {
    ParserModel model = ParserTrainer.train(repeated(), new ParserTrainer.Options(10, 1, 0f, 0.9, 4, 0f, 1, 100));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    ParserModel read = ParserModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(100, read.tagMargin());
    Parser parser = read.parser();
    assertTrue(parser.tagsJointly());
    ParseSample perfect = TREES.get(0);
    String[] upos = perfect.upos().clone();
    String[] xpos = perfect.xpos().clone();
    String[] feats = new String[upos.length];
    Arrays.fill(feats, "_");
    int[] heads = new int[upos.length];
    String[] relations = new String[upos.length];
    parser.parse(perfect.words(), upos, xpos, feats, perfect.alternatives(), heads, relations);
    assertArrayEquals(new String[] {"PRON", "AUX", "VERB", "NOUN", "PUNCT"}, upos);
    assertEquals("AUX", xpos[1]);
    assertArrayEquals(new int[] {3, 3, 0, 3, 3}, heads);
    assertEquals("aux", relations[1]);
    // "har" with an object keeps the tagger's VERB.
    ParseSample main = TREES.get(2);
    upos = main.upos().clone();
    parser.parse(main.words(), upos, main.xpos().clone(), feats.clone(), main.alternatives(), heads, relations);
    assertEquals("VERB", upos[1]);
    assertArrayEquals(new int[] {2, 0, 4, 2, 2}, heads);
    // Beyond the margin the word keeps its tag: no choice is offered.
    TagAlternatives far = new TagAlternatives(perfect.alternatives().upos(), perfect.alternatives().xpos(),
        perfect.alternatives().feats(), new int[] {0, 101, 0, 0, 0}, null);
    upos = perfect.upos().clone();
    parser.parse(perfect.words(), upos, perfect.xpos().clone(), feats.clone(), far, heads, relations);
    assertEquals("VERB", upos[1]);
  }

  @Test
  void withoutATagMarginTheModelFileAndTheParsesStayAsBefore() throws IOException {
    List<ParseSample> plain = new ArrayList<>();
    for (ParseSample s : repeated()) {
      plain.add(new ParseSample(s.words(), s.upos(), s.xpos(), s.heads(), s.relations()));
    }
    ByteArrayOutputStream before = new ByteArrayOutputStream();
    ParserTrainer.train(plain, new ParserTrainer.Options(5, 1, 0f, 0.9, 4, 0f, 1)).write(before);
    ByteArrayOutputStream off = new ByteArrayOutputStream();
    ParserModel model = ParserTrainer.train(repeated(), new ParserTrainer.Options(5, 1, 0f, 0.9, 4, 0f, 1, 0));
    model.write(off);
    assertArrayEquals(before.toByteArray(), off.toByteArray());
    assertEquals(0, model.tagMargin());
    Parser parser = model.parser();
    assertFalse(parser.tagsJointly());
    ParseSample s = TREES.get(0);
    String[] upos = s.upos().clone();
    parser.parse(s.words(), upos, s.xpos().clone(), new String[upos.length], s.alternatives(),
        new int[upos.length], new String[upos.length]);
    assertArrayEquals(s.upos(), upos);
  }

  @Test
  void theBundledParserRetagsWhatItsTreeNeedsAndTheLemmasFollow() {
    assertTrue(ParserModel.bundledTagMargin() > 0);
    String text = "En anmälan om misshandel är upprättad.";
    // The tagger alone reads "om" as the conjunction of "om den kommer"; the tree needs the preposition.
    Document tagged = StageRegistry.pipeline(List.of("tag")).process(Document.of(text));
    assertEquals("SCONJ", tagged.tokens().get(2).upos());
    Document doc = StageRegistry.pipeline(List.of("tag", "lemma", "parse")).process(Document.of(text));
    List<Token> tokens = doc.tokens();
    assertEquals("ADP", tokens.get(2).upos());
    assertEquals("case", tokens.get(2).deprel());
    assertEquals(3, tokens.get(2).head());
    assertEquals("nmod", tokens.get(3).deprel());
    assertEquals(1, tokens.get(3).head());
    assertEquals("root", tokens.get(5).deprel());
    // "hem" after a verb of motion is the adverb, not a subject.
    doc = StageRegistry.pipeline(List.of("tag", "lemma", "parse"))
        .process(Document.of("Två minderåriga körs hem till sina vårdnadshavare."));
    assertEquals("ADV", doc.tokens().get(3).upos());
    assertEquals("advmod", doc.tokens().get(3).deprel());
    assertEquals("hem", doc.tokens().get(3).lemma());
  }

  @Test
  void theTaggerGivesRunnersUpOfAnotherClassWithoutChangingItsTags() {
    String[] words = "Regeringen har i dag beslutat att ge Polismyndigheten i uppdrag att redovisa".split(" ");
    int n = words.length;
    String[] upos = new String[n];
    String[] xpos = new String[n];
    String[] feats = new String[n];
    var tagger = TaggerModel.bundled().tagger();
    tagger.tag(words, upos, xpos, feats);
    String[] jointUpos = new String[n];
    String[] jointXpos = new String[n];
    String[] jointFeats = new String[n];
    TagAlternatives alternatives = TagAlternatives.none(n);
    tagger.tag(words, jointUpos, jointXpos, jointFeats, alternatives);
    assertArrayEquals(upos, jointUpos);
    assertArrayEquals(xpos, jointXpos);
    assertArrayEquals(feats, jointFeats);
    int offered = 0;
    for (int i = 0; i < n; i++) {
      if (alternatives.upos()[i] != null) {
        offered++;
        assertFalse(alternatives.upos()[i].equals(upos[i]), words[i]);
        assertTrue(alternatives.gaps()[i] >= 0, words[i]);
      }
    }
    assertTrue(offered > 0);
  }
}
