package se.notis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.notis.doc.Document;
import se.notis.internal.SharedData;

/** The Spark job in local[2] mode: its output equals the command line's for the same documents. */
class AnalysisJobIT {
  @TempDir Path tmp;

  @Test
  void fixtureAnalysesEqualTheCommandLineAndBadLinesLandInTheErrorTable() throws IOException {
    Path input = tmp.resolve("articles.jsonl");
    try (InputStream fixture = getClass().getResourceAsStream("articles.jsonl");
        OutputStream out = Files.newOutputStream(input)) {
      fixture.transferTo(out);
      // Invalid UTF-8 must be rejected like the command line rejects it, not decoded with U+FFFD.
      out.write("{\"id\": \"latin1\", \"text\": \"R\u00e4ksm\u00f6rg\u00e5s\"}\n".getBytes(StandardCharsets.ISO_8859_1));
      out.write("{\"id\": \"last\", \"text\": \"Sista raden saknar radslut.\"}".getBytes(StandardCharsets.UTF_8));
    }
    Reference expected = Reference.of(input);
    Path output = tmp.resolve("out");
    JobSummary summary = AnalysisJob.run(TestSpark.session(),
        SparkJobOptions.of(input.toString(), output.toString()).withPartitions(3));

    assertEquals(expected.analyses(), analyses(output));
    assertEquals(expected.errors(), errors(output));
    assertEquals(expected.analyses().size(), summary.documents());
    assertEquals(expected.errors().size(), summary.errors());
    assertTrue(expected.errors().size() >= 5, "the fixture's bad lines: " + expected.errors());
    assertTrue(expected.analyses().stream().anyMatch(line -> line.startsWith("{\"id\":\"articles:3\"")),
        "a record without an id is named file:line");
    assertTables(output, expected);
  }

  @Test
  void newsSampleAcrossSplitsEqualsTheCommandLine() throws IOException {
    Path news = SharedData.find("data/news").orElse(null);
    Assumptions.assumeTrue(news != null, "../shared/data/news is absent: skipping the news sample");
    Path input = tmp.resolve("news.jsonl");
    List<String> lines = new ArrayList<>();
    try (Stream<String> regeringen = Files.lines(news.resolve("regeringen.jsonl"));
        Stream<String> polisen = Files.lines(news.resolve("polisen.jsonl"))) {
      lines.addAll(regeringen.limit(150).toList());
      lines.addAll(polisen.limit(150).toList());
    }
    for (int i = 7; i < lines.size(); i += 50) {
      // Records without ids are named by their line, which only works if lines are numbered across splits.
      lines.set(i, lines.get(i).replaceFirst("\"id\": \"[^\"]*\", ", ""));
    }
    lines.set(120, lines.get(120).substring(0, 80));
    Files.write(input, lines, StandardCharsets.UTF_8);
    Reference expected = Reference.of(input);
    Path output = tmp.resolve("out");
    JobSummary summary = AnalysisJob.run(TestSpark.session(), SparkJobOptions.of(input.toString(), output.toString()));

    assertTrue(summary.partitions() > 1, "the sample is split: " + summary.partitions());
    assertEquals(299, expected.analyses().size());
    assertEquals(expected.analyses(), analyses(output));
    assertEquals(expected.errors(), errors(output));
    assertTables(output, expected);

    // Parquet articles in, the same analyses out.
    SparkSession spark = TestSpark.session();
    Path parquet = tmp.resolve("news.parquet");
    spark.read().parquet(output.resolve("documents").toString())
        .select("id", "title", "date", "source", "url", "text").orderBy("file", "line")
        .coalesce(1).write().parquet(parquet.toString());
    Path fromParquet = tmp.resolve("out-parquet");
    AnalysisJob.run(spark, SparkJobOptions.of(parquet.toString(), fromParquet.toString()));
    assertEquals(expected.analyses(), analyses(fromParquet));
  }

  @Test
  void refusesAnUnknownStageAndAFullOutputBeforeReading() throws IOException {
    Path input = tmp.resolve("a.jsonl");
    Files.writeString(input, "{\"text\": \"Hej.\"}\n");
    SparkSession spark = TestSpark.session();
    IllegalArgumentException stage = assertThrows(IllegalArgumentException.class, () ->
        AnalysisJob.run(spark, SparkJobOptions.of(input.toString(), tmp.resolve("o").toString())
            .withStages(List.of("nosuchstage"))));
    assertTrue(stage.getMessage().contains("nosuchstage"), stage.getMessage());
    Files.createDirectories(tmp.resolve("full"));
    Files.writeString(tmp.resolve("full/x"), "x");
    assertThrows(IllegalArgumentException.class, () ->
        AnalysisJob.run(spark, SparkJobOptions.of(input.toString(), tmp.resolve("full").toString())));
    assertThrows(java.io.FileNotFoundException.class, () ->
        AnalysisJob.run(spark, SparkJobOptions.of(tmp.resolve("missing.jsonl").toString(), tmp.resolve("o2").toString())));
  }

  /** The tables agree with the documents, read back with Spark SQL as an analyst would. */
  private static void assertTables(Path output, Reference expected) {
    SparkSession spark = TestSpark.session();
    for (String table : List.of("documents", "entities", "quotes", "timex", "errors")) {
      spark.read().parquet(output.resolve(table).toString()).createOrReplaceTempView(table);
    }
    long tokens = expected.docs().stream().mapToLong(doc -> doc.tokens().size()).sum();
    Row totals = spark.sql("SELECT count(*), sum(tokens), sum(entities), sum(quotes), sum(timex) FROM documents")
        .first();
    assertEquals(expected.docs().size(), totals.getLong(0));
    assertEquals(tokens, totals.isNullAt(1) ? 0 : totals.getLong(1));
    assertEquals(count(expected.docs(), "entities"), spark.sql("SELECT count(*) FROM entities").first().getLong(0));
    assertEquals(count(expected.docs(), "quotes"), spark.sql("SELECT count(*) FROM quotes").first().getLong(0));
    assertEquals(count(expected.docs(), "timex"), spark.sql("SELECT count(*) FROM timex").first().getLong(0));
    assertEquals(expected.errors().size(), spark.sql("SELECT count(*) FROM errors").first().getLong(0));
  }

  private static long count(List<Document> docs, String table) {
    return docs.stream().mapToLong(doc -> switch (table) {
      case "entities" -> AnalysisRows.entities(doc).size();
      case "quotes" -> AnalysisRows.quotes(doc).size();
      default -> AnalysisRows.timexes(doc).size();
    }).sum();
  }

  /** The lines of the analyses' part files, in part order. */
  static List<String> analyses(Path output) throws IOException {
    List<Path> parts;
    try (Stream<Path> files = Files.list(output.resolve("analyses"))) {
      parts = files.filter(p -> p.getFileName().toString().matches("part-.*\\.jsonl")).sorted().toList();
    }
    assertTrue(!parts.isEmpty(), "no part files in " + output.resolve("analyses"));
    List<String> lines = new ArrayList<>();
    for (Path part : parts) {
      lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
    }
    return lines;
  }

  /** The error table as {@code id<TAB>error} lines in input order. */
  static List<String> errors(Path output) {
    return TestSpark.session().read().parquet(output.resolve("errors").toString()).orderBy("file", "line")
        .collectAsList().stream().map(row -> row.getString(row.fieldIndex("id")) + "\t"
            + row.getString(row.fieldIndex("error"))).toList();
  }
}
