package se.notis.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.http.HttpHost;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;
import se.notis.search.ArchiveIndex;
import se.notis.search.ArchiveRecord;
import se.notis.search.EntitySummary;
import se.notis.search.FacetCount;
import se.notis.search.Facets;
import se.notis.search.QuoteHit;
import se.notis.search.QuoteRequest;
import se.notis.search.QuoteResult;
import se.notis.search.SearchFilter;
import se.notis.search.SearchHit;
import se.notis.search.SearchRequest;
import se.notis.search.SearchResult;
import se.notis.search.Sort;

/**
 * The archive on an OpenSearch cluster, over its REST API: the same documents, filters, facets,
 * quotes and entity summaries as the embedded Lucene archive. Creates its two indices ({@code
 * NAME} and {@code NAME-quotes}) with the Swedish mapping when they are absent. Upserts go through
 * a {@link BulkIndexer} (retries, back-pressure); {@link #commit()} sends what is pending and
 * refreshes, after which searches see it (OpenSearch's translog has made it durable already).
 * Thread-safe: writes are serialised, searches run concurrently.
 */
public final class OpenSearchArchive implements ArchiveIndex {
  /** Actions per bulk request and bytes per bulk request: a few MB is what OpenSearch advises. */
  static final int BULK_ACTIONS = 2000;
  static final int BULK_BYTES = 8 << 20;

  private final RestClient client;
  private final String docs;
  private final String quotes;
  private final BulkIndexer bulk;

  private OpenSearchArchive(RestClient client, String index) {
    this.client = client;
    this.docs = index;
    this.quotes = index + "-quotes";
    this.bulk = new BulkIndexer(client, BULK_ACTIONS, BULK_BYTES, 8, 100);
  }

