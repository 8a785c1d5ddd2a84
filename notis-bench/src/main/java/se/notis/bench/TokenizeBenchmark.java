package se.notis.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/**
 * Tokenizer + sentence splitter throughput on one thread, in tokens per second (the {@code tokens}
 * counter). Run: {@code java -jar notis-bench/target/benchmarks.jar TokenizeBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class TokenizeBenchmark {
  private List<Document> docs;
  private Pipeline pipeline;

  /** Counts tokens so JMH reports tokens/s beside documents/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  @Setup
  public void setUp() {
    docs = BenchTexts.load(300);
    pipeline = StageRegistry.pipeline(List.of("tokenize", "sentences"));
  }

  @Benchmark
  public int blocksTokensSentences(Counters counters) {
    int sentences = 0;
    for (Document doc : docs) {
      Document done = pipeline.process(doc);
      counters.tokens += done.get(Layers.TOKENS).size();
      sentences += done.get(Layers.SENTENCES).size();
    }
    return sentences;
  }
}
