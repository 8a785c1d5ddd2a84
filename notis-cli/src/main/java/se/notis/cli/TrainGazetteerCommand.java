package se.notis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.internal.SharedData;
import se.notis.link.PlaceTableBuilder;
import se.notis.ner.GazetteerBuilder;

/** {@code notis train gazetteer}: compiles the name lists and place tables from the shared lexicon. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Compiles the NER name lists (se/notis/ner) and place-linking tables (se/notis/link)"
        + " from ../shared/data/lexicon and ../shared/data/news.")
final class TrainGazetteerCommand implements Callable<Integer> {
  @Option(names = "--shared", paramLabel = "DIR", description = "the shared/ folder (default: found beside the project)")
  Path shared;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "notis-core/src/main/resources/se/notis",
      description = "resource root; writes ner/ and link/ below it (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path root = shared != null ? shared
        : SharedData.root().orElseThrow(() -> new IllegalArgumentException("no shared/ folder found: pass --shared DIR"));
    GazetteerBuilder.build(root, out.resolve("ner"));
    PlaceTableBuilder.build(root, out.resolve("link"));
    System.out.println("wrote " + out.resolve("ner") + " and " + out.resolve("link"));
    return 0;
  }
}