  /**
   * Connects to a cluster ({@code http://localhost:9200}) and opens the archive {@code index},
   * creating its indices when absent. Fails with the cluster's answer when it cannot be reached.
   */
  public static OpenSearchArchive open(String url, String index) throws IOException {
    if (index == null || !index.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new IllegalArgumentException("index name must be lower-case letters, digits, '_', '.', '-': '" + index + "'");
    }
    URI uri = URI.create(url);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("OpenSearch URL needs a host, e.g. http://localhost:9200: '" + url + "'");
    }
    RestClient client = RestClient.builder(new HttpHost(uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort(),
        uri.getScheme() == null ? "http" : uri.getScheme())).build();
    OpenSearchArchive archive = new OpenSearchArchive(client, index);
    try {
      archive.createIfAbsent(archive.docs, "documents-index.json");
      archive.createIfAbsent(archive.quotes, "quotes-index.json");
    } catch (IOException | RuntimeException e) {
      client.close();
      throw new IOException("cannot open OpenSearch archive '" + index + "' at " + url + ": " + e.getMessage(), e);
    }
    return archive;
  }

  private void createIfAbsent(String index, String mapping) throws IOException {
    if (exists("/" + index)) {
      return;
    }
    String body;
    try (InputStream in = OpenSearchArchive.class.getResourceAsStream(mapping)) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Request request = new Request("PUT", "/" + index);
    request.setJsonEntity(body);
    try {
      client.performRequest(request);
    } catch (ResponseException e) {
      // Another writer created it in the meantime: that is what we wanted.
      if (!e.getMessage().contains("resource_already_exists_exception")) {
        throw e;
      }
    }
  }

  private boolean exists(String path) throws IOException {
    Request request = new Request("HEAD", path);
    try {
      return client.performRequest(request).getStatusLine().getStatusCode() == 200;
    } catch (ResponseException e) {
      if (e.getResponse().getStatusLine().getStatusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  /** Actions the bulk indexer had to send again because the cluster pushed back. */
  public synchronized long retried() {
    return bulk.retried();
  }

  @Override
  public synchronized void upsert(List<ArchiveRecord> records) throws IOException {
    if (records.isEmpty()) {
      return;
    }
    // A re-ingested document may have fewer quotes than before: drop its old ones first.
    ObjectNode delete = Queries.MAPPER.createObjectNode();
    ArrayNode ids = delete.putObject("query").putObject("terms").putArray("doc_id");
    for (ArchiveRecord record : records) {
      ids.add(record.id());
    }
    Request request = new Request("POST", "/" + quotes + "/_delete_by_query");
    request.addParameter("conflicts", "proceed");
    request.setJsonEntity(delete.toString());
    client.performRequest(request);
    for (ArchiveRecord record : records) {
      bulk.index(docs, record.id(), Sources.document(record));
      for (int i = 0; i < record.quotes().size(); i++) {
        bulk.index(quotes, record.id() + "#q" + i, Sources.quote(record, i));
      }
    }
  }

  @Override
  public synchronized void commit() throws IOException {
    bulk.flush();
    client.performRequest(new Request("POST", "/" + docs + "," + quotes + "/_refresh"));
  }

  @Override
  public long count() throws IOException {
    return get("GET", "/" + docs + "/_count", null).path("count").asLong();
  }

  @Override
  public boolean contains(String id) throws IOException {
    return exists("/" + docs + "/_doc/" + encode(id));
  }

  @Override
  public Optional<String> documentJson(String id) throws IOException {
    Request request = new Request("GET", "/" + docs + "/_doc/" + encode(id));
    request.addParameter("_source_includes", "json");
    try {
      JsonNode answer = read(client.performRequest(request));
      JsonNode json = answer.path("_source").path("json");
      return json.isTextual() ? Optional.of(json.asText()) : Optional.empty();
    } catch (ResponseException e) {
      if (e.getResponse().getStatusLine().getStatusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    JsonNode answer = get("POST", "/" + docs + "/_search", Queries.search(request));
    List<SearchHit> hits = hits(answer);
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    if (request.facetLimit() > 0) {
      for (String dim : Facets.ALL) {
        facets.put(dim, buckets(answer.path("aggregations").path(dim)));
      }
    }
    return new SearchResult(answer.path("hits").path("total").path("value").asLong(), hits, facets,
        (System.nanoTime() - started) / 1e6);
  }

  @Override
  public QuoteResult quotes(QuoteRequest request) throws IOException {
    JsonNode answer = get("POST", "/" + quotes + "/_search", Queries.quotes(request));
    List<QuoteHit> hits = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      JsonNode s = hit.path("_source");
      hits.add(new QuoteHit(text(s, "doc_id"), text(s, "title"), text(s, "date"), text(s, "speaker"),
          text(s, "text"), text(s, "kind"), text(s, "cue"), s.path("start").asInt(-1), s.path("end").asInt(-1),
          (float) hit.path("_score").asDouble(Double.NaN)));
    }
    return new QuoteResult(answer.path("hits").path("total").path("value").asLong(), hits);
  }

  @Override
  public Optional<EntitySummary> entity(String canonical, int limit) throws IOException {
    if (canonical == null || canonical.isBlank()) {
      return Optional.empty();
    }
    ObjectNode body = Queries.MAPPER.createObjectNode();
    body.put("size", Math.max(1, limit));
    body.put("track_total_hits", true);
    body.set("query", Queries.term("ent", "*|" + canonical));
    Queries.sort(body, Sort.DATE_DESC);
    body.putArray("_source").add("id").add("title").add("date").add("source").add("url");
    Queries.highlight(body, "");
    ObjectNode aggs = body.putObject("aggs");
    for (String dim : List.of(Facets.PEOPLE, Facets.PLACES, Facets.ORGANISATIONS)) {
      aggs.set(dim, Queries.terms(dim, limit + 1));
    }
    aggs.set(Facets.MONTHS, Queries.terms("month", 10_000));
    ObjectNode types = aggs.putObject("types").putObject("filters").putObject("filters");
    for (String type : List.of("PER", "LOC", "ORG", "MISC")) {
      types.set(type, Queries.term("ent", type + "|" + canonical));
    }
    ObjectNode nested = aggs.putObject("mentions");
    nested.putObject("nested").put("path", "entity_counts");
    ObjectNode only = nested.putObject("aggs").putObject("only");
    only.set("filter", Queries.term("entity_counts.key", "*|" + canonical));
    only.putObject("aggs").putObject("n").putObject("sum").put("field", "entity_counts.n");
    JsonNode answer = get("POST", "/" + docs + "/_search", body);

    long documents = answer.path("hits").path("total").path("value").asLong();
    QuoteResult said = quotes(new QuoteRequest(canonical, "", SearchFilter.NONE, 0, limit));
    if (documents == 0 && said.total() == 0) {
      return Optional.empty();
    }
    JsonNode aggsOut = answer.path("aggregations");
    String type = null;
    long best = 0;
    for (String candidate : List.of("PER", "LOC", "ORG", "MISC")) {
      long count = aggsOut.path("types").path("buckets").path(candidate).path("doc_count").asLong();
      if (count > best) {
        best = count;
        type = candidate;
      }
    }
    long mentions = Math.round(aggsOut.path("mentions").path("only").path("n").path("value").asDouble());
    List<EntitySummary.Cooccurrence> cooccurring = new ArrayList<>();
    List<FacetCount> timeline = new ArrayList<>();
    if (documents > 0) {
      for (String entType : List.of("PER", "LOC", "ORG")) {
        for (FacetCount count : buckets(aggsOut.path(Facets.ofEntityType(entType)))) {
          if (!count.value().equals(canonical)) {
            cooccurring.add(new EntitySummary.Cooccurrence(count.value(), entType, count.count()));
          }
        }
      }
      cooccurring.sort(Comparator.comparingLong(EntitySummary.Cooccurrence::documents).reversed());
      if (cooccurring.size() > limit) {
        cooccurring = cooccurring.subList(0, limit);
      }
      timeline.addAll(buckets(aggsOut.path(Facets.MONTHS)));
      timeline.sort(Comparator.comparing(FacetCount::value));
    }
    return Optional.of(new EntitySummary(canonical, type, documents, mentions, cooccurring, said.hits(),
        timeline, hits(answer)));
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  // ---- helpers

  private JsonNode get(String method, String path, ObjectNode body) throws IOException {
    Request request = new Request(method, path);
    if (body != null) {
      request.setJsonEntity(body.toString());
    }
    return read(client.performRequest(request));
  }

  private static JsonNode read(Response response) throws IOException {
    try (InputStream in = response.getEntity().getContent()) {
      return Queries.MAPPER.readTree(in);
    }
  }

  private static List<SearchHit> hits(JsonNode answer) {
    List<SearchHit> hits = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      JsonNode s = hit.path("_source");
      JsonNode fragments = hit.path("highlight").path("text");
      String snippet = fragments.isArray() && fragments.size() > 0 ? fragments.get(0).asText().strip() : "";
      hits.add(new SearchHit(text(s, "id"), text(s, "title"), (float) hit.path("_score").asDouble(Double.NaN),
          snippet, text(s, "date"), text(s, "source"), text(s, "url")));
    }
    return hits;
  }

  private static List<FacetCount> buckets(JsonNode agg) {
    List<FacetCount> values = new ArrayList<>();
    for (JsonNode bucket : agg.path("buckets")) {
      values.add(new FacetCount(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
    }
    return values;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String encode(String id) {
    return java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The {@code _source} of each indexed document: fields as the mapping names them. */
  static final class Sources {
    private Sources() {}

    static ObjectNode document(ArchiveRecord record) {
      ObjectNode s = Queries.MAPPER.createObjectNode();
      s.put("id", record.id());
      s.put("title", record.title());
      if (record.title() != null) {
        s.put("title_terms", AnalyzedTerms.of(record.title()));
      }
      s.put("text", record.text());
      s.put("text_terms", AnalyzedTerms.of(record.text()));
      s.put("date", record.date());
      s.put("day", record.day() == null ? null : record.day().toString());
      s.put("month", record.month());
      s.put("source", record.source());
      s.put("url", record.url());
      s.put("language", record.language());
      Set<String> ent = new LinkedHashSet<>();
      Map<String, Set<String>> facets = new LinkedHashMap<>();
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (ArchiveRecord.Mention mention : record.mentions()) {
        ent.add("*|" + mention.canonical());
        ent.add(mention.type() + "|" + mention.canonical());
        counts.merge("*|" + mention.canonical(), 1, Integer::sum);
        String dim = Facets.ofEntityType(mention.type());
        if (dim != null) {
          facets.computeIfAbsent(dim, d -> new LinkedHashSet<>()).add(mention.canonical());
        }
      }
      addAll(s.putArray("ent"), ent);
      for (String dim : List.of(Facets.PEOPLE, Facets.PLACES, Facets.ORGANISATIONS)) {
        addAll(s.putArray(dim), facets.getOrDefault(dim, Set.of()));
      }
      Set<String> speakers = new LinkedHashSet<>();
      for (ArchiveRecord.QuoteEntry quote : record.quotes()) {
        if (quote.speaker() != null) {
          speakers.add(quote.speaker());
        }
      }
      addAll(s.putArray("speaker"), speakers);
      ArrayNode entityCounts = s.putArray("entity_counts");
      counts.forEach((key, n) -> entityCounts.addObject().put("key", key).put("n", n));
      s.put("json", record.json());
      return s;
    }

    static ObjectNode quote(ArchiveRecord record, int index) {
      ArchiveRecord.QuoteEntry quote = record.quotes().get(index);
      ObjectNode s = Queries.MAPPER.createObjectNode();
      s.put("id", record.id() + "#q" + index);
      s.put("doc_id", record.id());
      s.put("text", quote.text());
      s.put("text_terms", AnalyzedTerms.of(quote.text()));
      s.put("speaker", quote.speaker());
      if (quote.speaker() != null) {
        s.put("speaker_names", quote.speaker());
      }
      s.put("kind", quote.kind().toLowerCase(Locale.ROOT));
      s.put("cue", quote.cue());
      s.put("start", quote.start());
      s.put("end", quote.end());
      s.put("title", record.title());
      s.put("date", record.date());
      s.put("day", record.day() == null ? null : record.day().toString());
      s.put("source", record.source());
      s.put("language", record.language());
      return s;
    }

    private static void addAll(ArrayNode array, Iterable<String> values) {
      for (String value : values) {
        array.add(value);
      }
    }
  }
}
