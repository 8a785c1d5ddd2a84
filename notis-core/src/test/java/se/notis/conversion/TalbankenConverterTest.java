package se.notis.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.notis.io.ConlluReader;
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
  void givesDefinitenessOnlyToAdjectivesThatInflectForNumber() {
    List<ConlluSentence.Word> words = new ArrayList<>();
    words.add(w(1, "de", "DET", "DT|UTR/NEU|PLU|DEF", "Definite=Def|Number=Plur", 4, "det"));
    words.add(w(2, "större", "ADJ", "JJ|KOM|UTR/NEU|SIN/PLU|IND/DEF|NOM", "Case=Nom|Degree=Cmp", 4, "amod"));
    words.add(w(3, "gamla", "ADJ", "JJ|POS|UTR/NEU|PLU|IND/DEF|NOM", "Case=Nom|Degree=Pos|Number=Plur", 4, "amod"));
    words.add(w(4, "husen", "NOUN", "NN|NEU|PLU|DEF|NOM", "Case=Nom|Definite=Def|Gender=Neut|Number=Plur", 0,
        "root"));
    words.add(w(5, "rådande", "ADJ", "PC|PRS|UTR/NEU|SIN/PLU|IND/DEF|NOM", "Case=Nom|Degree=Pos|Tense=Pres"
        + "|VerbForm=Part", 4, "amod"));
    List<ConlluSentence.Word> c = TalbankenConverter.convert(new ConlluSentence(List.of(), words)).words();
    assertEquals("Case=Nom|Degree=Cmp", c.get(1).feats(), "a comparative");
    assertEquals("Case=Nom|Definite=Def|Degree=Pos", c.get(2).feats(), "weak form after a definite determiner");
    assertEquals("Case=Nom|Degree=Pos|Tense=Pres|VerbForm=Part", c.get(4).feats(), "a present participle");
  }

  @Test
  void aPassiveParticipleAfterBliHasVoiceAndNoDegree() {
    List<ConlluSentence.Word> words = new ArrayList<>();
    words.add(w(1, "Han", "PRON", "PN|UTR|SIN|DEF|SUB", "Case=Nom|Definite=Def|Gender=Com|Number=Sing", 2, "nsubj"));
    words.add(w(2, "blev", "VERB", "VB|PRT|AKT", "Tense=Past|VerbForm=Fin|Voice=Act", 0, "root"));
    words.add(w(3, "vald", "ADJ", "PC|PRF|UTR|SIN|IND|NOM", "Case=Nom|Definite=Ind|Gender=Com|Number=Sing"
        + "|Tense=Past|VerbForm=Part", 2, "xcomp"));
    List<ConlluSentence.Word> c = TalbankenConverter.convert(new ConlluSentence(List.of(), words)).words();
    assertEquals("Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act", c.get(1).feats());
    assertEquals("Case=Nom|Definite=Ind|Gender=Com|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass", c.get(2).feats());
  }

  @Test
  void emptySentenceStaysEmpty() {
    assertEquals(0, TalbankenConverter.convert(new ConlluSentence(List.of(), List.of())).words().size());
  }

  /** Each sentence of v1-to-v2.conllu is converted and compared with its {@code # expect} line. */
  @Test
  void convertsHandAnnotatedV1SentencesToV2() throws Exception {
    List<ConlluSentence> sentences;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("v1-to-v2.conllu"), StandardCharsets.UTF_8))) {
      sentences = ConlluReader.read(in, "v1-to-v2.conllu");
    }
    assertEquals(22, sentences.size());
    for (ConlluSentence sent : sentences) {
      String name = comment(sent, "case");
      List<ConlluSentence.Word> c = TalbankenConverter.convert(sent).words();
      StringBuilder got = new StringBuilder();
      StringBuilder gotUpos = new StringBuilder();
      for (ConlluSentence.Word word : c) {
        got.append(got.length() == 0 ? "" : " ").append(word.head()).append(':').append(word.deprel());
        gotUpos.append(gotUpos.length() == 0 ? "" : " ").append(word.upos());
      }
      assertEquals(comment(sent, "expect"), got.toString(), name);
      String upos = comment(sent, "upos");
      if (!upos.isEmpty()) {
        assertEquals(upos, gotUpos.toString(), name);
      }
    }
  }

  private static String comment(ConlluSentence sent, String key) {
    for (String line : sent.comments()) {
      String prefix = "# " + key + " = ";
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length()).trim();
      }
    }
    return "";
  }

  /** Random trees with random labels must convert without an exception and keep every head in range. */
  @Test
  void survivesRandomTrees() {
    String[] rels = {"mwe", "cc", "conj", "punct", "det", "dep", "acl:relcl", "nsubj", "neg", "mark", "case",
        "nmod", "dobj", "root", "cop", "expl"};
    String[] forms = {"är", "det", "och", "på", "grund", "av", "för", "att", "den", "här", "när", "gäller",
        "som", ",", "ett", "par"};
    String[] upos = {"VERB", "PRON", "CONJ", "ADP", "NOUN", "ADP", "ADP", "SCONJ", "DET", "ADV", "ADV", "VERB",
        "PRON", "PUNCT", "DET", "NOUN"};
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      int n = 1 + random.nextInt(12);
      List<ConlluSentence.Word> words = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        int f = random.nextInt(forms.length);
        int head = random.nextInt(n + 1);
        words.add(w(i, forms[f], upos[f], "PP", "_", head == i ? 0 : head, rels[random.nextInt(rels.length)]));
      }
      List<ConlluSentence.Word> c = TalbankenConverter.convert(new ConlluSentence(List.of(), words)).words();
      assertEquals(n, c.size());
      for (ConlluSentence.Word word : c) {
        assertEquals(true, word.head() >= 0 && word.head() <= n, "head in range");
      }
    }
  }
}
