package se.notis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.doc.Document;
import se.notis.eval.DocumentEvaluator;
import se.notis.eval.EvalReport;
import se.notis.eval.GoldDocuments;
import se.notis.ner.DocumentEntityEvaluator;
import se.notis.quote.QuoteEvaluator;
import se.notis.time.TimexEvaluator;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** {@code notis eval docs}: scores entities (and other tasks) on hand-annotated documents. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Scores notis on hand-annotated documents (*.gold.jsonl, shared/data/gold/GUIDELINES.md).")
final class EvalDocsCommand implements Callable<Integer> {
  /** One line per task: add your evaluator here. */
  static List<DocumentEvaluator> evaluators() {
    List<DocumentEvaluator> out = new ArrayList<>();
    out.add(new DocumentEntityEvaluator());
    out.add(new QuoteEvaluator());
    out.add(new TimexEvaluator());
    return out;
  }

  @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE.gold.jsonl")
  List<Path> gold;

  @Option(names = "--verbose", description = "print each document's entities that differ from the gold")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    List<DocumentEvaluator> evaluators = evaluators();
    // Score what `notis analyze` gives: the name rules read the tagger's and parser's layers when
    // they are there, so the stages the evaluators need alone would score another pipeline.
    Pipeline pipeline = StageRegistry.defaultPipeline();
    EvalReport total = EvalReport.empty();
    int docs = 0;
    for (Path file : gold) {
      for (GoldDocuments.GoldDocument goldDoc : GoldDocuments.read(file)) {
        Document predicted = pipeline.process(Document.of(goldDoc.text(), goldDoc.meta()));
        for (DocumentEvaluator evaluator : evaluators) {
          total = total.merge(evaluator.evaluate(goldDoc, predicted));
        }
        if (verbose) {
          System.out.print(Differences.entities(goldDoc, predicted));
        }
        docs++;
      }
    }
    System.out.print(total.format());
    StringBuilder last = new StringBuilder("docs=" + docs);
    for (Map.Entry<String, Double> e : total.scores().entrySet()) {
      if (e.getKey().endsWith(".f1") && e.getKey().indexOf('.') == e.getKey().lastIndexOf('.')) {
        last.append(String.format(Locale.ROOT, " %s=%.2f", e.getKey().replace('.', '_'), e.getValue()));
      }
    }
    System.out.println(last);
    return 0;
  }
}
