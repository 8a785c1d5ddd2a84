package se.notis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.quote.FirstNameTrainer;

/** {@code notis train first-names}: the first-name → gender list of the quote stage. */
@Command(name = "first-names", mixinStandardHelpOptions = true,
    description = "Compiles the first-name → gender list (for resolving han/hon) from SCB name statistics.")
final class TrainFirstNamesCommand implements Callable<Integer> {
  @Option(names = "--lexicon", paramLabel = "DIR", description = "The svensktext folder (default: ${DEFAULT-VALUE}).")
  Path lexicon = Path.of("../shared/data/lexicon/svensktext");

  @Option(names = "--out", paramLabel = "FILE", description = "Output (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("notis-core/src/main/resources/se/notis/quote/" + FirstNameTrainer.RESOURCE);

  @Option(names = "--min-persons", description = "Leave out names with fewer bearers (default: ${DEFAULT-VALUE}).")
  int minPersons = 2;

  @Override
  public Integer call() throws Exception {
    FirstNameTrainer.Summary summary = FirstNameTrainer.train(lexicon, out, minPersons);
    System.out.printf("%s: %d names (%d male, %d female, %d both)%n", out, summary.names(), summary.male(),
        summary.female(), summary.both());
    return 0;
  }
}
