package se.notis.cli;

import picocli.CommandLine.Option;
import se.notis.ner.NerTrainer;

/** How the name tagger learns, shared by {@code train ner} and {@code eval ner-folds}. */
final class NerObjectiveOptions {
  @Option(names = "--objective", description = "pa (structured passive-aggressive) or crf (conditional"
      + " log-likelihood) (default: ${DEFAULT-VALUE}).")
  String objective = NerTrainer.Options.defaults().objective().toString();

  @Option(names = "--l2", description = "CRF: coefficient of the L2 penalty (default: ${DEFAULT-VALUE}).")
  double l2 = NerTrainer.Crf.defaults().l2();

  @Option(names = "--rate", description = "CRF: initial SGD step size (default: ${DEFAULT-VALUE}).")
  double rate = NerTrainer.Crf.defaults().rate();

  @Option(names = "--average", negatable = true, description = "CRF: average the weights over all SGD steps"
      + " (default: ${DEFAULT-VALUE}).")
  boolean average = NerTrainer.Crf.defaults().average();

  /** {@code options} with this objective and these CRF settings. */
  NerTrainer.Options applyTo(NerTrainer.Options options) {
    return options.withObjective(NerTrainer.Objective.of(objective)).withCrf(new NerTrainer.Crf(l2, rate, average));
  }
}
