package se.notis.lemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.notis.io.ConlluSentence;

/** Treebank lemmas: what the treebank says otherwise than the dictionary, learnt from Talbanken words. */
class LemmaTrainerTest {
  private static final LemmaModel RULES = LemmaModel.bundled().withTreebankLemmas(Map.of());
  private static final Lemmatizer LEMMATIZER = LemmaStage.lemmatizer(RULES);

  private static ConlluSentence sentence(String... wordLemmaUposXpos) {
    List<ConlluSentence.Word> words = new ArrayList<>();
    for (int i = 0; i < wordLemmaUposXpos.length; i += 4) {
      words.add(new ConlluSentence.Word(words.size() + 1, wordLemmaUposXpos[i], wordLemmaUposXpos[i + 1],
          wordLemmaUposXpos[i + 2], wordLemmaUposXpos[i + 3], "_", 0, "root", "_", "_"));
    }
    return new ConlluSentence(List.of(), words);
  }

  @Test
  void learnsTheTreebanksLemmaWhereTheDictionaryGivesAnother() {
    // Talbanken keeps "helt" as the lemma of the adverb; the dictionary route gives the adjective "hel".
    assertEquals("hel", LEMMATIZER.lemma("helt", "ADV", "AB|POS"));
    List<ConlluSentence> treebank = List.of(
        sentence("Det", "den", "PRON", "PN|NEU|SIN|DEF|SUB/OBJ", "är", "vara", "AUX", "VB|PRS|AKT",
            "helt", "helt", "ADV", "AB|POS", "fel", "fel", "ADJ", "JJ|POS|UTR/NEU|SIN/PLU|IND/DEF|NOM"),
        sentence("Helt", "helt", "ADV", "AB|POS", "tycks", "tyckas", "VERB", "VB|PRS|SFO"),
        sentence("Det", "den", "PRON", "PN|NEU|SIN|DEF|SUB/OBJ", "tycks", "tyckas", "VERB", "VB|PRS|SFO"));
    Map<String, String> lemmas = LemmaTrainer.treebankLemmas(treebank, LEMMATIZER, SwedishDictionary.get());
    assertEquals("helt", lemmas.get("helt\tADV"));
    assertEquals("tyckas", lemmas.get("tycks\tVERB"));
    assertFalse(lemmas.containsKey("det\tPRON"), "the lemmatiser already agrees");

    Lemmatizer withTreebank = LemmaStage.lemmatizer(RULES.withTreebankLemmas(lemmas));
    assertEquals("helt", withTreebank.lemma("Helt", "ADV", "AB|POS"));
    assertEquals("hel", withTreebank.lemma("helt", "ADJ", "JJ|POS|NEU|SIN|IND|NOM"), "another UPOS keeps its route");
  }

  @Test
  void aSlipOfTheAnnotationDoesNotOutvoteTheDictionary() {
    List<ConlluSentence> treebank = List.of(
        sentence("länderna", "land", "NOUN", "NN|NEU|PLU|DEF|NOM"),
        sentence("länderna", "land", "NOUN", "NN|NEU|PLU|DEF|NOM"),
        sentence("länderna", "länder", "NOUN", "NN|NEU|PLU|DEF|NOM"),
        sentence("Sveriges", "Sverige", "PROPN", "PM|GEN", "x", "_", "NOUN", "NN"),
        sentence("Han", "han", "PRON", "PN|UTR|SIN|DEF|SUB", "satt", "sätta", "VERB", "VB|PRT|AKT"),
        sentence("barn-", "barndom", "NOUN", "NN|-|-|-|-", "Children", "Children", "NOUN", "NN"));
    Map<String, String> lemmas = LemmaTrainer.treebankLemmas(treebank, LEMMATIZER, SwedishDictionary.get());
    assertNull(lemmas.get("länderna\tNOUN"));
    assertFalse(lemmas.containsKey("sveriges\tPROPN"), "names are the lemmatiser's");
    assertFalse(lemmas.containsKey("x\tNOUN"), "words without a lemma teach nothing");
    assertFalse(lemmas.containsKey("satt\tVERB"), "once, and the dictionary has the form");
    assertFalse(lemmas.containsKey("barn-\tNOUN"), "a cut compound is lemmatised as the whole");
    assertFalse(lemmas.containsKey("children\tNOUN"), "a capitalised lemma is a title's word");
  }

  @Test
  void treebankLemmasSurviveWritingAndReading() throws IOException {
    LemmaModel model = RULES.withTreebankLemmas(Map.of("helt\tADV", "helt"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    LemmaModel read = LemmaModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(1, read.treebankSize());
    assertEquals(model.size(), read.size());
    assertEquals("helt", LemmaStage.lemmatizer(read).lemma("helt", "ADV", "AB|POS"));
  }
}
