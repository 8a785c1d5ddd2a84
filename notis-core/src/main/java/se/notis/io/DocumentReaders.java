package se.notis.io;

import se.notis.doc.Document;
import se.notis.doc.Metadata;

/** Reads one whole input (plain text or an HTML page) as a document. */
public final class DocumentReaders {
  private DocumentReaders() {}

  /**
   * @param bytes the raw input
   * @param id the document's id (usually the file name without extensions)
   * @param format {@link InputFiles.Format#TEXT} or {@link InputFiles.Format#HTML}, or null to sniff
   */
  public static Document read(byte[] bytes, String id, InputFiles.Format format) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException("empty input");
    }
    String text = format == InputFiles.Format.HTML ? TextDecoder.decodeHtml(bytes) : TextDecoder.decode(bytes);
    if (text.isBlank()) {
      throw new BadInputException("no text (only white space)");
    }
    InputFiles.Format actual = format == null ? InputFiles.Format.sniff(text) : format;
    if (actual == InputFiles.Format.HTML) {
      // A sniffed page may declare a charset that the plain-text guess did not know.
      return HtmlReader.read(format == null ? TextDecoder.decodeHtml(bytes) : text, id);
    }
    return Document.of(text, Metadata.ofId(id));
  }
}
