package se.notis.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.pipeline.StageRegistry;
import se.notis.search.LuceneArchive;
import se.notis.server.NotisServer;

/**
 * {@code notis bench-api}: a load client for {@code POST /api/analyze}: N concurrent clients post
 * an article for a fixed time; prints sustained requests/s, latency percentiles and errors.
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
    description = {
      "Sustained POST /api/analyze requests/s with concurrent clients on loopback.",
      "Without --url it starts a server in this JVM on a free port over an empty archive in a temp dir."
    })
final class BenchApiCommand implements Callable<Integer> {
  @Option(names = "--url", description = "Server base URL, e.g. http://127.0.0.1:8080/ (default: start one here).")
  String url;

  @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients = 8;

  @Option(names = "--seconds", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
  int seconds = 30;

  @Option(names = "--warmup-seconds", description = "Unmeasured seconds first (default: ${DEFAULT-VALUE}).")
  int warmupSeconds = 5;

  @Option(names = "--article", description = "Text posted (default: ${DEFAULT-VALUE}).")
  Path article = Path.of("../shared/examples/000_a3b195a945d74b47.txt");

  @Override
  public Integer call() throws Exception {
    String body = Files.exists(article) ? Files.readString(article)
        : "Hundratals migranter från Honduras tog sig igenom en barriär längs Guatemalas gräns till Mexiko.";
    Path temp = null;
    LuceneArchive archive = null;
    NotisServer server = null;
    if (url == null) {
      temp = Files.createTempDirectory("notis-bench-api");
      archive = LuceneArchive.open(temp);
      server = new NotisServer(archive, true, StageRegistry.defaultPipeline(),
          NotisServer.Options.defaults().withPort(0), null).start();
      url = server.url();
    }
    try {
      URI target = URI.create(url.replaceFirst("/?$", "/") + "api/analyze?date=2018-10-19");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      run(http, target, body, warmupSeconds, null);
      List<Long> latencies = new ArrayList<>();
      AtomicLong errors = new AtomicLong();
      long start = System.nanoTime();
      long ok = run(http, target, body, seconds, latencies, errors);
      double elapsed = (System.nanoTime() - start) / 1e9;
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(Locale.ROOT, "clients=%d seconds=%.1f requests=%d errors=%d bytes_per_request=%d%n",
          clients, elapsed, ok, errors.get(), body.getBytes(StandardCharsets.UTF_8).length);
      System.out.printf(Locale.ROOT, "requests_per_s=%.1f latency_ms p50=%.1f p99=%.1f max=%.1f%n", ok / elapsed,
          pct(sorted, 0.5), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
      return errors.get() == 0 ? 0 : 2;
    } finally {
      if (server != null) {
        server.close();
      }
      if (archive != null) {
        archive.close();
      }
      if (temp != null) {
        deleteTree(temp);
      }
    }
  }

  private long run(HttpClient http, URI target, String body, int secs, List<Long> latencies) throws InterruptedException {
    return run(http, target, body, secs, latencies, new AtomicLong());
  }

  private long run(HttpClient http, URI target, String body, int secs, List<Long> latencies, AtomicLong errors)
      throws InterruptedException {
    long end = System.nanoTime() + secs * 1_000_000_000L;
    AtomicLong ok = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread thread = new Thread(() -> {
        List<Long> mine = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().startsWith("{")) {
              ok.incrementAndGet();
              mine.add(System.nanoTime() - t0);
            } else {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        if (latencies != null) {
          synchronized (latencies) {
            latencies.addAll(mine);
          }
        }
      }, "bench-client-" + c);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return ok.get();
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
