package se.notis.time;

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
import se.notis.doc.Layers;
import se.notis.doc.Metadata;
import se.notis.doc.TimeExpression;
import se.notis.doc.TimexLayer;

/**
 * Reads the time expressions of gold annotation files ({@code *.gold.jsonl}: one document per
 * line, {@code {id, source, date, title, text, timex: [{text, n, type, value}]}}) as documents
 * carrying a gold {@link Layers#TIMEX} layer. {@code text} + {@code n} is the n-th occurrence
 * (1-based, overlapping occurrences counted) of that string in the document text.
 */
public final class TimexGoldReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TimexGoldReader() {}

  /** Every document of the file, in file order; fails naming the line of a span it cannot find. */
  public static List<Document> read(Path file) throws IOException {
    List<Document> docs = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        docs.add(parse(MAPPER.readTree(line), file + ":" + number));
      }
    }
    return docs;
  }

  static Document parse(JsonNode node, String where) {
    String text = node.path("text").asText("");
    String date = node.path("date").isTextual() ? node.path("date").asText() : null;
    Metadata meta = Metadata.ofId(node.path("id").asText(where))
        .withTitle(node.path("title").isTextual() ? node.path("title").asText() : null)
        .withSource(node.path("source").isTextual() ? node.path("source").asText() : null)
        .withDate(date);
    Document doc = Document.of(text, meta);
    List<TimeExpression> gold = new ArrayList<>();
    for (JsonNode timex : node.path("timex")) {
      String span = timex.path("text").asText("");
      int n = timex.path("n").asInt(1);
      int at = occurrence(text, span, n);
      if (span.isEmpty() || at < 0) {
        throw new IllegalArgumentException(where + ": timex '" + span + "' (n=" + n + ") not in the text");
      }
      String value = timex.path("value").isTextual() ? timex.path("value").asText() : null;
      gold.add(new TimeExpression(doc.codePointIndex(at), doc.codePointIndex(at + span.length()),
          timex.path("type").asText(), value));
    }
    gold.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return doc.with(Layers.TIMEX, new TimexLayer(gold));
  }

  private static int occurrence(String text, String span, int n) {
    int at = -1;
    for (int k = 0; k < n; k++) {
      at = text.indexOf(span, at + 1);
      if (at < 0) {
        return -1;
      }
    }
    return at;
  }
}
