package se.notis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.pipeline.StageRegistry;
import se.notis.search.LuceneArchive;
import se.notis.server.NotisServer;

/** {@code notis serve}: the HTTP API and web page over an archive. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
      "Serves the API (/api/…, described at /api/openapi.json) and the web page on 127.0.0.1,",
      "printing the URL once it accepts requests. POST /api/documents needs --token (or NOTIS_TOKEN)."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "Archive directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("notis-data");

  @Option(names = "--port", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--token", description = "Bearer token for POST /api/documents (default: $NOTIS_TOKEN).")
  String token = System.getenv("NOTIS_TOKEN");

  @Option(names = "--timeout-ms", description = "Per-request time limit (default: ${DEFAULT-VALUE}).")
  long timeoutMillis = 30_000;

  @Option(names = "--max-body", description = "Largest request body in bytes (default: ${DEFAULT-VALUE}).")
  long maxBody = 5L << 20;

  @picocli.CommandLine.Mixin BackendOptions backend = new BackendOptions();

  @Override
  public Integer call() throws Exception {
    se.notis.search.ArchiveIndex archive;
    boolean writable = true;
    if (backend.remote()) {
      archive = backend.open(data, true);
    } else try {
      archive = LuceneArchive.open(data);
    } catch (IOException e) {
      if (!String.valueOf(e.getMessage()).contains("in use")) {
        throw e;
      }
      System.err.println("notis: " + e.getMessage() + "; serving read-only");
      archive = LuceneArchive.openReadOnly(data);
      writable = false;
    }
    se.notis.search.ArchiveIndex opened = archive;
    NotisServer.Options options = NotisServer.Options.defaults().withPort(port).withToken(token)
        .withTimeoutMillis(timeoutMillis).withMaxBodyBytes(maxBody);
    NotisServer server = new NotisServer(archive, writable, StageRegistry.defaultPipeline(), options,
        writable ? null : () -> {
          ((LuceneArchive) opened).refresh();
          return null;
        });
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        opened.close();
      } catch (IOException e) {
        System.err.println("notis: closing the archive failed: " + e.getMessage());
      }
      stopped.countDown();
    }));
    server.start();
    System.out.println(server.url());
    System.out.flush();
    stopped.await();
    return 0;
  }
}
