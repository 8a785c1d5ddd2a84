/**
 * Dependency parsing: {@link se.notis.parse.Parser} gives each word of a tagged sentence a head and
 * a UD v2 relation. {@code ArcEagerParser} is a transition-based parser (arc-eager, averaged
 * perceptron over hashed features; one model picks the transition, another the relation of each
 * new arc, one weight row per feature holding every label). It searches greedily or with a beam
 * ({@code BeamSearch}, configurations ranked by summed transition scores) whose width the model
 * stores, with a score margin; beam models are trained globally with the max-violation update.
 * {@code TransitionTable} and {@code RelationTable} lay the weights out for decoding. Training trees
 * are made projective by lifting crossing arcs. {@link se.notis.parse.ParserModel} stores it,
 * {@link se.notis.parse.ParserTrainer} trains it, {@link se.notis.parse.ParseEvaluator} scores
 * UAS/LAS and {@link se.notis.parse.ParseStage} adds {@code Layers.DEPENDENCIES}.
 */
package se.notis.parse;
