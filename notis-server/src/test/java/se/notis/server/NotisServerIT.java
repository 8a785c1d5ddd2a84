package se.notis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotisServerIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  @TempDir static Path dir;
  static ServerFixture fixture;

  @BeforeAll
  static void start() throws IOException {
    fixture = new ServerFixture(dir, 64 * 1024, 4_000);
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  record Answer(int status, JsonNode json, HttpResponse<String> raw) {}

  private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode json = response.body().isEmpty() || !response.body().startsWith("{") && !response.body().startsWith("[")
        ? null : MAPPER.readTree(response.body());
    return new Answer(response.statusCode(), json, response);
  }

  private static Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(fixture.url(path))).GET());
  }

  private static Answer post(String path, String contentType, String body, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixture.url(path)))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void analyzesTextAndHtml() throws Exception {
    Answer text = post("/api/analyze?date=2018-10-19", "text/plain; charset=utf-8",
        "Hundratals migranter tog sig över gränsen. – Vi ska stänga gränsen, sade Donald Trump.", null);
    assertEquals(200, text.status());
    assertEquals("2018-10-19", text.json().get("date").asText());
    assertTrue(text.json().get("sentences").size() >= 2);
    assertTrue(text.json().get("tokens").size() > 10);
    Answer html = post("/api/analyze", "text/html", "<html><body><article><h1>Rubrik</h1><p>Polisen larmades till Malmö.</p>"
        + "<script>alert(1)</script></article></body></html>", null);
    assertEquals(200, html.status());
    assertTrue(html.json().get("text").asText().contains("Polisen larmades"));
    assertTrue(!html.json().get("text").asText().contains("alert"));
  }

  @Test
  void analyzesTheReferenceArticle() throws Exception {
    Path article = Path.of("../../shared/examples/000_a3b195a945d74b47.txt");
    if (!Files.exists(article)) {
      article = Path.of("../shared/examples/000_a3b195a945d74b47.txt");
    }
    Assumptions.assumeTrue(Files.exists(article), "../shared/examples is absent: skipping the reference article");
    Answer answer = post("/api/analyze?date=2018-10-19", "text/plain", Files.readString(article), null);
    assertEquals(200, answer.status());
    assertTrue(answer.json().get("text").asText().startsWith("Hundratals migranter"));
  }

  @Test
  void searchesWithFacetsAndFilters() throws Exception {
    Answer answer = get("/api/search?q=flykting&limit=5");
    assertEquals(200, answer.status());
    assertEquals(3, answer.json().get("total").asInt());
    JsonNode hit = answer.json().get("hits").get(0);
    assertTrue(hit.has("id") && hit.has("title") && hit.has("score") && hit.has("snippet"));
    assertTrue(answer.json().get("facets").has("people"));
    Answer filtered = get("/api/search?q=&entity=" + q("PER:Donald Trump") + "&from=2018-10-20&sort=date");
    assertEquals(1, filtered.json().get("total").asInt());
    assertEquals("a2", filtered.json().get("hits").get(0).get("id").asText());
  }

  @Test
  void documentsEntitiesAndQuotes() throws Exception {
    Answer doc = get("/api/documents/a1");
    assertEquals(200, doc.status());
    assertEquals("a1", doc.json().get("id").asText());
    assertEquals(404, get("/api/documents/nope").status());
    assertEquals("no document with id 'nope'", get("/api/documents/nope").json().get("error").asText());
    Answer entity = get("/api/entities/" + q("Donald Trump").replace("+", "%20"));
    assertEquals(200, entity.status());
    assertEquals(2, entity.json().get("documents").asInt());
    assertEquals(3, entity.json().get("mentions").asInt());
    assertEquals("2018-10", entity.json().get("timeline").get(0).get("value").asText());
    assertTrue(entity.json().get("cooccurring").size() > 0);
    assertEquals(2, entity.json().get("quotes").size());
    assertEquals(404, get("/api/entities/Ingen").status());
    Answer quotes = get("/api/quotes?q=" + q("vad har Trump sagt om gränsen"));
    assertEquals(1, quotes.json().get("total").asInt());
    assertEquals("Vi ska stänga gränsen", quotes.json().get("hits").get(0).get("text").asText());
  }

  @Test
  void ingestNeedsTheTokenAndIsIdempotent() throws Exception {
    String body = "{\"id\": \"new1\", \"title\": \"Ny\", \"date\": \"2020-01-01\", \"text\": \"Ett flyktingläger i Grekland brann.\"}";
    assertEquals(401, post("/api/documents", "application/json", body, null).status());
    assertEquals(401, post("/api/documents", "application/json", body, "wrong").status());
    Answer ok = post("/api/documents", "application/json", body, ServerFixture.TOKEN);
    assertEquals(201, ok.status());
    long count = ok.json().get("documents").asLong();
    Answer again = post("/api/documents", "application/json", "[" + body + "]", ServerFixture.TOKEN);
    assertEquals(count, again.json().get("documents").asLong());
    assertEquals(200, get("/api/documents/new1").status());
    assertEquals(400, post("/api/documents", "application/json", "{\"id\": \"x\"}", ServerFixture.TOKEN).status());
  }

  @Test
  void errorsAreJsonWithStatus() throws Exception {
    Answer big = post("/api/analyze", "text/plain", "ord ".repeat(40_000), null);
    assertEquals(413, big.status());
    assertEquals(413, big.json().get("status").asInt());
    Answer empty = post("/api/analyze", "text/plain", "   ", null);
    assertEquals(400, empty.status());
    assertTrue(empty.json().get("error").asText().contains("empty"));
    assertEquals(400, post("/api/analyze", "application/json", "{not json", null).status());
    assertEquals(400, get("/api/search?q=x&limit=abc").status());
    assertEquals(400, get("/api/search?q=x&limit=100000").status());
    assertEquals(400, get("/api/search?q=x&from=igår").status());
    assertEquals(400, get("/api/search?q=x&sort=sideways").status());
    assertEquals(200, get("/api/search?q=" + q("\"unclosed (((")).status());
    Answer missing = get("/api/nothing-here");
    assertEquals(404, missing.status());
    assertEquals(404, missing.json().get("status").asInt());
    Answer slow = post("/api/analyze", "text/plain", "SOVA länge", null);
    assertEquals(503, slow.status(), String.valueOf(slow.json()));
    assertTrue(slow.json().get("error").asText().contains("4000 ms"));
  }

  @Test
  void servesOpenApiAndThePage() throws Exception {
    Answer api = get("/api/openapi.json");
    assertEquals(200, api.status());
    assertEquals("3.0.3", api.json().get("openapi").asText());
    assertTrue(api.json().get("paths").has("/api/search"));
    Answer page = get("/");
    assertEquals(200, page.status());
    assertTrue(page.raw().body().contains("<main id=\"view\""));
    assertTrue(get("/app.js").raw().body().contains("textContent"));
  }
}
