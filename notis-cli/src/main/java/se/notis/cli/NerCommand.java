package se.notis.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.notis.ner.EntityTagger;
import se.notis.ner.NerModel;
import se.notis.ner.NerStage;

/** {@code notis ner}: labels pre-tokenised text with BIO entity labels. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Reads one token per line (first column; a blank line ends a sentence) and writes"
        + " token<TAB>BIO label.")
final class NerCommand implements Callable<Integer> {
  @Option(names = "--input", defaultValue = "conll", description = "input format: conll (the only one)")
  String input;

  @Option(names = "--model", paramLabel = "MODEL.bin.gz", description = "a trained model (default: the built-in one)")
  Path model;

  @Option(names = "--rules", description = "apply the annotation rules of the hand-annotated documents"
      + " (shared/data/gold/GUIDELINES.md) after the tagger; by default the tagger alone labels, in the"
      + " CoNLL conventions it was trained on, exactly as `notis eval ner` scores it")
  boolean rules;

  /** The default since the tagger alone is the CoNLL-style output; kept so older scripts still run. */
  @Option(names = "--no-rules", hidden = true)
  boolean noRules;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "input file, or - / none for stdin")
  Path file;

  @Override
  public Integer call() throws Exception {
    if (!"conll".equals(input)) {
      throw new IllegalArgumentException("unknown --input '" + input + "'; known: conll");
    }
    NerModel nerModel = model == null ? NerModel.standard() : NerModel.load(model);
    EntityTagger tagger = rules && !noRules ? NerStage.ruledTagger(nerModel) : NerStage.tagger(nerModel);
    boolean stdin = file == null || file.toString().equals("-");
    try (BufferedReader in = stdin
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(file, StandardCharsets.UTF_8);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      List<String> sentence = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          flush(sentence, tagger, out);
          continue;
        }
        int tab = line.indexOf('\t');
        String token = (tab < 0 ? line : line.substring(0, tab)).strip();
        if (!token.isEmpty()) {
          sentence.add(token);
        }
      }
      flush(sentence, tagger, out);
    }
    return 0;
  }

  private static void flush(List<String> sentence, EntityTagger tagger, BufferedWriter out) throws java.io.IOException {
    if (sentence.isEmpty()) {
      return;
    }
    String[] tokens = sentence.toArray(new String[0]);
    String[] labels = tagger.tag(tokens);
    for (int i = 0; i < tokens.length; i++) {
      out.write(tokens[i]);
      out.write('\t');
      out.write(labels[i]);
      out.write('\n');
    }
    out.write('\n');
    sentence.clear();
  }
}
