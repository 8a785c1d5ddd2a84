package se.notis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.doc.Document;
import se.notis.doc.TimeExpression;
import se.notis.eval.EvalReport;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;
import se.notis.time.TimexEvaluator;
import se.notis.time.TimexGoldReader;

/** {@code notis eval timex}: time-expression span F1, type and value accuracy on gold documents. */
@Command(name = "timex", mixinStandardHelpOptions = true,
    description = "Finds time expressions in gold documents (*.gold.jsonl) and prints span P/R/F1"
        + " (any overlap), type accuracy and value accuracy (matched pairs with a gold value).")
final class EvalTimexCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, split = ",", paramLabel = "FILE.gold.jsonl")
  List<Path> gold;

  @Option(names = "--verbose", description = "Also print every missed, spurious or wrong expression.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    Pipeline pipeline = StageRegistry.pipeline(List.of("time"));
    EvalReport total = EvalReport.empty();
    for (Path file : gold) {
      for (Document goldDoc : TimexGoldReader.read(file)) {
        Document predicted = pipeline.process(Document.of(goldDoc.text(), goldDoc.meta()));
        total = total.merge(TimexEvaluator.evaluate(goldDoc, predicted));
        if (verbose) {
          printDifferences(goldDoc, predicted);
        }
      }
    }
    System.out.print(total.format());
    System.out.printf(Locale.ROOT, "timex_f1=%.2f type_acc=%.2f value_acc=%.2f%n",
        100 * total.expectPrf("timex").f1(), 100 * total.expectAccuracy("timex.type").value(),
        100 * total.expectAccuracy("timex.value").value());
    return 0;
  }

  private static void printDifferences(Document goldDoc, Document predicted) {
    List<TimeExpression> gold = goldDoc.timexes();
    List<TimeExpression> pred = predicted.timexes();
    System.out.println("== " + goldDoc.id() + " (" + goldDoc.meta().date() + ")");
    for (TimeExpression g : gold) {
      TimeExpression match = pred.stream()
          .filter(p -> p.start() < g.end() && p.end() > g.start()).findFirst().orElse(null);
      String gText = goldDoc.text(g.start(), g.end());
      if (match == null) {
        System.out.println("  MISS  " + gText + "\t" + g.type() + "\t" + g.value());
      } else if (!match.type().equals(g.type()) || g.value() != null && !g.value().equals(match.value())) {
        System.out.println("  WRONG " + gText + "\t" + g.type() + "\t" + g.value() + "\t→ "
            + predicted.text(match.start(), match.end()) + "\t" + match.type() + "\t" + match.value());
      }
    }
    for (TimeExpression p : pred) {
      boolean hit = gold.stream().anyMatch(g -> p.start() < g.end() && p.end() > g.start());
      if (!hit) {
        System.out.println("  EXTRA " + predicted.text(p.start(), p.end()) + "\t" + p.type() + "\t" + p.value());
      }
    }
  }
}
