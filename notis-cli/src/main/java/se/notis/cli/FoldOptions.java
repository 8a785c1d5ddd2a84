package se.notis.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What every k-fold evaluation ({@code eval tag-folds}, {@code eval ner-folds}) shares: the number of
 * folds, how often the training folds of the folded file count, and the split itself (sentence i is
 * held out in fold i mod K).
 */
final class FoldOptions {
  @Option(names = "--folds", description = "Number of folds (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--extra-weight", description = "How many times the training folds of --extra are repeated"
      + " (default: ${DEFAULT-VALUE}).")
  int extraWeight = 1;

  void validate() {
    if (folds < 2) {
      throw new IllegalArgumentException("--folds must be at least 2: " + folds);
    }
  }

  /** The sentences of {@code folded} held out in {@code fold}. */
  <T> List<T> held(List<T> folded, int fold) {
    List<T> out = new ArrayList<>();
    for (int i = fold; i < folded.size(); i += folds) {
      out.add(folded.get(i));
    }
    return out;
  }

  /** {@code fixed}, then the sentences of {@code folded} not held out in {@code fold}, each {@code weight} times. */
  <T> List<T> training(List<T> fixed, List<T> folded, int fold, int weight) {
    List<T> rest = new ArrayList<>();
    for (int i = 0; i < folded.size(); i++) {
      if (i % folds != fold) {
        rest.add(folded.get(i));
      }
    }
    return TrainCommand.withExtra(fixed, rest, weight);
  }
}
