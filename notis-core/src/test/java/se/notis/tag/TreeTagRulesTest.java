package se.notis.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.doc.DependencyLayer;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.TagLayer;
import se.notis.pipeline.StageRegistry;

/** The tree's word classes against the tagger's, on Talbanken sentences whose tags went wrong. */
class TreeTagRulesTest {
  @Test
  void pronounDeterminingANounIsADeterminer() {
    // "av avsaktande är det rätta ordet": the tagger said PRON, the parser det of "ordet".
    String[] upos = {"ADP", "NOUN", "AUX", "PRON", "ADJ", "NOUN"};
    int[] heads = {1, 5, 5, 5, 5, -1};
    String[] rels = {"case", "obl", "cop", "det", "amod", "root"};
    assertEquals("DET", TreeTagRules.target(3, upos, heads, rels));
    assertNull(TreeTagRules.target(4, upos, heads, rels));
  }

  @Test
  void pronounAsDeterminerOfAVerbStaysAPronoun() {
    // "Ett av de viktigaste bestod …": the parser's det under a verb is its own error.
    String[] upos = {"PRON", "ADP", "DET", "ADJ", "VERB"};
    int[] heads = {4, 3, 3, 0, -1};
    String[] rels = {"det", "case", "det", "nmod", "root"};
    assertNull(TreeTagRules.target(0, upos, heads, rels));
  }

  @Test
  void otherContradictions() {
    // "I så fall": så modifies a noun; "har blivit": har is the auxiliary; "de som kom": de is the subject.
    assertEquals("ADJ", TreeTagRules.target(1, new String[] {"ADP", "ADV", "NOUN"}, new int[] {2, 2, -1},
        new String[] {"case", "amod", "root"}));
    assertEquals("AUX", TreeTagRules.target(0, new String[] {"VERB", "VERB"}, new int[] {1, -1},
        new String[] {"aux", "root"}));
    assertEquals("PRON", TreeTagRules.target(0, new String[] {"DET", "PRON", "VERB"}, new int[] {-1, 2, 0},
        new String[] {"nsubj:pass", "nsubj", "acl:relcl"}));
    assertNull(TreeTagRules.target(0, new String[] {"ADJ", "VERB"}, new int[] {1, -1},
        new String[] {"advmod", "root"}), "an adjective as advmod splits evenly: left alone");
  }

  @Test
  void retaggingTakesTheTaggersLabelOfTheNewClass() {
    Tagger tagger = TaggerModel.bundled().tagger();
    String[] words = {"Det", "är", "det", "rätta", "ordet", "."};
    String[] upos = {"PRON", "AUX", "PRON", "ADJ", "NOUN", "PUNCT"};
    String[] xpos = {"PN|NEU|SIN|DEF|SUB/OBJ", "VB|PRS|AKT", "PN|NEU|SIN|DEF|SUB/OBJ", "JJ|POS|UTR/NEU|SIN|DEF|NOM",
        "NN|NEU|SIN|DEF|NOM", "MAD"};
    String[] feats = new String[words.length];
    java.util.Arrays.fill(feats, "_");
    assertTrue(tagger.retag(words, upos, xpos, feats, 2, "DET"));
    assertEquals("DET", upos[2]);
    assertTrue(xpos[2].startsWith("DT|NEU|SIN"), xpos[2]);
    assertTrue(feats[2].contains("Gender=Neut"), feats[2]);
    assertFalse(tagger.retag(words, upos, xpos, feats, 4, "AUX"), "ordet is never an auxiliary");
    assertEquals("NOUN", upos[4]);
  }

  @Test
  void stageRewritesOnlyContradictedTags() {
    Document doc = StageRegistry.pipeline(List.of("tag", "lemma", "parse")).process(
        Document.of("Han sa att det rätta ordet saknades."));
    TagLayer tags = doc.get(Layers.TAGS);
    DependencyLayer tree = doc.get(Layers.DEPENDENCIES);
    String[] upos = column(tags, tags::upos);
    upos[3] = "PRON";
    // Pretend the tagger had called "det" a pronoun while the parser made it the determiner of "ordet".
    Document contradicted = doc.with(Layers.TAGS, new TagLayer(upos, column(tags, tags::xpos), column(tags, tags::feats)));
    assertEquals("det", tree.relation(3));
    Document retagged = new RetagStage().process(contradicted);
    TagLayer after = retagged.get(Layers.TAGS);
    assertEquals("DET", after.upos(3));
    for (int t = 0; t < upos.length; t++) {
      if (t != 3) {
        assertEquals(tags.upos(t), after.upos(t));
        assertEquals(tags.xpos(t), after.xpos(t));
      }
    }
    assertEquals(doc.get(Layers.DEPENDENCIES), retagged.get(Layers.DEPENDENCIES));
  }

  private static String[] column(TagLayer tags, java.util.function.IntFunction<String> value) {
    String[] out = new String[tags.size()];
    for (int t = 0; t < out.length; t++) {
      out[t] = value.apply(t);
    }
    return out;
  }
}
