package se.notis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import se.notis.ner.GoldArticles;
import se.notis.ner.NerSample;

/**
 * Hand-annotated articles added to a name tagger's training sentences (never scored). They follow
 * the guidelines of the hand-annotated news, not the training file's scheme, so their sentences
 * carry feature copies of their own ({@link NerSample#inOtherDomain()}).
 */
final class GoldArticleOptions {
  @Option(names = "--articles", paramLabel = "FILE.gold.jsonl[.gz]", arity = "1..*",
      description = "Hand-annotated articles (gold JSON Lines, shared/data/gold/GUIDELINES.md) whose sentences"
          + " join the training data, with feature copies of their own for where their scheme differs.")
  List<Path> files = new ArrayList<>();

  private List<NerSample> loaded;

  /** {@code training} followed by the articles' sentences. */
  List<NerSample> addTo(List<NerSample> training) throws IOException {
    if (loaded == null) {
      loaded = new ArrayList<>();
      for (Path file : files) {
        for (NerSample sample : GoldArticles.read(file)) {
          loaded.add(sample.inOtherDomain());
        }
      }
    }
    List<NerSample> out = new ArrayList<>(training);
    out.addAll(loaded);
    return out;
  }
}
