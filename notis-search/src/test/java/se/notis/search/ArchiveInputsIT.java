package se.notis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.notis.io.InputRecord;

/** Feed and page URLs, served by a local HTTP server on loopback. */
class ArchiveInputsIT {
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    serve("/feed.xml", "application/rss+xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Lokala nyheter</title><link>%1$s</link><description>d</description>
        <item><title>Brand i Uppsala</title><link>%1$s/a1.html</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
          <description>Kort ingress.</description></item>
        <item><title>Sidan saknas</title><link>%1$s/missing.html</link><pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>
          <description>Ingressen får duga när sidan inte går att läsa.</description></item>
        </channel></rss>
        """.formatted(base));
    serve("/a1.html", "text/html; charset=utf-8", "<html><head><title>Brand</title></head><body><nav>Meny</nav><article>"
        + "<h1>Brand i Uppsala</h1><p>En brand utbröt på natten i ett flerbostadshus i centrala Uppsala. "
        + "Räddningstjänsten evakuerade tjugo personer och ingen skadades allvarligt.</p></article></body></html>");
    server.start();
  }

  private void serve(String path, String type, String body) {
    server.createContext(path, exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void feedUrlFetchesItemPagesAndFallsBackToDescriptions() {
    List<InputRecord> records = new ArrayList<>();
    try (ArchiveInputs inputs = new ArchiveInputs(List.of(base + "/feed.xml", base + "/a1.html", base + "/nothing"))) {
      inputs.forEachRemaining(records::add);
    }
    assertEquals(4, records.size());
    InputRecord first = records.get(0);
    assertTrue(first.ok());
    assertTrue(first.doc().text().contains("Räddningstjänsten evakuerade"), first.doc().text());
    assertFalse(first.doc().text().contains("Meny"));
    assertEquals("2024-03-05", first.doc().meta().date());
    assertEquals("Lokala nyheter", first.doc().meta().source());
    assertEquals(base + "/a1.html", first.doc().meta().url());
    assertEquals("Ingressen får duga när sidan inte går att läsa.", records.get(1).doc().text());
    assertTrue(records.get(2).ok(), "a page URL is one document");
    assertTrue(records.get(2).doc().text().contains("flerbostadshus"));
    assertFalse(records.get(3).ok());
    assertTrue(records.get(3).error().contains("HTTP 404"), records.get(3).error());
  }
}
