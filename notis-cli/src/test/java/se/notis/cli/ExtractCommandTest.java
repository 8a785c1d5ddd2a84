package se.notis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final String PAGE = "<!doctype html><html lang=\"sv\"><head><title>Bron stängs i sommar</title>"
      + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-02T10:00:00+02:00\"}</script>"
      + "</head><body><nav><a href=\"/\">Start</a></nav><article><h1>Bron stängs i sommar</h1>"
      + "<p>Bron över älven stängs för reparation i sex veckor från midsommar, meddelar kommunen.</p>"
      + "<p>Trafiken leds om via riksväg 90, och bussarna får nya hållplatser under tiden.</p></article></body></html>";

  @TempDir Path dir;

  private void gzip(Path path, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void pageGivesIdTitleDateText() throws IOException {
    Path page = dir.resolve("bron.html.gz");
    gzip(page, PAGE);
    CliRun run = CliRun.of("extract", page.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode record = new ObjectMapper().readTree(run.out());
    assertEquals("bron", record.get("id").asText());
    assertEquals("Bron stängs i sommar", record.get("title").asText());
    assertEquals("2024-05-02", record.get("date").asText());
    assertEquals("Bron över älven stängs för reparation i sex veckor från midsommar, meddelar kommunen.\n\n"
        + "Trafiken leds om via riksväg 90, och bussarna får nya hållplatser under tiden.", record.get("text").asText());
  }

  @Test
  void batchWritesErrorRecordsAndCounts() throws IOException {
    gzip(dir.resolve("a.html.gz"), PAGE);
    Files.write(dir.resolve("b.txt"), new byte[0]);
    Files.write(dir.resolve("c.bin"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01});
    Files.writeString(dir.resolve("d.html"), "<html><body><nav><a href=\"/\">Start</a></nav></body></html>");
    Files.writeString(dir.resolve("e.txt"), "Polisen fick larm om en brand strax efter midnatt.\n");
    CliRun run = CliRun.of("extract", "--format", "jsonl", dir.toString());
    assertEquals(2, run.exitCode());
    List<String> lines = run.out().lines().toList();
    assertEquals(5, lines.size(), run.out());
    ObjectMapper json = new ObjectMapper();
    assertEquals("a", json.readTree(lines.get(0)).get("id").asText());
    for (int i = 1; i <= 3; i++) {
      JsonNode error = json.readTree(lines.get(i));
      assertTrue(error.has("error"), lines.get(i));
      assertFalse(error.get("error").asText().isBlank());
    }
    assertEquals("no article text in the HTML page", json.readTree(lines.get(3)).get("error").asText());
    assertEquals("Polisen fick larm om en brand strax efter midnatt.\n", json.readTree(lines.get(4)).get("text").asText());
    assertTrue(run.err().contains("3 of 5 inputs rejected"), run.err());
  }

  @Test
  void singleBadInputIsOneLineAndExitOne() throws IOException {
    Path empty = dir.resolve("empty.html");
    Files.writeString(empty, "<html><head><title>x</title></head><body></body></html>");
    CliRun run = CliRun.of("extract", empty.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("notis: empty: "), run.err());
  }

  @Test
  void missingFileIsAnError() {
    CliRun run = CliRun.of("extract", dir.resolve("nope.html").toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
  }
}
