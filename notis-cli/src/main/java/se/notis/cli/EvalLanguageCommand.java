package se.notis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.eval.EvalReport;
import se.notis.lang.LanguageEvaluator;
import se.notis.lang.LanguageIdentifier;

/** {@code notis eval language}: language identification accuracy on {@code lang<TAB>text} lines. */
@Command(name = "language", mixinStandardHelpOptions = true,
    description = "Identifies the language of each line of a gold file (lang<TAB>text) and prints the accuracy,"
        + " overall and per language, and the lines per second of CPU time (after a warm-up pass).")
final class EvalLanguageCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE.tsv")
  Path gold;

  @Override
  public Integer call() throws Exception {
    List<LanguageEvaluator.LanguageSample> samples = LanguageEvaluator.read(gold);
    LanguageIdentifier identifier = LanguageIdentifier.shared();
    LanguageEvaluator.evaluate(samples, identifier);
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    EvalReport report = LanguageEvaluator.evaluate(samples, identifier);
    double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    System.out.print(report.format());
    System.out.printf(Locale.ROOT, "language_acc=%.2f lines=%d lines_per_s=%.0f%n",
        100 * report.expectAccuracy("language").value(), samples.size(), samples.size() / seconds);
    return 0;
  }
}
