package se.notis.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.queryparser.classic.QueryParser;
import se.notis.search.EntityFilter;
import se.notis.search.Facets;
import se.notis.search.QuoteRequest;
import se.notis.search.SearchFilter;
import se.notis.search.SearchRequest;
import se.notis.search.Sort;

/**
 * Builds OpenSearch query bodies that mean what the Lucene backend's queries mean: Lucene classic
 * query syntax over title (boost 2) and text, AND between words, each word's field scores summed
 * ({@code most_fields}), the same filters as term and range queries, facets as terms
 * aggregations (count, then value order). Pure.
 */
final class Queries {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String[] DOC_FIELDS = {"title^2", "title_parts^2", "text", "text_parts"};
  static final String[] QUOTE_FIELDS = {"text", "text_parts"};
  static final int SNIPPET_CHARS = 320;

  private Queries() {}

  /** The full-text part of a query; {@code escaped} reads every character literally. */
  static ObjectNode text(String query, String[] fields, boolean escaped) {
    ObjectNode node = MAPPER.createObjectNode();
    if (query.isBlank() || query.equals("*") || query.equals("*:*")) {
      node.putObject("match_all");
      return node;
    }
    ObjectNode qs = node.putObject("query_string");
    qs.put("query", escaped ? QueryParser.escape(query) : query);
    ArrayNode list = qs.putArray("fields");
    for (String field : fields) {
      list.add(field);
    }
    qs.put("default_operator", "AND");
    qs.put("type", "most_fields");
    // Lucene's classic parser refuses a leading wildcard (a full scan); so does the Lucene backend.
    qs.put("allow_leading_wildcard", false);
    return node;
  }

  static ObjectNode search(SearchRequest request, boolean escaped) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("from", request.offset());
    body.put("size", request.limit());
    body.put("track_total_hits", true);
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(text(request.query(), DOC_FIELDS, escaped));
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
    highlight(body);
    if (request.facetLimit() > 0) {
      ObjectNode aggs = body.putObject("aggs");
      for (String dim : Facets.ALL) {
        aggs.set(dim, terms(field(dim), request.facetLimit()));
      }
    }
    return body;
  }

  static ObjectNode quotes(QuoteRequest request, boolean escaped) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("from", request.offset());
    body.put("size", request.limit());
    body.put("track_total_hits", true);
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(text(request.query(), QUOTE_FIELDS, escaped));
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

  static void highlight(ObjectNode body) {
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
