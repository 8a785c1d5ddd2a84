package se.notis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.lemma.SwedishWords;

/** {@code notis search-words}: rebuilds the word list the search compound splitter uses. */
@Command(name = "search-words", mixinStandardHelpOptions = true,
    description = "Rebuilds notis-core/src/main/resources/se/notis/lemma/lexicon-sv.tsv.gz from a lemma table.")
final class SearchWordsCommand implements Callable<Integer> {
  @Option(names = "--lemmas", description = "lemma<TAB>form table (default: ${DEFAULT-VALUE}).")
  Path lemmas = Path.of("../shared/data/lexicon/lemmas/lemmatization-sv.tsv");

  @Option(names = "--out", description = "Output (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("notis-core/src/main/resources/se/notis/lemma/lexicon-sv.tsv.gz");

  @Option(names = "--measure", paramLabel = "FILE.jsonl",
      description = "Instead of building: report how the splitter treats the long words of these documents.")
  Path measure;

  @Override
  public Integer call() throws IOException {
    if (measure != null) {
      se.notis.search.CompoundStats stats = new se.notis.search.CompoundStats();
      try (se.notis.search.ArchiveInputs inputs = new se.notis.search.ArchiveInputs(java.util.List.of(measure.toString()))) {
        inputs.forEachRemaining(record -> {
          if (record.ok()) {
            stats.add(record.doc().text());
          }
        });
      }
      System.out.print(stats.report());
      return 0;
    }
    int words = SwedishWords.build(lemmas, out);
    System.err.printf("%,d words written to %s%n", words, out);
    return 0;
  }
}
