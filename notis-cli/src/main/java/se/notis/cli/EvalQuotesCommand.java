package se.notis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.doc.Document;
import se.notis.doc.Quote;
import se.notis.eval.EvalReport;
import se.notis.eval.GoldDocuments;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;
import se.notis.quote.QuoteEvaluator;

/** {@code notis eval quotes}: quote P/R/F1 and speaker accuracy against gold documents. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Runs the pipeline up to the quote stage on gold documents (*.gold.jsonl) and prints quote"
        + " P/R/F1 (Jaccard >= 0.5, one to one) for direct and all quotes, and speaker accuracy.")
final class EvalQuotesCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, split = ",", paramLabel = "FILE.gold.jsonl")
  List<Path> gold;

  @Option(names = "--stages", split = ",", paramLabel = "STAGE",
      description = "Stages to run (default: the default pipeline up to 'quote').")
  List<String> stages;

  @Option(names = {"-v", "--verbose"}, description = "Print each missed, spurious or misattributed quote.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    List<String> names = StageRegistry.names();
    Pipeline pipeline = StageRegistry.pipeline(stages != null ? stages
        : names.subList(0, names.indexOf("quote") + 1));
    EvalReport report = EvalReport.empty();
    for (Path file : gold) {
      for (GoldDocuments.GoldDocument gd : GoldDocuments.read(file)) {
        Document doc = pipeline.process(Document.of(gd.text(), gd.meta()));
        EvalReport one = new QuoteEvaluator().evaluate(gd, doc);
        report = report.merge(one);
        if (verbose) {
          explain(doc, gd);
        }
      }
    }
    System.out.print(report.format());
    System.out.printf(Locale.ROOT, "direct_f1=%.2f all_f1=%.2f speaker_acc=%.2f%n",
        100 * report.expectPrf("quote.direct").f1(), 100 * report.expectPrf("quote.all").f1(),
        100 * report.expectAccuracy("quote.speaker").value());
    return 0;
  }

  private static void explain(Document doc, GoldDocuments.GoldDocument gd) {
    List<Quote> pred = doc.quotes();
    List<GoldDocuments.GoldQuote> gold = gd.quotes();
    boolean[] found = new boolean[gold.size()];
    for (Quote q : pred) {
      int best = -1;
      double bestJ = 0;
      for (int g = 0; g < gold.size(); g++) {
        double j = QuoteEvaluator.jaccard(q.start(), q.end(), gold.get(g).start(), gold.get(g).end());
        if (j > bestJ) {
          bestJ = j;
          best = g;
        }
      }
      String who = q.speaker() == null ? "-" : q.speaker().canonical();
      if (best < 0 || bestJ < QuoteEvaluator.MIN_JACCARD) {
        System.out.printf("%s  FP %s [%s] «%s»%n", doc.id(), q.kind().label(), who, clip(doc.text(q.start(), q.end())));
        continue;
      }
      found[best] = true;
      GoldDocuments.GoldQuote gq = gold.get(best);
      if (gq.speakerCanonical() == null ? q.speaker() != null : !gq.speakerCanonical().equalsIgnoreCase(who)) {
        System.out.printf("%s  SPEAKER %s gold [%s] «%s»%n", doc.id(), who, gq.speakerCanonical(),
            clip(doc.text(q.start(), q.end())));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!found[g]) {
        GoldDocuments.GoldQuote gq = gold.get(g);
        System.out.printf("%s  FN %s [%s] «%s»%n", doc.id(), gq.kind(), gq.speakerCanonical(),
            clip(doc.text(gq.start(), gq.end())));
      }
    }
  }

  private static String clip(String s) {
    return s.length() > 90 ? s.substring(0, 87) + "…" : s;
  }
}
