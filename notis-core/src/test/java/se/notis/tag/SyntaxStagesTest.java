package se.notis.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.Token;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** Loads the bundled tagger, lemmatiser and parser and runs them on real Swedish text. */
class SyntaxStagesTest {
  private static final Pipeline PIPELINE = StageRegistry.pipeline(List.of("tag", "lemma", "parse"));

  @Test
  void tagsLemmatisesAndParsesASentence() {
    Document doc = PIPELINE.process(Document.of("Vi ska ta oss in i Mexiko tillsammans."));
    List<Token> tokens = doc.tokens();
    assertEquals("PRON", tokens.get(0).upos());
    assertEquals("AUX", tokens.get(1).upos());
    assertEquals("skola", tokens.get(1).lemma());
    assertEquals("VERB", tokens.get(2).upos());
    assertEquals("VB|INF|AKT", tokens.get(2).xpos());
    assertEquals("PROPN", tokens.get(6).upos());
    assertEquals("Mexiko", tokens.get(6).lemma());
    assertEquals("PUNCT", tokens.get(8).upos());
    assertEquals(-1, tokens.get(2).head(), "the main verb is the root");
    assertEquals("root", tokens.get(2).deprel());
    assertEquals(2, tokens.get(0).head());
    assertEquals("nsubj", tokens.get(0).deprel());
    assertEquals(2, tokens.get(8).head());
  }

  @Test
  void newsPunctuationIsPunctuation() {
    Document doc = PIPELINE.process(Document.of("– Vi klarar oss inte, sade han."));
    assertEquals("PUNCT", doc.tokens().get(0).upos());
  }

  @Test
  void numbersTheTreebankNeverShowedAreNumbers() {
    Document doc = PIPELINE.process(Document.of("Av dem var 317 samstämmiga, se sid 412-415 om 1923 års riksdag."));
    for (String number : List.of("317", "412-415", "1923")) {
      Token token = doc.tokens().stream().filter(t -> t.text().equals(number)).findFirst().orElseThrow();
      assertEquals("NUM", token.upos(), number);
    }
  }

  @Test
  void everySentenceGetsOneRootAndATree() {
    Random random = new Random(5);
    String alphabet = "abcdefghijklmnopqrstuvwxyzåäö ÅÄÖ.,!?–\"'()0123456789\n";
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      int len = random.nextInt(200);
      for (int k = 0; k < len; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Document doc = PIPELINE.process(Document.of(text.toString()));
      int n = doc.get(Layers.TOKENS).size();
      for (int t = 0; t < n; t++) {
        assertNotNull(doc.token(t).lemma());
        assertNotNull(doc.token(t).upos());
      }
      doc.sentences().forEach(sent -> {
        int roots = 0;
        for (int t = sent.firstToken(); t < sent.endToken(); t++) {
          int head = doc.token(t).head();
          roots += head < 0 ? 1 : 0;
          assertTrue(head < 0 || (head >= sent.firstToken() && head < sent.endToken()));
        }
        assertEquals(1, roots);
      });
    }
    assertEquals(0, PIPELINE.process(Document.of("")).get(Layers.TOKENS).size());
  }
}
