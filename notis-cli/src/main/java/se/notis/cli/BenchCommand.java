package se.notis.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.io.InputFiles;
import se.notis.io.InputRecord;
import se.notis.io.JsonlReader;
import se.notis.parse.ParseStage;
import se.notis.parse.ParserModel;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.Stage;
import se.notis.pipeline.StageRegistry;

/**
 * {@code notis bench}: pipeline throughput in-process, after a warm-up. The last line is
 * {@code tokens_per_s=… docs_per_s=… heap_mb=…}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures pipeline throughput over JSON Lines documents (after a warm-up).")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "Documents to analyse.")
  Path input;

  @Option(names = "--stages", split = ",", paramLabel = "STAGE", description = "Stages to run (default: all).")
  List<String> stages;

  @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(names = "--limit", description = "Use at most this many documents (default: ${DEFAULT-VALUE}).")
  int limit = 5000;

  @Option(names = "--seconds", description = "Measure for at least this long (default: ${DEFAULT-VALUE}).")
  double seconds = 10;

  @Option(names = "--warmup", description = "Warm up for this long first (default: ${DEFAULT-VALUE}).")
  double warmup = 5;

  @Option(names = "--per-stage", description = "Also print each stage's share of the CPU time of the workers"
      + " (thread CPU time, unaffected by other processes; costs about a microsecond per stage and document).")
  boolean perStage;

  @picocli.CommandLine.Mixin ParserOverride search;

  private LongAdder[] stageCpu;

  @Override
  public Integer call() throws Exception {
    Pipeline pipeline = withSearch(stages == null ? StageRegistry.defaultPipeline() : StageRegistry.pipeline(stages));
    List<Document> docs = load();
    if (docs.isEmpty()) {
      System.err.println("notis: no documents in " + input);
      return 1;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      run(pipeline, docs, pool, warmup);
      stageCpu = new LongAdder[pipeline.stages().size()];
      Arrays.setAll(stageCpu, i -> new LongAdder());
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      long[] counts = run(pipeline, docs, pool, seconds);
      double elapsed = (System.nanoTime() - start) / 1e9;
      // CPU time of the whole process (workers, GC, JIT): steadier than wall time on a busy machine.
      double cpu = (processCpuNanos() - cpuStart) / 1e9;
      if (perStage) {
        printStageShares(pipeline, counts[1]);
      }
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.printf(Locale.ROOT, "stages=%s threads=%d documents=%d tokens=%d seconds=%.2f%n",
          String.join(",", pipeline.stageNames()), threads, counts[0], counts[1], elapsed);
      System.out.printf(Locale.ROOT, "tokens_per_s=%.0f docs_per_s=%.1f heap_mb=%.0f tokens_per_cpu_s=%.0f%n",
          counts[1] / elapsed, counts[0] / elapsed, heap / 1048576.0, cpu > 0 ? counts[1] / cpu : 0);
      return 0;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The pipeline with its parse stage searching as {@code --parse-beam/--parse-margin} say. */
  private Pipeline withSearch(Pipeline pipeline) {
    if (!search.overrides()) {
      return pipeline;
    }
    Pipeline.Builder builder = Pipeline.builder();
    for (Stage stage : pipeline.stages()) {
      builder.add(stage.name().equals(ParseStage.NAME)
          ? new ParseStage(search.apply(ParserModel.bundled()).parser()) : stage);
    }
    return builder.build();
  }

  private void printStageShares(Pipeline pipeline, long tokens) {
    long total = Arrays.stream(stageCpu).mapToLong(LongAdder::sum).sum();
    for (int i = 0; i < stageCpu.length; i++) {
      long nanos = stageCpu[i].sum();
      System.out.printf(Locale.ROOT, "stage=%s cpu_share=%.1f%% tokens_per_cpu_s=%.0f%n", pipeline.stages().get(i).name(),
          total == 0 ? 0 : 100.0 * nanos / total, nanos == 0 ? 0 : tokens / (nanos / 1e9));
    }
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private List<Document> load() throws IOException {
    List<Document> docs = new ArrayList<>();
    try (JsonlReader reader = new JsonlReader(InputFiles.open(input), InputFiles.baseName(input))) {
      while (reader.hasNext() && docs.size() < limit) {
        InputRecord record = reader.next();
        if (record.ok()) {
          docs.add(record.doc());
        }
      }
    }
    return docs;
  }

  private Document timedProcess(Pipeline pipeline, Document doc) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Stage> list = pipeline.stages();
    for (int s = 0; s < list.size(); s++) {
      long before = threads.getCurrentThreadCpuTime();
      doc = list.get(s).process(doc);
      stageCpu[s].add(threads.getCurrentThreadCpuTime() - before);
    }
    return doc;
  }

  /** Passes over the documents until {@code minSeconds} have gone by; returns {docs, tokens}. */
  private long[] run(Pipeline pipeline, List<Document> docs, ExecutorService pool, double minSeconds)
      throws Exception {
    long deadline = System.nanoTime() + (long) (minSeconds * 1e9);
    AtomicLong tokens = new AtomicLong();
    AtomicLong done = new AtomicLong();
    do {
      AtomicInteger nextDoc = new AtomicInteger();
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i; (i = nextDoc.getAndIncrement()) < docs.size(); ) {
            Document doc = perStage && stageCpu != null ? timedProcess(pipeline, docs.get(i)) : pipeline.process(docs.get(i));
            tokens.addAndGet(doc.find(Layers.TOKENS).map(l -> (long) l.size()).orElse(0L));
            done.incrementAndGet();
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } while (System.nanoTime() < deadline);
    return new long[] {done.get(), tokens.get()};
  }
}
