package se.notis.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.notis.doc.Document;
import se.notis.doc.Sentence;
import se.notis.doc.Token;
import se.notis.internal.WordClusterBuilder;
import se.notis.io.InputFiles;
import se.notis.io.InputRecord;
import se.notis.io.JsonlReader;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/**
 * {@code notis train clusters}: learns the hierarchical word clusters of the syntax models from
 * unlabelled news (JSON Lines), tokenised and split into sentences by the notis pipeline itself so
 * that the clusters see words exactly as the tagger will.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = "Learns hierarchical word clusters (se/notis/internal/word-clusters.tsv.gz) from JSON Lines news.")
final class TrainClustersCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.jsonl", arity = "1..*", description = "News in JSON Lines (field text).")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "notis-core/src/main/resources/se/notis/internal/word-clusters.tsv.gz",
      description = "Where to write the clusters (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--vocabulary", description = "Most frequent words that get a path (default: ${DEFAULT-VALUE}).")
  int vocabulary = WordClusterBuilder.Options.defaults().vocabulary();

  @Option(names = "--min-count", description = "Fewest occurrences of a clustered word (default: ${DEFAULT-VALUE}).")
  int minCount = WordClusterBuilder.Options.defaults().minCount();

  @Option(names = "--contexts", description = "Neighbouring words that describe a word (default: ${DEFAULT-VALUE}).")
  int contexts = WordClusterBuilder.Options.defaults().contexts();

  @Option(names = "--levels", split = ",", description = "Bits of each level of the cluster tree: 4,3,3 cuts"
      + " the words into 16 clusters, each of those into 8 and again into 8 (default: 4,3,3,3).")
  int[] levels = WordClusterBuilder.Options.defaults().levels();

  @Override
  public Integer call() throws Exception {
    WordClusterBuilder.Options defaults = WordClusterBuilder.Options.defaults();
    WordClusterBuilder builder = new WordClusterBuilder(new WordClusterBuilder.Options(vocabulary, minCount, contexts,
        levels, defaults.iterations(), defaults.seed()));
    Pipeline pipeline = StageRegistry.pipeline(List.of("tokenize", "sentences"));
    long docs = 0;
    for (Path input : inputs) {
      try (JsonlReader reader = new JsonlReader(InputFiles.open(input), InputFiles.baseName(input))) {
        while (reader.hasNext()) {
          InputRecord record = reader.next();
          if (!record.ok()) {
            continue;
          }
          Document doc = pipeline.process(record.doc());
          for (Sentence sent : doc.sentences()) {
            List<Token> tokens = sent.tokens();
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
              words[i] = tokens.get(i).text();
            }
            builder.add(words);
          }
          docs++;
        }
      }
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream stream = Files.newOutputStream(out)) {
      builder.write(stream);
    }
    System.out.println("wrote " + out + " (" + Files.size(out) / 1024 + " KiB) from " + docs + " documents, "
        + builder.tokens() + " tokens");
    return 0;
  }
}
