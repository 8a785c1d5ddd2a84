package se.notis.search;

/**
 * A search for statements.
 *
 * @param speaker canonical speaker name or part of it ("Trump" matches "Donald Trump"), or null
 * @param query words the statement must contain (Swedish analysis, like document search), or blank
 * @param filter document conditions (dates, source, ...)
 * @param offset hits to skip
 * @param limit hits to return
 */
public record QuoteRequest(String speaker, String query, SearchFilter filter, int offset, int limit) {
  public QuoteRequest {
    speaker = SearchFilter.blankToNull(speaker);
    query = query == null ? "" : query.trim();
    filter = filter == null ? SearchFilter.NONE : filter;
    if (offset < 0 || offset > 100_000) {
      throw new IllegalArgumentException("offset must be 0..100000: " + offset);
    }
    if (limit < 0 || limit > SearchRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 0.." + SearchRequest.MAX_LIMIT + ": " + limit);
    }
  }

  public static QuoteRequest of(String speaker, String query) {
    return new QuoteRequest(speaker, query, SearchFilter.NONE, 0, 10);
  }
}
