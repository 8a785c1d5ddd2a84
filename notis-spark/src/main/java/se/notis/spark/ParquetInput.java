package se.notis.spark;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import se.notis.io.InputFiles;

/**
 * Reads Parquet articles as numbered records: each row as a JSON object (its columns by name: at
 * least {@code text}, optionally {@code id, title, date, source, url, language}) read by the same
 * line reader as JSON Lines. A row without an id is named {@code file:row} after the first input.
 */
final class ParquetInput {
  private ParquetInput() {}

  static JavaRDD<SourceLine> read(SparkSession spark, List<String> inputs, int partitions) {
    String name = InputFiles.baseName(java.nio.file.Path.of(new org.apache.hadoop.fs.Path(inputs.get(0)).getName()));
    JavaRDD<String> json = spark.read().parquet(inputs.toArray(new String[0])).toJSON().javaRDD();
    if (partitions > 0) {
      json = json.repartition(partitions);
    }
    return json.zipWithIndex().map(pair -> new SourceLine(name, pair._2() + 1,
        pair._1().getBytes(StandardCharsets.UTF_8)));
  }
}
