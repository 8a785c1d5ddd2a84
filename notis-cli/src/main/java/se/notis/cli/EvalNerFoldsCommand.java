package se.notis.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.notis.eval.EvalReport;
import se.notis.ner.EntityTagger;
import se.notis.ner.NerData;
import se.notis.ner.NerEvaluator;
import se.notis.ner.NerModel;
import se.notis.ner.NerSample;
import se.notis.ner.NerStage;
import se.notis.ner.NerTrainer;

/**
 * {@code notis eval ner-folds}: an honest score for a name tagger trained with extra data (the dev
 * split), or a cross-validated score of the training data itself. The folded file is cut into K
 * folds; for each fold a tagger is trained on the rest and scored on the held-out fold, so every
 * folded sentence is scored once, by a model that never saw it. With 4,000 training spans instead
 * of the dev split's 420, cross-validation also tells real gains from seed noise.
 */
@Command(name = "ner-folds", mixinStandardHelpOptions = true,
    description = "K-fold estimate of the name tagger: trained on --train plus K-1 folds of --extra,"
        + " scored on the held-out fold (without --extra, --train itself is folded).")
final class EvalNerFoldsCommand implements Callable<Integer> {
  @Option(names = "--train", required = true, paramLabel = "FILE.tsv")
  Path train;

  @Option(names = "--extra", paramLabel = "FILE.tsv", description = "Sentences to cut into folds (e.g. the dev"
      + " split); without it the --train sentences are folded.")
  Path extra;

  @Mixin FoldOptions folding;

  @Option(names = "--epochs", description = "Training passes (default: ${DEFAULT-VALUE}).")
  int epochs = NerTrainer.Options.defaults().epochs();

  @Option(names = "--bags", description = "Averaged models per fold (default: ${DEFAULT-VALUE}).")
  int bags = NerTrainer.Options.defaults().bags();

  @Option(names = "--min-count", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
  int minCount = NerTrainer.Options.defaults().minCount();

  @Option(names = "--seed", description = "Shuffling seed of each fold's first model (default: ${DEFAULT-VALUE}).")
  long seed = NerTrainer.Options.defaults().seed();

  @Mixin NerObjectiveOptions learning = new NerObjectiveOptions();

  @Mixin GoldArticleOptions articles = new GoldArticleOptions();

  @Option(names = "--predictions", paramLabel = "FILE.tsv", description = "Also write token<TAB>gold<TAB>predicted"
      + " for every folded sentence.")
  Path predictions;

  @Option(names = "--rules", description = "Also score each fold's model inside the whole ner stage, as `eval ner"
      + " --rules` scores the bundled one (an estimate of the stage on text its rules were not tuned on).")
  boolean rules;

  @Override
  public Integer call() throws Exception {
    folding.validate();
    List<NerSample> base = NerData.read(train);
    List<NerSample> folded = extra == null ? base : NerData.read(extra);
    List<NerSample> fixed = extra == null ? List.of() : base;
    NerTrainer.Options options = learning.applyTo(new NerTrainer.Options(epochs, minCount, seed, bags));
    EvalReport total = EvalReport.empty();
    EvalReport totalRuled = EvalReport.empty();
    List<String> lines = new ArrayList<>();
    // The Webbnyheter files mark no documents: by document they are one, which the split refuses.
    int[] foldOf = folding.assign(folded, sample -> null, sample -> 1);
    for (int fold = 0; fold < folding.folds; fold++) {
      List<NerSample> held = FoldOptions.held(folded, foldOf, fold);
      List<NerSample> training = FoldOptions.training(fixed, folded, foldOf, fold,
          extra == null ? 1 : folding.extraWeight);
      NerModel model = new NerTrainer(options).train(articles.addTo(training), List.of());
      EntityTagger tagger = NerStage.tagger(model);
      EvalReport report = NerEvaluator.evaluate(held, tagger);
      if (predictions != null) {
        for (NerSample sample : held) {
          String[] predicted = tagger.tag(sample.tokens());
          for (int i = 0; i < predicted.length; i++) {
            lines.add(sample.tokens()[i] + "\t" + sample.labels()[i] + "\t" + predicted[i]);
          }
          lines.add("");
        }
      }
      System.out.printf(Locale.ROOT, "# fold %d of %d: %d held-out sentences, %d training sentences: F1 %.2f%n",
          fold + 1, folding.folds, held.size(), training.size(), 100 * report.expectPrf("ner").f1());
      total = total.merge(report);
      if (rules) {
        EvalReport ruled = NerEvaluator.evaluate(held, NerStage.ruledTagger(model));
        System.out.printf(Locale.ROOT, "# fold %d with the rules: F1 %.2f%n", fold + 1, 100 * ruled.expectPrf("ner").f1());
        totalRuled = totalRuled.merge(ruled);
      }
    }
    if (predictions != null) {
      Files.write(predictions, lines, StandardCharsets.UTF_8);
    }
    System.out.println("# all folds (every folded sentence scored once, by a model that did not see it)");
    System.out.print(total.format());
    System.out.printf(Locale.ROOT, "ner_f1=%.2f%n", 100 * total.expectPrf("ner").f1());
    if (rules) {
      System.out.println("# all folds, each model inside the whole ner stage (--rules)");
      System.out.print(totalRuled.format());
      System.out.printf(Locale.ROOT, "ner_f1_rules=%.2f%n", 100 * totalRuled.expectPrf("ner").f1());
    }
    return 0;
  }
}
