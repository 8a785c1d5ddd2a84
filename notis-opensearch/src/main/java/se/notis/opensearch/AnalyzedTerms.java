package se.notis.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import se.notis.search.SwedishAnalyzers;

/**
 * A text analysed by notis' own index analyzer ({@link SwedishAnalyzers#index()}: stop words,
 * compound parts, lexicon lemmas, stemming), written so OpenSearch can index exactly those terms
 * at exactly those positions: terms separated by spaces, terms at the same position joined by
 * {@code |} ("skogsbränder|skog|brand"), each position left empty by a stop word marked by
 * {@link #GAP}. The mapping's {@code notis_terms} analyzer reads it back (whitespace, drop the
 * gap marks keeping their positions, split at {@code |} without advancing), so term frequencies,
 * field lengths and phrase positions equal those of the Lucene backend. OpenSearch has no filter
 * with notis' compound splitter or lemma table; this is how it gets them. Thread-safe.
 */
final class AnalyzedTerms {
  /** Marks a position a removed stop word held. */
  static final String GAP = "\u2423";
  private static final Analyzer INDEX = SwedishAnalyzers.index();

  private AnalyzedTerms() {}

  static String of(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    try (TokenStream stream = INDEX.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int increment = posInc.getPositionIncrement();
        if (increment == 0 && out.length() > 0) {
          out.append('|');
        } else {
          for (int gap = 1; gap < increment; gap++) {
            space(out).append(GAP);
          }
          space(out);
        }
        out.append(term.buffer(), 0, term.length());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static StringBuilder space(StringBuilder out) {
    return out.length() > 0 ? out.append(' ') : out;
  }
}
