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
 * split (11,5k tokens; the count is printed at setup): multiply for tokens/s, or run
 * {@link NerComparison}, which prints tokens/s and F1 directly.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NerBenchmark {
  /** The dev sentences and notis's taggers. */
  @State(Scope.Benchmark)
  public static class Notis {
    String[][] sentences;
    EntityTagger tagger;
    EntityTagger ruled;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      sentences = devSentences();
      tagger = NerStage.tagger(NerModel.standard());
      ruled = NerStage.ruledTagger(NerModel.standard());
    }
  }

  /** OpenNLP's name finder trained on the training split (takes a minute or two). */
  @State(Scope.Benchmark)
  public static class OpenNlp {
    String[][] sentences;
    EntityTagger tagger;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      sentences = devSentences();
      List<NerSample> train = NerData.read(SharedData.find("data/ner/webbnyheter2012-train.tsv").orElseThrow());
      TokenNameFinderModel model = OpenNlpNer.train(train);
      tagger = OpenNlpNer.tagger(model);
    }
  }

  static String[][] devSentences() throws IOException {
    List<NerSample> dev = NerData.read(SharedData.find("data/ner/webbnyheter2012-dev.tsv")
        .orElseThrow(() -> new IllegalStateException("no ../shared/data/ner: the benchmark needs the Webbnyheter data")));
    List<String[]> list = new ArrayList<>();
    long tokens = 0;
    for (NerSample sample : dev) {
      list.add(sample.tokens());
      tokens += sample.size();
    }
    System.out.println("tokens per operation: " + tokens);
    return list.toArray(new String[0][]);
  }

  @Benchmark
  public void notis(Notis state, Blackhole sink) {
    for (String[] s : state.sentences) {
      sink.consume(state.tagger.tag(s));
    }
  }

  @Benchmark
  public void notisWithRules(Notis state, Blackhole sink) {
    for (String[] s : state.sentences) {
      sink.consume(state.ruled.tag(s));
    }
  }

  @Benchmark
  public void openNlp(OpenNlp state, Blackhole sink) {
    for (String[] s : state.sentences) {
      sink.consume(state.tagger.tag(s));
    }
  }
}
