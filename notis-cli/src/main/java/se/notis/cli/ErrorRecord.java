package se.notis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code {"id": …, "error": …}} line written in place of a rejected record. */
final class ErrorRecord {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ErrorRecord() {}

  static String toJson(String id, String error) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id);
    node.put("error", error);
    return node.toString();
  }
}
