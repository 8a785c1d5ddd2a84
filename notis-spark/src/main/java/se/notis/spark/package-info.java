/**
 * The notis pipeline as an Apache Spark batch job.
 *
 * <p>{@link se.notis.spark.AnalysisJob} reads articles (JSON Lines or Parquet), analyses each
 * partition with the same {@link se.notis.pipeline.Pipeline} the command line uses (stages come
 * from {@link se.notis.pipeline.StageRegistry}'s static cache, so each executor JVM loads every
 * model once) and writes:
 *
 * <ul>
 *   <li>{@code analyses/} — JSON Lines part files whose lines equal {@code notis analyze --input
 *       jsonl --format jsonl} output for the same documents;
 *   <li>{@code documents/, entities/, quotes/, timex/} — Parquet tables for Spark SQL;
 *   <li>{@code errors/} — a Parquet table of the records that could not be read or analysed
 *       (id, file, line, error); a bad record never fails the job.
 * </ul>
 *
 * <p>{@code JsonlInput} numbers the lines of each input file across splits (a cheap counting pass
 * first) so records without an id get the same {@code file:line} id as on the command line;
 * {@code PartitionAnalyzer} is the per-partition function; {@code AnalysisRows} turns a document
 * into one wide row from which the tables are projected. {@link se.notis.spark.SparkMain} is the
 * {@code spark-submit} entry point and what {@code notis spark} runs.
 */
package se.notis.spark;
