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

class AnalyzeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "Möte med Pompeo\n\nMexikos utrikesminister Luis Videgaray mötte FN:s chef.\n\n"
      + "– Vi ska ta oss in! skrek en ung man. Uppemot 4 000 migranter väntar.";

  @TempDir Path dir;

  @Test
  void jsonOutputHasCodePointOffsetsIntoTheText() throws IOException {
    Path file = write("artikel.txt", "Hej 😀 Malmö. Nästa mening.");
    CliRun run = CliRun.of("analyze", "--date", "2018-10-19", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode doc = JSON.readTree(run.out());
    assertEquals("artikel", doc.get("id").asText());
    assertEquals("2018-10-19", doc.get("date").asText());
    String text = doc.get("text").asText();
    for (JsonNode token : doc.get("tokens")) {
      int start = token.get("start").asInt();
      int end = token.get("end").asInt();
      assertEquals(token.get("text").asText(), text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
    }
    assertEquals(2, doc.get("sentences").size());
  }

  @Test
  void jsonlBatchKeepsOrderAndWritesErrorRecords() throws IOException {
    String lines = "{\"id\":\"a\",\"text\":\"Första.\"}\nnot json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"Sista.\"}\n";
    CliRun run = CliRun.withInput(lines.getBytes(StandardCharsets.UTF_8), "analyze", "--format", "jsonl", "-");
    assertEquals(2, run.exitCode());
    List<String> out = run.out().lines().toList();
    assertEquals(4, out.size());
    assertEquals("a", JSON.readTree(out.get(0)).get("id").asText());
    assertTrue(JSON.readTree(out.get(1)).get("error").asText().startsWith("not JSON"));
    assertEquals("c", JSON.readTree(out.get(2)).get("id").asText());
    assertEquals("no \"text\" string", JSON.readTree(out.get(2)).get("error").asText());
    assertEquals("d", JSON.readTree(out.get(3)).get("id").asText());
    assertTrue(run.err().contains("2 of 4 inputs rejected"), run.err());
  }

  @Test
  void gzippedJsonlFromADirectory() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("in"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(sub.resolve("a.jsonl.gz")))) {
      out.write("{\"id\":\"x\",\"text\":\"Hej.\"}\n{\"id\":\"y\",\"text\":\"Då.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    CliRun run = CliRun.of("analyze", "-f", "jsonl", sub.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(2, run.out().lines().count());
  }

  @Test
  void emptyFileIsRejectedWithOneLine() throws IOException {
    CliRun run = CliRun.of("analyze", write("tom.txt", "").toString());
    assertEquals(1, run.exitCode());
    assertEquals("notis: tom: empty input\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void binaryFileIsRejected() throws IOException {
    Path file = dir.resolve("bild.png");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    CliRun run = CliRun.of("analyze", file.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("binary data"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void latin1TextIsDecoded() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "Räksmörgås på Öland.".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("analyze", "-f", "jsonl", "-i", "text", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Räksmörgås på Öland.", JSON.readTree(run.out()).get("text").asText());
  }

  @Test
  void htmlWithoutArticleTextIsRejected() throws IOException {
    CliRun run = CliRun.of("analyze", write("tom.html", "<html><body><nav><a href='/'>Hem</a></nav></body></html>").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().startsWith("notis: tom: "), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void fiftyMegabyteLineIsRejectedNotCrashed() throws IOException {
    Path file = dir.resolve("lang.txt");
    byte[] line = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(line, (byte) 'a');
    Files.write(file, line);
    CliRun run = CliRun.of("analyze", file.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("document too long"), run.err());
  }

  @Test
  void missingFileAndBadDateGiveOneLineMessages() {
    CliRun missing = CliRun.of("analyze", dir.resolve("finns-inte.txt").toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("no such file"), missing.err());
    CliRun badDate = CliRun.of("analyze", "--date", "19 okt", dir.toString());
    assertEquals(1, badDate.exitCode());
    assertTrue(badDate.err().contains("19 okt"), badDate.err());
  }

  @Test
  void conlluAndTextViews() throws IOException {
    Path file = write("a.txt", ARTICLE);
    CliRun conllu = CliRun.of("analyze", "-f", "conllu", file.toString());
    assertEquals(0, conllu.exitCode(), conllu.err());
    assertTrue(conllu.out().contains("1\tMöte\t"), conllu.out());
    assertTrue(conllu.out().contains("\tFN:s\t"), conllu.out());
    CliRun text = CliRun.of("analyze", "-f", "text", file.toString());
    assertTrue(text.out().contains("4 000"), text.out());
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }
}
