package se.notis.search;

import java.util.List;

/** The answer to a {@link QuoteRequest}: total matching statements and the requested page. */
public record QuoteResult(long total, List<QuoteHit> hits) {
  public QuoteResult {
    hits = List.copyOf(hits);
  }
}
