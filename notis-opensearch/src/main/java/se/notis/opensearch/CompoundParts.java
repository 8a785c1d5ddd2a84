package se.notis.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import se.notis.search.SwedishAnalyzers;

/**
 * The compound parts of a text as the Lucene backend indexes them ("skogsbränder" → "skog
 * brand"), stemmed, space-separated. OpenSearch has no filter with notis' compound splitter, so
 * the client computes the parts and the mapping indexes them whitespace-tokenized in a
 * {@code *_parts} field beside the text. Thread-safe.
 */
final class CompoundParts {
  private static final Analyzer INDEX = SwedishAnalyzers.index();

  private CompoundParts() {}

  /** The parts (tokens the index analyzer adds at the position of their compound), or "". */
  static String of(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder parts = new StringBuilder();
    try (TokenStream stream = INDEX.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (posInc.getPositionIncrement() == 0) {
          if (parts.length() > 0) {
            parts.append(' ');
          }
          parts.append(term.buffer(), 0, term.length());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts.toString();
  }
}
