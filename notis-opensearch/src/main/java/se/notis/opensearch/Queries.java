package se.notis.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import se.notis.search.EntityFilter;
import se.notis.search.Facets;
import se.notis.search.QuoteRequest;
import se.notis.search.SearchFilter;
import se.notis.search.SearchRequest;
import se.notis.search.Sort;

/**
 * Builds OpenSearch query bodies that mean what the Lucene backend's queries mean: the query
 * text parsed by {@link LuceneQueries} over the pre-analysed title (boost 2) and text terms, the
 * same filters as term and range queries, facets as terms aggregations (count, then value
 * order). Pure.
 */
final class Queries {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Map<String, Float> DOC_FIELDS = Map.of("title_terms", 2f, "text_terms", 1f);
  static final Map<String, Float> QUOTE_FIELDS = Map.of("text_terms", 1f);
  static final int SNIPPET_CHARS = 320;

  private Queries() {}

  /** The full-text part of a query, parsed as the Lucene backend parses it. */
  static ObjectNode text(String query, Map<String, Float> fields) {
    return LuceneQueries.parse(query, fields);
  }

  static ObjectNode search(SearchRequest request) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("from", request.offset());
    body.put("size", request.limit());
    body.put("track_total_hits", true);
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(text(request.query(), DOC_FIELDS));
    ArrayNode filters = bool.putArray("filter");
    for (EntityFilter ent : request.filter().entities()) {
      filters.add(term("ent", (ent.type() == null ? "*" : ent.type()) + "|" + ent.canonical()));
    }
    if (request.filter().speaker() != null) {
      filters.add(term("speaker", request.filter().speaker()));
    }
    addShared(filters, request.filter());
    sort(body, request.sort());
    body.putArray("_source").add("id").add("title").add("date").add("source").add("url");
    highlight(body, request.query());
    if (request.facetLimit() > 0) {
      ObjectNode aggs = body.putObject("aggs");
      for (String dim : Facets.ALL) {
        aggs.set(dim, terms(field(dim), request.facetLimit()));
      }
    }
    return body;
  }

  static ObjectNode quotes(QuoteRequest request) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("from", request.offset());
    body.put("size", request.limit());
    body.put("track_total_hits", true);
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(text(request.query(), QUOTE_FIELDS));
    ArrayNode filters = bool.putArray("filter");
    if (request.speaker() != null) {
      filters.add(speaker(request.speaker()));
    }
    addShared(filters, request.filter());
    if (request.query().isEmpty()) {
      sort(body, Sort.DATE_DESC);
    }
    return body;
  }

  /** The exact canonical speaker, or every word of a partial name ("Trump" → "Donald Trump"). */
  static ObjectNode speaker(String speaker) {
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode bool = node.putObject("bool");
    ArrayNode should = bool.putArray("should");
    should.add(term("speaker", speaker));
    ObjectNode match = MAPPER.createObjectNode();
    match.putObject("match").putObject("speaker_names").put("query", speaker).put("operator", "and");
    should.add(match);
    bool.put("minimum_should_match", 1);
    return node;
  }

  /** The filters documents and quotes share: dates, source, language. */
  private static void addShared(ArrayNode filters, SearchFilter filter) {
    if (filter.from() != null || filter.to() != null) {
      ObjectNode range = MAPPER.createObjectNode();
      ObjectNode day = range.putObject("range").putObject("day");
      if (filter.from() != null) {
        day.put("gte", filter.from().toString());
      }
      if (filter.to() != null) {
        day.put("lte", filter.to().toString());
      }
      day.put("format", "yyyy-MM-dd");
      filters.add(range);
    }
    if (filter.source() != null) {
      filters.add(term("source", filter.source()));
    }
    if (filter.language() != null) {
      filters.add(term("language", filter.language()));
    }
  }

  /** Date order as in the Lucene backend: undated last, then by score. */
  static void sort(ObjectNode body, Sort sort) {
    if (sort == Sort.RELEVANCE) {
      return;
    }
    ArrayNode order = body.putArray("sort");
    ObjectNode day = MAPPER.createObjectNode();
    day.putObject("day").put("order", sort == Sort.DATE_DESC ? "desc" : "asc").put("missing", "_last");
    order.add(day);
    order.add("_score");
    body.put("track_scores", true);
  }

  /**
   * Snippets from the {@code text} field (OpenSearch's Swedish analysis) for the query's words:
   * marking is cosmetic, so a plain match on the words, which never fails to parse, will do.
   */
  static void highlight(ObjectNode body, String query) {
    ObjectNode highlight = body.putObject("highlight");
    highlight.putArray("pre_tags").add("<b>");
    highlight.putArray("post_tags").add("</b>");
    highlight.put("encoder", "html");
    ObjectNode text = highlight.putObject("fields").putObject("text");
    text.put("type", "unified");
    text.put("number_of_fragments", 1);
    text.put("fragment_size", SNIPPET_CHARS);
    text.put("no_match_size", SNIPPET_CHARS);
    text.put("boundary_scanner", "sentence");
    text.put("boundary_scanner_locale", "sv-SE");
    String words = query.replaceAll("[\\p{Punct}&&[^-']]|\\b(?:AND|OR|NOT)\\b|\\b\\w+:", " ").strip();
    if (!words.isEmpty()) {
      text.putObject("highlight_query").putObject("match").putObject("text").put("query", words);
    }
  }

  static ObjectNode term(String field, String value) {
    ObjectNode node = MAPPER.createObjectNode();
    node.putObject("term").put(field, value);
    return node;
  }

  static ObjectNode terms(String field, int size) {
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode terms = node.putObject("terms");
    terms.put("field", field);
    terms.put("size", size);
    ArrayNode order = terms.putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    return node;
  }

  /** The keyword field behind a facet. */
  static String field(String facet) {
    return switch (facet) {
      case Facets.SOURCES -> "source";
      case Facets.MONTHS -> "month";
      default -> facet;
    };
  }
}
