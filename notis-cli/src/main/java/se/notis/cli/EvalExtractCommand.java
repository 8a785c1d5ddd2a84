package se.notis.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.html.ExtractionEvaluator;
import se.notis.html.ExtractionReport;

/** {@code notis eval extract}: article-body extraction scored as the public benchmark scores it. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts the article body of every page in a ground-truth file ({id: {articleBody, url}})"
        + " from DIR/<id>.html.gz and prints shingle precision, recall and F1 (per-page averages) and pages per"
        + " second of CPU time (decoding, parsing and extraction).")
final class EvalExtractCommand implements Callable<Integer> {
  @Option(names = "--pages", required = true, paramLabel = "DIR")
  Path pages;

  @Option(names = "--truth", required = true, paramLabel = "FILE.json")
  Path truth;

  @Option(names = "--per-page", description = "Also print each page's precision and recall.")
  boolean perPage;

  @Option(names = "--repeat", paramLabel = "N",
      description = "Run N times and report the speed of the last run (the first ones warm the JIT up).")
  int repeat = 1;

  @Override
  public Integer call() throws Exception {
    ExtractionReport report = ExtractionEvaluator.evaluate(pages, truth);
    for (int i = 1; i < repeat; i++) {
      report = ExtractionEvaluator.evaluate(pages, truth);
    }
    if (perPage) {
      for (ExtractionReport.PageScore page : report.pages()) {
        System.out.printf(Locale.ROOT, "%-20s P %.3f  R %.3f%n",
            page.id().length() > 20 ? page.id().substring(0, 20) : page.id(), page.precision(), page.recall());
      }
    }
    System.out.printf(Locale.ROOT, "pages=%d precision=%.4f recall=%.4f f1=%.4f pages_per_s=%.1f%n",
        report.pages().size(), report.precision(), report.recall(), report.f1(), report.pagesPerSecond());
    return 0;
  }
}
