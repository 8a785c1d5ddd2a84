package se.notis.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.notis.doc.Document;
import se.notis.doc.Metadata;
import se.notis.io.ConlluWriter;
import se.notis.io.DocumentJson;
import se.notis.io.InputFiles;
import se.notis.io.InputRecord;
import se.notis.io.TextView;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** {@code notis analyze}: runs the pipeline over text, HTML or JSON Lines inputs. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses Swedish text, HTML pages or JSON Lines records ({id, date, title, text}).",
      "Exit codes: 0 all analysed; 1 a single input was rejected or the run failed;"
          + " 2 a batch finished but rejected some records (see the error records and the count on stderr)."
    })
final class AnalyzeCommand implements Callable<Integer> {
  enum OutputFormat { json, jsonl, conllu, text }

  enum InputFormat { auto, text, html, jsonl }

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or directories; none or '-' reads standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-i", "--input"}, description = "Input format: ${COMPLETION-CANDIDATES} (default: by file name or content).")
  InputFormat inputFormat = InputFormat.auto;

  @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: json).")
  OutputFormat format = OutputFormat.json;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs that carry none.")
  String date;

  @Option(names = "--stages", split = ",", paramLabel = "STAGE", description = "Run only these stages (and what they need).")
  List<String> stages;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Reject documents longer than this many characters (default: ${DEFAULT-VALUE}).")
  int maxChars = 10_000_000;

  @Override
  public Integer call() throws IOException {
    if (date != null) {
      Metadata.EMPTY.withDate(date);
    }
    Pipeline pipeline = stages == null ? StageRegistry.defaultPipeline() : StageRegistry.pipeline(stages);
    InputFiles.Format forced = switch (inputFormat) {
      case text -> InputFiles.Format.TEXT;
      case html -> InputFiles.Format.HTML;
      case jsonl -> InputFiles.Format.JSONL;
      case auto -> null;
    };
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    try (DocumentSource source = new DocumentSource(inputs, forced)) {
      boolean batch = source.isBatch(inputs) || format == OutputFormat.jsonl;
      Progress progress = new Progress(System.err, batch);
      long rejected = 0;
      String lastError = null;
      JsonGenerator array = null;
      if (format == OutputFormat.json && batch) {
        array = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        array.useDefaultPrettyPrinter();
        array.writeStartArray();
      }
      while (source.hasNext()) {
        InputRecord record = source.next();
        Document doc = null;
        String error = record.error();
        if (record.ok() && record.doc().text().length() > maxChars) {
          error = String.format("document too long: %,d characters (limit %,d; raise it with --max-chars)",
              record.doc().text().length(), maxChars);
        } else if (record.ok()) {
          try {
            doc = pipeline.process(withDate(record.doc()));
          } catch (RuntimeException e) {
            error = "analysis failed: " + Errors.describe(e);
          }
        }
        progress.step();
        if (doc == null) {
          rejected++;
          lastError = record.id() + ": " + error;
          writeError(out, array, record.id(), error, batch);
          continue;
        }
        write(doc, out, array);
      }
      if (array != null) {
        array.writeEndArray();
        array.flush();
        out.write('\n');
      }
      progress.finish();
      out.flush();
      if (rejected > 0) {
        if (!batch) {
          System.err.println("notis: " + lastError);
          return 1;
        }
        System.err.printf("notis: %,d of %,d inputs rejected (error records in the output)%n", rejected, progress.count());
        return 2;
      }
      return 0;
    }
  }

  private Document withDate(Document doc) {
    return date != null && doc.meta().date() == null ? doc.withMeta(doc.meta().withDate(date)) : doc;
  }

  private void write(Document doc, Writer out, JsonGenerator array) throws IOException {
    switch (format) {
      case json -> {
        if (array != null) {
          DocumentJson.write(doc, array);
        } else {
          DocumentJson.write(doc, out, true);
          out.write('\n');
        }
      }
      case jsonl -> {
        out.write(DocumentJson.toJson(doc));
        out.write('\n');
      }
      case conllu -> ConlluWriter.write(doc, out);
      case text -> TextView.write(doc, out);
    }
  }

  private void writeError(Writer out, JsonGenerator array, String id, String error, boolean batch) throws IOException {
    if (!batch) {
      return;
    }
    if (array != null) {
      array.writeStartObject();
      array.writeStringField("id", id);
      array.writeStringField("error", error);
      array.writeEndObject();
    } else if (format == OutputFormat.jsonl) {
      out.write(ErrorRecord.toJson(id, error));
      out.write('\n');
    } else {
      System.err.println("notis: " + id + ": " + error);
    }
  }
}
