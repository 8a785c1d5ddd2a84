package se.notis.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import se.notis.opensearch.OpenSearchArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notis pipeline as a Spark batch job: reads articles, analyses every partition with the
 * default (or a chosen) pipeline and writes {@code analyses/} (JSON Lines), the Parquet tables
 * {@code documents/, entities/, quotes/, timex/} and the error table {@code errors/} under the
 * output directory, and optionally into an OpenSearch archive (each partition through the bulk
 * client of {@link OpenSearchArchive}). Each document is analysed once: the analysed rows are cached and every
 * output is a projection of them.
 */
public final class AnalysisJob {
  /** The tables the job writes, each a directory under the output. */
  public static final List<String> TABLES = List.of("analyses", "documents", "entities", "quotes", "timex", "errors");

  private static final Logger LOG = LoggerFactory.getLogger(AnalysisJob.class);

  private AnalysisJob() {}

  /**
   * Runs the job and returns what it did. Fails before reading anything when a stage name is
   * unknown or the output directory already has content; a bad record never fails it.
   */
  public static JobSummary run(SparkSession spark, SparkJobOptions options) throws IOException {
    long started = System.nanoTime();
    List<String> stages = options.stages();
    PartitionAnalyzer.pipeline(stages);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(options.output());
    checkEmpty(out, conf);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<SourceLine> lines = switch (options.format()) {
      case JSONL -> JsonlInput.read(jsc, options.inputs(), options.partitions());
      case PARQUET -> ParquetInput.read(spark, options.inputs(), options.partitions());
    };
    JavaRDD<Row> rows = lines.mapPartitions(records -> PartitionAnalyzer.analyse(records, stages), true);
    Dataset<Row> wide = spark.createDataFrame(rows, AnalysisRows.WIDE).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> ok = wide.filter(col("error").isNull());
      ok.select("json").write().text(child(out, "analyses"));
      ok.select(col("id"), col("title"), col("date"), col("source"), col("url"), col("language"), col("text"),
          col("chars"), col("tokens"), col("sentences"), size(col("entities")).as("entities"),
          size(col("quotes")).as("quotes"), size(col("timex")).as("timex"), col("file"), col("line"))
          .write().parquet(child(out, "documents"));
      writeExploded(ok, "entities", child(out, "entities"));
      writeExploded(ok, "quotes", child(out, "quotes"));
      writeExploded(ok, "timex", child(out, "timex"));
      wide.filter(col("error").isNotNull()).select("id", "file", "line", "error").write().parquet(child(out, "errors"));
      if (options.openSearchUrl() != null) {
        String url = options.openSearchUrl();
        String index = options.openSearchIndex();
        // Create the indices once before the executors write, so they do not race to create them.
        OpenSearchArchive.open(url, index).close();
        ok.foreachPartition((org.apache.spark.api.java.function.ForeachPartitionFunction<Row>) rowsOf ->
            ArchiveSink.write(rowsOf, url, index));
      }
      long total = wide.count();
      long documents = ok.count();
      renameParts(new Path(out, "analyses"), conf);
      JobSummary summary = new JobSummary(documents, total - documents, lines.getNumPartitions(),
          (System.nanoTime() - started) / 1e9);
      LOG.info("analysed {} documents, rejected {} records in {} partitions in {} s", summary.documents(),
          summary.errors(), summary.partitions(), String.format("%.1f", summary.seconds()));
      return summary;
    } finally {
      wide.unpersist();
    }
  }

  private static void writeExploded(Dataset<Row> ok, String column, String path) {
    ok.select(col("id").as("doc_id"), explode(col(column)).as("item")).select("doc_id", "item.*")
        .write().parquet(path);
  }

  private static String child(Path out, String name) {
    return new Path(out, name).toString();
  }

  private static void checkEmpty(Path out, Configuration conf) throws IOException {
    FileSystem fs = out.getFileSystem(conf);
    if (fs.exists(out) && (!fs.getFileStatus(out).isDirectory() || fs.listStatus(out).length > 0)) {
      throw new IllegalArgumentException("output " + out + " exists and is not empty; choose a new directory");
    }
  }

  /** Names the analyses' part files {@code .jsonl}, which is what they hold (Spark writes {@code .txt}). */
  private static void renameParts(Path dir, Configuration conf) throws IOException {
    FileSystem fs = dir.getFileSystem(conf);
    for (FileStatus status : fs.listStatus(dir)) {
      String name = status.getPath().getName();
      if (name.startsWith("part-") && name.endsWith(".txt")) {
        Path renamed = new Path(dir, name.substring(0, name.length() - 4) + ".jsonl");
        if (!fs.rename(status.getPath(), renamed)) {
          throw new IOException("cannot rename " + status.getPath() + " to " + renamed);
        }
      }
    }
  }
}
