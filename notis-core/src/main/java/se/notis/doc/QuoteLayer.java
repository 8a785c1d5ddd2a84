package se.notis.doc;

import java.util.List;

/** The statements found in a document, in text order. */
public record QuoteLayer(List<Quote> quotes) implements Layer {
  public QuoteLayer {
    quotes = List.copyOf(quotes);
  }

  @Override
  public void validate(int length) {
    for (Quote quote : quotes) {
      Layer.checkSpan("quote", quote.start(), quote.end(), length);
      if (quote.cue() != null) {
        Layer.checkSpan("quote cue", quote.cue().start(), quote.cue().end(), length);
      }
      if (quote.speaker() != null) {
        Layer.checkSpan("quote speaker", quote.speaker().start(), quote.speaker().end(), length);
      }
      if (quote.medium() != null) {
        Layer.checkSpan("quote medium", quote.medium().start(), quote.medium().end(), length);
      }
    }
  }
}
