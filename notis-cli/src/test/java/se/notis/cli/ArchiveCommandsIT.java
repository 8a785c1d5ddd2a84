package se.notis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract scripts depend on: ingest, stats --format json, search --format json. */
class ArchiveCommandsIT {
  @TempDir Path dir;

  private static String capture(int[] code, String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      code[0] = Main.run(args);
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ingestStatsAndSearch() throws Exception {
    Path input = dir.resolve("news.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\": \"d1\", \"title\": \"Flyktingorgan kritiserar beslutet\", \"date\": \"2018-10-19\", \"text\": \"FN:s flyktingorgan kritiserar beslutet att stänga gränsen.\"}",
        "{\"id\": \"d2\", \"title\": \"Brand i Uppsala\", \"date\": \"2024-03-05\", \"text\": \"En brand utbröt i ett flerbostadshus i Uppsala. Flera flyktingar evakuerades.\"}",
        "{\"id\": \"d3\", \"title\": \"Trafikolycka\", \"date\": \"2024-03-06\", \"text\": \"En trafikolycka inträffade på E4.\"}",
        "{broken"), StandardCharsets.UTF_8);
    Path data = dir.resolve("data");
    int[] code = new int[1];
    capture(code, "ingest", "--data", data.toString(), input.toString());
    assertEquals(2, code[0], "one rejected line gives exit code 2");
    assertTrue(Files.readString(data.resolve("rejects.jsonl")).contains("not JSON"));
    capture(code, "ingest", "--data", data.toString(), input.toString());

    ObjectMapper mapper = new ObjectMapper();
    JsonNode stats = mapper.readTree(capture(code, "stats", "--data", data.toString(), "--format", "json"));
    assertEquals(0, code[0]);
    assertEquals(3, stats.get("documents").asInt(), "ingesting twice leaves one copy");

    JsonNode result = mapper.readTree(capture(code, "search", "--data", data.toString(), "--limit", "5", "--format", "json", "flykting"));
    assertEquals(0, code[0]);
    assertEquals(2, result.get("total").asInt());
    JsonNode hits = result.get("hits");
    assertEquals(2, hits.size());
    for (JsonNode hit : hits) {
      assertTrue(hit.has("id") && hit.has("title") && hit.has("score") && hit.has("snippet"), hit.toString());
    }
    assertTrue(hits.get(0).get("score").asDouble() >= hits.get(1).get("score").asDouble(), "rank order");
    assertTrue(result.get("facets").isObject());

    JsonNode none = mapper.readTree(capture(code, "search", "--data", data.toString(), "--format", "json", "\"oavslutad"));
    assertEquals(0, code[0]);
    assertEquals(0, none.get("total").asInt());
    capture(code, "search", "--data", dir.resolve("nothing").toString(), "x");
    assertEquals(1, code[0], "a missing archive is a one-line error");
  }
}
