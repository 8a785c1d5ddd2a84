package se.notis.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerTrainerTest {
  private static final String[] WORDS = {"Mannen", "som", "kom", "var", "trött", "."};

  /** The sentence with "som" tagged as the converted v1 split (PRON) or v2 (SCONJ) does. */
  private static TagSample sample(boolean v2) {
    String[] upos = {"NOUN", v2 ? "SCONJ" : "PRON", "VERB", "AUX", "ADJ", "PUNCT"};
    String[] xpos = {"NN|UTR|SIN|DEF|NOM", v2 ? "SN" : "HP|-|-|-", "VB|PRT|AKT", "VB|PRT|AKT",
        "JJ|POS|UTR|SIN|IND|NOM", "MAD"};
    String[] feats = {"Case=Nom|Definite=Def|Gender=Com|Number=Sing", v2 ? "_" : "PronType=Rel",
        "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act", "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act",
        "Case=Nom|Definite=Ind|Degree=Pos|Gender=Com|Number=Sing", "_"};
    return new TagSample(WORDS.clone(), upos, xpos, feats);
  }

  private static List<TagSample> copies(boolean v2, int count) {
    List<TagSample> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(sample(v2));
    }
    return out;
  }

  private static TaggerTrainer.Options options(boolean domains) {
    TaggerTrainer.Options d = TaggerTrainer.Options.defaults();
    return new TaggerTrainer.Options(5, 1, d.frequentCount(), d.fixedCount(), d.prune(), d.maxCandidates(), 1,
        domains);
  }

  private static String[] upos(TaggerModel model) {
    String[] upos = new String[WORDS.length];
    model.tagger().tag(WORDS.clone(), upos, new String[WORDS.length], new String[WORDS.length]);
    return upos;
  }

  private static byte[] bytes(TaggerModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }

  @Test
  void withoutDomainsTheSplitIntoSourceAndTargetChangesNothing() throws IOException {
    List<TagSample> all = new ArrayList<>(copies(false, 3));
    all.addAll(copies(true, 2));
    TaggerModel together = TaggerTrainer.train(all, options(false));
    TaggerModel split = TaggerTrainer.train(copies(false, 3), copies(true, 2), options(false));
    assertArrayEquals(bytes(together), bytes(split));
  }

  @Test
  void withDomainsTheTargetConventionWinsOverAMajorityOfSourceSentences() {
    TaggerModel domains = TaggerTrainer.train(copies(false, 8), copies(true, 1), options(true));
    assertArrayEquals(new String[] {"NOUN", "SCONJ", "VERB", "AUX", "ADJ", "PUNCT"}, upos(domains),
        "the model keeps shared + v2 weights; the v1 copies, which learnt PRON, are dropped");
  }

  @Test
  void trainsOnNothingButTargetOrNothingButSourceWithDomains() {
    assertEquals("SCONJ", upos(TaggerTrainer.train(List.of(), copies(true, 2), options(true)))[1]);
    assertEquals("PRON", upos(TaggerTrainer.train(copies(false, 2), List.of(), options(true)))[1]);
  }
}
