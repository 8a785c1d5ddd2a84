package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
  private static final String TRAIN = """
      Anna\tPER
      Lind\tPER
      bor\tO
      i\tO
      Malmö\tLOC
      .\tO

      Erik\tPER
      Berg\tPER
      arbetar\tO
      på\tO
      Volvo\tORG
      i\tO
      Göteborg\tLOC
      .\tO

      Volvo\tORG
      säljer\tO
      bilar\tO
      i\tO
      Sverige\tLOC
      .\tO

      Karin\tPER
      Ek\tPER
      flyttade\tO
      till\tO
      Umeå\tLOC
      .\tO
      """;

  private static List<NerSample> samples() throws IOException {
    return NerData.read(new BufferedReader(new StringReader(TRAIN)));
  }

  @Test
  void baggedModelLearnsItsTrainingSentences() throws IOException {
    List<NerSample> train = samples();
    NerTrainer trainer = new NerTrainer(new NerTrainer.Options(8, 1, 1L, 3), Gazetteer.empty(), CasedWordClusters.empty());
    NerModel model = trainer.train(train, List.of());
    PerceptronTagger tagger = new PerceptronTagger(model, Gazetteer.empty(), CasedWordClusters.empty());
    for (NerSample sample : train) {
      assertArrayEquals(sample.labels(), tagger.tag(sample.tokens()), String.join(" ", sample.tokens()));
    }
  }

  @Test
  void anotherSchemesFeatureCopiesAreLearntButNotKept() throws IOException {
    List<NerSample> train = samples();
    List<NerSample> mixed = new ArrayList<>(train);
    // The other scheme marks the river Göta älv as an organisation: its copies take the blame.
    NerSample other = new NerSample(new String[] {"Göteborg", "ligger", "vid", "havet", "."},
        new String[] {"B-ORG", "O", "O", "O", "O"}).inOtherDomain();
    for (int i = 0; i < 3; i++) {
      mixed.add(other);
    }
    NerTrainer.Options options = new NerTrainer.Options(8, 1, 1L, 1);
    NerModel plain = new NerTrainer(options, Gazetteer.empty(), CasedWordClusters.empty()).train(train, List.of());
    NerModel adapted = new NerTrainer(options, Gazetteer.empty(), CasedWordClusters.empty()).train(mixed, List.of());
    PerceptronTagger tagger = new PerceptronTagger(adapted, Gazetteer.empty(), CasedWordClusters.empty());
    assertEquals("B-LOC", tagger.tag(new String[] {"Karin", "bor", "i", "Göteborg", "."})[3]);
    int ownFeaturesOfNewWords = 8 * 5;
    assertTrue(adapted.features() < plain.features() + ownFeaturesOfNewWords,
        adapted.features() + " features against " + plain.features());
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    List<NerSample> train = samples();
    NerTrainer.Options options = new NerTrainer.Options(3, 1, 5L, 2);
    NerModel a = new NerTrainer(options, Gazetteer.empty(), CasedWordClusters.empty()).train(train, List.of());
    NerModel b = new NerTrainer(options, Gazetteer.empty(), CasedWordClusters.empty()).train(train, List.of());
    assertEquals(a.features(), b.features());
    PerceptronTagger ta = new PerceptronTagger(a, Gazetteer.empty(), CasedWordClusters.empty());
    PerceptronTagger tb = new PerceptronTagger(b, Gazetteer.empty(), CasedWordClusters.empty());
    String[] unseen = {"Lisa", "Holm", "bor", "i", "Lund", "."};
    assertArrayEquals(ta.tag(unseen), tb.tag(unseen));
  }

  @Test
  void emptyTrainingDataGivesAModelThatTagsNothing() {
    NerModel model = new NerTrainer(new NerTrainer.Options(2, 1, 1L, 2), Gazetteer.empty(), CasedWordClusters.empty())
        .train(new ArrayList<>(), List.of());
    String[] labels = new PerceptronTagger(model, Gazetteer.empty(), CasedWordClusters.empty()).tag(new String[] {"Anna", "", "."});
    assertArrayEquals(new String[] {"O", "O", "O"}, labels);
  }

  @Test
  void crfModelLearnsItsTrainingSentencesAndTagsUnseenOnes() throws IOException {
    List<NerSample> train = samples();
    for (boolean average : new boolean[] {false, true}) {
      NerTrainer.Options options = new NerTrainer.Options(30, 1, 1L, 1)
          .withObjective(NerTrainer.Objective.CRF).withCrf(new NerTrainer.Crf(0.1, 0.3, average));
      NerModel model = new NerTrainer(options, Gazetteer.empty(), CasedWordClusters.empty()).train(train, List.of());
      PerceptronTagger tagger = new PerceptronTagger(model, Gazetteer.empty(), CasedWordClusters.empty());
      for (NerSample sample : train) {
        assertArrayEquals(sample.labels(), tagger.tag(sample.tokens()), "average " + average + ": " + sample);
      }
      String[] unseen = {"Volvo", "säljer", "bilar", "i", "Umeå", "."};
      assertArrayEquals(new String[] {"B-ORG", "O", "O", "O", "B-LOC", "O"}, tagger.tag(unseen), "average " + average);
    }
  }

  @Test
  void crfTrainingIsDeterministicAndBagsAverage() throws IOException {
    List<NerSample> train = samples();
    NerTrainer.Options options = new NerTrainer.Options(3, 1, 5L, 2).withObjective(NerTrainer.Objective.CRF);
    NerModel a = new NerTrainer(options, Gazetteer.empty(), CasedWordClusters.empty()).train(train, List.of());
    NerModel b = new NerTrainer(options, Gazetteer.empty(), CasedWordClusters.empty()).train(train, List.of());
    java.io.ByteArrayOutputStream bytesA = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream bytesB = new java.io.ByteArrayOutputStream();
    a.write(bytesA);
    b.write(bytesB);
    assertArrayEquals(bytesA.toByteArray(), bytesB.toByteArray());
  }

  @Test
  void crfOnEmptyDataOrEmptySentencesTagsNothing() {
    NerTrainer.Options options = new NerTrainer.Options(2, 1, 1L, 1).withObjective(NerTrainer.Objective.CRF);
    List<NerSample> train = List.of(new NerSample(new String[0], new String[0]));
    NerModel model = new NerTrainer(options, Gazetteer.empty(), CasedWordClusters.empty()).train(train, List.of());
    String[] labels = new PerceptronTagger(model, Gazetteer.empty(), CasedWordClusters.empty()).tag(new String[] {"Anna", "", "."});
    assertArrayEquals(new String[] {"O", "O", "O"}, labels);
  }

  @Test
  void objectivesByName() {
    assertEquals(NerTrainer.Objective.CRF, NerTrainer.Objective.of("crf"));
    assertEquals(NerTrainer.Objective.PA, NerTrainer.Objective.of("PA"));
    assertEquals("crf", NerTrainer.Objective.CRF.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NerTrainer.Objective.of("svm"));
    assertTrue(e.getMessage().contains("svm"), e.getMessage());
  }

  @Test
  void optionsRejectNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Crf(-1, 0.1, false));
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Crf(Double.NaN, 0.1, false));
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Crf(1, 0, false));
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Crf(1, Double.POSITIVE_INFINITY, false));
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Options(0, 1, 1L, 1));
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Options(1, 0, 1L, 1));
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Options(1, 1, 1L, 0));
  }
}
