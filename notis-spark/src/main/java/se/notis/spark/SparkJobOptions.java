package se.notis.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What the {@link AnalysisJob} reads, runs and writes.
 *
 * @param inputs input files or directories (any Hadoop file system URI); never empty
 * @param output the output directory; it must not exist yet
 * @param format the input format
 * @param stages the stages to run (and what they need), or empty for the default pipeline
 * @param partitions how many partitions to split the input into, or 0 to choose from its size and
 *     the cluster's parallelism
 * @param openSearchUrl an OpenSearch cluster to write the analysed documents into as well, or null
 * @param openSearchIndex the archive's index name there
 */
public record SparkJobOptions(List<String> inputs, String output, InputFormat format, List<String> stages,
    int partitions, String openSearchUrl, String openSearchIndex) implements Serializable {

  /** How the input records are stored. */
  public enum InputFormat {
    /** One JSON object per line: {@code {id, title, date, source, url, text}}. */
    JSONL,
    /** Parquet files with (at least) a {@code text} column, plus the same optional columns. */
    PARQUET;

    /** The format of a name (case-insensitive): {@code jsonl} or {@code parquet}. */
    public static InputFormat of(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown input format '" + name + "'; use jsonl or parquet");
      }
    }

    /** The format a file name suggests: Parquet for {@code .parquet}, else JSON Lines. */
    public static InputFormat ofName(String name) {
      return name.toLowerCase(Locale.ROOT).endsWith(".parquet") ? PARQUET : JSONL;
    }
  }

  public SparkJobOptions {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("no output directory given");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 (automatic) or more: " + partitions);
    }
    inputs = List.copyOf(inputs);
    stages = stages == null ? List.of() : List.copyOf(stages);
    format = format == null ? InputFormat.ofName(inputs.get(0)) : format;
    openSearchIndex = openSearchIndex == null || openSearchIndex.isBlank() ? "notis" : openSearchIndex;
  }

  public SparkJobOptions(List<String> inputs, String output, InputFormat format, List<String> stages, int partitions) {
    this(inputs, output, format, stages, partitions, null, null);
  }

  /** JSON Lines (or Parquet, by the first input's name) with the default pipeline. */
  public static SparkJobOptions of(String input, String output) {
    return new SparkJobOptions(List.of(input), output, null, List.of(), 0);
  }

  public SparkJobOptions withStages(List<String> stages) {
    return new SparkJobOptions(inputs, output, format, stages, partitions, openSearchUrl, openSearchIndex);
  }

  public SparkJobOptions withPartitions(int partitions) {
    return new SparkJobOptions(inputs, output, format, stages, partitions, openSearchUrl, openSearchIndex);
  }

  public SparkJobOptions withFormat(InputFormat format) {
    return new SparkJobOptions(inputs, output, format, stages, partitions, openSearchUrl, openSearchIndex);
  }

  /** Also writes the analysed documents into this OpenSearch archive. */
  public SparkJobOptions withOpenSearch(String url, String index) {
    return new SparkJobOptions(inputs, output, format, stages, partitions, url, index);
  }
}
