package se.notis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.notis.doc.Metadata;

/**
 * Reads hand-annotated documents ({@code *.gold.jsonl}, gzipped or not; see shared/data/gold/GUIDELINES.md):
 * one JSON object per line with {@code text} and {@code entities}, {@code quotes} and
 * {@code timex} located by {@code {text, n}} (the n-th occurrence, overlapping matches counted,
 * of that exact string), resolved here to code-point offsets. A mention that cannot be found
 * fails with the document id and the string.
 */
public final class GoldDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldDocuments() {}

  /** One annotated document. */
  public record GoldDocument(String id, String source, String date, String title, String text,
      List<GoldEntity> entities, List<GoldQuote> quotes, List<GoldTimex> timex) {
    public GoldDocument {
      entities = List.copyOf(entities);
      quotes = List.copyOf(quotes);
      timex = List.copyOf(timex);
    }

    public Metadata meta() {
      return new Metadata(id, title, date, source, null, "sv");
    }
  }

  /** A gold name: code-point span, type, canonical name. */
  public record GoldEntity(int start, int end, String text, String type, String canonical) {}

  /**
   * A gold quote: content span, kind ({@code direct}/{@code indirect}), speaker mention span
   * (-1 when null), speaker's canonical name and cue word (either may be null).
   */
  public record GoldQuote(int start, int end, String text, String kind, int speakerStart, int speakerEnd,
      String speaker, String speakerCanonical, String cue) {}

  /** A gold time expression: span, TIMEX3 type and normalised value (may be null). */
  public record GoldTimex(int start, int end, String text, String type, String value) {}

  public static List<GoldDocument> read(Path file) throws IOException {
    List<GoldDocument> out = new ArrayList<>();
    try (BufferedReader in = open(file)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (!line.isBlank()) {
          out.add(parse(line, file + ":" + lineNo));
        }
      }
    }
    return out;
  }

  /** A reader of the file, unzipped when its name ends in {@code .gz}. */
  private static BufferedReader open(Path file) throws IOException {
    if (!file.getFileName().toString().endsWith(".gz")) {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    return new BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
  }

  /** Parses one JSON line; {@code where} names it in error messages. */
  public static GoldDocument parse(String line, String where) throws IOException {
    JsonNode root = JSON.readTree(line);
    String text = root.path("text").asText("");
    String id = root.path("id").asText(where);
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      String s = e.path("text").asText();
      int[] span = locate(text, s, e.path("n").asInt(1), id);
      entities.add(new GoldEntity(span[0], span[1], s, e.path("type").asText(), e.path("canonical").asText(s)));
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : root.path("quotes")) {
      String s = q.path("text").asText();
      int[] span = locate(text, s, q.path("n").asInt(1), id);
      String speaker = textOrNull(q.get("speaker"));
      int[] speakerSpan = speaker == null ? new int[] {-1, -1} : locate(text, speaker, q.path("speaker_n").asInt(1), id);
      quotes.add(new GoldQuote(span[0], span[1], s, q.path("kind").asText(), speakerSpan[0], speakerSpan[1], speaker,
          textOrNull(q.get("speaker_canonical")), textOrNull(q.get("cue"))));
    }
    List<GoldTimex> timex = new ArrayList<>();
    for (JsonNode x : root.path("timex")) {
      String s = x.path("text").asText();
      int[] span = locate(text, s, x.path("n").asInt(1), id);
      timex.add(new GoldTimex(span[0], span[1], s, x.path("type").asText(), textOrNull(x.get("value"))));
    }
    return new GoldDocument(id, textOrNull(root.get("source")), textOrNull(root.get("date")),
        textOrNull(root.get("title")), text, entities, quotes, timex);
  }

  /** Code-point span of the n-th (1-based, overlapping) occurrence of {@code s} in {@code text}. */
  public static int[] locate(String text, String s, int n, String id) {
    if (s.isEmpty()) {
      throw new IllegalArgumentException(id + ": empty mention text");
    }
    int i = -1;
    for (int k = 0; k < Math.max(1, n); k++) {
      i = text.indexOf(s, i + 1);
      if (i < 0) {
        throw new IllegalArgumentException(id + ": occurrence " + n + " of '" + s + "' not found");
      }
    }
    int start = text.codePointCount(0, i);
    return new int[] {start, start + s.codePointCount(0, s.length())};
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
