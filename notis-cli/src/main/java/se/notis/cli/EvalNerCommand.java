package se.notis.cli;

import java.nio.file.Path;
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

  @Override
  public Integer call() throws Exception {
    List<NerSample> samples = NerData.read(gold);
    NerModel nerModel = model == null ? NerModel.standard() : NerModel.load(model);
    EvalReport report = NerEvaluator.evaluate(samples, rules ? NerStage.ruledTagger(nerModel) : NerStage.tagger(nerModel));
    System.out.print(report.format());
    System.out.printf(Locale.ROOT, "ner_f1=%.2f%n", 100 * report.expectPrf("ner").f1());
    return 0;
  }
}
