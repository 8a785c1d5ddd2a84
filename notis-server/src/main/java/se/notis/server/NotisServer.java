package se.notis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.notis.doc.Document;
import se.notis.doc.Metadata;
import se.notis.io.BadInputException;
import se.notis.io.DocumentJson;
import se.notis.io.HtmlReader;
import se.notis.io.InputFiles;
import se.notis.io.JsonlReader;
import se.notis.pipeline.Pipeline;
import se.notis.search.ArchiveIndex;
import se.notis.search.ArchiveRecord;
import se.notis.search.EntityFilter;
import se.notis.search.QuoteQuestion;
import se.notis.search.QuoteRequest;
import se.notis.search.SearchFilter;
import se.notis.search.SearchRequest;
import se.notis.search.Sort;

/**
 * The notis HTTP API and web page on one Javalin server bound to loopback. Work runs on a bounded
 * pool with a per-request timeout; every error is a JSON object {@code {"status", "error"}}.
 */
public final class NotisServer implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(NotisServer.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Server settings.
   *
   * @param host address to bind (loopback by default)
   * @param port port, 0 for any free one
   * @param token bearer token that POST /api/documents requires, or null to refuse ingest
   * @param maxBodyBytes largest accepted request body
   * @param timeoutMillis longest time a request may work
   * @param workers threads doing the work
   */
  public record Options(String host, int port, String token, long maxBodyBytes, long timeoutMillis, int workers) {
    public Options {
      host = host == null ? "127.0.0.1" : host;
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535: " + port);
      }
      if (maxBodyBytes < 1024) {
        throw new IllegalArgumentException("body limit must be at least 1024 bytes: " + maxBodyBytes);
      }
      if (timeoutMillis < 1) {
        throw new IllegalArgumentException("timeout must be positive: " + timeoutMillis);
      }
      if (workers < 1) {
        throw new IllegalArgumentException("workers must be positive: " + workers);
      }
      token = token == null || token.isBlank() ? null : token;
    }

    public static Options defaults() {
      return new Options("127.0.0.1", 8080, null, 5L << 20, 30_000, Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
    }

    public Options withPort(int port) {
      return new Options(host, port, token, maxBodyBytes, timeoutMillis, workers);
    }

    public Options withToken(String token) {
      return new Options(host, port, token, maxBodyBytes, timeoutMillis, workers);
    }

    public Options withTimeoutMillis(long timeoutMillis) {
      return new Options(host, port, token, maxBodyBytes, timeoutMillis, workers);
    }

    public Options withMaxBodyBytes(long maxBodyBytes) {
      return new Options(host, port, token, maxBodyBytes, timeoutMillis, workers);
    }
  }

  private final ArchiveIndex archive;
  private final boolean writable;
  private final Pipeline pipeline;
  private final Options options;
  private final ExecutorService work;
  private final ScheduledExecutorService refresher;
  private final Javalin app;

  /**
   * @param archive the archive to serve
   * @param writable whether POST /api/documents may write to it
   * @param refresh called every few seconds to see other processes' commits, or null
   */
  public NotisServer(ArchiveIndex archive, boolean writable, Pipeline pipeline, Options options, Callable<?> refresh) {
    this.archive = Objects.requireNonNull(archive);
    this.writable = writable;
    this.pipeline = Objects.requireNonNull(pipeline);
    this.options = Objects.requireNonNull(options);
    AtomicInteger n = new AtomicInteger();
    this.work = Executors.newFixedThreadPool(options.workers(), r -> {
      Thread t = new Thread(r, "notis-api-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "notis-refresh");
      t.setDaemon(true);
      return t;
    });
    if (refresh != null) {
      refresher.scheduleWithFixedDelay(() -> {
        try {
          refresh.call();
        } catch (Exception e) {
          LOG.warn("archive refresh failed: {}", e.toString());
        }
      }, 5, 5, TimeUnit.SECONDS);
    }
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.http.defaultContentType = "application/json";
      config.jsonMapper(new JavalinJackson(MAPPER, false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/se/notis/server/web";
        files.location = Location.CLASSPATH;
        files.headers = java.util.Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
      });
    });
    routes();
  }

  /** Starts listening; returns once the server accepts requests. */
  public NotisServer start() {
    app.start(options.host(), options.port());
    return this;
  }

  public int port() {
    return app.port();
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    return "http://" + options.host() + ":" + port() + "/";
  }

  private void routes() {
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'");
    });
    app.post("/api/analyze", ctx -> timed(ctx, () -> analyze(ctx)));
    app.get("/api/documents/{id}", ctx -> timed(ctx, () -> document(ctx)));
    app.post("/api/documents", ctx -> timed(ctx, () -> ingest(ctx)));
    app.get("/api/search", ctx -> timed(ctx, () -> search(ctx)));
    app.get("/api/entities/{canonical}", ctx -> timed(ctx, () -> entity(ctx)));
    app.get("/api/quotes", ctx -> timed(ctx, () -> quotes(ctx)));
    app.get("/api/stats", ctx -> timed(ctx, () -> new Reply(200, MAPPER.createObjectNode().put("documents", archive.count()))));
    app.get("/api/openapi.json", ctx -> {
      try (InputStream in = NotisServer.class.getResourceAsStream("/se/notis/server/openapi.json")) {
        ctx.contentType("application/json").result(Objects.requireNonNull(in, "openapi.json").readAllBytes());
      }
    });
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(ApiException.class, (e, ctx) -> {
      if (e.status == 401) {
        ctx.header("WWW-Authenticate", "Bearer");
      }
      error(ctx, e.status, e.getMessage());
    });
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.warn("request {} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
        error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
      }
    });
    app.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path()));
  }

  // ---- handlers

  private Reply analyze(Context ctx) throws IOException {
    Document doc = readDocument(ctx);
    return new Reply(200, DocumentJson.toJson(pipeline.process(doc)));
  }

  private Reply document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<String> found = archive.documentJson(id);
    if (found.isEmpty()) {
      throw new ApiException(404, "no document with id '" + id + "'");
    }
    return new Reply(200, found.get());
  }

  private Reply ingest(Context ctx) throws IOException {
    if (options.token() == null) {
      throw new ApiException(403, "ingest is disabled: start the server with --token or NOTIS_TOKEN");
    }
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), options.token().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "missing or wrong bearer token");
    }
    if (!writable) {
      throw new ApiException(409, "archive is open read-only (another process is writing to it)");
    }
    List<Document> docs = new ArrayList<>();
    String contentType = contentType(ctx);
    if (contentType.contains("json")) {
      JsonNode body = parseJson(body(ctx));
      List<JsonNode> items = new ArrayList<>();
      if (body.isArray()) {
        body.forEach(items::add);
      } else {
        items.add(body);
      }
      if (items.isEmpty() || items.size() > 1000) {
        throw new ApiException(400, "send 1 to 1000 documents");
      }
      int i = 0;
      for (JsonNode item : items) {
        try {
          Document doc = JsonlReader.toDocument(item, "");
          if (doc.id() == null || doc.id().isBlank()) {
            doc = doc.withMeta(doc.meta().withId(ArchiveRecord.contentId(doc.meta().title(), doc.text())));
          }
          docs.add(doc);
        } catch (BadInputException e) {
          throw new ApiException(400, "document " + i + ": " + e.getMessage());
        }
        i++;
      }
    } else {
      Document doc = readDocument(ctx);
      docs.add(doc.withMeta(doc.meta().withId(ArchiveRecord.contentId(doc.meta().title(), doc.text()))));
    }
    List<ArchiveRecord> records = new ArrayList<>();
    for (Document doc : docs) {
      records.add(ArchiveRecord.of(pipeline.process(doc)));
    }
    synchronized (archive) {
      archive.upsert(records);
      archive.commit();
    }
    ObjectNode out = MAPPER.createObjectNode();
    ArrayNode ids = out.putArray("ids");
    records.forEach(r -> ids.add(r.id()));
    out.put("documents", archive.count());
    return new Reply(201, out);
  }

  private Reply search(Context ctx) throws IOException {
    SearchRequest request = new SearchRequest(ctx.queryParam("q"), filter(ctx), Sort.parse(ctx.queryParam("sort")),
        intParam(ctx, "offset", 0), intParam(ctx, "limit", 10), intParam(ctx, "facets", 10));
    return new Reply(200, archive.search(request));
  }

  private Reply entity(Context ctx) throws IOException {
    String canonical = ctx.pathParam("canonical");
    var summary = archive.entity(canonical, intParam(ctx, "limit", 10));
    if (summary.isEmpty()) {
      throw new ApiException(404, "no document mentions '" + canonical + "'");
    }
    return new Reply(200, summary.get());
  }

  private Reply quotes(Context ctx) throws IOException {
    String speaker = ctx.queryParam("speaker");
    String q = ctx.queryParam("q");
    if ((speaker == null || speaker.isBlank()) && q != null) {
      Optional<QuoteRequest> question = QuoteQuestion.parse(q);
      if (question.isPresent()) {
        speaker = question.get().speaker();
        q = question.get().query();
      }
    }
    QuoteRequest request = new QuoteRequest(speaker, q, filter(ctx), intParam(ctx, "offset", 0), intParam(ctx, "limit", 10));
    return new Reply(200, archive.quotes(request));
  }

  // ---- helpers

  private Document readDocument(Context ctx) {
    String body = body(ctx);
    if (body.isBlank()) {
      throw new ApiException(400, "empty body: send the article as text, HTML or JSON {\"text\": …}");
    }
    String contentType = contentType(ctx);
    try {
      Document doc;
      if (contentType.contains("json")) {
        doc = JsonlReader.toDocument(parseJson(body), "request");
      } else if (contentType.contains("html") || !contentType.contains("text/plain")
          && InputFiles.Format.sniff(body) == InputFiles.Format.HTML) {
        doc = HtmlReader.read(body, "request");
      } else {
        doc = Document.of(body, Metadata.ofId("request"));
      }
      Metadata meta = doc.meta();
      String date = ctx.queryParam("date");
      if (date != null && !date.isBlank()) {
        meta = meta.withDate(date);
      }
      String title = ctx.queryParam("title");
      if (title != null && !title.isBlank()) {
        meta = meta.withTitle(title);
      }
      String source = ctx.queryParam("source");
      if (source != null && !source.isBlank()) {
        meta = meta.withSource(source);
      }
      return doc.withMeta(meta);
    } catch (BadInputException e) {
      throw new ApiException(400, e.getMessage());
    }
  }

  private String body(Context ctx) {
    long length = ctx.contentLength();
    if (length > options.maxBodyBytes()) {
      throw new ApiException(413, "body of " + length + " bytes is over the limit of " + options.maxBodyBytes());
    }
    String body = ctx.body();
    if (body.length() > options.maxBodyBytes()) {
      throw new ApiException(413, "body is over the limit of " + options.maxBodyBytes() + " bytes");
    }
    return body;
  }

  private static String contentType(Context ctx) {
    String type = ctx.contentType();
    return type == null ? "" : type.toLowerCase(Locale.ROOT);
  }

  private static JsonNode parseJson(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new ApiException(400, "body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static SearchFilter filter(Context ctx) {
    List<EntityFilter> entities = new ArrayList<>();
    for (String value : ctx.queryParams("entity")) {
      if (!value.isBlank()) {
        entities.add(EntityFilter.parse(value));
      }
    }
    return new SearchFilter(entities, ctx.queryParam("speaker_filter"), dateParam(ctx, "from"), dateParam(ctx, "to"),
        ctx.queryParam("source"), ctx.queryParam("language"));
  }

  private static LocalDate dateParam(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 7 ? LocalDate.parse(value + "-01") : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ApiException(400, name + " must be YYYY-MM-DD: '" + value + "'");
    }
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new ApiException(400, name + " must be a number: '" + value + "'");
    }
  }

  /** A handler's answer; only the request thread writes it, so a timed-out worker cannot. */
  private record Reply(int status, Object body) {
    void write(Context ctx) throws IOException {
      ctx.status(status).contentType("application/json; charset=utf-8");
      ctx.result(body instanceof String s ? s : MAPPER.writeValueAsString(body));
    }
  }

  private static void error(Context ctx, int status, String message) {
    ObjectNode node = MAPPER.createObjectNode().put("status", status).put("error", message == null ? "" : message);
    ctx.status(status).contentType("application/json; charset=utf-8").result(node.toString());
  }

  /** Runs a handler on the work pool, answering 503 when it takes longer than the timeout. */
  private void timed(Context ctx, Callable<Reply> handler) throws Exception {
    Future<Reply> future = work.submit(handler);
    try {
      future.get(options.timeoutMillis(), TimeUnit.MILLISECONDS).write(ctx);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiException(503, "request took longer than " + options.timeoutMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** An error answer with its HTTP status. */
  static final class ApiException extends RuntimeException {
    final int status;

    ApiException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  @Override
  public void close() {
    app.stop();
    work.shutdownNow();
    refresher.shutdownNow();
  }
}
