/**
 * Helpers with no compatibility promise: primitive arrays, hashing, perceptron weight tables (with
 * per-domain feature copies, {@link se.notis.internal.FeatureDomains}), locating ../shared, and the hierarchical word clusters ({@link se.notis.internal.WordClusters},
 * learnt by {@link se.notis.internal.WordClusterBuilder}) that the syntax models share.
 */
package se.notis.internal;
