package se.notis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.doc.Document;
import se.notis.eval.EvalReport;
import se.notis.io.ConlluDocuments;
import se.notis.io.ConlluReader;
import se.notis.io.ConlluSentence;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;
import se.notis.tokenize.TokenizeEvaluator;

/** {@code notis eval tokenize}: token and sentence F1 on raw text rebuilt from CoNLL-U. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
    description = "Rebuilds the raw text of a CoNLL-U file (# text, # newpar), tokenizes and splits it,"
        + " and prints token and sentence F1 (spans compared by character offsets).")
final class EvalTokenizeCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE.conllu")
  Path gold;

  @Override
  public Integer call() throws Exception {
    List<ConlluSentence> sentences = ConlluReader.read(gold);
    Document goldDoc = ConlluDocuments.toDocument(sentences, gold.getFileName().toString());
    Pipeline pipeline = StageRegistry.pipeline(List.of("tokenize", "sentences"));
    Document predicted = pipeline.process(Document.of(goldDoc.text(), goldDoc.meta()));
    EvalReport report = TokenizeEvaluator.evaluate(goldDoc, predicted);
    System.out.print(report.format());
    System.out.printf(Locale.ROOT, "token_f1=%.2f sentence_f1=%.2f%n",
        100 * report.expectPrf("tokens").f1(), 100 * report.expectPrf("sentences").f1());
    return 0;
  }
}
