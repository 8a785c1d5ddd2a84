package se.notis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Token;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** The bundled parser's tree gives no word two subjects or two objects where the beam has another. */
class WellFormedTreeTest {
  private static final Pipeline SYNTAX = StageRegistry.pipeline(List.of("tag", "lemma", "parse"));

  @Test
  void aFrontedPhraseIsNotASecondSubject() {
    // The best tree made "bestämmelser" the subject and "staten" a first object beside "andrahandsansvar".
    List<Token> t = SYNTAX.process(Document.of("Även enligt nuvarande bestämmelser har staten ett andrahandsansvar."))
        .tokens();
    assertEquals("obl", t.get(3).deprel());
    assertEquals("nsubj", t.get(5).deprel());
    assertEquals(4, t.get(5).head(), "har");
    assertEquals("obj", t.get(7).deprel());
  }

  @Test
  void coordinatedSubjectsAreOneSubject() {
    List<Token> t = SYNTAX.process(Document.of(
        "Sexuell och reproduktiv hälsa och rättigheter finns med i EU:s nya utvecklingspolicy som antogs 2017.")).tokens();
    assertEquals("nsubj", t.get(3).deprel());
    assertEquals("conj", t.get(5).deprel());
    assertEquals(3, t.get(5).head(), "hälsa");
  }
}
