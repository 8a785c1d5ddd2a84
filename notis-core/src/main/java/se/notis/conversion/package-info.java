/**
 * Conversion of the UD v1.0 (2015) release of Swedish-Talbanken to today's UD v2 conventions:
 * {@link se.notis.conversion.TalbankenConverter} rewrites sentences (tags, features, relations and
 * the tree changes v2 made: coordination, multi-word units, clefts, parataxis, main verbs that v1
 * attached as auxiliaries) by running, in a fixed order, the passes of the package-private
 * {@code MultiwordUnits}, {@code VerbGroups}, {@code Coordination} and {@code LabelMapping} (on
 * parallel arrays, with the tree queries of {@code DependencyArrays}),
 * {@link se.notis.conversion.SwedishFeats} holds the feature rules the tagger shares, and {@link se.notis.conversion.ConversionEvaluator} measures how close the result
 * comes to the v2 dev split.
 */
package se.notis.conversion;
