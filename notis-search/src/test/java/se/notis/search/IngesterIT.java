package se.notis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.notis.pipeline.StageRegistry;

class IngesterIT {
  @TempDir Path dir;

  private IngestSummary ingest(Path archiveDir, List<String> inputs) throws IOException {
    try (LuceneArchive archive = LuceneArchive.open(archiveDir);
        Ingester ingester = new Ingester(archive, StageRegistry.defaultPipeline(), new Ingester.Options(2, 3, 10_000),
            archiveDir.resolve("rejects.jsonl"));
        ArchiveInputs inputsIt = new ArchiveInputs(inputs)) {
      return ingester.run(inputsIt, n -> { });
    }
  }

  @Test
  void ingestsFilesJsonlAndFeedsIdempotentlyAndRejectsBadInput() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/a.jsonl"), String.join("\n",
        "{\"id\": \"r1\", \"title\": \"Flyktingar vid gränsen\", \"date\": \"2018-10-19\", \"source\": \"SVT\", \"text\": \"Hundratals migranter tog sig över gränsen till Mexiko.\"}",
        "not json at all",
        "{\"title\": \"utan id\", \"text\": \"Polisen larmades till en trafikolycka i Göteborg.\"}",
        "{\"id\": \"r3\", \"text\": 42}",
        "{\"id\": \"r4\", \"date\": \"igår\", \"text\": \"Fel datum.\"}",
        ""), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"), "Regeringen presenterade i dag en ny budget för flyktingmottagandet.\n");
    Files.writeString(in.resolve("c.html"), "<html><head><title>Sida</title></head><body><article><h1>Rubrik</h1>"
        + "<p>Statsministern besökte gränspolisen i Malmö på tisdagen.</p></article></body></html>");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("in/feed.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Nyheter</title><link>https://example.se</link><description>d</description>
        <item><title>Brand i Uppsala</title><link>https://example.se/1</link><guid>https://example.se/1</guid>
          <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;En brand utbröt i ett flerbostadshus.&lt;/p&gt;</description></item>
        <item><title>Inbrott i Lund</title><link>https://example.se/2</link>
          <pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate><description>Flera bostadsinbrott anmäldes under natten.</description></item>
        </channel></rss>
        """);
    Path archiveDir = dir.resolve("data");
    IngestSummary first = ingest(archiveDir, List.of(dir.resolve("in").toString(), dir.resolve("missing.txt").toString()));
    assertEquals(6, first.stored(), first.toString());
    assertEquals(5, first.rejected(), first.toString());
    assertEquals(6, first.archiveDocuments());
    List<String> rejects = Files.readAllLines(archiveDir.resolve("rejects.jsonl"));
    assertEquals(5, rejects.size());
    assertTrue(rejects.stream().anyMatch(r -> r.contains("not JSON")), rejects.toString());
    assertTrue(rejects.stream().anyMatch(r -> r.contains("empty")), rejects.toString());
    assertTrue(rejects.stream().anyMatch(r -> r.contains("missing.txt") && r.contains("no such file")), rejects.toString());

    IngestSummary second = ingest(archiveDir, List.of(dir.resolve("in").toString()));
    assertEquals(6, second.archiveDocuments(), "re-ingest leaves one copy");

    try (LuceneArchive archive = LuceneArchive.openReadOnly(archiveDir)) {
      SearchResult brand = archive.search(SearchRequest.of("brand"));
      assertEquals(1, brand.total());
      assertEquals("Brand i Uppsala", brand.hits().get(0).title());
      assertEquals("2024-03-05", brand.hits().get(0).date());
      assertEquals("Nyheter", brand.hits().get(0).source());
      assertEquals(1, archive.search(SearchRequest.of("inbrott")).total(), "compound part of bostadsinbrott");
      assertEquals(2, archive.search(SearchRequest.of("polis")).total(), "gränspolisen (HTML page) and Polisen (JSONL)");
      assertTrue(archive.documentJson("r1").orElseThrow().contains("\"sentences\""));
    }
  }
}
