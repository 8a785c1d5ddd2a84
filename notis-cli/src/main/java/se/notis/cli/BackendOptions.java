package se.notis.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.notis.opensearch.OpenSearchArchive;
import se.notis.search.ArchiveIndex;
import se.notis.search.LuceneArchive;

/**
 * The {@code --backend}, {@code --url} and {@code --index} options of the commands that use an
 * archive: the embedded Lucene index in {@code --data} (default) or an OpenSearch cluster.
 */
final class BackendOptions {
  enum Backend { lucene, opensearch }

  @Option(names = "--backend", description = "Archive backend: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Backend backend = Backend.lucene;

  @Option(names = "--url", paramLabel = "URL", description = "OpenSearch URL for --backend opensearch (default: ${DEFAULT-VALUE}).")
  String url = "http://localhost:9200";

  @Option(names = "--index", paramLabel = "NAME", description = "OpenSearch index of the archive (default: ${DEFAULT-VALUE}).")
  String index = "notis";

  boolean remote() {
    return backend == Backend.opensearch;
  }

  /** The archive: OpenSearch when chosen, else the Lucene index in {@code data} (read-only unless {@code write}). */
  ArchiveIndex open(Path data, boolean write) throws IOException {
    if (remote()) {
      return OpenSearchArchive.open(url, index);
    }
    return write ? LuceneArchive.open(data) : LuceneArchive.openReadOnly(data);
  }
}
