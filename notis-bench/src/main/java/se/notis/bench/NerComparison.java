package se.notis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.TokenNameFinderModel;
import se.notis.eval.EvalReport;
import se.notis.internal.SharedData;
import se.notis.ner.EntityTagger;
import se.notis.ner.NerData;
import se.notis.ner.NerEvaluator;
import se.notis.ner.NerModel;
import se.notis.ner.NerSample;
import se.notis.ner.NerStage;

/**
 * notis's name tagger beside Apache OpenNLP's name finder trained on the same Webbnyheter 2012
 * training split: span F1 on the dev split, and tokens per second on one thread (wall clock and
 * per CPU second, the latter steady on a loaded machine). Run:
 * {@code java -cp notis-bench/target/benchmarks.jar se.notis.bench.NerComparison [SECONDS]}.
 */
public final class NerComparison {
  private NerComparison() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    Path train = SharedData.find("data/ner/webbnyheter2012-train.tsv")
        .orElseThrow(() -> new IllegalStateException("no ../shared/data/ner: the comparison needs the Webbnyheter data"));
    Path dev = SharedData.find("data/ner/webbnyheter2012-dev.tsv").orElseThrow();
    List<NerSample> trainData = NerData.read(train);
    List<NerSample> devData = NerData.read(dev);
    long t0 = System.nanoTime();
    TokenNameFinderModel openNlpModel = OpenNlpNer.train(trainData);
    double openNlpTrain = (System.nanoTime() - t0) / 1e9;
    EntityTagger notis = NerStage.tagger(NerModel.standard());
    EntityTagger notisRules = NerStage.ruledTagger(NerModel.standard());
    EntityTagger openNlp = OpenNlpNer.tagger(openNlpModel);
    System.out.printf(Locale.ROOT, "opennlp_train_seconds=%.1f%n", openNlpTrain);
    report("notis", notis, devData, seconds);
    report("notis+rules", notisRules, devData, seconds);
    report("opennlp", openNlp, devData, seconds);
  }

  private static void report(String name, EntityTagger tagger, List<NerSample> dev, double seconds) {
    EvalReport eval = NerEvaluator.evaluate(dev, tagger);
    String[][] sentences = new String[dev.size()][];
    long tokensPerPass = 0;
    for (int i = 0; i < dev.size(); i++) {
      sentences[i] = dev.get(i).tokens();
      tokensPerPass += sentences[i].length;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmupEnd = System.nanoTime() + (long) 3e9;
    while (System.nanoTime() < warmupEnd) {
      for (String[] s : sentences) {
        tagger.tag(s);
      }
    }
    long tokens = 0;
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long end = wall0 + (long) (seconds * 1e9);
    int sink = 0;
    while (System.nanoTime() < end) {
      for (String[] s : sentences) {
        sink += tagger.tag(s).length;
      }
      tokens += tokensPerPass;
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "%-12s dev_f1=%.2f PER=%.2f LOC=%.2f ORG=%.2f MISC=%.2f tokens_per_s=%.0f tokens_per_cpu_s=%.0f (%d)%n",
        name, 100 * eval.expectPrf("ner").f1(), 100 * eval.expectPrf("ner.PER").f1(), 100 * eval.expectPrf("ner.LOC").f1(),
        100 * eval.expectPrf("ner.ORG").f1(), 100 * eval.expectPrf("ner.MISC").f1(), tokens / wall, tokens / cpu,
        sink % 2);
  }
}
