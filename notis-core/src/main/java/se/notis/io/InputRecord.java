package se.notis.io;

/**
 * One input document, or the reason it was rejected.
 *
 * @param line 1-based line number in its file (1 for a whole-file input)
 * @param id the record's id when it could be read, else {@code file:line}
 * @param doc the document, or null when rejected
 * @param error why the line was rejected, or null
 */
public record InputRecord(long line, String id, se.notis.doc.Document doc, String error) {
  public boolean ok() {
    return doc != null;
  }
}
