package se.notis.cli;

import picocli.CommandLine.Option;
import se.notis.parse.ParserModel;
import se.notis.parse.ParserTrainer;

/**
 * The parser's beam, relation-pruning and shuffling-seed options, shared by {@code train parser}
 * and {@code eval tag-folds} so that an estimate is always run with the settings it estimates.
 */
final class ParserSearchOptions {
  @Option(names = "--beam", description = "Beam width for global training and parsing (1 = greedy with a"
      + " dynamic oracle; default: ${DEFAULT-VALUE}).")
  int beam = 1;

  @Option(names = "--parse-beam", description = "Beam width the model parses with (default: the --beam"
      + " value; a narrower beam is faster).")
  Integer parseBeam;

  @Option(names = "--parse-margin", description = "Drop configurations scoring more than this below the"
      + " beam's best when parsing (0 = keep the whole beam; default: ${DEFAULT-VALUE}).")
  float parseMargin = 0;

  @Option(names = "--relation-prune", description = "Pruning threshold of the relation weights"
      + " (default: the --prune value).")
  Float relationPrune;

  @Option(names = "--parser-seed", description = "Seed of the parser's shuffling; one seed's LAS moves by about"
      + " ±0.3, so compare changes over a few (default: ${DEFAULT-VALUE}).")
  long seed = ParserTrainer.Options.defaults().seed();

  @Option(names = "--joint-tags", description = "Tag jointly in the beam: a word whose tagger runner-up of"
      + " another UPOS trails the best label by at most this many tagger score units gets both, the parser"
      + " choosing (trained on the jackknife taggers' runners-up; 0 = off; default: ${DEFAULT-VALUE}).")
  int jointTags = 0;

  ParserTrainer.Options trainerOptions(int epochs, float prune, double explore, int bags) {
    return new ParserTrainer.Options(epochs, seed, prune, explore, beam,
        relationPrune == null ? prune : relationPrune, bags, jointTags);
  }

  /** The trained model with the search it should parse with. */
  ParserModel withSearch(ParserModel model) {
    return model.withSearch(parseBeam == null ? model.beamWidth() : parseBeam, parseMargin);
  }
}
