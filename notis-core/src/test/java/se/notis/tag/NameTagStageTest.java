package se.notis.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Token;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** The bundled tagger, name tagger and this stage on sentences of the reference article. */
class NameTagStageTest {
  private static final Pipeline PIPELINE = StageRegistry.pipeline(List.of("names"));

  private static Token token(Document doc, String text) {
    return doc.tokens().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void wordsOfForeignNamesAreProperNounsWithTheirFormAsLemma() {
    Document doc = PIPELINE.process(Document.of(
        "Efter att ha slutat arbetsdagen måste de begå småbrott för att överleva, berättar Jesús España "
            + "för den mexikanska tidningen El Excelsior. Han mötte Mike Pompeo i Mexico City."));
    for (String word : List.of("El", "Excelsior", "City")) {
      assertEquals("PROPN", token(doc, word).upos(), word);
      assertEquals("PM|NOM", token(doc, word).xpos(), word);
      assertEquals("Case=Nom", token(doc, word).feats(), word);
      assertEquals(word, token(doc, word).lemma(), word);
    }
  }

  @Test
  void lastWordOfANameInTheGenitiveIsGenitive() {
    Document doc = PIPELINE.process(Document.of(
        "– Mexikanska myndigheter bör inte anlägga ett Trump-perspektiv, säger Amnesty Internationals "
            + "Amerikachef Erika Guevara-Rosas i ett uttalande."));
    Token international = token(doc, "Internationals");
    assertEquals("PROPN", international.upos());
    assertEquals("PM|GEN", international.xpos());
    assertEquals("Case=Gen", international.feats());
    assertEquals("International", international.lemma());
  }

  @Test
  void genitiveOnlyWhereTheCanonicalFormDropsTheEnding() {
    assertTrue(NameTagStage.isGenitive("Amnesty Internationals", "Amnesty International"));
    assertTrue(NameTagStage.isGenitive("USA:s", "USA"));
    assertTrue(NameTagStage.isGenitive("Mexikos", "Mexiko"));
    assertFalse(NameTagStage.isGenitive("Honduras", "Honduras"));
    assertFalse(NameTagStage.isGenitive("EU:s", "Europeiska unionen"), "an expansion says nothing");
    assertFalse(NameTagStage.isGenitive("s", ""));
  }

  @Test
  void commonWordsOfSwedishNamesKeepTheirClass() {
    Document doc = PIPELINE.process(Document.of("Energimyndigheten och Svenska Dagbladet kommenterade beslutet."));
    assertEquals("NOUN", token(doc, "Energimyndigheten").upos());
    assertEquals("energimyndighet", token(doc, "Energimyndigheten").lemma());
  }
}
