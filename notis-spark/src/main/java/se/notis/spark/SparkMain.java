package se.notis.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's command line: the main class for {@code spark-submit} and what {@code notis spark}
 * runs. Without {@code --master} and outside {@code spark-submit} it runs in local mode on every
 * core.
 */
@Command(
    name = "notis spark",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses JSON Lines (or Parquet) articles with Apache Spark.",
      "Writes DIR/analyses/*.jsonl (lines equal to `notis analyze --input jsonl --format jsonl`),"
          + " the Parquet tables DIR/{documents,entities,quotes,timex}/ and the error table DIR/errors/.",
      "Exit codes: 0 all analysed; 1 the job failed; 2 it finished but rejected some records."
    })
public final class SparkMain implements Callable<Integer> {
  @Option(names = "--input", required = true, split = ",", paramLabel = "FILE",
      description = "Input files or directories (local paths or Hadoop URIs: hdfs://, s3a://, ...).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory (new or empty).")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Input format: jsonl or parquet (default: by file name).")
  String format;

  @Option(names = "--stages", split = ",", paramLabel = "STAGE", description = "Run only these stages (and what they need).")
  List<String> stages = new ArrayList<>();

  @Option(names = "--partitions", paramLabel = "N", description = "Input partitions (default: 4 per core, at least 64 KB each).")
  int partitions;

  @Option(names = "--opensearch", paramLabel = "URL", description = "Also write the analysed documents into this OpenSearch cluster.")
  String openSearchUrl;

  @Option(names = "--index", paramLabel = "NAME", description = "OpenSearch archive index (default: notis).")
  String openSearchIndex;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code. */
  public static int run(String... args) {
    if (System.getProperty("log4j2.configurationFile") == null) {
      // Spark's own default logs every task at INFO; spark-submit has configured logging already.
      System.setProperty("log4j2.configurationFile", "se/notis/spark/log4j2-notis.properties");
    }
    CommandLine cli = new CommandLine(new SparkMain());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("notis spark: " + PartitionAnalyzer.describe(e));
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    SparkJobOptions options = new SparkJobOptions(inputs, output,
        format == null ? null : SparkJobOptions.InputFormat.of(format), stages, partitions, openSearchUrl,
        openSearchIndex);
    SparkSession.Builder builder = SparkSession.builder().appName("notis");
    if (master != null || !new SparkConf().contains("spark.master")) {
      builder.master(master != null ? master : "local[*]")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      JobSummary summary = AnalysisJob.run(spark, options);
      System.out.printf("notis spark: %,d documents analysed, %,d records rejected, %d partitions, %.1f s"
          + " (%.0f records/s) -> %s%n", summary.documents(), summary.errors(), summary.partitions(),
          summary.seconds(), summary.recordsPerSecond(), output);
      return summary.errors() > 0 ? 2 : 0;
    } finally {
      spark.stop();
    }
  }
}
