package se.notis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.notis.eval.EvalReport;
import se.notis.ner.NerData;
import se.notis.ner.NerEvaluator;
import se.notis.ner.NerModel;
import se.notis.ner.NerSample;
import se.notis.ner.NerStage;
import se.notis.ner.NerTrainer;

/** {@code notis train ner}: trains the name tagger on token-per-line IO or BIO data. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Trains the averaged-perceptron name tagger (token<TAB>label, blank line between sentences).")
final class TrainNerCommand implements Callable<Integer> {
  @Option(names = "--train", required = true, paramLabel = "FILE.tsv")
  Path train;

  @Option(names = "--dev", paramLabel = "FILE.tsv", description = "scored after each epoch")
  Path dev;

  @Option(names = "--out", required = true, paramLabel = "MODEL.bin.gz")
  Path out;

  @Option(names = "--epochs", defaultValue = "10")
  int epochs;

  @Option(names = "--min-count", defaultValue = "1", description = "drop features seen fewer times")
  int minCount;

  @Option(names = "--seed", defaultValue = "1", description = "shuffling seed of the first model")
  long seed;

  @Option(names = "--bags", defaultValue = "8",
      description = "models trained with seeds seed, seed+1, … and averaged into one (default: ${DEFAULT-VALUE})")
  int bags;

  @Mixin NerObjectiveOptions learning = new NerObjectiveOptions();

  @Mixin GoldArticleOptions articles = new GoldArticleOptions();

  @Override
  public Integer call() throws Exception {
    List<NerSample> trainData = articles.addTo(NerData.read(train));
    List<NerSample> devData = dev == null ? List.of() : NerData.read(dev);
    NerModel model = new NerTrainer(learning.applyTo(new NerTrainer.Options(epochs, minCount, seed, bags)))
        .train(trainData, devData);
    model.save(out);
    System.out.printf(Locale.ROOT, "features=%d model=%s%n", model.features(), out);
    if (!devData.isEmpty()) {
      EvalReport report = NerEvaluator.evaluate(devData, NerStage.tagger(model));
      System.out.print(report.format());
    }
    return 0;
  }
}
