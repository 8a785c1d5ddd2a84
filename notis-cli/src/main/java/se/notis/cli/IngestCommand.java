package se.notis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;
import se.notis.search.ArchiveInputs;
import se.notis.search.IngestSummary;
import se.notis.search.Ingester;

/** {@code notis ingest}: analyses inputs and stores them in the archive. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses files, directories, JSON Lines, HTML, text, RSS/Atom feeds or http(s) URLs and stores",
      "them with their analysis in the archive. Idempotent (documents are replaced by id) and",
      "crash-safe (commits every --commit-every documents; run again after a crash).",
      "Rejected inputs are appended to DIR/rejects.jsonl. Exit code 2 when some were rejected."
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or http(s) URLs.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", description = "Archive directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("notis-data");

  @Option(names = "--threads", description = "Analysis threads (default: number of cores).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(names = "--commit-every", description = "Documents between commits (default: ${DEFAULT-VALUE}).")
  int commitEvery = 2000;

  @Option(names = "--stages", split = ",", paramLabel = "STAGE", description = "Run only these stages (and what they need).")
  List<String> stages;

  @picocli.CommandLine.Mixin BackendOptions backend = new BackendOptions();

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = stages == null ? StageRegistry.defaultPipeline() : StageRegistry.pipeline(stages);
    Ingester.Options options = new Ingester.Options(threads, commitEvery, 10_000);
    Progress progress = new Progress(System.err, true);
    IngestSummary summary;
    try (se.notis.search.ArchiveIndex archive = backend.open(data, true);
        Ingester ingester = new Ingester(archive, pipeline, options, data.resolve("rejects.jsonl"));
        ArchiveInputs source = new ArchiveInputs(inputs)) {
      summary = ingester.run(source, n -> {
        synchronized (progress) {
          progress.step();
        }
      });
    }
    progress.finish();
    System.err.printf("ingested %,d documents (%,d read, %,d rejected) in %.1f s, %.1f docs/s; archive holds %,d documents%n",
        summary.stored(), summary.read(), summary.rejected(), summary.seconds(), summary.docsPerSecond(),
        summary.archiveDocuments());
    if (summary.rejected() > 0) {
      System.err.println("rejected inputs and reasons: " + data.resolve("rejects.jsonl"));
      return 2;
    }
    return 0;
  }
}
