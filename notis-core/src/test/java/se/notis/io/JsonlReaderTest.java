package se.notis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {
  private static List<InputRecord> read(byte[] bytes) throws IOException {
    List<InputRecord> records = new ArrayList<>();
    try (JsonlReader reader = new JsonlReader(new ByteArrayInputStream(bytes), "in")) {
      reader.forEachRemaining(records::add);
    }
    return records;
  }

  @Test
  void everyLineBecomesADocumentOrARejectionInOrder() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"id\":\"a\",\"date\":\"2018-10-19\",\"title\":\"Rubrik\",\"text\":\"Hej Malmö.\"}\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("inte json\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("{\"id\":\"c\",\"title\":\"ingen text\"}\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, '"', '}', '\n'});
    out.writeBytes("\n{\"id\":\"e\",\"date\":\"igår\",\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("{\"id\":7,\"text\":\"sista raden utan radslut\"}".getBytes(StandardCharsets.UTF_8));
    List<InputRecord> records = read(out.toByteArray());
    assertEquals(6, records.size());
    assertTrue(records.get(0).ok());
    assertEquals("Rubrik", records.get(0).doc().meta().title());
    assertEquals("2018-10-19", records.get(0).doc().meta().date());
    assertEquals("in:2", records.get(1).id());
    assertTrue(records.get(1).error().startsWith("not JSON"), records.get(1).error());
    assertEquals("c", records.get(2).id());
    assertEquals("no \"text\" string", records.get(2).error());
    assertEquals("invalid UTF-8", records.get(3).error());
    assertEquals("e", records.get(4).id());
    assertEquals(6, records.get(4).line());
    assertFalse(records.get(4).ok());
    assertEquals("7", records.get(5).id());
  }

  @Test
  void emptyInputHasNoRecords() throws IOException {
    assertEquals(List.of(), read(new byte[0]));
  }
}
