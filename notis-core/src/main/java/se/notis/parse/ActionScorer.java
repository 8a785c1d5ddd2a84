package se.notis.parse;

import se.notis.internal.Weights;

/** Scores the four arc-eager transitions of a configuration from its feature hashes. */
interface ActionScorer {
  /** Room {@link #score} needs in its scratch array. */
  int SCRATCH = 3 * ParserFeatures.MAX;

  /**
   * Writes the scores of shift, reduce, left-arc and right-arc for {@code count} features;
   * {@code scratch} holds at least {@link #SCRATCH} longs.
   */
  void score(long[] features, int count, float[] scores, long[] scratch);

  /** Scores with perceptron weights being trained. */
  static ActionScorer of(Weights weights) {
    return (features, count, scores, scratch) -> ArcEagerParser.scoreActions(weights, features, count, scores);
  }
}
