package se.notis.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import se.notis.internal.SharedData;
import se.notis.io.InputRecord;
import se.notis.io.JsonlReader;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;
import se.notis.search.ArchiveIndex;
import se.notis.search.ArchiveRecord;
import se.notis.search.LuceneArchive;
import se.notis.search.SearchRequest;

/**
 * Benchmark (not a test): bulk indexing documents/s into an embedded OpenSearch node on loopback
 * and query latency p50/p99 beside the embedded Lucene archive on the same records and queries.
 * Run (see README, "OpenSearch"): {@code java … se.notis.opensearch.OpenSearchBench [--docs N]
 * [--rounds R] [--keep]}; {@code --keep} leaves the node running and prints its URL.
 */
public final class OpenSearchBench {
  static final List<String> QUERIES = List.of("trafikolycka", "inbrott", "stöld", "brand", "rattfylleri",
      "misshandel", "polisen", "ambulans", "lägenhet", "skadegörelse", "bil", "\"på platsen\"", "rån",
      "narkotikabrott", "Malmö", "Stockholm", "Göteborg", "bostadsinbrott", "skottlossning", "trafikkontroll");

  private OpenSearchBench() {}

  public static void main(String[] args) throws Exception {
    int docs = intArg(args, "--docs", 20_000);
    int rounds = intArg(args, "--rounds", 20);
    boolean keep = Arrays.asList(args).contains("--keep");
    Path polisen = SharedData.find("data/news/polisen.jsonl")
        .orElseThrow(() -> new IllegalStateException("../shared/data/news/polisen.jsonl is needed"));
    List<ArchiveRecord> records = records(polisen, docs);
    System.out.printf("records: %,d polisen documents (default pipeline: %s)%n", records.size(),
        StageRegistry.defaultPipeline().stageNames());
    try (EmbeddedOpenSearch node = EmbeddedOpenSearch.start()) {
      Path luceneDir = Files.createTempDirectory("notis-bench-lucene");
      try (OpenSearchArchive opensearch = OpenSearchArchive.open(node.url(), "notis-bench");
          LuceneArchive lucene = LuceneArchive.open(luceneDir)) {
        double osRate = index(opensearch, records);
        double luceneRate = index(lucene, records);
        System.out.printf("bulk indexing: OpenSearch %,.0f docs/s (loopback, 1 client, %,d actions retried);"
            + " Lucene embedded %,.0f docs/s%n", osRate, opensearch.retried(), luceneRate);
        System.out.printf("%d queries x %d rounds (10 hits, 10 values per facet, snippets)%n", QUERIES.size(), rounds);
        report("Lucene embedded", latencies(lucene, rounds));
        report("OpenSearch", latencies(opensearch, rounds));
        if (keep) {
          System.out.println("OpenSearch node running at " + node.url() + " (index notis-bench); Ctrl-C stops it");
          Thread.currentThread().join();
        }
      }
    }
  }

  static List<ArchiveRecord> records(Path file, int limit) throws IOException {
    Pipeline pipeline = StageRegistry.defaultPipeline();
    List<ArchiveRecord> records = new ArrayList<>();
    try (Stream<String> lines = Files.lines(file)) {
      long n = 0;
      for (String line : (Iterable<String>) lines.limit(limit)::iterator) {
        InputRecord record = JsonlReader.parseLine(line.getBytes(StandardCharsets.UTF_8), "polisen", ++n);
        if (record.ok()) {
          records.add(ArchiveRecord.of(pipeline.process(record.doc())));
        }
      }
    }
    return records;
  }

  static double index(ArchiveIndex archive, List<ArchiveRecord> records) throws IOException {
    long start = System.nanoTime();
    for (int i = 0; i < records.size(); i += 500) {
      archive.upsert(records.subList(i, Math.min(records.size(), i + 500)));
    }
    archive.commit();
    return records.size() / ((System.nanoTime() - start) / 1e9);
  }

  static double[] latencies(ArchiveIndex archive, int rounds) throws IOException {
    for (int warm = 0; warm < 3; warm++) {
      for (String query : QUERIES) {
        archive.search(SearchRequest.of(query));
      }
    }
    double[] millis = new double[QUERIES.size() * rounds];
    int i = 0;
    for (int round = 0; round < rounds; round++) {
      for (String query : QUERIES) {
        long start = System.nanoTime();
        archive.search(SearchRequest.of(query));
        millis[i++] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(millis);
    return millis;
  }

  static void report(String name, double[] sorted) {
    System.out.printf("  %-16s p50 %6.2f ms  p99 %6.2f ms  (n=%d)%n", name, sorted[(int) (sorted.length * 0.50)],
        sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)], sorted.length);
  }

  private static int intArg(String[] args, String name, int fallback) {
    int at = Arrays.asList(args).indexOf(name);
    return at >= 0 && at + 1 < args.length ? Integer.parseInt(args[at + 1]) : fallback;
  }
}
