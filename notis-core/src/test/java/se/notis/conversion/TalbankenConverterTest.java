package se.notis.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.io.ConlluSentence;

class TalbankenConverterTest {
  private static ConlluSentence.Word w(int id, String form, String upos, String xpos, String feats, int head,
      String rel) {
    return new ConlluSentence.Word(id, form, "_", upos, xpos, feats, head, rel, "_", "_");
  }

  @Test
  void convertsTagsRelationsAndCoordination() {
    List<ConlluSentence.Word> words = new ArrayList<>();
    words.add(w(1, "Han", "PRON", "PN|UTR|SIN|DEF|SUB", "Case=Nom|Definite=Def|Gender=Com|Number=Sing", 3, "nsubj"));
    words.add(w(2, "är", "VERB", "VB|PRS|AKT", "Tense=Pres|VerbForm=Fin|Voice=Act", 3, "cop"));
    words.add(w(3, "glad", "ADJ", "JJ|POS|UTR|SIN|IND|NOM", "Case=Nom|Definite=Ind|Degree=Pos|Gender=Com|Number=Sing", 0, "root"));
    words.add(w(4, "och", "CONJ", "KN", "_", 3, "cc"));
    words.add(w(5, "inte", "ADV", "AB", "_", 6, "neg"));
    words.add(w(6, "trött", "ADJ", "JJ|POS|UTR|SIN|IND|NOM", "Case=Nom|Definite=Ind|Degree=Pos|Gender=Com|Number=Sing", 3, "conj"));
    words.add(w(7, "i", "ADP", "PP", "_", 8, "case"));
    words.add(w(8, "dag", "NOUN", "NN|UTR|SIN|IND|NOM", "Case=Nom|Definite=Ind|Gender=Com|Number=Sing", 3, "nmod"));
    words.add(w(9, "sin", "DT", "PS|UTR|SIN|DEF", "Definite=Def|Gender=Com|Number=Sing", 10, "nmod:poss"));
    words.add(w(10, "bil", "NOUN", "NN|UTR|SIN|IND|NOM", "Case=Nom|Definite=Ind|Gender=Com|Number=Sing", 3, "dobj"));
    List<ConlluSentence.Word> c = TalbankenConverter.convert(new ConlluSentence(List.of(), words)).words();
    assertEquals("AUX", c.get(1).upos());
    assertEquals("Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act", c.get(1).feats());
    assertEquals("CCONJ", c.get(3).upos());
    assertEquals(6, c.get(3).head(), "cc attaches to the conjunct after it");
    assertEquals("PART", c.get(4).upos());
    assertEquals("advmod", c.get(4).deprel());
    assertEquals("Polarity=Neg", c.get(4).feats());
    assertEquals("obl", c.get(7).deprel(), "nominal dependent of a predicate");
    assertEquals("PRON", c.get(8).upos());
    assertEquals("Definite=Def|Gender=Com|Number=Sing|Poss=Yes|PronType=Prs", c.get(8).feats());
    assertEquals("obj", c.get(9).deprel());
    assertEquals("Case=Nom|Definite=Def|Gender=Com|Number=Sing|PronType=Prs", c.get(0).feats());
  }

  @Test
  void emptySentenceStaysEmpty() {
    assertEquals(0, TalbankenConverter.convert(new ConlluSentence(List.of(), List.of())).words().size());
  }
}
