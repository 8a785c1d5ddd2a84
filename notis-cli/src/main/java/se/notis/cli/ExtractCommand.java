package se.notis.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.notis.doc.BlockLayer;
import se.notis.doc.BlockType;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.io.InputFiles;
import se.notis.io.InputRecord;

/** {@code notis extract}: the clean article text of web pages, text files or JSON Lines records. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the clean article text of each input: {id, title, date, text} per HTML page or text file"
          + " (id = file name without extensions), or per JSON Lines record. .gz is read transparently.",
      "Exit codes: 0 all extracted; 1 a single input was rejected; 2 a batch rejected some inputs"
          + " (error records {id, error} in the output, the count on stderr)."
    })
final class ExtractCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  enum OutputFormat { jsonl, text }

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or directories; none or '-' reads standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: jsonl).")
  OutputFormat format = OutputFormat.jsonl;

  @Option(names = {"-i", "--input"}, description = "Input format: auto, text, html, jsonl (default: by file name or content).")
  String inputFormat = "auto";

  @Override
  public Integer call() throws IOException {
    InputFiles.Format forced = switch (inputFormat) {
      case "text" -> InputFiles.Format.TEXT;
      case "html" -> InputFiles.Format.HTML;
      case "jsonl" -> InputFiles.Format.JSONL;
      case "auto" -> null;
      default -> throw new IllegalArgumentException("unknown input format '" + inputFormat + "'; use auto, text, html or jsonl");
    };
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    try (DocumentSource source = new DocumentSource(inputs, forced)) {
      boolean batch = source.isBatch(inputs);
      Progress progress = new Progress(System.err, batch);
      long rejected = 0;
      String lastError = null;
      while (source.hasNext()) {
        InputRecord record = source.next();
        progress.step();
        if (!record.ok()) {
          rejected++;
          lastError = record.id() + ": " + record.error();
          if (batch) {
            if (format == OutputFormat.jsonl) {
              out.write(ErrorRecord.toJson(record.id(), record.error()));
              out.write('\n');
            } else {
              System.err.println("notis: " + lastError);
            }
          }
          continue;
        }
        write(record.doc(), out);
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

  private void write(Document doc, Writer out) throws IOException {
    String body = bodyText(doc);
    if (format == OutputFormat.text) {
      if (doc.meta().title() != null) {
        out.write(doc.meta().title());
        out.write("\n\n");
      }
      out.write(body);
      out.write("\n\n");
      return;
    }
    StringWriter line = new StringWriter(body.length() + 256);
    try (JsonGenerator gen = JSON.createGenerator(line)) {
      gen.writeStartObject();
      gen.writeStringField("id", doc.id());
      gen.writeStringField("title", doc.meta().title());
      gen.writeStringField("date", doc.meta().date());
      gen.writeStringField("text", body);
      gen.writeEndObject();
    }
    out.write(line.toString());
    out.write('\n');
  }

  /** The document's text without a leading title block (the title has its own field). */
  static String bodyText(Document doc) {
    if (doc.has(Layers.BLOCKS)) {
      BlockLayer blocks = doc.get(Layers.BLOCKS);
      if (blocks.size() > 1 && blocks.type(0) == BlockType.TITLE) {
        return doc.text(blocks.start(1), doc.length());
      }
    }
    return doc.text();
  }
}
