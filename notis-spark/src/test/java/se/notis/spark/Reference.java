package se.notis.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.notis.doc.Document;
import se.notis.io.DocumentJson;
import se.notis.io.InputFiles;
import se.notis.io.InputRecord;
import se.notis.io.JsonlReader;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/**
 * What {@code notis analyze --input jsonl --format jsonl FILE} writes for a file, computed the
 * way its command does (stream the file with {@link JsonlReader}, run the default pipeline, write
 * {@link DocumentJson#toJson}), split into analyses and {@code id<TAB>error} lines.
 */
record Reference(List<String> analyses, List<String> errors, List<Document> docs) {
  static Reference of(Path file) throws IOException {
    Pipeline pipeline = StageRegistry.defaultPipeline();
    List<String> analyses = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        JsonlReader reader = new JsonlReader(in, InputFiles.baseName(file))) {
      while (reader.hasNext()) {
        InputRecord record = reader.next();
        if (!record.ok()) {
          errors.add(record.id() + "\t" + record.error());
          continue;
        }
        try {
          Document doc = pipeline.process(record.doc());
          analyses.add(DocumentJson.toJson(doc));
          docs.add(doc);
        } catch (RuntimeException e) {
          errors.add(record.id() + "\tanalysis failed: " + PartitionAnalyzer.describe(e));
        }
      }
    }
    return new Reference(analyses, errors, docs);
  }
}
