package se.notis.search;

/**
 * A full-text search.
 *
 * @param query query text in Lucene classic syntax ({@code "exact phrase"}, {@code AND}, {@code OR},
 *     {@code NOT}, {@code -word}, {@code title:word}); blank matches every document
 * @param filter conditions every hit must meet
 * @param sort hit order
 * @param offset hits to skip (paging)
 * @param limit hits to return
 * @param facetLimit values to return per facet (0 for no facets)
 */
public record SearchRequest(
    String query, SearchFilter filter, Sort sort, int offset, int limit, int facetLimit) {

  public static final int MAX_LIMIT = 1000;

  public SearchRequest {
    query = query == null ? "" : query.trim();
    filter = filter == null ? SearchFilter.NONE : filter;
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (offset < 0 || offset > 100_000) {
      throw new IllegalArgumentException("offset must be 0..100000: " + offset);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 0.." + MAX_LIMIT + ": " + limit);
    }
    if (facetLimit < 0 || facetLimit > 1000) {
      throw new IllegalArgumentException("facet limit must be 0..1000: " + facetLimit);
    }
  }

  /** Ten hits by relevance with ten values per facet. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, SearchFilter.NONE, Sort.RELEVANCE, 0, 10, 10);
  }

  public SearchRequest withFilter(SearchFilter filter) {
    return new SearchRequest(query, filter, sort, offset, limit, facetLimit);
  }

  public SearchRequest withSort(Sort sort) {
    return new SearchRequest(query, filter, sort, offset, limit, facetLimit);
  }

  public SearchRequest withPage(int offset, int limit) {
    return new SearchRequest(query, filter, sort, offset, limit, facetLimit);
  }

  public SearchRequest withFacetLimit(int facetLimit) {
    return new SearchRequest(query, filter, sort, offset, limit, facetLimit);
  }
}
