package se.notis.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.eval.EvalReport;
import se.notis.ner.NerData;
import se.notis.ner.NerModel;
import se.notis.ner.NerSample;
import se.notis.ner.NerEvaluator;
import se.notis.ner.EntityTagger;
import se.notis.ner.NerStage;

/** {@code notis eval ner}: span P/R/F1 per type on token-per-line gold (IO or BIO). */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Scores the name tagger on token<TAB>label gold (IO labels are merged into spans):"
        + " exact typed span P/R/F1 per type.")
final class EvalNerCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE.tsv")
  Path gold;

  @Option(names = "--model", paramLabel = "MODEL.bin.gz", description = "a trained model (default: the built-in one)")
  Path model;

  @Option(names = "--rules", description = "apply the annotation rules of the hand-annotated documents too")
  boolean rules;

  @Option(names = "--predictions", paramLabel = "FILE.tsv", description = "Also write token<TAB>gold<TAB>predicted"
      + " for every sentence (compare a run with --rules against one without, span by span).")
  Path predictions;

  @Override
  public Integer call() throws Exception {
    List<NerSample> samples = NerData.read(gold);
    NerModel nerModel = model == null ? NerModel.standard() : NerModel.load(model);
    EntityTagger tagger = rules ? NerStage.ruledTagger(nerModel) : NerStage.tagger(nerModel);
    EvalReport report = NerEvaluator.evaluate(samples, tagger);
    if (predictions != null) {
      List<String> lines = new ArrayList<>();
      for (NerSample sample : samples) {
        String[] predicted = tagger.tag(sample.tokens());
        for (int i = 0; i < predicted.length; i++) {
          lines.add(sample.tokens()[i] + "\t" + sample.labels()[i] + "\t" + predicted[i]);
        }
        lines.add("");
      }
      Files.write(predictions, lines, StandardCharsets.UTF_8);
    }
    System.out.print(report.format());
    System.out.printf(Locale.ROOT, "ner_f1=%.2f%n", 100 * report.expectPrf("ner").f1());
    return 0;
  }
}
