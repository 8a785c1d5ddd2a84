package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrfTrainerTest {
  private static final String[] TOKENS = {"Anna", "Lind", "bor", "i", "Malmö", "."};
  private static final String[] GOLD = {"B-PER", "I-PER", "O", "O", "B-LOC", "O"};
  private static final List<NerSample> TRAIN = List.of(new NerSample(TOKENS, GOLD));
  private static final String[][] LABELINGS = {
      GOLD,
      {"O", "O", "O", "O", "O", "O"},
      {"B-PER", "I-PER", "O", "O", "B-ORG", "O"},
      {"B-LOC", "B-PER", "O", "O", "B-LOC", "I-LOC"},
  };

  private static NerModel train(int epochs, boolean average) {
    NerTrainer.Options options = new NerTrainer.Options(epochs, 1, 1L, 1)
        .withObjective(NerTrainer.Objective.CRF).withCrf(new NerTrainer.Crf(0.1, 0.1, average));
    return new CrfTrainer(options, Gazetteer.empty(), CasedWordClusters.empty()).train(TRAIN, List.of());
  }

  /** Score of each labeling of the training sentence under {@code model}: own and transition weights alike. */
  private static double[] scores(NerModel model) {
    NerFeatures features = new NerFeatures(Gazetteer.empty(), CasedWordClusters.empty());
    PerceptronTagger.JoinedTokens joined = PerceptronTagger.JoinedTokens.of(TOKENS);
    features.extract(joined.text(), joined.starts(), joined.ends(), TOKENS.length);
    Viterbi viterbi = new Viterbi();
    double[] out = new double[LABELINGS.length];
    for (int k = 0; k < LABELINGS.length; k++) {
      out[k] = viterbi.score(features, TOKENS.length, NerLabels.ids(LABELINGS[k]), model::addScores);
    }
    return out;
  }

  /** One sentence, two epochs: the averaged model is the mean of the weights after step 1 and step 2. */
  @Test
  void averagedWeightsAreTheMeanOverSteps() {
    double[] first = scores(train(1, false));
    double[] second = scores(train(2, false));
    double[] mean = scores(train(2, true));
    for (int k = 0; k < LABELINGS.length; k++) {
      assertEquals((first[k] + second[k]) / 2, mean[k], 1e-3, String.join(" ", LABELINGS[k]));
    }
  }

  /** Each step raises the gold sequence above every other one. */
  @Test
  void trainingRanksTheGoldSequenceFirst() {
    double[] scores = scores(train(5, false));
    for (int k = 1; k < LABELINGS.length; k++) {
      assertTrue(scores[0] > scores[k], "gold " + scores[0] + " vs " + String.join(" ", LABELINGS[k]) + " " + scores[k]);
    }
  }
}
