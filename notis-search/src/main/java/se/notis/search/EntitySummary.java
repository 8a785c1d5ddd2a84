package se.notis.search;

import java.util.List;

/**
 * What the archive knows about one entity.
 *
 * @param canonical the entity's canonical name
 * @param type its most frequent type
 * @param documents number of documents mentioning it
 * @param mentions number of mentions over all documents
 * @param cooccurring entities most often in the same documents, by document count
 * @param quotes statements by it, newest first
 * @param timeline documents mentioning it per month ({@code YYYY-MM}), in month order
 * @param recent newest documents mentioning it
 */
public record EntitySummary(
    String canonical, String type, long documents, long mentions, List<Cooccurrence> cooccurring,
    List<QuoteHit> quotes, List<FacetCount> timeline, List<SearchHit> recent) {

  /** An entity seen in the same documents, with the number of such documents. */
  public record Cooccurrence(String canonical, String type, long documents) {}

  public EntitySummary {
    cooccurring = List.copyOf(cooccurring);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
    recent = List.copyOf(recent);
  }
}
