package se.notis.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import se.notis.doc.Document;
import se.notis.doc.Metadata;

/**
 * Streams documents from JSON Lines: one object per line with at least {@code text}, optionally
 * {@code id, title, date, source, url}. Lines that cannot be read become rejected records with a
 * reason; reading goes on. Memory use is one line at a time.
 */
public final class JsonlReader implements Iterator<InputRecord>, Closeable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final InputStream in;
  private final String name;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
  private long lineNumber;
  private InputRecord next;
  private boolean done;

  /** @param name the input's name, used in ids of records without one */
  public JsonlReader(InputStream in, String name) {
    this.in = in;
    this.name = name;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputRecord record = next;
    next = null;
    return record;
  }

  private InputRecord readNext() {
    try {
      while (true) {
        if (!readLine()) {
          done = true;
          return null;
        }
        lineNumber++;
        if (!isBlank()) {
          return parse(line.toByteArray());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private boolean readLine() throws IOException {
    line.reset();
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') {
        return true;
      }
      line.write(b);
    }
    return any;
  }

  private boolean isBlank() {
    byte[] bytes = line.toByteArray();
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private InputRecord parse(byte[] bytes) {
    return parseLine(bytes, name, lineNumber);
  }

  /**
   * Reads one line (without its {@code \n}) exactly as this reader does, for callers that split
   * the lines themselves (the Spark job): a document, or a rejected record with the reason.
   *
   * @param name the input's name, used in the id {@code name:line} of a record without one
   * @param lineNumber the line's 1-based number in its input
   */
  public static InputRecord parseLine(byte[] bytes, String name, long lineNumber) {
    String fallbackId = name + ":" + lineNumber;
    JsonNode node;
    try {
      node = MAPPER.readTree(TextDecoder.decodeUtf8(bytes));
    } catch (BadInputException e) {
      return new InputRecord(lineNumber, fallbackId, null, e.getMessage());
    } catch (JsonProcessingException e) {
      return new InputRecord(lineNumber, fallbackId, null, "not JSON: " + e.getOriginalMessage());
    }
    try {
      return new InputRecord(lineNumber, idOf(node, fallbackId), toDocument(node, fallbackId), null);
    } catch (BadInputException e) {
      return new InputRecord(lineNumber, node.isObject() ? idOf(node, fallbackId) : fallbackId, null,
          e.getMessage());
    }
  }

  /** Reads one JSON object ({@code text} required) as a document. */
  public static Document toDocument(JsonNode node, String fallbackId) throws BadInputException {
    if (!node.isObject()) {
      throw new BadInputException("not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new BadInputException("no \"text\" string");
    }
    String date = stringOf(node, "date");
    if (date != null && date.length() > 10) {
      date = date.substring(0, 10);
    }
    try {
      Metadata meta = new Metadata(idOf(node, fallbackId), stringOf(node, "title"), date,
          stringOf(node, "source"), stringOf(node, "url"), stringOf(node, "language"));
      return Document.of(text.textValue(), meta);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private static String idOf(JsonNode node, String fallback) {
    JsonNode id = node.get("id");
    return id != null && (id.isTextual() || id.isNumber()) && !id.asText().isEmpty() ? id.asText() : fallback;
  }

  private static String stringOf(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
