package se.notis.cli;

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
import se.notis.doc.Quote;
import se.notis.io.InputRecord;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/** {@code notis quotes}: who said what, one line per quote: {@code speaker — «quote» (cue)}. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Lists the quotes of each input as 'speaker — «quote» (cue)', with kind and medium.")
final class QuotesCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or directories; none or '-' reads standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--stages", split = ",", paramLabel = "STAGE",
      description = "Stages to run (default: the default pipeline up to 'quote').")
  List<String> stages;

  @Override
  public Integer call() throws IOException {
    List<String> names = StageRegistry.names();
    Pipeline pipeline = StageRegistry.pipeline(stages != null ? stages
        : names.subList(0, names.indexOf("quote") + 1));
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    int rejected = 0;
    try (DocumentSource source = new DocumentSource(inputs, null)) {
      boolean batch = source.isBatch(inputs);
      while (source.hasNext()) {
        InputRecord record = source.next();
        if (!record.ok()) {
          rejected++;
          System.err.println("notis: " + record.id() + ": " + record.error());
          continue;
        }
        Document doc = pipeline.process(record.doc());
        if (batch) {
          out.write("# " + doc.id() + "\n");
        }
        for (Quote quote : doc.quotes()) {
          out.write(line(doc, quote));
          out.write('\n');
        }
      }
    }
    out.flush();
    return rejected == 0 ? 0 : inputs.size() > 1 ? 2 : 1;
  }

  static String line(Document doc, Quote quote) {
    StringBuilder line = new StringBuilder();
    line.append(quote.speaker() == null ? "?" : quote.speaker().canonical());
    if (quote.speaker() != null && !doc.text(quote.speaker().start(), quote.speaker().end())
        .equals(quote.speaker().canonical())) {
      line.append(" [").append(doc.text(quote.speaker().start(), quote.speaker().end())).append(']');
    }
    line.append(" — «").append(doc.text(quote.start(), quote.end())).append("» (");
    line.append(quote.cue() == null ? "-" : doc.text(quote.cue().start(), quote.cue().end()));
    line.append(", ").append(quote.kind().label());
    if (quote.medium() != null) {
      line.append(", ").append(doc.text(quote.medium().start(), quote.medium().end()));
    }
    return line.append(')').toString();
  }
}
