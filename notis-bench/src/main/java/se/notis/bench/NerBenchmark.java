package se.notis.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.notis.internal.SharedData;
import se.notis.ner.EntityTagger;
import se.notis.ner.NerData;
import se.notis.ner.NerModel;
import se.notis.ner.NerSample;
import se.notis.ner.NerStage;

/**
 * Name tagging on one thread: notis's perceptron tagger (alone and with the annotation rules)
 * and Apache OpenNLP's name finder trained on the same data, over the Webbnyheter 2012 dev
 * sentences. Scores are operations per second where one operation is one pass over the dev
 * split; multiply by {@link #tokens} (printed at setup) for tokens/s — or run
 * {@link NerComparison}, which prints tokens/s and F1 directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NerBenchmark {
  String[][] sentences;
  long tokens;
  EntityTagger notis;
  EntityTagger notisRules;
  EntityTagger openNlp;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    List<NerSample> dev = NerData.read(SharedData.find("data/ner/webbnyheter2012-dev.tsv")
        .orElseThrow(() -> new IllegalStateException("no ../shared/data/ner: the benchmark needs the Webbnyheter data")));
    List<NerSample> train = NerData.read(SharedData.find("data/ner/webbnyheter2012-train.tsv").orElseThrow());
    List<String[]> list = new ArrayList<>();
    for (NerSample sample : dev) {
      list.add(sample.tokens());
      tokens += sample.size();
    }
    sentences = list.toArray(new String[0][]);
    notis = NerStage.tagger(NerModel.standard());
    notisRules = NerStage.ruledTagger(NerModel.standard());
    TokenNameFinderModel model = OpenNlpNer.train(train);
    openNlp = OpenNlpNer.tagger(model);
    System.out.println("tokens per operation: " + tokens);
  }

  @Benchmark
  public void notis(Blackhole sink) {
    for (String[] s : sentences) {
      sink.consume(notis.tag(s));
    }
  }

  @Benchmark
  public void notisWithRules(Blackhole sink) {
    for (String[] s : sentences) {
      sink.consume(notisRules.tag(s));
    }
  }

  @Benchmark
  public void openNlp(Blackhole sink) {
    for (String[] s : sentences) {
      sink.consume(openNlp.tag(s));
    }
  }
}
