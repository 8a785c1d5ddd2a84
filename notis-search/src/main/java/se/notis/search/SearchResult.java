package se.notis.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total number of matching documents
 * @param hits the requested page of hits, in order
 * @param facets facet name ({@link Facets}) → top values with counts over all matching documents
 * @param tookMillis time the backend spent
 */
public record SearchResult(
    long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, double tookMillis) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = facets == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(facets));
  }
}
