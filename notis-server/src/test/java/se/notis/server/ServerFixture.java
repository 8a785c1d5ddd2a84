package se.notis.server;

import se.notis.search.TestDocs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import se.notis.doc.Document;
import se.notis.doc.LayerKey;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.Stage;
import se.notis.pipeline.StageRegistry;
import se.notis.search.LuceneArchive;

/** A server on a free loopback port over an archive of the hand-built sample documents. */
final class ServerFixture implements AutoCloseable {
  static final String TOKEN = "s3cret-token";
  final LuceneArchive archive;
  final NotisServer server;

  ServerFixture(Path dir, long maxBody, long timeoutMillis) throws IOException {
    archive = LuceneArchive.open(dir);
    archive.add(TestDocs.sample());
    archive.commit();
    // The real default pipeline, plus a stage that sleeps on request to test the timeout.
    Pipeline.Builder builder = Pipeline.builder();
    StageRegistry.defaultPipeline().stages().forEach(builder::add);
    Pipeline pipeline = builder.add(new SlowStage()).build();
    NotisServer.Options options = NotisServer.Options.defaults().withPort(0).withToken(TOKEN)
        .withMaxBodyBytes(maxBody).withTimeoutMillis(timeoutMillis);
    server = new NotisServer(archive, true, pipeline, options, null).start();
  }

  String url(String path) {
    return server.url() + path.replaceFirst("^/", "");
  }

  @Override
  public void close() throws IOException {
    server.close();
    archive.close();
  }

  /** Sleeps on texts that ask for it, so the request timeout can be tested. */
  static final class SlowStage implements Stage {
    @Override
    public String name() {
      return "slow-for-tests";
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of();
    }

    @Override
    public Set<LayerKey<?>> provides() {
      return Set.of();
    }

    @Override
    public Document process(Document doc) {
      if (doc.text().startsWith("SOVA")) {
        try {
          Thread.sleep(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return doc;
    }
  }

  static List<Document> sample() {
    return TestDocs.sample();
  }
}
