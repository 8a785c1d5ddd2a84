package se.notis.cli;

import picocli.CommandLine.Option;
import se.notis.parse.ParserModel;

/**
 * The parser's search at run time, overriding what its model file says: decoding settings are
 * measured (`eval tag`) and compared for speed without retraining.
 */
final class ParserOverride {
  @Option(names = "--parse-beam", description = "Beam width to parse with instead of the model's.")
  Integer beam;

  @Option(names = "--parse-margin", description = "Score margin of the beam instead of the model's (0 = none).")
  Float margin;

  boolean overrides() {
    return beam != null || margin != null;
  }

  ParserModel apply(ParserModel model) {
    return overrides()
        ? model.withSearch(beam == null ? model.beamWidth() : beam, margin == null ? model.beamMargin() : margin)
        : model;
  }
}
