package se.notis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.notis.doc.Document;
import se.notis.internal.SharedData;
import se.notis.io.InputFiles;
import se.notis.io.InputRecord;
import se.notis.io.JsonlReader;

/** Swedish documents for benchmarks: regeringen press releases from ../shared, or a built-in sample. */
final class BenchTexts {
  private BenchTexts() {}

  static List<Document> load(int limit) {
    Optional<Path> news = SharedData.find("data/news/regeringen.jsonl");
    List<Document> docs = new ArrayList<>();
    if (news.isPresent()) {
      try (JsonlReader reader = new JsonlReader(InputFiles.open(news.get()), "regeringen")) {
        while (reader.hasNext() && docs.size() < limit) {
          InputRecord record = reader.next();
          if (record.ok()) {
            docs.add(record.doc());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return docs;
    }
    String sample = "Hundratals migranter från Honduras tog sig på fredagskvällen igenom en barriär längs "
        + "Guatemalas gräns till Mexiko, bl.a. med hjälp av FN:s flyktingorgan UNHCR. Uppemot 4 000 "
        + "migranter är på väg.\n\n– Vi ska ta oss in! skrek en ung man i karavanen, enligt SVT.\n\n";
    for (int i = 0; i < Math.min(limit, 500); i++) {
      docs.add(Document.of(sample.repeat(5)));
    }
    return docs;
  }
}
