package se.notis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "Karin Ek leder utredningen sedan i våras.\n\n"
      + "– Det här är bara början, säger hon till TT.\n\nEnligt polisen skadades ingen.";

  @TempDir Path dir;

  @Test
  void listsWhoSaidWhat() throws IOException {
    Path file = dir.resolve("artikel.txt");
    Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("quotes", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("Karin Ek [hon] — «Det här är bara början» (säger, direct, till TT)",
        "polisen — «skadades ingen» (Enligt, indirect)"), run.out().lines().toList());
  }

  @Test
  void analyzeWritesQuotesWithSpeakerCueAndMedium() throws IOException {
    Path file = dir.resolve("artikel.txt");
    Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("analyze", "--stages", "quote", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode quote = JSON.readTree(run.out()).get("quotes").get(0);
    assertEquals("Det här är bara början", quote.get("text").asText());
    assertEquals("direct", quote.get("kind").asText());
    assertEquals("säger", quote.get("cue").get("text").asText());
    assertEquals("hon", quote.get("speaker").get("text").asText());
    assertEquals("Karin Ek", quote.get("speaker").get("canonical").asText());
    assertEquals("till TT", quote.get("medium").get("text").asText());
  }

  @Test
  void evalQuotesScoresGoldDocuments() throws IOException {
    Path gold = dir.resolve("mini.gold.jsonl");
    String line = "{\"id\":\"m1\",\"text\":" + JSON.writeValueAsString(ARTICLE) + ",\"quotes\":["
        + "{\"text\":\"Det här är bara början\",\"n\":1,\"kind\":\"direct\",\"speaker\":\"hon\",\"speaker_n\":1,"
        + "\"speaker_canonical\":\"Karin Ek\",\"cue\":\"säger\"}]}\n";
    Files.writeString(gold, line, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "quotes", "--stages", "quote", "--gold", gold.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("direct_f1=100.00 all_f1=66.67 speaker_acc=100.00"), run.out());
  }
}
