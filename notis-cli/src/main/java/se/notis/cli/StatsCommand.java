package se.notis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.search.FacetCount;
import se.notis.search.LuceneArchive;
import se.notis.search.SearchRequest;
import se.notis.search.SearchResult;

/** {@code notis stats}: size and contents of an archive. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Prints the number of documents, index size and top facets of an archive.")
final class StatsCommand implements Callable<Integer> {
  enum Format { text, json }

  @Option(names = "--data", paramLabel = "DIR", description = "Archive directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("notis-data");

  @Option(names = {"-f", "--format"}, description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public Integer call() throws IOException {
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
      SearchResult all = archive.search(SearchRequest.of("").withPage(0, 0).withFacetLimit(10));
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode node = mapper.createObjectNode();
      node.put("documents", archive.count());
      node.put("index_bytes", archive.sizeInBytes());
      node.set("facets", mapper.valueToTree(all.facets()));
      if (format == Format.json) {
        System.out.println(mapper.writeValueAsString(node));
      } else {
        System.out.printf("documents  %,d%nindex      %,.1f MB%n", archive.count(), archive.sizeInBytes() / 1e6);
        all.facets().forEach((dim, values) -> System.out.printf("%-14s %s%n", dim, describe(values)));
      }
    }
    return 0;
  }

  private static String describe(List<FacetCount> values) {
    StringBuilder out = new StringBuilder();
    for (FacetCount value : values) {
      out.append(out.length() == 0 ? "" : ", ").append(value.value()).append(" (").append(value.count()).append(')');
    }
    return out.toString();
  }
}
