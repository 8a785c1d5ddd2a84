package se.notis.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import se.notis.doc.Document;
import se.notis.io.DocumentJson;
import se.notis.io.InputRecord;
import se.notis.io.JsonlReader;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/**
 * Reads and analyses the records of one partition, lazily, one at a time. The pipeline is taken
 * from {@link StageRegistry} once per partition; its stages (and their models) are the registry's
 * shared instances, created once per executor JVM. A record that cannot be read or analysed
 * becomes an error row with the same message the command line prints.
 */
final class PartitionAnalyzer {
  private PartitionAnalyzer() {}

  /** The pipeline of the named stages, or the default one when the list is empty. */
  static Pipeline pipeline(List<String> stages) {
    return stages.isEmpty() ? StageRegistry.defaultPipeline() : StageRegistry.pipeline(stages);
  }

  static Iterator<Row> analyse(Iterator<SourceLine> lines, List<String> stages) {
    Pipeline pipeline = pipeline(stages);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Row next() {
        return analyse(lines.next(), pipeline);
      }
    };
  }

  static Row analyse(SourceLine source, Pipeline pipeline) {
    InputRecord record = JsonlReader.parseLine(source.bytes(), source.name(), source.line());
    if (!record.ok()) {
      return AnalysisRows.ofError(source.name(), source.line(), record.id(), record.error());
    }
    try {
      Document doc = pipeline.process(record.doc());
      return AnalysisRows.ofDocument(source.name(), source.line(), doc, DocumentJson.toJson(doc));
    } catch (RuntimeException | StackOverflowError e) {
      // The same words as `notis analyze`, so the error table reads like its error records.
      return AnalysisRows.ofError(source.name(), source.line(), record.id(), "analysis failed: " + describe(e));
    }
  }

  /** The first line of the message, or the exception's class when it has none. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName()
        : message.lines().findFirst().orElse(message);
  }
}
