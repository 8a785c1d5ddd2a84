package se.notis.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.notis.doc.Document;
import se.notis.doc.Metadata;
import se.notis.doc.Quote;

/**
 * Reads the quotes of gold-annotated documents ({@code *.gold.jsonl}, one document a line, see
 * {@code shared/data/gold/GUIDELINES.md}): each {@code {text, n}} is resolved to the code-point
 * span of the n-th occurrence of that string in the document text.
 */
public final class GoldQuotes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldQuotes() {}

  /**
   * A gold quote; offsets are code points into the document text.
   *
   * @param speakerStart start of the speaker mention, or -1 when the gold names no speaker
   * @param canonical the speaker's canonical name, or null
   * @param cue the cue word as written, or null
   */
  public record GoldQuote(int start, int end, Quote.Kind kind, int speakerStart, int speakerEnd, String canonical,
      String cue) {}

  /** A gold document: its text (no layers) and its quotes. */
  public record GoldDocument(Document doc, List<GoldQuote> quotes) {
    public GoldDocument {
      quotes = List.copyOf(quotes);
    }
  }

  /** All documents of a gold file; fails naming the line and the string that cannot be found. */
  public static List<GoldDocument> read(Path file) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException(file + ":" + lineNo + ": not JSON: " + e.getMessage(), e);
        }
        docs.add(parse(node, file + ":" + lineNo));
      }
    }
    return docs;
  }

  static GoldDocument parse(JsonNode node, String where) throws IOException {
    String text = node.path("text").asText(null);
    if (text == null) {
      throw new IOException(where + ": document without text");
    }
    String date = node.path("date").asText(null);
    Metadata meta = new Metadata(node.path("id").asText(where), node.path("title").asText(null),
        date == null || date.isEmpty() ? null : date, node.path("source").asText(null), null, "sv");
    Document doc = Document.of(text, meta);
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : node.path("quotes")) {
      String qText = q.path("text").asText("");
      int at = find(text, qText, q.path("n").asInt(1));
      if (qText.isEmpty() || at < 0) {
        throw new IOException(where + ": quote not found: '" + qText + "' n=" + q.path("n").asInt(1));
      }
      Quote.Kind kind = "direct".equals(q.path("kind").asText()) ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT;
      int ss = -1;
      int se = -1;
      String speaker = q.path("speaker").asText(null);
      if (speaker != null && !speaker.isEmpty()) {
        int sat = find(text, speaker, q.path("speaker_n").asInt(1));
        if (sat < 0) {
          throw new IOException(where + ": speaker not found: '" + speaker + "'");
        }
        ss = doc.codePointIndex(sat);
        se = doc.codePointIndex(sat + speaker.length());
      }
      String canonical = q.path("speaker_canonical").asText(null);
      String cue = q.path("cue").asText(null);
      quotes.add(new GoldQuote(doc.codePointIndex(at), doc.codePointIndex(at + qText.length()), kind, ss, se,
          canonical, cue));
    }
    return new GoldDocument(doc, quotes);
  }

  /** The char index of the n-th (1-based) occurrence of {@code s}, or -1. */
  static int find(String text, String s, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = text.indexOf(s, at + 1);
      if (at < 0) {
        return -1;
      }
    }
    return at;
  }
}
